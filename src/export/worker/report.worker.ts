// The report worker: builds the report model, draws every chart (SVG for HTML, PNG on an OffscreenCanvas for DOCX) and
// writes the file, telling the window after each chart; the window stays responsive and may end the worker at any time.
import { createAppI18n } from '../../i18n/index';
import { renderPngOffscreen } from '../chart-offscreen';
import { outcomesSectionDocx, outcomesSectionHtml } from '../outcomes-section';
import { reportOutcomes } from '../outcomes-report';
import { reportToDocx } from '../docx-report';
import { reportToHtml } from '../html-report';
import { buildReport, reportFigures } from '../report-model';
import type { Translate } from '../text';
import type { ReportRequest, ReportResponse } from './protocol';

// ECharts' development build reads `global` where a window is missing (workers have neither).
(globalThis as { global?: unknown }).global ??= globalThis;

const scope = self as unknown as { onmessage: ((e: MessageEvent<ReportRequest>) => void) | null; postMessage(m: ReportResponse, transfer?: Transferable[]): void; close(): void };

async function build(req: ReportRequest): Promise<void> {
  const started = performance.now();
  const i18n = createAppI18n(req.locale);
  const t: Translate = (key, named, plural) => (plural === undefined ? i18n.global.t(key, named ?? {}) : i18n.global.t(key, named ?? {}, plural));
  const docx = req.format === 'docx';
  // The outcomes section's timelines are drawn after the main report's charts; progress counts both.
  const outcomes = reportOutcomes(req, t);
  const extra = outcomes?.charts ?? 0;
  let shown = 0;
  const report = await buildReport({
    t,
    locale: req.locale,
    regions: req.regions,
    effective: req.effective,
    benchmarks: req.benchmarks,
    documents: req.documents,
    annotations: req.annotations,
    date: req.date,
    author: req.author,
    version: req.version,
    svg: !docx,
    ...(docx ? { png: (chart) => renderPngOffscreen(chart, 2) } : {}),
    onProgress: (done, total) => {
      shown = total;
      scope.postMessage({ type: 'progress', done, total: total + extra });
    },
  });
  const before = reportFigures(report).length;
  const section = outcomes
    ? await outcomes.build(before, docx ? (chart) => renderPngOffscreen(chart, 2) : undefined, (done) => scope.postMessage({ type: 'progress', done: shown + done, total: shown + extra }))
    : null;
  const figures = before + (section?.charts.length ?? 0);
  // Bytes either way, transferred, so the window neither copies nor encodes the file.
  const data = docx
    ? await reportToDocx(report, section ? outcomesSectionDocx(section) : [])
    : new TextEncoder().encode(reportToHtml(report, section ? outcomesSectionHtml(section) : ''));
  scope.postMessage({ type: 'done', data, figures, ms: performance.now() - started }, [data.buffer]);
  // The worker ends itself: the window has nothing to tear down when the file arrives.
  scope.close();
}

scope.onmessage = (event) => {
  build(event.data).catch((error: unknown) => scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
};
