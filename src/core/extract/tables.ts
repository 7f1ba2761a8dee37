// Indicator tables (指标名称 | 2020年 | 2025年 | 指标性质) in their published shapes: one cell per line with or
// without "|" lines between, pipe or markdown rows, tab-separated rows.
import { domainOfHeading } from '../catalog/catalog';
import type { Draft } from './draft';
import { splitParallel, withoutNoteMarks } from './prose-names';
import { mergeHeaderRows } from './tables-header';
import { spacedTable, type SpacedRoles } from './tables-layout';
import { findQuantities, parseCell, unitAsWritten } from './quantities';
import { visibleMoreThan } from './scan';
import type { Baseline, Binding, DomainId, Op, Span, TargetValue } from '../types';

interface Cell {
  text: string;
  start: number;
  end: number;
}

type Role = 'seq' | 'group' | 'name' | 'unit' | 'year' | 'nature' | 'note' | 'progress';

interface Column {
  role: Role;
  year: number | null;
  /** A year column of goals (2025年目标, “十四五”目标): a target, never a value reached. */
  goal?: true;
}

export interface TableResult {
  drafts: Draft[];
  /** Spans of the normalised text the tables occupy; prose reading skips them. */
  regions: Span[];
}

interface Line {
  text: string;
  start: number;
}

const QUALITATIVE = /^(应(.)尽\2|全覆盖|基本全覆盖|全面覆盖|持续提高|稳步提高|逐步提高|不断提高|稳步提升|持续提升|只增不减|达标|基本实现|全面实现|实现)$/u;

function squash(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

// (2025年实际值 beside 2025年目标值 is what was reached: read as a second year column, it swapped target and value.)
const PROGRESS_HEADER = /^(?:20\d\d年(?:\d{1,2}月)?(?:底|末)?)?(?:目前|截至目前|当前|实际)?(?:已)?(?:完成情况|完成数|完成值|完成|进展情况|进展|完成进度|实际值|实际数|实现值|实际)$/u;

export function headerRole(raw: string): Role | null {
  // Every line of the text is asked: a line of prose is no header, and is not squashed to find out.
  if (visibleMoreThan(raw, 16)) return null;
  const s = squash(raw);
  if (s.length === 0 || s.length > 16) return null;
  // A table's caption (专栏1 主要指标, 表2 指标): its number says it is the title above the header, not a cell of it.
  if (/^(?:专栏|表)[\d一二三四五六七八九十]/u.test(s)) return null;
  if (/^(序号|编号|序)$/u.test(s)) return 'seq';
  if (/^(领域|类别|分类|方面|类型|维度|板块)$/u.test(s)) return 'group';
  if (/^(计量)?单位$/u.test(s)) return 'unit';
  if (/^(指标)?(属性|性质|类型)$/u.test(s)) return 'nature';
  if (/^备注$/u.test(s)) return 'note';
  // A report's progress column (完成情况, 目前已完成): what was reached, beside the year's target.
  if (PROGRESS_HEADER.test(s)) return 'progress';
  if (/20\d\d|基期|现状|目标值|规划值|基数/u.test(s) || PLAN_GOAL_HEADER.test(s)) return 'year';
  if (/指标/u.test(s)) return 'name';
  return null;
}

/**
 * A row that writes the table's header again (a table continued on a new page, its header repeated; a PDF's header
 * kept mid-table): every filled cell a heading, one of them the name column's. It is no record: read as one, it gave a
 * target named 指标 with 2025 → 2030 as its values.
 */
function repeatsHeader(cells: readonly Cell[]): boolean {
  let named = false;
  for (const cell of cells) {
    if (squash(cell.text) === '') continue;
    const role = headerRole(cell.text);
    if (role === null) return false;
    if (role === 'name') named = true;
  }
  return named;
}

function isNature(s: string): boolean {
  return /^(约束性?|预期性?)$/u.test(squash(s));
}

function bindingOf(s: string | undefined): Binding {
  if (s === undefined) return null;
  const t = squash(s);
  if (t.startsWith('约束')) return 'binding';
  if (t.startsWith('预期')) return 'expected';
  return null;
}

function isSeparatorLine(s: string): boolean {
  return /^\s*\|\s*$/u.test(s);
}

/** Two | or two tabs (every line of the text is asked: two indexOf, no array of matches). */
function isRowLine(s: string): boolean {
  const bar = s.indexOf('|');
  if (bar >= 0 && s.indexOf('|', bar + 1) >= 0) return true;
  const tab = s.indexOf('\t');
  return tab >= 0 && s.indexOf('\t', tab + 1) >= 0;
}

function isTableEnd(s: string): boolean {
  const t = s.trim();
  return t.length > 40 || /^(注|备注|说明|资料来源|数据来源)[:：]/u.test(t) || /^(第[一二三四五六七八九十\d]+[章节]|表\s*\d+)/u.test(t);
}

function splitRow(line: Line): Cell[] {
  const sep = line.text.includes('|') ? '|' : '\t';
  const cells: Cell[] = [];
  let pos = 0;
  for (const part of line.text.split(sep)) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    cells.push({ text, start: line.start + pos + lead, end: line.start + pos + lead + text.length });
    pos += part.length + 1;
  }
  if (sep === '|') {
    if (cells[0]?.text === '') cells.shift();
    if (cells[cells.length - 1]?.text === '') cells.pop();
  }
  return cells;
}

