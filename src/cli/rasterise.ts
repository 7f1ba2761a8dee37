// SVG charts → PNG for the headless report, with resvg and a CJK font found on this machine; null when none is.
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

/** Where Debian, Fedora, macOS and Windows keep a font with simplified Chinese glyphs. */
const CJK_FONTS = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/System/Library/Fonts/PingFang.ttc',
  'C:\\Windows\\Fonts\\msyh.ttc',
];

export interface Rasteriser {
  toPng(svg: string, scale: number): Uint8Array;
}

/** A rasteriser with the first CJK font that exists (PLANBENCH_CJK_FONT overrides), or null: then charts stay SVG. */
export function cjkRasteriser(env: NodeJS.ProcessEnv = process.env, candidates: readonly string[] = CJK_FONTS): Rasteriser | null {
  const font = [env.PLANBENCH_CJK_FONT, ...candidates].find((f): f is string => !!f && existsSync(f));
  if (!font) return null;
  return {
    toPng(svg, scale) {
      const resvg = new Resvg(svg, {
        // One known file instead of scanning every system font keeps a 150-chart report fast.
        font: { loadSystemFonts: false, fontFiles: [font], defaultFontFamily: 'Noto Sans CJK SC', sansSerifFamily: 'Noto Sans CJK SC' },
        fitTo: { mode: 'zoom', value: scale },
        background: '#ffffff',
      });
      return resvg.render().asPng();
    },
  };
}
