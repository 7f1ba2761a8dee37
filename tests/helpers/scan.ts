// Scans for tests: HTML rendered to a JPEG by Chromium (as a scanner or a phone photographs a printed page),
// and an image-only PDF holding such JPEGs (one per page, DCTDecode), as a scanner writes it.
import { type BrowserContext, chromium } from 'playwright-core';

const CHROMIUM = process.env.PLANBENCH_CHROMIUM ?? '/usr/bin/chromium';

export interface ScanImage {
  jpeg: Uint8Array;
  width: number;
  height: number;
}

export interface RenderOptions {
  width?: number;
  height?: number;
  type?: 'jpeg' | 'png';
  /** A browser already open (an end-to-end test's): a page of it renders; otherwise Chromium is started. */
  context?: BrowserContext;
}

/** Each HTML page screenshotted at width × height pixels (JPEG, or PNG when asked) with the system's CJK fonts. */
export async function renderScans(pages: string[], options: RenderOptions = {}): Promise<ScanImage[]> {
  const { width = 900, height = 1000, type = 'jpeg' } = options;
  const browser = options.context ? null : await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const page = options.context ? await options.context.newPage() : await browser!.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  try {
    await page.setViewportSize({ width, height });
    const out: ScanImage[] = [];
    for (const html of pages) {
      await page.setContent(html, { waitUntil: 'load' });
      const shot = await page.screenshot(type === 'jpeg' ? { type, quality: 90 } : { type });
      out.push({ jpeg: new Uint8Array(shot), width, height });
    }
    return out;
  } finally {
    await page.close();
    await browser?.close();
  }
}

/** A 民生实事-style page: a title, a sentence, and a table of projects with their yearly quotas. */
export function tableHtml(title: string, intro: string, rows: string[][], borders = true): string {
  const cells = rows.map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 22px; margin: 40px; color: #111; background: #fff; }
    h1 { font-size: 30px; text-align: center; margin: 0 0 24px; }
    p { line-height: 1.6; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border: ${borders ? '1px solid #333' : 'none'}; padding: 8px 12px; text-align: left; }
  </style></head><body>${title ? `<h1>${title}</h1>` : ''}${intro ? `<p>${intro}</p>` : ''}<table>${cells}</table></body></html>`;
}

/** An image-only PDF: every page is one JPEG drawn over the whole page (A4 wide, as tall as the image), no text layer. */
export function writeScanPdf(images: ScanImage[]): Uint8Array {
  const W = 595;
  const objects: Uint8Array[][] = [];
  const pageNums: number[] = [];
  // 1 catalog, 2 pages, then per page: page, content, image.
  objects.push([latin1('<< /Type /Catalog /Pages 2 0 R >>')]);
  objects.push([]); // pages, filled below
  for (const image of images) {
    const pageNum = objects.length + 1;
    const H = Math.round((W * image.height) / image.width);
    pageNums.push(pageNum);
    const content = latin1(`q ${W} 0 0 ${H} 0 0 cm /Im1 Do Q`);
    objects.push([latin1(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${W} ${H}] /Resources << /XObject << /Im1 ${pageNum + 2} 0 R >> >> /Contents ${pageNum + 1} 0 R >>`)]);
    objects.push([latin1(`<< /Length ${content.length} >>\nstream\n`), content, latin1('\nendstream')]);
    objects.push([
      latin1(`<< /Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${image.jpeg.length} >>\nstream\n`),
      image.jpeg,
      latin1('\nendstream'),
    ]);
  }
  objects[1] = [latin1(`<< /Type /Pages /Kids [${pageNums.map((n) => `${n} 0 R`).join(' ')}] /Count ${pageNums.length} >>`)];
  const chunks: Uint8Array[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let offset = chunks[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((parts, i) => {
    const body = concat([latin1(`${i + 1} 0 obj\n`), ...parts, latin1('\nendobj\n')]);
    offsets.push(offset);
    chunks.push(body);
    offset += body.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)];
  chunks.push(latin1(`${xref.join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return concat(chunks);
}

function latin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A county's 民生实事 programme as published: a title, a sentence, a table of projects continued on a second page. */
export const MINSHENG_TITLE = '青溪县2025年十件民生实事项目安排';
export const MINSHENG_INTRO = '2025年,县人民政府将集中力量办好以下民生实事。';
export const MINSHENG_HEADER = ['序号', '项目名称', '目标任务', '牵头单位'];
export const MINSHENG_ROWS: string[][][] = [
  [
    ['1', '普惠托育服务', '新增普惠托位1200个', '县卫生健康局'],
    ['2', '老年助餐服务', '新建老年助餐点45个', '县民政局'],
    ['3', '稳定就业', '城镇新增就业5200人', '县人社局'],
  ],
  [
    ['4', '学前教育扩容', '新增公办幼儿园学位900个', '县教育局'],
    ['5', '老旧小区改造', '改造城镇老旧小区32个', '县住建局'],
  ],
];

/** The programme's pages as HTML, one per page (the second repeats the header, as printed tables do). */
export function minshengPages(pages: number = MINSHENG_ROWS.length, borders = true): string[] {
  return MINSHENG_ROWS.slice(0, pages).map((rows, i) =>
    i === 0 ? tableHtml(MINSHENG_TITLE, MINSHENG_INTRO, [MINSHENG_HEADER, ...rows], borders) : tableHtml('', '', [MINSHENG_HEADER, ...rows], borders),
  );
}

/** The same programme as the plain text a researcher would type or copy: the reference OCR must match. */
export function minshengText(pages: number = MINSHENG_ROWS.length): string {
  const rows = MINSHENG_ROWS.slice(0, pages).flat();
  return [MINSHENG_TITLE, MINSHENG_INTRO, `| ${MINSHENG_HEADER.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
