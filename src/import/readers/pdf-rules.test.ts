// A table's ruling lines decide which row a wrapped line belongs to; a page of hostile drawing (hundreds of thousands
// of zero-size rectangles, coordinates past any page) is read from its words alone, without hanging or a number moved.
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { extractText } from '../../core/extract/extract';
import { type PdfText, writePdf } from '../../../tests/helpers/pdf';
import { readPlanFile } from './index';
import { horizontalRules, MAX_OPERATORS } from './pdf-rules';
import type * as PdfRules from './pdf-rules';

// The real horizontalRules, watched: which operator lists the reader hands it.
vi.mock('./pdf-rules', async (importOriginal) => {
  const actual = await importOriginal<typeof PdfRules>();
  return { ...actual, horizontalRules: vi.fn(actual.horizontalRules) };
});

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const pdf = { cMapUrl: path.join(pdfjsRoot, 'cmaps') + path.sep, standardFontDataUrl: path.join(pdfjsRoot, 'standard_fonts') + path.sep };

const HEADER = ['序号', '指标', '单位', '2020年', '2025年', '属性'];
const X = [60, 90, 200, 240, 300, 360];
/** Rows of a table whose cells are centred vertically: a name over four lines beside values set half a line off it. */
const ROWS: Array<{ cells: string[]; name: string[]; nameTop: number; valueY: number }> = [
  { cells: ['1', '', '%', '95', '100', '约束性'], name: ['农村低收入群体等', '重点对象危房改造', '和农房抗震改造任', '务完成率'], nameTop: 682, valueY: 662.5 },
  { cells: ['2', '', '%', '92', '95以上', '预期性'], name: ['高中阶段教育毛入学率'], nameTop: 624, valueY: 624 },
  { cells: ['3', '', '%', '86', '95', '预期性'], name: ['义务教育学校达到', '省定办学标准的小', '学和初中学校比例'], nameTop: 606, valueY: 593 },
  { cells: ['4', '', '%', '5.2', '<5.5', '预期性'], name: ['城镇调查失业率'], nameTop: 562, valueY: 562 },
];
/** Row borders, in PDF points from the page's foot. */
const RULES = [712, 694, 636, 618, 574, 556];

function tableTexts(): PdfText[] {
  const texts: PdfText[] = HEADER.map((h, i) => ({ x: X[i] ?? 0, y: 700, text: h, size: 10 }));
  for (const row of ROWS) {
    row.cells.forEach((c, i) => {
      if (c !== '') texts.push({ x: X[i] ?? 0, y: row.valueY, text: c, size: 10 });
    });
    row.name.forEach((part, k) => texts.push({ x: X[1] ?? 0, y: row.nameTop - 13 * k, text: part, size: 10 }));
  }
  return [{ x: 60, y: 760, text: '某县“十四五”民生事业发展规划', size: 14 }, { x: 60, y: 730, text: '表1 主要指标', size: 10 }, ...texts];
}

/** The rules as producers draw them: stroked lines (LibreOffice, Word) and hairline rectangles under a scaling cm (Chromium). */
function ruleGraphics(): string {
  return RULES.map((y, i) => (i % 2 === 0 ? `0.5 w 55 ${y} m 420 ${y} l S` : `q 2 0 0 2 0 0 cm 27.5 ${(y - 0.25) / 2} 182.5 0.25 re f Q`)).join('\n');
}

const txt = () => ['某县“十四五”民生事业发展规划', '表1 主要指标', `| ${HEADER.join(' | ')} |`, ...ROWS.map((r) => `| ${r.cells.map((c, i) => (i === 1 ? r.name.join('') : c)).join(' | ')} |`)].join('\n');

async function read(bytes: Uint8Array): Promise<string> {
  const result = await readPlanFile('plan.pdf', bytes, { pdf });
  if (!result.ok) throw new Error(`${result.code}: ${result.detail}`);
  return result.text;
}