/** A body line after a table: a sentence, not a cell. */
function isProseLine(s: string): boolean {
  return /[。;,]/u.test(s.trim().replace(/[。;]$/u, '。'));
}

/**
 * Cells of a table published one cell per line: with "|" lines between cells, or plain, where blank
 * lines may separate cells (a Word table saved as text) and empty cells (of group rows) leave blank
 * lines too. A plain table ends at a sentence, a long line or a heading, not at a blank line.
 */
function cellStream(lines: Line[], from: number): { cells: Cell[]; next: number } {
  const piped = lines.slice(from, from + 4).some((l) => isSeparatorLine(l.text));
  const cells: Cell[] = [];
  let current: Line[] = [];
  const flush = () => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) {
      const text = current.map((l) => l.text.trim()).join('');
      const lead = first.text.length - first.text.trimStart().length;
      cells.push({ text, start: first.start + lead, end: last.start + last.text.trimEnd().length });
    }
    current = [];
  };
  let i = from;
  let blanks = 0;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line) break;
    if (piped && isSeparatorLine(line.text)) {
      flush();
      continue;
    }
    if (line.text.trim() === '') {
      // Plain cells: a run of blank lines longer than a row of empty cells (twelve columns) ends the table.
      if (!piped && ++blanks > 24) break;
      continue;
    }
    if (isTableEnd(line.text) || (!piped && isProseLine(line.text))) break;
    blanks = 0;
    if (piped) {
      // A cell may wrap over a few short lines; more than that is body text after the table.
      if (current.length >= 3) break;
      current.push(line);
    } else {
      current.push(line);
      flush();
    }
  }
  if (piped && current.length > 0) {
    // The last cell has no closing "|": keep only its first line, the rest is what follows the table.
    const first = current[0];
    current = first ? [first] : [];
    flush();
  }
  return { cells, next: i };
}

interface Layout {
  columns: Column[];
  nameIndex: number;
}

/** The goals of a named five-year plan as a column (“十四五”目标, 十四五规划目标值): of that plan's last year. */
const PLAN_GOAL_HEADER = /^“?十([三四五])五”?(?:规划)?目标(?:值)?$/u;

function layoutOf(header: Cell[]): Layout | null {
  const columns: Column[] = [];
  for (const cell of header) {
    const role = headerRole(cell.text);
    if (!role) return null;
    const plan = PLAN_GOAL_HEADER.exec(squash(cell.text))?.[1];
    const year = plan ? String(2015 + '三四五'.indexOf(plan) * 5) : /(20\d\d)/u.exec(cell.text)?.[1];
    const column: Column = { role, year: year ? Number(year) : null };
    // (Its own year's goals: 规划目标 spread over 2025年 and 2030年 heads the base year's column too.)
    if (role === 'year' && (plan || /20\d\d年(?:底|末)?(?:规划|预期)?目标/u.test(squash(cell.text)))) column.goal = true;
    columns.push(column);
  }
  const nameIndex = columns.findIndex((c) => c.role === 'name');
  const years = columns.filter((c) => c.role === 'year').length;
  if (nameIndex < 0 || years === 0) return null;
  return { columns, nameIndex };
}

/** A cell that is only a unit, as under a 单位 header. */
const UNIT_CELL = /^(%|‰|㎡|m²|m2|[个所家张套户座处场件名人次年岁万亿千百平方米公里元床位项条天小时分钟倍/]+)$/u;

