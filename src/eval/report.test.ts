import { describe, expect, it } from 'vitest';
import type { TargetRecord } from '../core/types';
import type { GoldTarget } from './gold';
import { fixed3, formatReport } from './report';
import { score } from './score';

const TEXT = '城镇新增就业5万人,失业率控制在5.5%以内,新建托位300个。';

function gold(name: string, value: number, quote: string): GoldTarget {
  return { name, indicator: null, unit: null, baseline: null, target: { value, year: 2025, op: '=' }, quote };
}

function rec(name: string, value: number, quote: string, year = 2025): TargetRecord {
  const start = TEXT.indexOf(quote);
  return {
    id: name,
    name,
    indicator: null,
    domain: null,
    unit: null,
    baseline: null,
    target: { value, year, op: '=' },
    stretch: null,
    kind: 'level',
    binding: null,
    quote,
    start,
    end: start + quote.length,
    per: null,
    aspirational: false,
    source: 'prose',
  };
}

const result = score(
  [
    {
      doc: 'plan.txt',
      targets: [gold('城镇新增就业', 5, '城镇新增就业5万人'), gold('失业率', 5.5, '失业率控制在5.5%以内'), gold('新建托位', 300, '新建托位300个')],
    },
    { doc: 'news.txt', targets: [] },
  ],
  [{ doc: 'plan.txt', text: TEXT, targets: [rec('城镇新增就业', 5, '城镇新增就业5万人', 2024), rec('万人', 10000, '5万人')] }],
);

describe('formatReport', () => {
  const report = formatReport(result);
  const lines = report.split('\n');

  it('ends with the overall line in three decimals', () => {
    expect(lines.at(-2)).toBe('overall: P=0.500 R=0.333 F1=0.400');
  });

  it('has a row per document and a total, with "-" where a ratio is undefined', () => {
    expect(lines.find((l) => l.startsWith('plan.txt'))?.split(/\s+/u)).toEqual([
      'plan.txt', '3', '2', '1', '1', '2', '0.500', '0.333', '0.400',
    ]);
    expect(lines.find((l) => l.startsWith('news.txt'))?.split(/\s+/u)).toEqual([
      'news.txt', '0', '0', '0', '0', '0', '-', '-', '-',
    ]);
    expect(lines.some((l) => l.startsWith('all '))).toBe(true);
  });

  it('lists misses, extras and field mismatches with name, value and quote', () => {
    expect(report).toContain('Misses (gold targets not extracted): 2\n  plan.txt  失业率 = 5.5  「失业率控制在5.5%以内」');
    expect(report).toContain('Extras (extracted targets not in the gold): 1\n  plan.txt  万人 = 10000  「5万人」');
    expect(report).toContain('plan.txt  城镇新增就业: year gold 2025, extracted 2024');
    expect(report).toMatch(/target year\s+0\.000 {2}\(0\/1\)/u);
  });

  it('keeps a quote spanning table rows on one line', () => {
    const rowQuote = score(
      [{ doc: 'd', targets: [{ ...gold('托位数', 5, 'x'), quote: '托位数(个)\n|\n5.0' }] }],
      [],
    );
    expect(formatReport(rowQuote)).toContain('  d  托位数 = 5  「托位数(个) | 5.0」\n');
  });

  it('cuts the lists at the limit and says how many it left out', () => {
    const cut = formatReport(result, { limit: 1 });
    expect(cut).toContain('「失业率控制在5.5%以内」\n  ... and 1 more (--limit)');
    expect(cut).not.toContain('「新建托位300个」');
  });
});

describe('fixed3', () => {
  it('rounds to three decimals and marks an undefined ratio', () => {
    expect(fixed3(2 / 3)).toBe('0.667');
    expect(fixed3(null)).toBe('-');
  });
});