const view = (text: string) => extractText(text).targets.map((t) => ({ name: t.name, indicator: t.indicator, value: t.target.value, op: t.target.op, year: t.target.year, baseline: t.baseline?.value, source: t.source }));

describe('a ruled table whose cells are centred on different baselines', () => {
  it('keeps the last line of a four-line name in its own row, between the same two rules as its values', async () => {
    const text = await read(writePdf([{ texts: tableTexts(), graphics: ruleGraphics() }]));
    expect(text).toContain('| 1 | 农村低收入群体等重点对象危房改造和农房抗震改造任务完成率 | % | 95 | 100 | 约束性 |');
    expect(text).toContain('| 2 | 高中阶段教育毛入学率 | % | 92 | 95以上 | 预期性 |');
    expect(view(text)).toEqual(view(txt()));
  });

  it('reads hostile drawing — 250,000 zero-size rectangles, a path past any page — from the words, every number in its row', async () => {
    const noise = `${'0 0 0 0 re f\n'.repeat(250_000)}999999999999999999 650 m -999999999999999999 650 l S`;
    const text = await read(writePdf([{ texts: tableTexts(), graphics: `${ruleGraphics()}\n${noise}` }]));
    const fromTxt = view(txt());
    const fromPdf = view(text);
    expect(fromPdf.map((t) => [t.value, t.op, t.year, t.baseline])).toEqual(fromTxt.map((t) => [t.value, t.op, t.year, t.baseline]));
  }, 60_000);

  it('stops listing a page of a million drawing operations (26 KB deflated) at the budget; the next page\'s rules are read', async () => {
    const noise = '0 0 0 0 re f\n'.repeat(1_000_000);
    const bytes = writePdf([
      { texts: tableTexts(), graphics: `${ruleGraphics()}\n${noise}`, deflate: true },
      { texts: tableTexts(), graphics: ruleGraphics() },
    ]);
    expect(bytes.length).toBeLessThan(40_000);
    const rules = vi.mocked(horizontalRules);
    rules.mockClear();
    const text = await read(bytes);
    // pdf.js was stopped after the budget (and a chunk): no list past it was built to be handed over.
    const listed = rules.mock.calls.map(([list]) => list.fnArray.length);
    expect(listed).toHaveLength(1);
    expect(Math.max(...listed)).toBeLessThanOrEqual(MAX_OPERATORS);
    // The first page from its words, every number in its row; the second with its rules (the four-line name whole).
    // (The title, the same at the same place on both pages, is dropped as a running header.)
    const [, first, second] = text.split('表1主要指标');
    const values = (part = '') => view(part).map((t) => [t.value, t.op, t.year, t.baseline]);
    expect(values(first)).toEqual(values(txt()));
    expect(second).toContain('| 1 | 农村低收入群体等重点对象危房改造和农房抗震改造任务完成率 | % | 95 | 100 | 约束性 |');
  }, 60_000);
});

describe('a landscape table set turned on a portrait page (an annex\'s indicator table)', () => {
  // The table laid out on a landscape frame, turned a quarter anticlockwise onto the portrait page: its text runs up
  // the page, its row borders stand upright.
  const turnedUp = '0 1 -1 0 595 0 cm 1 0 0 1 0 -200';
  // The same turned the other way: its text runs down the page.
  const turnedDown = '0 -1 1 0 0 842 cm 1 0 0 1 0 -200';

  it.each([
    ['running up', turnedUp],
    ['running down', turnedDown],
  ])('is read turned upright, text %s: the same rows, the four-line name kept in its row by the rules', async (_way, transform) => {
    const text = await read(writePdf([{ texts: tableTexts(), graphics: ruleGraphics(), transform }]));
    expect(text).toContain('| 1 | 农村低收入群体等重点对象危房改造和农房抗震改造任务完成率 | % | 95 | 100 | 约束性 |');
    expect(view(text)).toEqual(view(txt()));
  });

  it('leaves a portrait page with a turned stamp beside its upright text as it is', async () => {
    const stamp: PdfText = { x: 30, y: 300, text: '某县人民政府办公室印发', size: 10, turned: true };
    const page = { texts: [...tableTexts(), stamp], graphics: ruleGraphics() };
    const upright = await read(writePdf([{ texts: tableTexts(), graphics: ruleGraphics() }]));
    const text = await read(writePdf([page]));
    expect(view(text)).toEqual(view(upright));
  });
});