/** A cell's unit as the catalog writes it (㎡ → 平方米), null when there is none. */
const unitOf = (unit: string | null | undefined): string | null => (unit ? unitAsWritten(unit) : null);

/** A count per population in a 单位 cell (人/千人, 张/千人口, 人/万人): the population, 千 or 万. */
const PER_POPULATION_UNIT = /^([人张个名所床位]+)\/(千|万)人口?$/u;

/**
 * 每千人口执业(助理)医师数 | 人/千人: the count's unit (人) when the name already says per how many people, as plans that
 * write 人 in the cell do, so the two compare and find the catalog's per-population measure.
 */
function perPopulationUnit(name: string, unit: string | null): string | null {
  const m = unit ? PER_POPULATION_UNIT.exec(unit) : null;
  return m?.[1] && m[2] && name.includes(`${m[2]}人`) && name.includes('每') ? m[1] : unit;
}

function splitNameUnit(raw: string): { name: string; unit: string | null } {
  // A footnote mark is no part of the name, also after a bracketed unit (养老机构护理型床位占比（%）①: the unit stayed in
  // the name and the row had none).
  const text = withoutNoteMarks(raw.replace(/^其中[:：]\s*/u, '')).trim();
  const m = /^(.*?)\s*[(（]([^()（）]{1,6})[)）]\s*$/u.exec(text);
  // (A rate per 100,000 too: 孕产妇死亡率(1/10万); and an amount per person and month, 城市低保标准(元/人·月).)
  if (m && m[1] && m[2] && /^(%|‰|㎡|m²|m2|1?\/(?:10|十)万|[个所家张套户座处场件名人次年岁万亿千百平方米公里元床位项条天小时分钟倍]+|元\/(?:人|户)(?:[·./](?:月|年))?|元\/(?:月|年))$/u.test(m[2])) {
    return { name: m[1], unit: unitAsWritten(m[2]) };
  }
  return { name: text, unit: null };
}

interface RowContext {
  layout: Layout;
  group: DomainId | null;
  /** The plan period: a column headed 目标值 without a year means its end, 基期值 the year before its start. */
  period: { start: number; end: number } | null;
  /** Name of the last main row, which a 其中: sub-row belongs to. */
  parent?: string;
  /** That row's unit: a sub-row naming only its places (其中:城市、农村) counts the same things in it. */
  parentUnit?: string | null;
}

const SUB_ROW = /^其中[:：]?\s*/u;
const METRIC_WORD = /率|数|比|量|面积|人数|年限|寿命|费用|标准|床位|托位|人次/u;

/** The name of a 其中: sub-row: its own when it names a measure, else the main row's name with the part in brackets. */
function subRowName(raw: string, parent: string | undefined): string {
  const part = raw.replace(SUB_ROW, '').trim();
  return parent && !METRIC_WORD.test(part) ? `${parent}(${part})` : part;
}

/** "1.8/1.2", "1.8、1.2": two values in one cell, for the two parts a 其中: sub-row names. */
function splitPairCell(text: string): string[] | null {
  const parts = squash(text).split(/[/、;；]/u);
  return parts.length >= 2 && parts.every((p) => parseCell(p)?.value != null) ? parts : null;
}

/**
 * A plain table loses its empty cells with the blank lines around them: a row one cell short whose
 * right-aligned name cell is a number (the 序号) lacks its unit cell, which goes back after the name.
 */
function withEmptyUnit(row: Cell[], layout: Layout): Cell[] {
  const unitIndex = layout.columns.findIndex((c) => c.role === 'unit');
  if (unitIndex !== layout.nameIndex + 1 || row.length !== layout.columns.length - 1) return row;
  const nameAt = layout.nameIndex - 1;
  const seqCell = row[nameAt];
  const nameCell = row[nameAt + 1];
  if (!seqCell || !nameCell || !/^\d{1,3}$/u.test(squash(seqCell.text)) || isValueLike(nameCell.text)) return row;
  return [...row.slice(0, nameAt + 2), { text: '', start: nameCell.end, end: nameCell.end }, ...row.slice(nameAt + 2)];
}

