// Lists that report how figures moved, read for achievements: 由2015年的A1、A2提高到2020年的B1、B2 (both ends are
// levels reached) and A、B、C比“十二五”末分别增长了x、y和z (changes over a past period). The target reading needs
// neither: both are past, and a target sentence has one 由X (its baseline) before one target.
import type { Candidate } from './prose-names';
import { perCapitaShared, stripName } from './prose-names';
import { splitList } from './scan';

/** 由 / 从, with the year of the start value: what opens the first end of a move. */
export const FROM_END = /(?:由|从)(?:20\d\d年(?:底|末)?的?|(?:目前|现时|当前|现在)的?)?$/u;
/** 提高到2020年的: what opens the second end. */
const TO_END = /^(?:分别|均)?(?:提高|提升|增加|增长|上升|下降|降低|减少|缩短)(?:到|至)(?:20\d\d年(?:底|末)?的?)?$/u;
/** A change against a past level: the subject, what it is compared with, and the verb. */
const CHANGE = /^(.*?)(?:比|较)(“?十[一二三四五]五”?(?:末|期末)?|20\d\d年(?:底|末)?)(?:的水平|水平)?(?:分别|均)?(增加|提高|提升|增长|下降|降低|减少)了?$/u;

/** The values of a 、 list starting at `index`: this one and those right after it, joined by 、 和 及 与. */
function listFrom(list: Candidate[], index: number, max: number): Candidate[] {
  const group: Candidate[] = [];
  for (let j = index; j < list.length && group.length < max; j++) {
    const c = list[j];
    if (!c || (j > index && !/^[、和及与\s]*$/u.test(c.pre))) break;
    group.push(c);
  }
  return group;
}

/** The items of a subject list ("A、B和C"), each a name; later items take a per-capita head the first has. */
function itemsOf(subject: string, n: number): string[] | null {
  const items = splitList(subject).map((s) => stripName(s)).filter((s) => s.length > 0);
  if (items.length !== n || items.some((s) => s.length < 2)) return null;
  return perCapitaShared(items);
}

export interface ReachedList {
  /** The values read, in order, with their names. */
  items: { name: string; c: Candidate }[];
  /** Offset in the clause where the quote starts (the first name). */
  start: number;
  /** Changes: the year compared with (十二五末 → 2015), the first year of the period the change covers. */
  since: number | null;
  /** The year 由2015年的 states for the start values (the year marks of the sentence leave it out). */
  year: number | null;
}

function startOf(c: Candidate, clause: string, name: string): number {
  const preStart = c.q.opStart - c.pre.length;
  const i = clause.indexOf(name.slice(0, 2), preStart);
  return i >= 0 && i < c.q.opStart ? i : preStart;
}

/** 由A1、A2…: the first end of a move, one value per name of the subject list before 由. */
export function fromList(list: Candidate[], index: number, clause: string): ReachedList | null {
  const c = list[index];
  if (!c || !FROM_END.test(c.pre)) return null;
  const subject = stripName(c.pre.replace(FROM_END, ''));
  const group = /分别/u.test(c.pre) ? listFrom(list, index, Infinity) : [c];
  const names = group.length > 1 ? itemsOf(subject.replace(/分别$/u, ''), group.length) : subject.length >= 2 ? [subject] : null;
  if (!names) return null;
  const stated = /20\d\d/u.exec(FROM_END.exec(c.pre)?.[0] ?? '')?.[0];
  return {
    items: group.map((g, k) => ({ name: names[k] ?? '', c: g })),
    start: startOf(c, clause, names[0] ?? ''),
    since: null,
    year: stated ? Number(stated) : null,
  };
}

/** …提高到B1、B2: the second end, named as the first. */
export function toList(list: Candidate[], index: number, names: string[]): { name: string; c: Candidate }[] | null {
  const c = list[index];
  if (!c || !TO_END.test(c.pre.trim())) return null;
  const group = listFrom(list, index, names.length);
  if (group.length !== names.length) return null;
  return group.map((g, k) => ({ name: names[k] ?? '', c: g }));
}

/** A、B比“十二五”末分别增长了x、y: each item's change, named with what it is compared with. */
export function changeList(list: Candidate[], index: number, clause: string, lead: string): ReachedList | null {
  const c = list[index];
  const m = c ? CHANGE.exec(lead) : null;
  if (!c || !m) return null;
  const subject = stripName(m[1] ?? '');
  const group = /分别/u.test(c.pre) ? listFrom(list, index, Infinity) : [c];
  const names = group.length > 1 ? itemsOf(subject, group.length) : subject.length >= 2 ? [subject] : null;
  if (!names) return null;
  const compared = m[2] ?? '';
  const plan = /十([一二三四五])五/u.exec(compared);
  // 十一五末 is 2010, each later plan's end five years on.
  const since = plan ? 2010 + '一二三四五'.indexOf(plan[1] ?? '') * 5 : Number(/20\d\d/u.exec(compared)?.[0] ?? NaN);
  const suffix = `比${compared}${m[3] ?? ''}`;
  return {
    items: group.map((g, k) => ({ name: `${names[k] ?? ''}${suffix}`, c: g })),
    start: startOf(c, clause, names[0] ?? ''),
    since: Number.isFinite(since) ? since : null,
    year: null,
  };
}
