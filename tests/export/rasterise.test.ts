import { describe, expect, it } from 'vitest';
import { cjkRasteriser } from '../../src/cli/rasterise';
import { pngSize } from '../../src/export/png-bytes';

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="28" font-size="20">托位数</text></svg>';

describe('cjkRasteriser', () => {
  it('turns a chart SVG with Chinese text into a PNG at the asked scale', () => {
    const raster = cjkRasteriser();
    // CI installs fonts-noto-cjk; a machine without a CJK font gets SVG charts instead (tested below).
    expect(raster).not.toBeNull();
    const png = raster?.toPng(svg, 2) ?? new Uint8Array();
    expect(pngSize(png)).toEqual({ width: 240, height: 80 });
  });

  it('gives none when no CJK font can be found, so the report keeps SVG charts', () => {
    expect(cjkRasteriser({ PLANBENCH_CJK_FONT: '/nonexistent.ttc' }, ['/also/missing.ttc'])).toBeNull();
  });
});