/** A row, or a 其中: sub-row that lists parts ("其中:城市、农村 | 1.2、0.9 | 1.8、1.2"), as drafts. */
function rowToDrafts(cells: Cell[], ctx: RowContext): Draft[] {
  const { columns } = ctx.layout;
  const row = withEmptyUnit(cells, ctx.layout);
  const offset = columns.length - row.length;
  const nameAt = ctx.layout.nameIndex - offset;
  const nameCell = row[nameAt];
  if (!nameCell) return [];
  const sub = SUB_ROW.test(nameCell.text);
  const yearAt = columns.flatMap((c, i) => (c.role === 'year' && i - offset >= 0 ? [i - offset] : []));
  const pairs = yearAt.map((i) => (row[i] ? splitPairCell(row[i].text) : null));
  const n = pairs[pairs.length - 1]?.length ?? 0;
  // The name's parts are asked for only by a 其中 row with pairs of values (most rows are neither).
  const parts = sub && n >= 2 ? nameCell.text.replace(SUB_ROW, '').replace(/[(（][^()（）]*[)）]\s*$/u, '').split(/[、/和及]/u).map((p) => p.trim()).filter(Boolean) : [];
  if (sub && n >= 2 && parts.length === n) {
    const out: Draft[] = [];
    for (let k = 0; k < n; k++) {
      const part = parts[k] ?? '';
      const cells = row.map((cell, i) => {
        if (i === nameAt) return { ...cell, text: subRowName(part, ctx.parent) };
        const p = yearAt.includes(i) ? pairs[yearAt.indexOf(i)] : null;
        return p ? { ...cell, text: p[k] ?? '' } : cell;
      });
      const draft = rowToDraft(cells, ctx);
      if (draft) out.push(...withInterims(partOfParent(inParentUnit(draft, part, ctx), ctx.parent)));
    }
    return out;
  }
  const read = rowToDraft(sub ? row.map((cell, i) => (i === nameAt ? { ...cell, text: subRowName(cell.text, ctx.parent) } : cell)) : row, ctx);
  if (read && !sub) {
    ctx.parent = read.name;
    ctx.parentUnit = read.unit;
  }
  if (!read) return [];
  const draft = sub ? partOfParent(inParentUnit(read, nameCell.text.replace(SUB_ROW, ''), ctx), ctx.parent) : read;
  // One row for coordinated catalog indicators (养老、医疗保险参保率): the value is each one's. Any other list in a
  // row's name (…的小学和初中学校比例) is one measure.
  return withInterims(draft).flatMap((d) => splitParallel(d.name, false, true).map((name) => ({ ...d, name })));
}

/** A sub-row with no unit that names only a part (其中:城市, no measure word) in the main row's unit, interims too. */
function inParentUnit(draft: Draft, part: string, ctx: RowContext): Draft {
  if (draft.unit !== null || !ctx.parentUnit || ctx.parent === undefined || METRIC_WORD.test(part)) return draft;
  const unit = ctx.parentUnit;
  return { ...draft, unit, ...(draft.interims ? { interims: draft.interims.map((d) => ({ ...d, unit: d.unit ?? unit })) } : {}) };
}

/** A 其中: sub-row's draft (and its interim years') as a part of the main row above it: never mapped to its indicator. */
function partOfParent(draft: Draft, parent: string | undefined): Draft {
  if (parent === undefined) return draft;
  return { ...draft, partOf: parent, ...(draft.interims ? { interims: draft.interims.map((d) => ({ ...d, partOf: parent })) } : {}) };
}

/** A row's interim-year targets before its end-year one, in the table's column order. */
function withInterims(draft: Draft): Draft[] {
  const { interims, ...main } = draft;
  return [...(interims ?? []), main];
}

/** The row's cells under the columns of one role, the row aligned from the right (`offset` columns short). */
function cellsOf(columns: readonly Column[], row: readonly Cell[], offset: number, role: Role): Cell[] {
  const out: Cell[] = [];
  for (let i = Math.max(0, offset); i < columns.length; i++) {
    const cell = row[i - offset];
    if (columns[i]?.role === role && cell) out.push(cell);
  }
  return out;
}

/** A year inside the plan's period before the target's: an interim target (2027年 in a 2026–2030 table). */
function isInterim(year: number | null, targetYear: number | null, period: { start: number; end: number } | null): boolean {
  return year !== null && targetYear !== null && period !== null && year >= period.start && year < targetYear;
}

