// The report as one self-contained HTML file: a linked contents list, each section's blocks (charts inline as SVG, tables,
// notes) and the numbered references, with a print stylesheet for PDF.
import { reportContents, type Report, type ReportBlock } from './report-model';

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Inline SVG needs no XML declaration.
function inlineSvg(svg: string): string {
  return svg.replace(/^<\?xml[^>]*>\s*/, '');
}

function bytesBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const STYLE = `
body{font-family:'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',system-ui,sans-serif;color:#1f2933;max-width:820px;margin:2rem auto;padding:0 1rem;line-height:1.6}
header.title{text-align:center;margin:4rem 0 3rem}
header.title h1{font-size:1.8rem}
.muted{color:#6b7280;font-size:.85rem}
nav.contents ol{list-style:none;padding-left:0}
nav.contents ol ol{padding-left:1.5rem;font-size:.9rem}
nav.contents a{color:#1f4e79;text-decoration:none}
figure{margin:1rem 0;text-align:center}
figure svg,figure img{max-width:100%;height:auto}
figcaption{font-size:.85rem;color:#6b7280}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0 1.5rem}
th,td{border:1px solid #d1d5db;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#f3f4f6}
section{margin-top:2rem}
ol.references{list-style:none;padding-left:0}
ol.references li{padding-left:2.6em;text-indent:-2.6em;margin:.2rem 0}
@media print{
  @page{size:A4;margin:18mm}
  body{max-width:none;margin:0;padding:0}
  header.title,nav.contents{page-break-after:always}
  header.title{margin-top:30vh}
  section{page-break-before:always}
  figure,tr{page-break-inside:avoid}
  a{color:inherit;text-decoration:none}
}`;

function blockHtml(block: ReportBlock): string {
  switch (block.type) {
    case 'heading': {
      const tag = block.level === 2 ? 'h3' : 'h4';
      return `<${tag}${block.anchor ? ` id="${esc(block.anchor)}"` : ''}>${esc(block.text)}</${tag}>`;
    }
    case 'paragraph':
      return `<p${block.muted ? ' class="muted"' : ''}>${esc(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;
    case 'table':
      return `<table><thead><tr>${block.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead>
<tbody>${block.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
    case 'figure': {
      const f = block.figure;
      const image = f.svg
        ? inlineSvg(f.svg)
        : f.png
          ? `<img alt="${esc(f.title)}" width="${f.width}" height="${f.height}" src="data:image/png;base64,${bytesBase64(f.png)}">`
          : '';
      return image ? `<figure id="figure-${f.n}">${image}<figcaption>${esc(f.caption)}</figcaption></figure>` : '';
    }
    case 'rendered':
      return block.html();
    case 'references':
      return `<ol class="references">${block.items.map((r) => `<li id="ref-${r.n}">[${r.n}] ${esc(r.text)}</li>`).join('\n')}</ol>`;
  }
}

function contentsHtml(report: Report): string {
  const entries = reportContents(report);
  const parts: string[] = [];
  let open = false;
  for (const e of entries) {
    const link = `<a href="#${esc(e.anchor)}">${esc(e.text)}</a>`;
    if (e.level === 1) {
      if (open) parts.push('</ol></li>');
      parts.push(`<li>${link}<ol>`);
      open = true;
    } else parts.push(`<li>${link}</li>`);
  }
  if (open) parts.push('</ol></li>');
  return `<nav class="contents"><h2>${esc(report.text.contents)}</h2><ol>${parts.join('')}</ol></nav>`;
}

/** `extra`: the HTML of another section laid out by its own writer, placed before the quotes and references. */
export function reportToHtml(report: Report, extra = ''): string {
  const t = report.text;
  const at = Math.max(0, report.sections.findIndex((s) => s.id === 'quotes' || s.id === 'references'));
  const sections = report.sections
    .map((s, i) => `${i === at ? extra : ''}<section id="${esc(s.id)}"><h2>${esc(s.title)}</h2>\n${s.blocks.map(blockHtml).join('\n')}\n</section>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${report.locale === 'en' ? 'en' : 'zh-CN'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="generator" content="${esc(report.generator)}">
<title>${esc(report.title)}</title><style>${STYLE}</style></head>
<body>
<header class="title"><h1>${esc(report.title)}</h1><p>${esc(t.regions)}</p><p>${esc(t.date)}</p><p>${esc(t.author)}</p><p class="muted">${esc(report.generator)}</p></header>
${contentsHtml(report)}
${sections}
</body></html>
`;
}
