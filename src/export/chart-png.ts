// Browser glue: a chart rendered off-screen on a canvas and read back as PNG at 1×/2×/3× on white (echarts getDataURL).
import * as echarts from 'echarts';
import type { ExportChart } from './chart-export';

export type PixelRatio = 1 | 2 | 3;

function dataUrlBytes(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** PNG bytes of the chart, width × pixelRatio by height × pixelRatio pixels. Needs a DOM. */
export function renderPng(chart: Pick<ExportChart, 'option' | 'width' | 'height'>, pixelRatio: PixelRatio = 2): Uint8Array {
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${chart.width}px;height:${chart.height}px`;
  document.body.append(host);
  const instance = echarts.init(host, null, { renderer: 'canvas', width: chart.width, height: chart.height });
  try {
    instance.setOption(chart.option);
    return dataUrlBytes(instance.getDataURL({ type: 'png', pixelRatio, backgroundColor: '#fff' }));
  } finally {
    instance.dispose();
    host.remove();
  }
}
