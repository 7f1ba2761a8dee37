import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../core/extract/extract';
import { textLines, writePdf } from '../../../tests/helpers/pdf';
import { readPlanFile } from './index';
import { dataLocation } from './pdf';

// The lead's CLI passes the same: pdfjs-dist's own data directories, as file paths.
const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const pdf = {
  cMapUrl: path.join(pdfjsRoot, 'cmaps') + path.sep,
  standardFontDataUrl: path.join(pdfjsRoot, 'standard_fonts') + path.sep,
};

const SENTENCE = '到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个。';

const planPdf = () =>
  writePdf([
    {
      texts: [
        ...textLines(['示例县“十四五”托育服务发展规划', SENTENCE]),
        { x: 72, y: 700, text: '指标' },
        { x: 300, y: 700, text: '2020年' },
        { x: 420, y: 700, text: '2025年' },
      ],
    },
  ]);

describe('readPlanFile: PDF', () => {
  it('reads Chinese text set in a non-embedded CID font through the bundled CMaps', async () => {
    const result = await readPlanFile('plan.pdf', planPdf(), { pdf });
    expect(result).toMatchObject({ ok: true, format: 'pdf', encoding: 'pdf', pages: 1 });
    expect(result.ok && result.text.split('\n')).toContain(SENTENCE);
  });

  it('accepts data directories given without a trailing separator', async () => {
    const bare = { cMapUrl: path.join(pdfjsRoot, 'cmaps'), standardFontDataUrl: path.join(pdfjsRoot, 'standard_fonts') };
    const result = await readPlanFile('plan.pdf', planPdf(), { pdf: bare });
    expect(result.ok && result.text).toContain(SENTENCE);
  });

  it('loads CMaps from a URL with fetch(), as in a Web Worker', async () => {
    const requested: string[] = [];
    const server = createServer((req, res) => {
      requested.push(req.url ?? '');
      readFile(path.join(pdfjsRoot, req.url ?? ''))
        .then((data) => res.end(data))
        .catch(() => res.writeHead(404).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const result = await readPlanFile('plan.pdf', planPdf(), { pdf: { cMapUrl: `${base}/cmaps`, standardFontDataUrl: `${base}/standard_fonts/` } });
      expect(result.ok && result.text).toContain(SENTENCE);
      expect(requested).toContain('/cmaps/UniGB-UCS2-H.bcmap');
    } finally {
      server.close();
    }
  });

  it('reads nothing from the same file without CMaps, and says why', async () => {
    const result = await readPlanFile('plan.pdf', planPdf());
    expect(result).toMatchObject({ ok: false, code: 'pdf-needs-ocr' });
    expect(!result.ok && result.detail).toContain('cMapUrl');
  });

  it('joins strings on one baseline that stand far apart into a pipe row', async () => {
    const result = await readPlanFile('plan.pdf', planPdf(), { pdf });
    expect(result.ok && result.text.split('\n')).toContain('| 指标 | 2020年 | 2025年 |');
  });

  it('gives text the core reads targets from', async () => {
    const result = await readPlanFile('plan.pdf', planPdf(), { pdf });
    if (!result.ok) throw new Error(result.code);
    const target = extractText(result.text).targets.find((t) => t.target.value === 4.5);
    expect(target).toMatchObject({ unit: '个', target: { year: 2025 } });
  });

  it('reads pages in order, one after the other', async () => {
    const bytes = writePdf([{ texts: textLines(['第一页的内容写在这里，要足够长，才不算扫描件。']) }, { texts: textLines(['第二页的内容写在这里，要足够长，才不算扫描件。']) }]);
    const result = await readPlanFile('two.pdf', bytes, { pdf });
    expect(result).toMatchObject({
      ok: true,
      pages: 2,
      text: '第一页的内容写在这里，要足够长，才不算扫描件。\n第二页的内容写在这里，要足够长，才不算扫描件。',
    });
  });

  it('leaves the caller\'s bytes intact (pdfjs would otherwise take over their buffer)', async () => {
    const bytes = planPdf();
    const length = bytes.length;
    await readPlanFile('plan.pdf', bytes, { pdf });
    expect(bytes.length).toBe(length);
    expect(bytes[0]).toBe(0x25);
  });

  it('asks for OCR when the pages have no text layer', async () => {
    const bytes = writePdf([{ texts: [], graphics: '0 0 m 300 300 l S' }]);
    expect(await readPlanFile('scan.pdf', bytes, { pdf })).toMatchObject({ ok: false, code: 'pdf-needs-ocr' });
  });

  it('asks for OCR when only a page number sits on each page', async () => {
    const bytes = writePdf([{ texts: textLines(['— 1 —']) }, { texts: textLines(['— 2 —']) }]);
    expect(await readPlanFile('scan.pdf', bytes, { pdf })).toMatchObject({ ok: false, code: 'pdf-needs-ocr' });
  });

  it('reads a PDF encrypted with only an owner password, as government PDFs often are', async () => {
    const bytes = writePdf([{ texts: textLines([SENTENCE]) }], { userPassword: '', ownerPassword: 'owner' });
    const result = await readPlanFile('locked.pdf', bytes, { pdf });
    expect(result).toMatchObject({ ok: true, text: SENTENCE });
  });

  it('refuses a PDF that needs a password to open', async () => {
    const bytes = writePdf([{ texts: textLines([SENTENCE]) }], { userPassword: 'secret', ownerPassword: 'owner' });
    expect(await readPlanFile('locked.pdf', bytes, { pdf })).toMatchObject({ ok: false, code: 'encrypted-pdf' });
  });

  it('calls garbage bytes named .pdf a corrupt PDF', async () => {
    const bytes = new TextEncoder().encode('这不是PDF文件，只是改了扩展名的文字。'.repeat(20));
    expect(await readPlanFile('fake.pdf', bytes, { pdf })).toMatchObject({ ok: false, code: 'corrupt-pdf' });
  });
});

describe('dataLocation', () => {
  it('treats absolute URLs as URLs and adds the trailing slash pdfjs needs', () => {
    expect(dataLocation('https://app.local/pdfjs/cmaps')).toEqual({ base: 'https://app.local/pdfjs/cmaps/', isUrl: true });
    expect(dataLocation('app://bundle/cmaps/')).toEqual({ base: 'app://bundle/cmaps/', isUrl: true });
  });

  it('treats POSIX and Windows paths as file paths', () => {
    expect(dataLocation('/opt/planbench/cmaps')).toEqual({ base: '/opt/planbench/cmaps/', isUrl: false });
    expect(dataLocation('C:\\PlanBench\\cmaps\\')).toEqual({ base: 'C:\\PlanBench\\cmaps\\', isUrl: false });
  });

  it('resolves a relative URL against the location of the worker, where there is one', () => {
    const global = globalThis as { location?: { href: string } };
    global.location = { href: 'https://app.local/assets/extract.worker.js' };
    try {
      expect(dataLocation('../pdfjs/cmaps/')).toEqual({ base: 'https://app.local/pdfjs/cmaps/', isUrl: true });
    } finally {
      delete global.location;
    }
  });

  it('gives nothing for a missing location', () => {
    expect(dataLocation(undefined)).toBeNull();
    expect(dataLocation('')).toBeNull();
  });
});
