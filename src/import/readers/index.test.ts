import { describe, expect, it } from 'vitest';
import { IMPORT_EXTENSIONS as SHELL_EXTENSIONS } from '../../../electron/ipc-contract';
import { IMPORT_EXTENSIONS, MAX_BYTES, formatOf, readPlanFile } from './index';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('formatOf', () => {
  it('knows each supported extension, in any case', () => {
    const names = ['a.txt', 'a.TEXT', 'a.md', 'a.Markdown', 'a.htm', 'a.HTML', 'a.docx', 'a.PDF'];
    expect(names.map(formatOf)).toEqual(['txt', 'txt', 'md', 'md', 'html', 'html', 'docx', 'pdf']);
  });

  it('has a reader for every extension offered, and the desktop shell offers the same ones', () => {
    for (const extension of IMPORT_EXTENSIONS) expect(formatOf(`plan.${extension}`), extension).not.toBeNull();
    expect([...SHELL_EXTENSIONS].sort()).toEqual([...IMPORT_EXTENSIONS].sort());
  });

  it('goes by the last extension only', () => {
    expect(formatOf('规划.pdf.txt')).toBe('txt');
    expect(formatOf('规划.txt.doc')).toBeNull();
  });

  it('knows no format for names without an extension or with an unsupported one', () => {
    expect(['README', 'plan.doc', 'plan.xlsx', 'plan.'].map(formatOf)).toEqual([null, null, null, null]);
  });
});

describe('readPlanFile: dispatch and limits', () => {
  it('refuses a file above the size limit before looking at it', async () => {
    expect(MAX_BYTES).toBe(50 * 1024 * 1024);
    const result = await readPlanFile('plan.pdf', new Uint8Array(11), { maxBytes: 10 });
    expect(result).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('reads a file exactly at the size limit', async () => {
    const bytes = utf8('到2025年。');
    expect(await readPlanFile('plan.txt', bytes, { maxBytes: bytes.length })).toMatchObject({ ok: true });
  });

  it('refuses an unknown extension', async () => {
    expect(await readPlanFile('plan.doc', utf8('text'))).toMatchObject({ ok: false, code: 'unsupported-format' });
  });

  it('calls an empty file empty, whatever its format', async () => {
    for (const name of ['a.txt', 'a.html', 'a.docx', 'a.pdf']) {
      expect(await readPlanFile(name, new Uint8Array(0))).toMatchObject({ ok: false, code: 'empty-file' });
    }
  });

  it('reads .HTM with the HTML reader', async () => {
    expect(await readPlanFile('PAGE.HTM', utf8('<p>正文</p><script>x()</script>'))).toMatchObject({
      ok: true,
      format: 'html',
      text: '正文',
    });
  });
});

describe('readPlanFile: plain text and Markdown', () => {
  it('reads GB18030 text', async () => {
    // 中文 2025 in GBK, then 𠮷 as a GB18030 four-byte code.
    const bytes = Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4, 0x20, 0x32, 0x30, 0x32, 0x35, 0x95, 0x34, 0xb2, 0x35]);
    expect(await readPlanFile('plan.txt', bytes)).toEqual({ ok: true, text: '中文 2025𠮷', format: 'txt', encoding: 'gb18030' });
  });

  it('reads UTF-16LE with a byte order mark', async () => {
    const text = '到2025年';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + 2 * i, text.charCodeAt(i), true);
    expect(await readPlanFile('plan.txt', bytes)).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
  });

  it('refuses binary data named .txt', async () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => (i * 37) % 256);
    expect(await readPlanFile('plan.txt', bytes)).toMatchObject({ ok: false, code: 'binary-file' });
  });

  it('calls a whitespace-only file empty', async () => {
    expect(await readPlanFile('plan.txt', utf8(' \n\t\n'))).toMatchObject({ ok: false, code: 'empty-file' });
  });

  it('reads Markdown line for line without its heading marks, its pipe tables already rows', async () => {
    const md = '# 主要指标\n\n| 指标 | 2025年 |\n| --- | --- |\n| 托位数(个) | 4.5 |\n';
    expect(await readPlanFile('plan.md', utf8(md))).toEqual({ ok: true, text: md.slice(2), format: 'md', encoding: 'utf-8' });
  });
});