function rowToDraft(row: Cell[], ctx: RowContext): Draft | null {
  const { columns } = ctx.layout;
  // Merged group cells leave rows short: align from the right, where values and nature always are.
  const offset = columns.length - row.length;
  if (offset < 0 || offset > ctx.layout.nameIndex) return null;
  const groupCell = cellsOf(columns, row, offset, 'group')[0];
  if (groupCell && groupCell.text) ctx.group = domainOfHeading(groupCell.text) ?? ctx.group;
  // A 指标 header merged over two columns (name and unit, or group and name) repeats: the longest cell is the name.
  const nameCells = cellsOf(columns, row, offset, 'name').filter((c) => c.text !== '');
  const nameCell = nameCells.reduce<Cell | undefined>((best, c) => (best && [...best.text].length >= [...c.text].length ? best : c), undefined);
  const unitBeside = nameCells.find((c) => c !== nameCell && UNIT_CELL.test(squash(c.text)));
  if (!nameCell || nameCell.text === '' || /\d/u.test(nameCell.text) === false && nameCell.text.length < 2) return null;
  const yearCols = columns.filter((c) => c.role === 'year');
  const valueCells = cellsOf(columns, row, offset, 'year');
  const targetCell = valueCells[valueCells.length - 1];
  if (!targetCell) return null;
  const parsed = parseCell(targetCell.text);
  if (!parsed) return null;
  if (parsed.value === null && !QUALITATIVE.test(squash(targetCell.text))) return null;
  const targetYear = yearCols[yearCols.length - 1]?.year ?? ctx.period?.end ?? null;
  // A target column before the plan starts (2020年 alone in a 2021–2025 plan) holds base-year values, not targets: a
  // table whose later columns were lost (pdftotext's column-at-a-time text) read the next row's 序号 as a 2020 value.
  if (targetYear !== null && ctx.period !== null && targetYear < ctx.period.start) return null;
  // The columns before the target's, aligned from the right as the cells are: a year inside the plan's period is
  // an interim target (2027年 in a 2026–2030 plan), any other a base year; the latest base is the baseline
  // (2025年 beside 2020年 in a 十五五 table), the older ones are only reached.
  const earlier = valueCells.slice(0, -1).map((cell, k) => {
    const column = yearCols[yearCols.length - valueCells.length + k];
    return { cell, year: column?.year ?? null, goal: column?.goal === true };
  });
  const bases: { baseline: Baseline; span: Span }[] = [];
  for (const { cell, year, goal } of earlier) {
    if (isInterim(year, targetYear, ctx.period)) continue;
    // (2025年目标 before 2025年实际 and 2030年目标 in a 十五五 plan: the last plan's goal, no base reached — it was read
    // as reached in 2025 beside the value that was, and Outcomes met the old goal with itself.)
    if (goal) continue;
    const b = parseCell(cell.text);
    if (!b || b.value === null) continue;
    const base: Baseline = { value: b.value, year: year ?? (earlier.length === 1 && ctx.period ? ctx.period.start - 1 : null) };
    if (b.op && b.op !== '=') base.op = b.op;
    if (b.kind !== 'level') base.kind = b.kind;
    bases.push({ baseline: base, span: { start: nameCell.start, end: cell.end } });
  }
  const latest = bases[bases.length - 1];
  const baseline: Baseline | null = latest?.baseline ?? null;
  const baselineSpan: Span | undefined = latest?.span;
  const { name, unit: bracketUnit } = splitNameUnit(nameCell.text);
  const unitCell = cellsOf(columns, row, offset, 'unit')[0];
  const target: TargetValue =
    parsed.value === null
      ? { value: null, year: targetYear, op: null, text: parsed.text ?? squash(targetCell.text) }
      : { value: parsed.value, year: targetYear, op: parsed.op };
  if (parsed.valueMax !== null) {
    target.value_max = parsed.valueMax;
    if (parsed.text) target.text = parsed.text;
  }
  const draft: Draft = {
    name,
    unit: perPopulationUnit(name, unitOf(unitCell?.text || bracketUnit || unitBeside?.text || parsed.unit)),
    baseline,
    target,
    stretch: null,
    kind: parsed.kind,
    binding: bindingOf(cellsOf(columns, row, offset, 'nature')[0]?.text),
    span: { start: nameCell.start, end: targetCell.end },
    per: null,
    aspirational: false,
    source: 'table',
    domainHint: ctx.group,
  };
  if (baselineSpan) draft.baselineSpan = baselineSpan;
  if (bases.length > 1) draft.olderBases = bases.slice(0, -1);
  const interims = earlier.flatMap(({ cell, year }) => {
    const v = isInterim(year, targetYear, ctx.period) ? parseCell(cell.text) : null;
    return v && v.value !== null ? [{ cell, year, v }] : [];
  });
  if (interims.length > 0) {
    draft.interims = interims.map(({ cell, year, v }) => ({
      ...draft,
      target: { value: v.value, year, op: v.op },
      kind: v.kind,
      span: { start: nameCell.start, end: cell.end },
      baselineSpan: undefined,
      olderBases: undefined,
    }));
  }
  const progress = progressOf(cellsOf(columns, row, offset, 'progress')[0], columns, targetYear);
  if (progress) draft.progress = { ...progress, span: { start: nameCell.start, end: progress.end } };
  return draft;
}

