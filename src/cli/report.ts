// `report` command: plan files → the same comparison report the app exports (DOCX or HTML), without the UI.
// Charts are ECharts SSR SVG, rasterised to PNG with resvg where a CJK font is found (else the DOCX embeds SVG).
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBenchmarks } from '../core/benchmarks';
import type { CompareRegion } from '../core/compare';
import { guessProvince, provinceMentions, provinceShortName } from '../core/compare-benchmarks';
import { effectiveTargets, type EffectiveInput } from '../core/effective';
import { reportToDocx } from '../export/docx-report';
import { reportToHtml } from '../export/html-report';
import { renderSvg } from '../export/chart-export';
import { buildReport } from '../export/report-model';
import { cjkRasteriser } from './rasterise';
import type { DocumentInput } from '../export/table-rows';
import type { Translate } from '../export/text';
import { createAppI18n, type Locale } from '../i18n/index';
import { prepareDocument } from '../import/prepare';
import { version } from '../../package.json';
import { userPath } from './paths';

export const REPORT_USAGE = `Usage: npm run report -- --out report.docx [--format docx|html] [--lang zh-CN|en] [--author NAME] [--date YYYY-MM-DD] FILE...

Builds a comparison report from plan files: one section per domain with its charts, tables and notes,
then the sources (every plan, every benchmark, the quote behind every number).
`;

interface ReportArgs {
  out: string;
  format: 'docx' | 'html';
  locale: Locale;
  author: string | null;
  date: string;
  files: string[];
}

function parse(argv: string[]): { ok: true; value: ReportArgs } | { ok: false; error: string } | { ok: true; value: null } {
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
    return { ok: false, error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, value: null };
  if (!values.out) return { ok: false, error: '--out is required' };
  if (positionals.length === 0) return { ok: false, error: 'no plan files given' };
  const format = values.format ?? (extname(values.out).toLowerCase() === '.html' ? 'html' : 'docx');
  if (format !== 'docx' && format !== 'html') return { ok: false, error: `unknown --format ${format}` };
  const locale = values.lang ?? 'zh-CN';
  if (locale !== 'zh-CN' && locale !== 'en') return { ok: false, error: `unknown --lang ${locale}` };
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  return { ok: true, value: { out: values.out, format, locale, author: values.author ?? null, date, files: positionals } };
}

async function main(argv: string[]): Promise<number> {
  const args = parse(argv);
  if (!args.ok) {
    process.stderr.write(`planbench: ${args.error}\n\n${REPORT_USAGE}`);
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

  const documents = new Map<string, DocumentInput & { regionId: string }>();
  const inputs: EffectiveInput[] = [];
  const mentions = new Map<string, string[]>();
  /** Provinces of regions that are official divisions (or stated with their province). */
  const exact = new Map<string, string>();
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
    documents.set(hash, { id: hash, fileName, metadata: extracted.metadata, regionId });
    const known = provinceShortName(extracted.metadata.province ?? null);
    if (known) exact.set(regionId, known);
    const head = `${extracted.metadata.plan_title ?? ''} ${extracted.metadata.issuer ?? ''} ${extracted.normalized.slice(0, 20000)}`;
    mentions.set(regionId, [...(mentions.get(regionId) ?? []), ...provinceMentions(head)]);
    for (const record of extracted.targets) {
      inputs.push({ target: { id: `${hash}:${record.id}`, regionId, extracted: record, edits: null, status: 'extracted' }, document: extracted.metadata });
    }
  }
  if (documents.size === 0) {
    process.stderr.write('planbench: no plan file could be read\n');
    return 1;
  }
  const collator = new Intl.Collator('zh-CN');
  const regions: CompareRegion[] = [...mentions.keys()]
    .sort((a, b) => collator.compare(a, b))
    .map((id) => ({ id, name: id, province: exact.get(id) ?? guessProvince([(mentions.get(id) ?? []).join(' ')]) }));
  const benchmarks = loadBenchmarks();
  if (!benchmarks.ok) process.stderr.write(`planbench: benchmarks not loaded: ${benchmarks.issues.join('; ')}\n`);
  const rasteriser = format === 'docx' ? cjkRasteriser() : null;
  const report = await buildReport({
    ...(rasteriser ? { png: async (chart) => rasteriser.toPng(renderSvg(chart), 2) } : {}),
    t,
    locale,
    regions,
    effective: effectiveTargets(inputs),
    benchmarks: benchmarks.ok ? benchmarks.value.rows : [],
    documents,
    annotations: [],
    date,
    author,
    version,
  });
  const bytes = format === 'html' ? reportToHtml(report) : await reportToDocx(report);
  await writeFile(userPath(out, 'report'), bytes);
  const charts = report.domains.reduce((n, d) => n + d.charts.length, 0);
  process.stderr.write(`planbench: ${out}: ${regions.length} regions, ${report.domains.length} domains, ${charts} charts\n`);
  if (format === 'docx' && !rasteriser) process.stderr.write(`planbench: ${t('export.report.pngNeedsApp')}\n`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
