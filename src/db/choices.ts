// The researcher's choice of effective target per region × indicator, kept in the settings table.
import { choiceKey } from '../core/review/effective';
import type { PlanBenchDB } from './schema';
import { cellTables, refreshCells } from './cells';

const PREFIX = 'choice:';

export function choiceSettingKey(regionId: string, indicator: string): string {
  return PREFIX + choiceKey(regionId, indicator);
}

export async function setChoice(db: PlanBenchDB, regionId: string, indicator: string, targetId: string): Promise<void> {
  await db.transaction('rw', cellTables(db), async () => {
    await db.settings.put({ key: choiceSettingKey(regionId, indicator), value: targetId });
    await refreshCells(db, [regionId]);
  });
}

export async function clearChoice(db: PlanBenchDB, regionId: string, indicator: string): Promise<void> {
  await db.transaction('rw', cellTables(db), async () => {
    await db.settings.delete(choiceSettingKey(regionId, indicator));
    await refreshCells(db, [regionId]);
  });
}

/** The `choices` argument of effectiveTargets. */
export async function loadChoices(db: PlanBenchDB): Promise<Record<string, string>> {
  const rows = await db.settings.where('key').startsWith(PREFIX).toArray();
  const choices: Record<string, string> = {};
  for (const row of rows) {
    if (typeof row.value === 'string') choices[row.key.slice(PREFIX.length)] = row.value;
  }
  return choices;
}

/** The setting key with its region renamed through `regionIds`; other keys unchanged. */
export function remapChoiceSettingKey(key: string, regionIds: ReadonlyMap<string, string>): string {
  if (!key.startsWith(PREFIX)) return key;
  const rest = key.slice(PREFIX.length);
  const bar = rest.indexOf('|');
  const next = bar < 0 ? undefined : regionIds.get(rest.slice(0, bar));
  return next === undefined ? key : PREFIX + next + rest.slice(bar);
}

/** Inside a transaction over settings: choices of a merged region move to the target, whose own choices win. */
export async function moveChoices(db: PlanBenchDB, fromRegionId: string, toRegionId: string): Promise<void> {
  const fromPrefix = `${PREFIX}${fromRegionId}|`;
  const rows = await db.settings.where('key').startsWith(fromPrefix).toArray();
  for (const row of rows) {
    const key = `${PREFIX}${toRegionId}|${row.key.slice(fromPrefix.length)}`;
    if ((await db.settings.get(key)) === undefined) await db.settings.put({ key, value: row.value });
    await db.settings.delete(row.key);
  }
}

/** Inside a transaction over settings (and the cells' tables: the caller refreshes the regions' cells): choices follow targets whose ids changed on re-extraction. */
export async function renameChoiceTargets(db: PlanBenchDB, renamed: ReadonlyMap<string, string>): Promise<void> {
  if (renamed.size === 0) return;
  const rows = await db.settings.where('key').startsWith(PREFIX).toArray();
  const changed = rows.flatMap((row) => {
    const next = typeof row.value === 'string' ? renamed.get(row.value) : undefined;
    return next === undefined ? [] : [{ key: row.key, value: next }];
  });
  await db.settings.bulkPut(changed);
}