/**
 * A progress cell ("850", "目前已完成850个", "已建成3所"): its first count, with the year its header names, else the
 * year of the row's target (a programme's progress is that year's). A completion rate (完成率85%) is not a level reached.
 */
function progressOf(cell: Cell | undefined, columns: Column[], targetYear: number | null): { value: number; op: Op; unit: string | null; year: number | null; end: number; cumulative?: true } | null {
  if (!cell || /完成率|进度/u.test(cell.text)) return null;
  const year = columns.find((c) => c.role === 'progress')?.year ?? targetYear;
  const plain = parseCell(cell.text);
  if (plain && plain.value !== null && plain.kind === 'level') return { value: plain.value, op: plain.op ?? '=', unit: plain.unit, year, end: cell.end };
  // A bracketed cell ([27.4] under 2025年完成) is the five years' total reached, as a bracketed target is theirs to do.
  if (plain && plain.value !== null && plain.kind === 'cumulative') return { value: plain.value, op: plain.op ?? '=', unit: plain.unit, year, end: cell.end, cumulative: true };
  const q = findQuantities(cell.text).find((x) => x.unit !== '%');
  return q ? { value: q.value, op: q.op, unit: q.unit, year, end: cell.end } : null;
}

/** A group row of a plain table ("一、幼有所育", "(二)病有所医"): a heading among the cells, not a row's cell. */
const GROUP_ROW = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\))\s*[\u4e00-\u9fff]/u;

type StreamItem = { row: Cell[] } | { group: Cell };

/** Groups a stream of cells into rows: at each nature cell, or after the value cells when there is no nature column. */
function streamRows(cells: Cell[], layout: Layout): StreamItem[] {
  const natureAt = layout.columns.findIndex((c) => c.role === 'nature');
  const hasNature = natureAt >= 0;
  // Columns after the nature column (a report's 完成情况 | 超额完成): the row ends after their cells, not at the nature cell.
  const afterNature = hasNature ? layout.columns.length - 1 - natureAt : 0;
  const tail = layout.columns.length - layout.nameIndex - 1;
  const items: StreamItem[] = [];
  let row: Cell[] = [];
  let pending = 0;
  for (const cell of cells) {
    if (pending > 0) {
      // A status (超额完成, 未完成) or a value is the row's cell under a column after the nature column; anything else
      // starts the next row (a plain table loses an empty cell with its blank lines).
      if (STATUS_CELL.test(squash(cell.text)) || isValueLike(cell.text)) {
        row.push(cell);
        if (--pending > 0) continue;
        items.push({ row });
        row = [];
        continue;
      }
      items.push({ row });
      row = [];
      pending = 0;
    }
    if (GROUP_ROW.test(cell.text) && !isValueLike(cell.text)) {
      items.push({ group: cell });
      continue;
    }
    // The header written again (a table continued on a new page): its cells start no row and end none.
    if (isHeadingCell(cell.text)) {
      row = [];
      continue;
    }
    row.push(cell);
    if (hasNature && afterNature > 0 && isNature(cell.text)) {
      pending = afterNature;
    } else if (hasNature ? isNature(cell.text) : row.length > tail && isValueLike(cell.text) && !isValueLike(row[row.length - 1 - tail]?.text ?? '')) {
      items.push({ row });
      row = [];
    } else if (row.length > layout.columns.length + 1) {
      // Lost alignment (a missing nature cell): drop the oldest cell and carry on.
      row.shift();
    }
  }
  if (pending > 0 && row.length > 0) items.push({ row });
  return items;
}

/** A report's status cell under 完成情况 (超额完成, 已提前完成, 未完成, 进度滞后, 符合预期): a row's last cell, never a name. */
const STATUS_CELL = /^(?:已|超额|提前|基本|未|尚未|按期|如期|全面|已提前)*(?:完成|实现|达到|达标|达成)(?:目标)?$|^(?:进度)?(?:滞后|符合预期|超预期|正常推进|未达标)$/u;

