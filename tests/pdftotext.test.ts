// Real converted text: what poppler's pdftotext makes of the committed LibreOffice PDFs, without and with -layout
// (tests/fixtures/pdftotext, written by make-pdftotext.ts). Without -layout a table comes out a column at a time,
// its cells in the PDF's drawing order (not read as a table); with it, as columns of spaces, read as the TXT's table when
// its cells are set at the top. Nothing read from either may be a number the plan does not give.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/core/extract/extract';
import type { TargetRecord } from '../src/core/types';
import { readPlanFile } from '../src/import/readers/index';
import { DOCX_PROBES } from './helpers/format-probes';
import { planTxt } from './helpers/indicator-plan';
import { domainTableTxt, groupedTableTxt } from './helpers/grouped-table';
import { layoutPlanDocx } from './helpers/real-formats';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures/pdftotext', name), 'utf8');

/** A target as a number a researcher would compare: its value, comparator, year and baseline. */
const numbers = (text: string) =>
  extractText(text).targets.map((t: TargetRecord) => JSON.stringify([t.target.value, t.target.op, t.target.year, t.baseline ? [t.baseline.value, t.baseline.year] : null]));

async function sources(): Promise<Array<[string, string]>> {
  const docx = await readPlanFile('layout-plan.docx', await layoutPlanDocx());
  if (!docx.ok) throw new Error(docx.code);
  return [
    ['indicator-table', planTxt()],
    ['layout-plan', docx.text],
    ['grouped-top', groupedTableTxt()],
    ['grouped-middle', groupedTableTxt()],
    ['grouped-two-row', groupedTableTxt()],
    ['grouped-domain-top', domainTableTxt()],
    ['grouped-domain-middle', domainTableTxt()],
    ...DOCX_PROBES.map((p) => [`probe-${p.name}`, p.txt] as [string, string]),
  ];
}

describe('pdftotext output of LibreOffice PDFs', () => {
  it('gives no number the plan does not give, with or without -layout', async () => {
    for (const [name, source] of await sources()) {
      const given = new Set(numbers(source));
      for (const mode of ['raw', 'layout']) {
        const made = numbers(fixture(`${name}.${mode}.txt`)).filter((n) => !given.has(n));
        expect(made, `${name}.${mode}.txt`).toEqual([]);
      }
    }
  });

  it('reads the prose of a hard-wrapped plan: the target sentence wrapped after 婴 is whole', () => {
    const text = fixture('indicator-table.raw.txt');
    expect(text).toContain('每千人口拥有 3 岁以下婴\n幼儿托位数达到 4.5 个。');
    const target = extractText(text).targets.find((t) => t.source === 'prose');
    expect(target).toMatchObject({ indicator: 'childcare_places_per_1000', target: { value: 4.5, year: 2025 } });
  });

  it('reads every prose target of a plan whose two-column pages wrap narrower than its full-width ones (without -layout)', async () => {
    const docx = await readPlanFile('layout-plan.docx', await layoutPlanDocx());
    if (!docx.ok) throw new Error(docx.code);
    const prose = (text: string) => extractText(text).targets.filter((t) => t.source === 'prose').map((t) => [t.target.value, t.target.op, t.target.year]);
    const text = fixture('layout-plan.raw.txt');
    expect(text).toContain('综合服务站 20\n个');
    expect(prose(text)).toEqual(prose(docx.text));
    expect(prose(text)).toHaveLength(9);
  });
});

/** A table target as a researcher compares it: what it is, its value, year, baseline and kind. */
const tableRows = (text: string) =>
  extractText(text)
    .targets.filter((t) => t.source === 'table')
    .map((t) => [t.name, t.indicator, t.unit, t.target.value, t.target.op, t.target.year, t.baseline?.value ?? null, t.baseline?.year ?? null, t.kind, t.binding]);

