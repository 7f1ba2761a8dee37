import { describe, expect, it } from 'vitest';
import { clearChoice, loadChoices, remapChoiceSettingKey, renameChoiceTargets, setChoice } from './choices';
import { openTestDb } from './testing/fake-db';

describe('choices', () => {
  it('stores choices in settings and loads them keyed as effectiveTargets expects', async () => {
    const db = openTestDb();
    await db.settings.put({ key: 'locale', value: 'en' });
    await setChoice(db, 'r1', 'nursing_bed_ratio', 't1');
    await setChoice(db, 'r1', 'name:新增托位', 't2');
    await clearChoice(db, 'r1', 'name:新增托位');
    expect(await loadChoices(db)).toEqual({ 'r1|nursing_bed_ratio': 't1' });
  });

  it('follows targets whose ids changed', async () => {
    const db = openTestDb();
    await setChoice(db, 'r1', 'a', 'old');
    await setChoice(db, 'r1', 'b', 'kept');
    await db.transaction('rw', db.settings, () => renameChoiceTargets(db, new Map([['old', 'new']])));
    expect(await loadChoices(db)).toEqual({ 'r1|a': 'new', 'r1|b': 'kept' });
  });

  it('remaps the region part of a choice key only', () => {
    const ids = new Map([['r1', 'r9']]);
    expect(remapChoiceSettingKey('choice:r1|nursing_bed_ratio', ids)).toBe('choice:r9|nursing_bed_ratio');
    expect(remapChoiceSettingKey('choice:r2|x', ids)).toBe('choice:r2|x');
    expect(remapChoiceSettingKey('locale', ids)).toBe('locale');
  });
});