/**
 * A cell only a header holds: 序号, 单位, 属性, 领域, 基期值 … or 指标 itself. Not a name that holds 指标 (主要健康指标达标率),
 * a year with its number, or a progress word (已完成 is also a cell of a progress column).
 */
function isHeadingCell(s: string): boolean {
  if (isValueLike(s)) return false;
  const role = headerRole(s);
  if (role === null || role === 'progress') return false;
  return role !== 'name' || /^指标(?:名称)?$/u.test(squash(s));
}

function isValueLike(s: string): boolean {
  const t = squash(s);
  return /\d/u.test(t) || /^[-—–/无]*$/u.test(t) || QUALITATIVE.test(t);
}

function findHeaderStart(lines: Line[], nameLine: number): number {
  let i = nameLine;
  for (let back = 1; back <= 8; back++) {
    const line = lines[nameLine - back];
    if (!line) break;
    if (isSeparatorLine(line.text) || line.text.trim() === '') continue;
    const role = headerRole(line.text);
    if (role === 'seq' || role === 'group') i = nameLine - back;
    else break;
  }
  return i;
}

/** Row lines that only rule a markdown table (|---|:--:|). */
const RULE_ROW = /^[\s|:\-—]+$/u;

/**
 * A header over two row lines (tables-header.ts): the layout of both as one and the lower line's index, else null.
 * Markdown's rule line may stand between them.
 */
function twoRowHeader(lines: Line[], i: number, header: Cell[]): { layout: Layout; lower: number } | null {
  let k = i + 1;
  while (lines[k] && RULE_ROW.test(lines[k]?.text ?? '') && isRowLine(lines[k]?.text ?? '')) k++;
  const lower = lines[k];
  if (!lower || !isRowLine(lower.text)) return null;
  const merged = mergeHeaderRows(header.map((c) => c.text), splitRow(lower).map((c) => c.text), headerRole);
  const at = header[0]?.start ?? 0;
  const layout = merged ? layoutOf(merged.map((text) => ({ text, start: at, end: at }))) : null;
  return layout ? { layout, lower: k } : null;
}

/** A header cell over the places of a table whose rows are places (区域, 各区, 县(市、区), 乡镇(街道)). */
const PLACE_HEADER = /^(?:区域|地区|地区名称|区县|县区|县\(市、区\)|县\(市\)|各区|各县|各区县|单位|乡镇|乡镇\(街道\)|街道|辖区)$/u;
/** A row's place (东城区, 青石县, 城关镇, 南湖街道), or the total of the places (合计, 全市). */
const PLACE_CELL = /^[\u4e00-\u9fff]{1,8}(?:区|县|市|镇|乡|街道)$/u;
const TOTAL_CELL = /^(?:合计|总计|全市|全县|全区|全省|小计)$/u;
/** What is counted once more (新增普惠托位): each place's value is the year's work, a flow. */
const FLOW_HEAD = /^(?:新增|新建|改造|建成|改扩建|培训)/u;

/**
 * A table whose rows are places and whose columns are measures (区域 | 新增普惠托位(个) | 千人口托位数(个), then 东城区 |
 * 800 | 5.0, … and 合计): each place's value is the measure named for that place (新增普惠托位(东城区)), the total row's is the
 * measure itself, for the last year of the text's period. Null when the header or its rows are no such table.
 */