describe('pdftotext -layout indicator tables (columns of spaces)', () => {
  const layout = fixture('indicator-table.layout.txt');

  it('reads the 30-row table over two pages as the TXT gives it: names wrapped under their rows, 90 以上 and 3 岁 apart', () => {
    expect(layout).toContain('4     每千人口拥有 3 岁以下婴幼儿托 1.6        4.5      预期性\n      位数(个)');
    const txt = tableRows(planTxt());
    expect(txt).toHaveLength(30);
    expect(tableRows(layout)).toEqual(txt);
  });

  it('quotes each row from its own line', () => {
    const target = extractText(layout).targets.find((t) => t.name === '学前教育毛入园率');
    expect(target?.quote).toBe('学前教育毛入园率(%)      88.6       90 以上');
  });

  it('reads a 34-row table whose rows break across pages, under a running title and page number', () => {
    const probe = DOCX_PROBES.find((p) => p.name === 'split-rows');
    if (!probe) throw new Error('no split-rows probe');
    const text = fixture('probe-split-rows.layout.txt');
    expect(text).toContain('—1—\n\f                     某省人民政府办公厅文件\n\n\n     盖率\n13');
    const rows = tableRows(text);
    expect(rows).toHaveLength(34);
    expect(rows).toEqual(tableRows(probe.txt));
  });

  it('reads nothing from a table whose cells are centred (a row line without its name): which row a line of name belongs to is not in the text', () => {
    const text = fixture('probe-centred-cells.layout.txt');
    expect(text).toContain('\n 1                  个   4.5     5.5    预期性\n');
    expect(tableRows(text)).toEqual([]);
  });

  it('reads a table with group rows, a 单位 column and no 序号 as its TXT: names over three lines at the left edge, 1/10 万 one unit', () => {
    const text = fixture('grouped-top.layout.txt');
    expect(text).toContain('孕产妇死亡率       1/10 万   9.5');
    const rows = tableRows(text);
    expect(rows).toHaveLength(11);
    expect(rows).toEqual(tableRows(groupedTableTxt()));
    // The group rows give the domains of the rows under them, as in the TXT.
    const domains = (t: string) => extractText(t).targets.filter((r) => r.source === 'table').map((r) => r.domain);
    expect(domains(text)).toEqual(domains(groupedTableTxt()));
  });

  it('reads the same table under a header over two lines (目标值 over 2025 年 2030 年)', () => {
    const text = fixture('grouped-two-row.layout.txt');
    expect(text).toContain('目标值               属性\n                      2025 年   2030 年\n');
    expect(tableRows(text)).toEqual(tableRows(groupedTableTxt()));
  });

  it('reads nothing under a header whose years do not stand under its 目标值', () => {
    const text = fixture('grouped-two-row.layout.txt').replace('\n                      2025 年   2030 年\n', '\n             2025 年   2030 年\n');
    expect(tableRows(text)).toEqual([]);
  });

  it('reads a 领域 column, its cells and the names wrapping under their rows (幼有所 / 育), and 序 over 号 in the header', async () => {
    const docx = await readPlanFile('layout-plan.docx', await layoutPlanDocx());
    if (!docx.ok) throw new Error(docx.code);
    const text = fixture('layout-plan.layout.txt');
    expect(text).toContain(' 序   领域   指标               单位    2025 年基期   2030 年目标   属性\n 号\n 1   幼有所  每千人口拥有 3 岁以下婴幼   个');
    const withDomain = (t: string) => extractText(t).targets.filter((r) => r.source === 'table').map((r) => [r.domain, r.name, r.target.value, r.target.year, r.baseline?.value]);
    expect(withDomain(text)).toHaveLength(12);
    expect(withDomain(text)).toEqual(withDomain(docx.text));
  });

  it('reads a 领域 column merged down its rows at the top, whose words run on over the next rows (学有所 / 教), as its TXT', () => {
    const text = fixture('grouped-domain-top.layout.txt');
    expect(text).toContain('学有所   学前教育毛入园率     %        91       95 以上    预期性\n教     义务教育学校达到省 %');
    const withDomain = (t: string) => extractText(t).targets.filter((r) => r.source === 'table').map((r) => [r.domain, r.indicator, r.name, r.unit, r.target.value, r.target.op, r.target.year, r.baseline?.value ?? null]);
    expect(withDomain(text)).toHaveLength(11);
    expect(withDomain(text)).toEqual(withDomain(domainTableTxt()));
  });

  it('reads nothing from that table centred in its cells', () => {
    expect(tableRows(fixture('grouped-domain-middle.layout.txt'))).toEqual([]);
  });

  it('reads nothing when words of 领域 stand under a row whose 领域 cell is empty (a merged cell centred on its rows)', () => {
    const text = fixture('layout-plan.layout.txt');
    const row2 = '\n 2   学有所  普惠性幼儿园在园幼儿占在     %     85         90 以上      约束性\n     教    园幼儿总数的比例';
    expect(text).toContain(row2);
    const centred = text.replace(row2, '\n 2          普惠性幼儿园在园幼儿占在     %     85         90 以上      约束性\n     学有所教    园幼儿总数的比例');
    const table2 = (t: string) => extractText(t).targets.filter((r) => r.source === 'table').slice(6);
    expect(table2(text)).toHaveLength(6);
    expect(table2(centred)).toEqual([]);
  });

  it('reads nothing from the same table centred in its cells (its names wrap above and below the row line)', () => {
    const text = fixture('grouped-middle.layout.txt');
    expect(text).toContain('每千人口拥有 3 岁以\n            个');
    expect(tableRows(text)).toEqual([]);
  });

  describe('a misaligned or ragged row gives no target rather than a wrong one', () => {
    const row3 = '3     高中阶段教育毛入学率(%)    91.3       92 以上    预期性';
    const without = (name: string) => tableRows(planTxt()).filter((r) => r[0] !== name);

    it('leaves out a row whose baseline cell is empty, and reads the rows after it', () => {
      expect(layout).toContain(row3);
      expect(tableRows(layout.replace(row3, '3     高中阶段教育毛入学率(%)               92 以上    预期性'))).toEqual(without('高中阶段教育毛入学率'));
    });

    it('leaves out a row whose target cell is empty (its 2020 value is never taken for the 2025 one)', () => {
      expect(tableRows(layout.replace(row3, '3     高中阶段教育毛入学率(%)    91.3                  预期性'))).toEqual(without('高中阶段教育毛入学率'));
    });

    it('leaves out a row with a value more than the header has columns for', () => {
      expect(tableRows(layout.replace(row3, '3     高中阶段教育毛入学率(%)    91.3       92 以上    93   预期性'))).toEqual(without('高中阶段教育毛入学率'));
    });

    it('reads nothing when a line of name follows a row whose name did not fill its line (cells centred)', () => {
      // Row 4's wrapped 位数(个) moved above its row, under row 3's short name, as a table centred in its cells has it.
      const moved = layout.replace('\n4     每千人口拥有 3 岁以下婴幼儿托 1.6        4.5      预期性\n      位数(个)', '\n      位数(个)\n4     每千人口拥有 3 岁以下婴幼儿托 1.6        4.5      预期性');
      expect(moved).not.toBe(layout);
      expect(tableRows(moved)).toEqual([]);
    });

    it('reads nothing when a row line further down has no name (that row centred in its cells)', () => {
      // Row 17's name set on the line under its values, as a cell centred on two lines of name writes it.
      const centred = layout.replace('\n17    基本医疗保险参保率(%)       95.1     95 以上    约束性', '\n17                         95.1     95 以上    约束性\n      基本医疗保险参保率(%)');
      expect(centred).not.toBe(layout);
      expect(tableRows(centred)).toEqual([]);
    });

    it('ends the table at a row numbered out of turn', () => {
      const rows = tableRows(layout.replace('\n5     普惠性', '\n7     普惠性'));
      expect(rows).toEqual(tableRows(planTxt()).slice(0, 4));
    });
  });
});
