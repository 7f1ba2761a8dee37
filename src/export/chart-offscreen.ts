// A chart rendered to PNG without a DOM: ECharts' canvas renderer on an OffscreenCanvas, for the report worker. Measured
// (Chromium, 2×, a 760×420 chart): ~20 ms a chart, CJK labels drawn with the system's fonts as on the page.
import * as echarts from 'echarts';
import { FONT_FAMILY } from '../charts/indicator-chart';
import type { ExportChart } from './chart-export';

let prepared: Promise<void> | null = null;

/**
 * Once per worker: ECharts measures text on a canvas it creates itself (document.createElement by default), and the CJK
 * font must be loaded in the worker's own font set before the first chart is drawn.
 */
function prepare(): Promise<void> {
  prepared ??= (async () => {
    echarts.setPlatformAPI({ createCanvas: () => new OffscreenCanvas(1, 1) as unknown as HTMLCanvasElement });
    const fonts = (globalThis as { fonts?: FontFaceSet }).fonts;
    try {
      await fonts?.load(`14px ${FONT_FAMILY}`, '中文');
    } catch {
      // A missing font is no reason to fail the report: the canvas falls back to the system's.
    }
  })();
  return prepared;
}

/** PNG bytes of the chart, width × pixelRatio by height × pixelRatio pixels, on white. Needs OffscreenCanvas. */
export async function renderPngOffscreen(chart: Pick<ExportChart, 'option' | 'width' | 'height'>, pixelRatio = 2): Promise<Uint8Array> {
  await prepare();
  const canvas = new OffscreenCanvas(chart.width * pixelRatio, chart.height * pixelRatio);
  const instance = echarts.init(canvas as unknown as HTMLElement, null, { renderer: 'canvas', width: chart.width, height: chart.height, devicePixelRatio: pixelRatio });
  try {
    instance.setOption(chart.option);
    instance.getZr().refreshImmediately();
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    instance.dispose();
  }
}
