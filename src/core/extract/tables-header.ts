// A text table's header written over two rows (| 指标 | 单位 | 2025年 | 2030年 | 属性 | over | | | 基期 | 目标 | |, or
// | 指标 | 单位 | 规划目标 | 属性 | over | 2025年 | 2030年 |): the two rows as one, column by column, as the HTML and
// DOCX readers stack a table's header rows. Read alone, the upper row hid the years (or was no header at all, and the
// whole table was lost) and the lower one was taken for a row.

/** What a lower header row may say under a heading: 基期, 目标, (规划值)… */
const QUALIFIER = /^[(（]?(?:基期|基数|现状|目标|规划|预期|预计|实际|完成|现值)[值数]?(?:年)?[)）]?$/u;

/**
 * A heading over several value columns (目标值 over 2025年 | 2030年, 规划目标, 指标值): it names no year of its own,
 * the cells under it do.
 */
const SPREAD_HEAD = /^(?:指标值|目标值|规划目标|规划值|目标|发展目标|预期目标|主要目标|年度目标|指标|数值|年份|年度|目标年份|规划期)$/u;

/** What a lower header row says under 指标: 名称, 内容, 项目. */
const NAME_PART = /^(?:名称|内容|项目|名)$/u;

type RoleOf = (text: string) => string | null;

function squash(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

/** A cell a header row may hold: empty (merged), a heading, or a heading over value columns. */
function headerish(text: string, roleOf: RoleOf): boolean {
  const s = squash(text);
  return s === '' || roleOf(s) !== null || SPREAD_HEAD.test(s) || QUALIFIER.test(s);
}

/** Upper and lower heading of one column as one (2025年 over 基期: 2025年基期; 指标 over 名称: 指标名称; 指标 over 单位: 单位). */
function stack(upper: string, lower: string, roleOf: RoleOf): string {
  const u = squash(upper);
  const l = squash(lower);
  if (l === '' || l === u) return u;
  if (u === '') return l;
  const joined = `${u}${l}`;
  const lowerRole = roleOf(l);
  const joinedRole = roleOf(joined);
  if (joinedRole !== null && (lowerRole === null || lowerRole === joinedRole)) return joined;
  return lowerRole !== null ? l : u;
}

/**
 * The header of a table whose header fills two rows, or null when the lower row is not a second header row (a row of
 * data, a group row, a single cell). Rows of equal length stack column by column. A longer lower row has one upper
 * heading spread over a run of its cells (规划目标 over 2025年 | 2030年, the other columns empty below); a shorter one
 * lists only the cells under the one heading that spreads (指标 | 单位 | 指标值 | 属性 over 2025年 | 2030年, the rest
 * merged down and written once).
 */
export function mergeHeaderRows(upper: readonly string[], lower: readonly string[], roleOf: RoleOf): string[] | null {
  const low = lower.map(squash);
  const filled = low.filter((l) => l !== '');
  if (new Set(filled).size < 2) return null;
  if (!upper.every((u) => headerish(u, roleOf))) return null;
  if (low.length === upper.length) {
    // A lower cell may only make sense under its heading (指标 over 名称: 指标名称) — a part of a name, never a row's cell.
    const under = (l: string, i: number) => headerish(l, roleOf) || (NAME_PART.test(l) && roleOf(`${squash(upper[i] ?? '')}${l}`) === 'name');
    return low.every(under) ? upper.map((u, i) => stack(u, low[i] ?? '', roleOf)) : null;
  }
  if (!low.every((l) => headerish(l, roleOf))) return null;
  if (low.length > upper.length) {
    // One run of filled cells under one upper heading, every other lower cell empty.
    const first = low.findIndex((l) => l !== '');
    const width = low.length - upper.length + 1;
    const run = low.slice(first, first + width);
    if (run.some((l) => l === '') || low.slice(first + width).some((l) => l !== '')) return null;
    const head = squash(upper[first] ?? '');
    return [
      ...upper.slice(0, first).map(squash),
      ...run.map((l) => stack(head, l, roleOf)),
      ...upper.slice(first + 1).map(squash),
    ];
  }
  // Shorter: the lower row's cells are under exactly one spreading heading.
  const spreading = upper.flatMap((u, i) => (SPREAD_HEAD.test(squash(u)) || (roleOf(squash(u)) === 'year' && !/20\d\d/u.test(u)) ? [i] : []));
  // 指标 itself spreads only when it is not the table's name column (a second 指标 cell, or one after the name).
  const at = spreading.filter((i) => squash(upper[i] ?? '') !== '指标' || upper.slice(0, i).some((u) => roleOf(squash(u)) === 'name'));
  if (at.length !== 1 || !filled.every((l) => roleOf(l) === 'year') || filled.length !== low.length) return null;
  const i = at[0] ?? 0;
  const head = squash(upper[i] ?? '');
  return [...upper.slice(0, i).map(squash), ...low.map((l) => stack(head, l, roleOf)), ...upper.slice(i + 1).map(squash)];
}
