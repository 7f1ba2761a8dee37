// Shared glue for the export buttons: a plain `t` for the pure builders, running an export with a message,
// and printing a report HTML to PDF (the report is shown alone for the print, then removed). The exports are src/app/exports.
import { ElMessage } from 'element-plus';
import { provide, shallowRef, type InjectionKey, type ShallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Panel } from '../../core/compare/compare';
import type { PixelRatio } from '../../export/chart-png';
import type { Translate } from '../../export/text';
import { platform } from '../../platform';

export { MIME, save, today } from '../../app/exports';

/** What a chart figure may ask of the export menu that owns its view. */
export interface ChartExporter {
  png(panel: Panel, scale: PixelRatio): Promise<void>;
  svg(panel: Panel): Promise<void>;
  copy(panel: Panel): Promise<void>;
}

/** Compare provides a slot; its export menu fills it, and each chart figure offers its own small menu while it is filled. */
export const CHART_EXPORTER: InjectionKey<ShallowRef<ChartExporter | null>> = Symbol('chart-exporter');

export function provideChartExporter(): void {
  provide(CHART_EXPORTER, shallowRef<ChartExporter | null>(null));
}

export function useExportText() {
  const { t, locale } = useI18n();
  const translate: Translate = (key, named, plural) => (plural === undefined ? t(key, named ?? {}) : t(key, named ?? {}, plural));
  return { t, translate, locale };
}

/** Runs an export, telling the user how it went. */
export async function runExport(t: (key: string, named?: Record<string, unknown>) => string, work: () => Promise<boolean | void>, done = 'export.menu.done'): Promise<void> {
  try {
    const ok = await work();
    if (ok !== false) ElMessage.success(t(done));
  } catch (error) {
    console.error('planbench: export failed', error);
    ElMessage.error(t('export.menu.failed', { detail: error instanceof Error ? error.message : String(error) }));
  }
}

/** Prints a self-contained report HTML through the platform (desktop: a PDF file; web: the print dialog). */
export async function printHtml(html: string, name: string): Promise<boolean> {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const host = document.createElement('div');
  host.className = 'pb-print-host';
  host.innerHTML = parsed.body.innerHTML;
  const styles = [...parsed.querySelectorAll('style')].map((s) => {
    const style = document.createElement('style');
    // Only for print: the app on screen keeps its own look.
    style.textContent = `@media print { ${s.textContent ?? ''} }`;
    return style;
  });
  const only = document.createElement('style');
  only.textContent = '@media screen { .pb-print-host { display: none !important; } } @media print { body > :not(.pb-print-host) { display: none !important; } }';
  document.head.append(only, ...styles);
  document.body.append(host);
  try {
    return await platform().printToPdf(name, { pageSize: 'A4' });
  } finally {
    host.remove();
    only.remove();
    for (const s of styles) s.remove();
  }
}
