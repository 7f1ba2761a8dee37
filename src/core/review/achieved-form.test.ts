import { describe, expect, it } from 'vitest';
import type { AchievedRecord } from '../types';
import { achievedFormOf, achievementAsTarget, achievementEditsOf, manualAchievementOf } from './achieved-form';

const reached: AchievedRecord = {
  id: 'a-1',
  name: '新增养老床位',
  indicator: null,
  domain: 'elderly',
  unit: '张',
  value: 1200,
  op: '=',
  year: 2020,
  year_from: 2016,
  kind: 'increment',
  quote: '新增养老床位1200张',
  start: 10,
  end: 21,
  source: 'prose',
};

describe('achievements through the target form', () => {
  it('shows an achievement with a target’s fields: value, op and year reached in `target`, nothing to strive for', () => {
    expect(achievementAsTarget(reached)).toMatchObject({ target: { value: 1200, year: 2020, op: '=' }, stretch: null, baseline: null, binding: null, kind: 'increment' });
    expect(achievedFormOf(reached)).toMatchObject({ value: '1200', year: '2020', yearFrom: '2016', unit: '张', kind: 'increment', stretch: '' });
  });

  it('turns the form into the achievement’s own edits, with the catalog indicator’s domain', () => {
    const form = { ...achievedFormOf(reached), value: '1,250', yearFrom: '', op: '' as const, indicator: 'childcare_places_per_1000' };
    const edits = achievementEditsOf(reached, form);
    expect(edits).toEqual({
      ok: true,
      value: { indicator: 'childcare_places_per_1000', domain: 'childcare', value: 1250, op: '=', year: 2020, year_from: null, unit: '张', kind: 'increment' },
    });
  });

  it('names the field that is wrong: no value, a year that is no year, a from year after the year reached', () => {
    const form = achievedFormOf(reached);
    expect(achievementEditsOf(reached, { ...form, value: '' })).toEqual({ ok: false, code: 'invalid', field: 'value' });
    expect(achievementEditsOf(reached, { ...form, year: '20' })).toEqual({ ok: false, code: 'invalid', field: 'year' });
    expect(achievementEditsOf(reached, { ...form, yearFrom: '2021' })).toEqual({ ok: false, code: 'invalid', field: 'yearFrom' });
    expect(achievementEditsOf(reached, { ...form, indicator: 'nope' })).toEqual({ ok: false, code: 'invalid', field: 'indicator' });
  });

  it('makes a manual achievement over the selected span, and refuses one without a name', () => {
    const form = { ...achievedFormOf(reached), name: ' 托位 ', indicator: 'childcare_places_per_1000', value: '2.1', unit: '个', yearFrom: '' };
    expect(manualAchievementOf(form, { start: 3, end: 9 }, '托位2.1个')).toEqual({
      ok: true,
      value: { name: '托位', indicator: 'childcare_places_per_1000', domain: 'childcare', unit: '个', value: 2.1, op: '=', year: 2020, year_from: null, kind: 'increment', quote: '托位2.1个', start: 3, end: 9, source: 'prose' },
    });
    expect(manualAchievementOf({ ...form, name: '' }, { start: 3, end: 9 }, 'x')).toEqual({ ok: false, code: 'invalid', field: 'name' });
  });
});