describe('horizontalRules', () => {
  const OPS = { save: 10, restore: 11, transform: 12, constructPath: 91, endPath: 28, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75 };
  const path = (...xs: number[]) => [20, [new Float32Array(xs)], null];

  it('gives no rule for zero-size rectangles, vertical edges or a clip path, and none past its budget', () => {
    const rect = path(0, 10, 10, 1, 10, 10, 1, 10, 10, 1, 10, 10, 4);
    const clip = [OPS.endPath, [new Float32Array([0, 0, 50, 1, 300, 50])], null];
    const vertical = path(0, 50, 0, 1, 50, 400);
    expect(horizontalRules({ fnArray: [91, 91, 91], argsArray: [rect, clip, vertical] }, OPS, [1, 0, 0, 1, 0, 0])).toEqual([]);
    const many = { fnArray: new Array(300_000).fill(91), argsArray: new Array(300_000).fill(path(0, 0, 50, 1, 300, 50)) };
    expect(horizontalRules(many, OPS, [1, 0, 0, 1, 0, 0])).toEqual([]);
  });

  it('places a rule through the page\'s transforms (a cm inside q/Q, the viewport flipping y)', () => {
    const list = { fnArray: [10, 12, 91, 11, 91], argsArray: [null, [2, 0, 0, 2, 0, 0], path(0, 10, 100, 1, 60, 100), null, path(0, 10, 20, 1, 60, 20)] };
    expect(horizontalRules(list, OPS, [1, 0, 0, -1, 0, 842])).toEqual([
      { y: 642, left: 20, right: 120 },
      { y: 822, left: 10, right: 60 },
    ]);
  });
});

describe('a long table whose pages start (and end) with rows alike but for their numbers', () => {
  /** Three pages of a table: each starts, at the same height, with a row whose name wraps onto a second line. */
  function longTable(): Uint8Array {
    const x = [50, 85, 300, 345, 415, 485];
    return writePdf(
      [0, 1, 2].map((p) => {
        const texts: PdfText[] = ['序号', '指标', '单位', '2025年', '2030年', '属性'].map((h, i) => ({ x: x[i] ?? 0, y: 780, text: h, size: 10 }));
        for (let r = 0; r < 3; r++) {
          const n = p * 3 + r + 1;
          const y = r === 0 ? 760 : 747 - 20 * r;
          [String(n), `第${n}类社区服务设施覆盖率`, '%', String(50 + n), String(60 + n), '约束性'].forEach((c, i) => texts.push({ x: x[i] ?? 0, y, text: c, size: 10 }));
          if (r === 0) texts.push({ x: x[1] ?? 0, y: y - 13, text: '及达标率', size: 10 });
        }
        texts.push({ x: 280, y: 40, text: `— ${p + 1} —`, size: 10 });
        return { texts };
      }),
    );
  }

  it('keeps every row and every wrapped name: none is taken for a running header repeated on each page', async () => {
    const text = await read(longTable());
    for (const n of [1, 4, 7]) expect(text).toContain(`| ${n} | 第${n}类社区服务设施覆盖率及达标率 | % | ${50 + n} | ${60 + n} | 约束性 |`);
    expect(extractText(text).targets.filter((t) => t.source === 'table')).toHaveLength(9);
    expect(text).not.toMatch(/— \d —/u);
  });
});
