import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractText } from '../core/extract/extract';
import { achievedForScoring, parseAchievedGold } from './achieved';
import { formatReport } from './report';
import { score } from './score';

const TEXT = '某市“十四五”卫生规划\n第一节 发展基础\n每千人拥有病床4.4张,人均预期寿命达到76.6岁。';

const goldJson = {
  note: 'policy',
  docs: [
    {
      doc: 'plan.txt',
      achieved: [
        { name: '每千人拥有病床', indicator: 'hospital_beds_per_1000', unit: '张', value: 4.4, op: '=', year: 2020, year_from: null, kind: 'level', quote: '每千人拥有病床4.4张', occurrence: 1 },
        { name: '人均预期寿命', indicator: 'life_expectancy', unit: '岁', value: 76.6, op: '=', year: 2020, year_from: null, kind: 'level', quote: '人均预期寿命达到76.6岁' },
      ],
      not_labelled: [{ quote: 'x', why: 'y' }],
    },
  ],
};

describe('parseAchievedGold', () => {
  it('reads each achievement as a gold record with its value, op and year', () => {
    const parsed = parseAchievedGold(goldJson);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value[0]?.targets[0]).toEqual({
      name: '每千人拥有病床',
      indicator: 'hospital_beds_per_1000',
      unit: '张',
      baseline: null,
      target: { value: 4.4, year: 2020, op: '=' },
      quote: '每千人拥有病床4.4张',
      occurrence: 1,
      kind: 'level',
      year_from: null,
    });
  });

  it('says which record is wrong', () => {
    const bad = { docs: [{ doc: 'plan.txt', achieved: [{ ...goldJson.docs[0]?.achieved[0], op: '≈' }] }] };
    expect(parseAchievedGold(bad)).toEqual({ ok: false, code: 'invalid-gold', detail: 'plan.txt achieved[0]: op must be one of = >= > <= < ~' });
    expect(parseAchievedGold({ docs: [{ doc: 'a', targets: [] }] })).toEqual({ ok: false, code: 'invalid-gold', detail: 'docs[0]: expected {doc: string, achieved: array}' });
  });
});

describe('scoring achievements', () => {
  const parsed = parseAchievedGold(goldJson);
  const gold = parsed.ok ? parsed.value : [];
  const doc = extractText(TEXT);

  it('matches extracted achievements to the gold like targets, and fails when the extractor reads none', () => {
    const found = score(gold, [{ doc: 'plan.txt', text: TEXT, targets: doc.achieved.map(achievedForScoring) }]);
    expect(found.overall).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
    // Kind and year_from are checked on the matched pairs, as the gold states them.
    expect(found.fields.kind).toEqual({ correct: 2, total: 2, rate: 1 });
    expect(found.fields.year_from).toEqual({ correct: 2, total: 2, rate: 1 });
    const none = score(gold, [{ doc: 'plan.txt', text: TEXT, targets: [] }]);
    expect(none.overall).toMatchObject({ tp: 0, fn: 2, f1: 0 });
    // The targets of the same text are not achievements: scored as such they all miss.
    expect(doc.targets).toEqual([]);
  });

  it('prints its report with its own words and last line', () => {
    const report = formatReport(score(gold, [{ doc: 'plan.txt', text: TEXT, targets: doc.achieved.map(achievedForScoring) }]), {
      fields: ['op', 'unit', 'year', 'indicator'],
      noun: 'achievements',
      overallLabel: 'achieved',
    });
    expect(report).toContain('Field accuracy on 2 matched achievements:');
    expect(report).toContain('  year ');
    expect(report).not.toContain('baseline');
    expect(report).toContain('Misses (gold achievements not extracted): 0');
    expect(report.trimEnd().split('\n').pop()).toBe('achieved: P=1.000 R=1.000 F1=1.000');
  });
});

const SHARED = fileURLToPath(new URL('../../../shared/gold/seeds.achieved.json', import.meta.url));

describe.runIf(existsSync(SHARED))('the shared achievements gold', () => {
  it('parses', () => {
    const parsed = parseAchievedGold(JSON.parse(readFileSync(SHARED, 'utf8')));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.reduce((n, d) => n + d.targets.length, 0)).toBeGreaterThan(50);
  });
});
