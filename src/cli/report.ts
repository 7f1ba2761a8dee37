// `report` command: plan files → the same comparison report the app exports (DOCX or HTML), without the UI.
// Charts are ECharts SSR SVG, rasterised to PNG with resvg where a CJK font is found (else the DOCX embeds SVG).
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { ok } from '../core/result';
import { usage, type Parsed } from './args';
import { loadBenchmarks } from '../core/catalog/benchmarks';
import { buildComparison, summarizeDocument, type DocumentSummary } from '../app/comparison';
import { documentProvinces, type TargetRow } from '../workspace/rows';
import { reportToDocx } from '../export/docx-report';
import { reportToHtml } from '../export/html-report';
import { renderSvg } from '../export/chart-export';
import type { AchievedInput } from '../export/outcomes-build';
import { reportOutcomes } from '../export/outcomes-report';
import { outcomesSectionDocx, outcomesSectionHtml } from '../export/outcomes-section';
import { buildReport, reportFigures } from '../export/report-model';
import { cjkRasteriser } from './rasterise';
import type { Translate } from '../export/text';
import { createAppI18n, type Locale } from '../i18n/index';
import { prepareDocument } from '../import/prepare';
import { version } from '../../package.json';
import { userPath } from './paths';

export const REPORT_USAGE = `Usage: npm run report -- --out report.docx [--format docx|html] [--lang zh-CN|en] [--author NAME] [--date YYYY-MM-DD] FILE...

Builds a comparison report from plan files: contents, then one section per domain (a summary, the charts of
indicators enough regions set, tables of the rest and of targets in words), the quote behind every number and
a numbered reference list (GB/T 7714-2015) that the charts and tables cite.
`;

interface ReportArgs {
  out: string;
  format: 'docx' | 'html';
  locale: Locale;
  author: string | null;
  date: string;
  files: string[];
}

/** The report's options, or null for --help. */
function parse(argv: string[]): Parsed<ReportArgs | null> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string' },
        lang: { type: 'string' },
        author: { type: 'string' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return ok(null);
  if (!values.out) return usage('--out is required');
  if (positionals.length === 0) return usage('no plan files given');
  const format = values.format ?? (extname(values.out).toLowerCase() === '.html' ? 'html' : 'docx');
  if (format !== 'docx' && format !== 'html') return usage(`unknown --format ${format}`);
  const locale = values.lang ?? 'zh-CN';
  if (locale !== 'zh-CN' && locale !== 'en') return usage(`unknown --lang ${locale}`);
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  return ok({ out: values.out, format, locale, author: values.author ?? null, date, files: positionals });
}

async function main(argv: string[]): Promise<number> {
  const args = parse(argv);
  if (!args.ok) {
    process.stderr.write(`planbench: ${args.detail}\n\n${REPORT_USAGE}`);
    return 2;
  }
  if (!args.value) {
    process.stdout.write(REPORT_USAGE);
    return 0;
  }
  const { out, format, locale, author, date, files } = args.value;
  const i18n = createAppI18n(locale);
  const t: Translate = (key, named, plural) => (plural === undefined ? i18n.global.t(key, named ?? {}) : i18n.global.t(key, named ?? {}, plural));
  const unknown = t('region.unknown');

  // The same comparison the workbench draws: region rows, document summaries and target rows made from the files.
  const regionRows = new Map<string, { id: string; name: string; province: string | null }>();
  const documents: DocumentSummary[] = [];
  const targets: Array<Pick<TargetRow, 'id' | 'documentId' | 'regionId' | 'extracted' | 'edits' | 'status'>> = [];
  const achieved: AchievedInput[] = [];
  let failed = 0;
  for (const file of files) {
    const path = userPath(file, 'report');
    const prepared = await prepareDocument(basename(path), new Uint8Array(await readFile(path)));
    if (!prepared.ok) {
      process.stderr.write(`planbench: ${file}: ${prepared.code} ${prepared.detail}\n`);
      failed++;
      continue;
    }
    const { hash, fileName, extracted } = prepared.value;
    const regionId = extracted.metadata.region;
    if (regionId === null) {
      // Never charted as if the unknown region were one.
      process.stderr.write(`planbench: ${file}: ${unknown}\n`);
      continue;
    }
    const region = regionRows.get(regionId);
    regionRows.set(regionId, { id: regionId, name: regionId, province: region?.province ?? extracted.metadata.province ?? null });
    documents.push(
      summarizeDocument({ id: hash, regionId, fileName, metadata: extracted.metadata, provinces: documentProvinces(extracted.metadata, extracted.normalized) }),
    );
    for (const record of extracted.targets) {
      targets.push({ id: `${hash}:${record.id}`, documentId: hash, regionId, extracted: record, edits: null, status: 'extracted' });
    }
    for (const record of extracted.achieved) achieved.push({ id: `${hash}:${record.id}`, documentId: hash, regionId, extracted: record });
  }
  if (documents.length === 0) {
    process.stderr.write('planbench: no plan file could be read\n');
    return 1;
  }
  const { regions, effective, documentsById } = buildComparison({ regions: [...regionRows.values()], documents, targets, locale });
  const benchmarks = loadBenchmarks();
  if (!benchmarks.ok) process.stderr.write(`planbench: benchmarks not loaded: ${benchmarks.issues.join('; ')}\n`);
  const rasteriser = format === 'docx' ? cjkRasteriser() : null;
  const png = rasteriser ? async (chart: Parameters<typeof renderSvg>[0]) => rasteriser.toPng(renderSvg(chart), 2) : undefined;
  const report = await buildReport({
    ...(png ? { png } : {}),
    t,
    locale,
    regions,
    effective,
    benchmarks: benchmarks.ok ? benchmarks.value.rows : [],
    documents: documentsById,
    annotations: [],
    date,
    author,
    version,
  });
  // What the plans report as reached beside their targets, and plan over plan, as the workbench's report has them.
  const outcomes = reportOutcomes({ locale, regions, documents: documentsById, benchmarks: benchmarks.ok ? benchmarks.value.rows : [], annotations: [], outcomes: { targets, achieved } }, t);
  const section = outcomes ? await outcomes.build(reportFigures(report).length, png) : null;
  const bytes =
    format === 'html'
      ? reportToHtml(report, section ? outcomesSectionHtml(section) : '')
      : await reportToDocx(report, section ? outcomesSectionDocx(section) : []);
  await writeFile(userPath(out, 'report'), bytes);
  const domains = report.sections.filter((s) => s.id.startsWith('domain-')).length;
  process.stderr.write(`planbench: ${out}: ${regions.length} regions, ${domains} domains, ${reportFigures(report).length + (section?.charts.length ?? 0)} charts\n`);
  if (format === 'docx' && !rasteriser) process.stderr.write(`planbench: ${t('export.report.pngNeedsApp')}\n`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
