import { describe, expect, it } from 'vitest';
import { parseGold } from './gold';

const target = {
  name: '城镇新增就业',
  indicator: 'urban_new_jobs',
  domain: 'employment',
  unit: '万人',
  baseline: { value: 1.08, year: 2020 },
  target: { value: 5.4, year: 2025, op: '=' },
  quote: '城镇新增就业(万人)',
  quote_value: '[5.4]',
  note: 'ignored',
};

describe('parseGold', () => {
  it('keeps the fields scoring needs and drops notes', () => {
    const parsed = parseGold({ version: 1, note: 'x', docs: [{ doc: 'a.txt', region: 'r', targets: [target] }] });
    expect(parsed).toEqual({
      ok: true,
      value: [
        {
          doc: 'a.txt',
          targets: [
            {
              name: '城镇新增就业',
              indicator: 'urban_new_jobs',
              unit: '万人',
              baseline: { value: 1.08, year: 2020 },
              target: { value: 5.4, year: 2025, op: '=' },
              quote: '城镇新增就业(万人)',
              quote_value: '[5.4]',
            },
          ],
        },
      ],
    });
  });

  it('keeps qualitative text, ranges, occurrence and the traditional quote', () => {
    const raw = {
      ...target,
      target: { value: 1, year: 2025, op: '>=', text: '1~2', value_max: 2 },
      quote_original: '城鎮新增就業',
      occurrence: 2,
    };
    const parsed = parseGold({ docs: [{ doc: 'a', targets: [raw] }] });
    if (!parsed.ok) throw new Error(parsed.detail);
    expect(parsed.value[0]?.targets[0]).toMatchObject({
      target: { text: '1~2', value_max: 2 },
      quote_original: '城鎮新增就業',
      occurrence: 2,
    });
  });

  it('rejects a file without a docs array', () => {
    expect(parseGold([])).toEqual({ ok: false, code: 'invalid-gold', detail: 'expected an object with a "docs" array' });
  });

  it('names the target that is malformed', () => {
    const bad = { ...target, target: { value: '5.4', year: 2025, op: '=' } };
    expect(parseGold({ docs: [{ doc: 'a.txt', targets: [target, bad] }] })).toEqual({
      ok: false,
      code: 'invalid-gold',
      detail: 'a.txt targets[1]: target.value must be a number or null',
    });
  });

  it('rejects an unknown comparator and a zero occurrence', () => {
    expect(parseGold({ docs: [{ doc: 'a', targets: [{ ...target, target: { value: 1, year: 2025, op: '≥' } }] }] }).ok).toBe(false);
    expect(parseGold({ docs: [{ doc: 'a', targets: [{ ...target, occurrence: 0 }] }] }).ok).toBe(false);
  });
});