function placeTable(lines: Line[], i: number, header: Cell[], period: { start: number; end: number } | null): { drafts: Draft[]; region: Span; next: number } | null {
  if (header.length < 2 || !PLACE_HEADER.test(squash(header[0]?.text ?? ''))) return null;
  const measures = header.slice(1).map((c) => splitNameUnit(squash(c.text)));
  if (measures.some((m) => m.name.length < 2 || /\d/u.test(m.name))) return null;
  const drafts: Draft[] = [];
  let end = (lines[i]?.start ?? 0) + (lines[i]?.text.length ?? 0);
  let j = i + 1;
  for (; j < lines.length; j++) {
    const l = lines[j];
    if (!l || !isRowLine(l.text)) break;
    if (/^[\s|:\-—]+$/u.test(l.text)) continue;
    const row = splitRow(l);
    const place = squash(row[0]?.text ?? '');
    const total = TOTAL_CELL.test(place);
    if (row.length !== header.length || !(total || PLACE_CELL.test(place))) break;
    end = l.start + l.text.length;
    row.slice(1).forEach((cell, k) => {
      const m = measures[k];
      const v = parseCell(cell.text);
      if (!m || !v || v.value === null) return;
      drafts.push({
        name: total ? m.name : `${m.name}(${place})`,
        unit: unitOf(m.unit ?? v.unit),
        baseline: null,
        target: { value: v.value, year: period?.end ?? null, op: v.op },
        stretch: null,
        kind: v.kind === 'level' && FLOW_HEAD.test(m.name) ? 'increment' : v.kind,
        binding: null,
        span: { start: row[0]?.start ?? cell.start, end: cell.end },
        per: null,
        aspirational: false,
        source: 'table',
        domainHint: null,
        ...(total ? {} : { place }),
      });
    });
  }
  return drafts.length > 0 ? { drafts, region: { start: lines[i]?.start ?? 0, end }, next: j } : null;
}

/** A 单位 cell: a unit, also a rate per 100,000 or 10,000 (1/10万, /万). */
const SPACED_ROLES: SpacedRoles = { roleOf: headerRole, isNature, isUnit: (s) => UNIT_CELL.test(squash(s)) || /^1?\/(?:10|十)?万$/u.test(squash(s)) };

export function readTables(text: string, period: { start: number; end: number } | null): TableResult {
  const lines: Line[] = [];
  let pos = 0;
  for (const t of text.split('\n')) {
    lines.push({ text: t, start: pos });
    pos += t.length + 1;
  }
  const drafts: Draft[] = [];
  const regions: Span[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (isRowLine(line.text)) {
      const header = splitRow(line);
      const two = twoRowHeader(lines, i, header);
      const layout = two?.layout ?? layoutOf(header);
      if (!layout) {
        const places = placeTable(lines, i, header, period);
        if (places) {
          drafts.push(...places.drafts);
          regions.push(places.region);
          i = places.next - 1;
        }
        continue;
      }
      const ctx: RowContext = { layout, group: null, period };
      let j = (two?.lower ?? i) + 1;
      let end = line.start + line.text.length;
      for (; j < lines.length; j++) {
        const l = lines[j];
        if (!l || !isRowLine(l.text)) break;
        end = l.start + l.text.length;
        if (/^[\s|:\-—]+$/u.test(l.text)) continue;
        const row = splitRow(l);
        if (repeatsHeader(row)) continue;
        drafts.push(...rowToDrafts(row, ctx));
      }
      regions.push({ start: line.start, end });
      i = j - 1;
      continue;
    }
    // A 指标 header needs 标 in the line (squashing only drops spaces): most lines are not asked the header questions.
    if (!line.text.includes('标')) continue;
    // pdftotext -layout's columns of spaces (tables-layout.ts).
    const spaced = line.text.includes('  ') ? spacedTable(lines, i, SPACED_ROLES) : null;
    const spacedLayout = spaced ? layoutOf(spaced.header) : null;
    if (spaced && spacedLayout) {
      const ctx: RowContext = { layout: spacedLayout, group: null, period };
      for (const item of spaced.items) {
        if ('group' in item) ctx.group = domainOfHeading(item.group.text);
        else if (!repeatsHeader(item.row)) drafts.push(...rowToDrafts(item.row, ctx));
      }
      regions.push(spaced.region);
      i = spaced.next - 1;
      continue;
    }
    if (headerRole(line.text) !== 'name' || squash(line.text).length > 8) continue;
    const start = findHeaderStart(lines, i);
    const { cells, next } = cellStream(lines, start);
    let h = 0;
    while (h < cells.length && headerRole(cells[h]?.text ?? '') !== null) h++;
    const layout = layoutOf(cells.slice(0, h));
    if (!layout) continue;
    const ctx: RowContext = { layout, group: null, period };
    for (const item of streamRows(cells.slice(h), layout)) {
      if ('group' in item) {
        ctx.group = domainOfHeading(item.group.text);
        continue;
      }
      if (repeatsHeader(item.row)) continue;
      drafts.push(...rowToDrafts(item.row, ctx));
    }
    const last = cells[cells.length - 1];
    const first = lines[start];
    if (first && last) regions.push({ start: first.start, end: last.end });
    i = Math.max(i, next - 1);
  }
  return { drafts, regions };
}
