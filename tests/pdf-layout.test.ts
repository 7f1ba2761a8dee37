// PDFs as they are published, read back: Chromium's "Save as PDF" and LibreOffice's export of a plan with a two-page
// indicator table give the same targets, in the same columns, as the plan's TXT.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../src/core/extract/extract';
import type { TargetRecord } from '../src/core/types';
import { readPlanFile } from '../src/import/readers/index';
import { printPdf } from './helpers/chrome-pdf';
import { HEADER, ROWS, RUNNING_HEADER, planHtml, planTxt } from './helpers/indicator-plan';

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const pdf = { cMapUrl: path.join(pdfjsRoot, 'cmaps') + path.sep, standardFontDataUrl: path.join(pdfjsRoot, 'standard_fonts') + path.sep };

/**
 * Chromium's PDFs map some ideographs to Kangxi radicals (人 → ⼈). The stored text keeps them and the core folds
 * them as it reads (the last describe below); the layout tests compare text lines, so they fold with NFKC first.
 */
async function pdfText(name: string, bytes: Uint8Array): Promise<string> {
  const result = await readPlanFile(name, bytes, { pdf });
  if (!result.ok) throw new Error(`${result.code}: ${result.detail}`);
  return result.text.normalize('NFKC');
}

/** What a researcher compares: each target's name, unit, value, baseline, year, binding, kind and where it came from. */
function targets(text: string) {
  return extractText(text)
    .targets.map((t: TargetRecord) => ({
      source: t.source,
      name: t.name,
      unit: t.unit,
      target: t.target,
      baseline: t.baseline,
      binding: t.binding,
      kind: t.kind,
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function expectSameAsTxt(text: string): void {
  const fromTxt = targets(planTxt());
  // The TXT reading is the reference: every row of the table and the prose target.
  expect(fromTxt.filter((t) => t.source === 'table')).toHaveLength(ROWS.length);
  expect(targets(text)).toEqual(fromTxt);
}

/** Each table target's quote runs from its name cell to its 2025 cell, in the text as stored. */
function expectQuotesPointAtRows(text: string): void {
  const records = extractText(text).targets.filter((t) => t.source === 'table');
  expect(records).toHaveLength(ROWS.length);
  for (const row of ROWS) {
    const [, name, , target] = row as [string, string, string, string];
    const record = records.find((r) => text.slice(r.start, r.end).startsWith(name));
    expect(record, name).toBeDefined();
    expect(text.slice(record?.start ?? 0, record?.end ?? 0).endsWith(target), name).toBe(true);
  }
}

describe('a two-page indicator table printed by Chromium (cells centred vertically, header repeated on page 2)', () => {
  let text = '';
  beforeAll(async () => {
    text = await pdfText('plan.pdf', await printPdf(planHtml(), { header: RUNNING_HEADER, footer: true }));
  }, 60_000);

  it('gives the same targets with the same columns as the TXT: the value from 2025, the baseline from 2020', () => {
    expectSameAsTxt(text);
    const row = targets(text).find((t) => t.name === '学前教育毛入园率');
    expect(row).toMatchObject({ unit: '%', target: { value: 90, op: '>=', year: 2025 }, baseline: { value: 88.6, year: 2020 } });
  });

  it('joins a name that wraps in its cell, and reads the table on as one table under one header', () => {
    expect(text).toContain('| 6 | 义务教育学校达到省定办学标准的小学和初中学校比例(%) | 86.44 | 95 | 预期性 |');
    expect(text.split('\n').filter((l) => l === `| ${HEADER.join(' | ')} |`)).toHaveLength(1);
  });

  it('leaves the running header and the page numbers out of the text', () => {
    expect(text).not.toContain(RUNNING_HEADER);
    expect(text).not.toMatch(/— ?\d+ ?—/u);
  });

  it('points every table target at its row in the stored text', () => {
    expectQuotesPointAtRows(text);
  });
});

describe('the same plan exported by LibreOffice (cells aligned to the top, the header not repeated)', () => {
  // Made by tests/fixtures/pdf/make-libreoffice-pdf.ts from helpers/indicator-plan.ts's DOCX.
  const bytes = new Uint8Array(readFileSync(path.join(import.meta.dirname, 'fixtures/pdf/indicator-table.libreoffice.pdf')));
  let text = '';
  beforeAll(async () => {
    text = await pdfText('plan.pdf', bytes);
  });

  it('gives the same targets with the same columns as the TXT, page 2 read on under page 1\'s header', () => {
    expectSameAsTxt(text);
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.startsWith('| 1 |'));
    expect(lines.slice(first, first + ROWS.length)).toEqual(ROWS.map((r) => `| ${r.join(' | ')} |`));
  });

  it('leaves the running header and the page numbers out of the text', () => {
    expect(text).not.toContain(RUNNING_HEADER);
    expect(text).not.toMatch(/— ?\d+ ?—/u);
  });

  it('points every table target at its row in the stored text', () => {
    expectQuotesPointAtRows(text);
  });
});

describe('a two-column page printed by Chromium', () => {
  const paragraphs = [
    '到2025年，全区每千人口拥有3岁以下婴幼儿托位数达到4.5个，普惠性托位占比达到60%以上，托育服务体系基本建立。',
    '养老服务方面，到2025年养老机构护理型床位占比达到55%，每千名老年人拥有养老床位数达到35张，社区养老服务设施实现全覆盖。',
    '教育方面，学前教育毛入园率稳定在90%以上，九年义务教育巩固率达到96%，高中阶段教育毛入学率达到92%以上。',
    '就业方面，城镇调查失业率控制在5.5%以内，开展外来务工人员职业技能培训4万人次，零就业家庭动态清零。',
    '卫生健康方面，每千人口执业(助理)医师数达到3.4人，每千人口拥有注册护士数达到3.8人，人均预期寿命达到79岁。',
    '社会保障方面，基本养老保险参保率达到95%，基本医疗保险参保率稳定在95%以上，城乡低保标准逐步提高。',
    '文化体育方面，公共文化设施免费开放率达到100%，人均体育场地面积达到2.6平方米，经常参加体育锻炼人数比例达到38.5%。',
    '住房保障方面，城镇老旧小区改造完成率达到100%，新增保障性租赁住房1.2万套，住房保障体系更加完善。',
  ];
  const title = '城东区“十四五”公共服务发展规划（摘要）';
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>
body { font-family: 'Noto Serif CJK SC', serif; font-size: 11pt; }
.cols { column-count: 2; column-gap: 2em; }
p { text-indent: 2em; margin: 0 0 .6em; }
</style></head><body><h2>${title}</h2><div class="cols">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
  let text = '';
  beforeAll(async () => {
    text = await pdfText('two-column.pdf', await printPdf(html));
  }, 60_000);

  it('reads the left column, then the right one, each paragraph whole, also the one that runs on into the right column', () => {
    expect(text.split('\n')).toEqual([title, ...paragraphs].map((l) => l.normalize('NFKC')));
  });

  it('gives the targets of the same text as TXT', () => {
    expect(targets(text)).toEqual(targets([title, ...paragraphs].join('\n')));
  });
});

describe('a plan printed by Chromium with ideographs it writes as CJK radicals (⼈ ⺠ ⻓ ⻔)', () => {
  const lines = [
    '长沙市“十四五”民政事业发展规划',
    '到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个，居民人均预期寿命达到79岁。',
    '城乡居民基本养老保险参保率稳定在95%以上，门诊慢特病待遇保障覆盖全部参保人员。',
  ];
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>body { font-family: 'Noto Serif CJK SC', serif; font-size: 12pt; }</style></head>
<body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`;
  let raw = '';
  beforeAll(async () => {
    const result = await readPlanFile('radicals.pdf', await printPdf(html), { pdf });
    if (!result.ok) throw new Error(`${result.code}: ${result.detail}`);
    raw = result.text;
  }, 60_000);

  it('reads the same indicators, names, values and title as the clean text, without folding the text first', () => {
    // The fixture does what it says: the text layer carries radical or compatibility code points.
    expect(raw).toMatch(/[\u2e80-\u2fdf\uf900-\ufaff]/u);
    const fromPdf = extractText(raw);
    const fromTxt = extractText(lines.join('\n'));
    expect(targets(raw)).toEqual(targets(lines.join('\n')));
    expect(fromPdf.targets.map((t) => t.indicator)).toEqual(fromTxt.targets.map((t) => t.indicator));
    expect(fromPdf.metadata.plan_title).toBe('长沙市“十四五”民政事业发展规划');
    expect(fromPdf.targets.some((t) => t.name.includes('人'))).toBe(true);
  });
});
