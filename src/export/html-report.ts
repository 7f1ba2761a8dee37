// The report as one self-contained HTML file: charts inline as SVG, tables, notes and sources, with a print stylesheet for PDF.
import type { Report, ReportChart } from './report-model';

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Inline SVG needs no XML declaration; an id per chart keeps gradients and clip paths of two charts apart.
function inlineSvg(svg: string): string {
  return svg.replace(/^<\?xml[^>]*>\s*/, '');
}

const STYLE = `
body{font-family:'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',system-ui,sans-serif;color:#1f2933;max-width:820px;margin:2rem auto;padding:0 1rem;line-height:1.6}
header.title{text-align:center;margin:4rem 0 3rem}
header.title h1{font-size:1.8rem}
.muted{color:#6b7280}
figure{margin:1rem 0;text-align:center}
figure svg{max-width:100%;height:auto}
figcaption{font-size:.85rem;color:#6b7280}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0 1.5rem}
th,td{border:1px solid #d1d5db;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#f3f4f6}
section.domain{margin-top:2rem}
ol.sources li,ul.quotes li{margin:.2rem 0}
@media print{
  @page{size:A4;margin:18mm}
  body{max-width:none;margin:0;padding:0}
  header.title{page-break-after:always;margin-top:30vh}
  section.domain,section.sources{page-break-before:always}
  figure,table,tr{page-break-inside:avoid}
  a{color:inherit;text-decoration:none}
}`;

function chartHtml(report: Report, chart: ReportChart, n: number): string {
  const t = report.text;
  const columns = Object.keys(t.columns) as (keyof typeof t.columns)[];
  const notes = chart.notes.length > 0 ? `<ul class="notes">${chart.notes.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : `<p class="muted">${esc(t.noAnnotations)}</p>`;
  return `<article class="chart" id="${esc(chart.id)}">
<h3>${esc(chart.title)}</h3>
${chart.svg === null ? '' : `<figure>${inlineSvg(chart.svg)}<figcaption>${esc(t.figure(n))} ${esc(chart.title)}</figcaption></figure>`}
<h4>${esc(t.annotations)}</h4>${notes}
<h4>${esc(t.table)}</h4>
<table><thead><tr>${columns.map((c) => `<th>${esc(t.columns[c])}</th>`).join('')}</tr></thead>
<tbody>${chart.rows.map((r) => `<tr>${columns.map((c) => `<td>${esc(r[c])}</td>`).join('')}</tr>`).join('')}</tbody></table>
</article>`;
}

/** `extra`: the HTML of another section (the outcomes section, src/export/outcomes-section.ts) placed before the sources. */
export function reportToHtml(report: Report, extra = ''): string {
  const t = report.text;
  let n = 0;
  const domains = report.domains
    .map((d) => `<section class="domain"><h2>${esc(d.name)}</h2>${d.charts.map((c) => chartHtml(report, c, c.svg === null ? n : ++n)).join('\n')}</section>`)
    .join('\n');
  const quotes = report.domains.flatMap((d) => d.charts.flatMap((c) => c.quotes));
  const benchmarks = report.benchmarks.length
    ? `<h3>${esc(t.benchmarks)}</h3><ul>${report.benchmarks.map((b) => `<li>${esc(b.title)}${b.url ? ` <span class="muted">${esc(b.url)}</span>` : ''}</li>`).join('')}</ul>`
    : '';
  return `<!DOCTYPE html>
<html lang="${report.locale === 'en' ? 'en' : 'zh-CN'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="generator" content="${esc(report.generator)}">
<title>${esc(report.title)}</title><style>${STYLE}</style></head>
<body>
<header class="title"><h1>${esc(report.title)}</h1><p>${esc(t.regions)}</p><p>${esc(t.date)}</p><p>${esc(t.author)}</p><p class="muted">${esc(report.generator)}</p></header>
${domains}
${extra}
<section class="sources"><h2>${esc(t.sources)}</h2>
<h3>${esc(t.plans)}</h3><ol class="sources">${report.plans.map((p) => `<li>${esc(p)}</li>`).join('')}</ol>
${benchmarks}
<h3>${esc(t.quotes)}</h3><ul class="quotes">${quotes.map((q) => `<li>${esc(q.text)}</li>`).join('')}</ul>
</section>
</body></html>
`;
}
