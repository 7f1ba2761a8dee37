// Comparison words as plans write them, before the number (不低于60%, 不小于60%, 最多3个) or after it
// (60%以上, 5%以内), and the op each one means. One table, shared by the prose and table readers, so a
// word is never known to one and misread by the other. Traditional text is already simplified by
// normalize.ts, so 不小於 arrives here as 不小于.
import type { Op } from '../types';

/** Words before the number. A negated word (不小于) must be listed, or its tail (小于) is read alone and reversed. */
const PREFIX: readonly (readonly [string, Op])[] = [
  ['不低于', '>='], ['不少于', '>='], ['不小于', '>='], ['不下于', '>='], ['至少', '>='], ['最少', '>='],
  ['≥', '>='], ['>=', '>='], ['⩾', '>='],
  ['超过', '>'], ['高于', '>'], ['大于', '>'], ['多于', '>'], ['突破', '>'], ['逾', '>'], ['>', '>'],
  ['不超过', '<='], ['不高于', '<='], ['不大于', '<='], ['不多于', '<='], ['不超出', '<='], ['最多', '<='], ['至多', '<='],
  ['≤', '<='], ['<=', '<='], ['⩽', '<='],
  ['低于', '<'], ['小于', '<'], ['少于', '<'], ['不足', '<'], ['不到', '<'], ['<', '<'],
  ['约', '~'], ['大约', '~'], ['控制在', '<='],
];

/** Words after the number (and unit). */
const SUFFIX: readonly (readonly [string, Op])[] = [
  ['及以上', '>='], ['或以上', '>='], ['(含)以上', '>='], ['以上', '>='],
  ['及以下', '<='], ['或以下', '<='], ['(含)以下', '<='], ['以下', '<='], ['以内', '<='], ['之内', '<='],
  ['左右', '~'], ['上下', '~'],
  ['多', '>='],
];

const PREFIX_OP = new Map(PREFIX);
const SUFFIX_OP = new Map(SUFFIX);

function alternation(words: readonly (readonly [string, Op])[]): string {
  // Longest first, so 不小于 wins over 小于 and 及以上 over 以上 at the same position.
  return [...words]
    .map(([w]) => w)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|');
}

/** Regular-expression alternations of the words (no groups), for quantities.ts and the cell parser. */
export const PREFIX_WORDS = alternation(PREFIX);
export const SUFFIX_WORDS = alternation(SUFFIX);

/** The op of a prefix and suffix around one number: the prefix decides, except 控制在…左右 (about). */
export function opOf(prefix: string | undefined, suffix: string | undefined): Op {
  if (prefix === '控制在' && (suffix === '左右' || suffix === '上下')) return '~';
  const before = prefix === undefined ? undefined : PREFIX_OP.get(prefix);
  if (before) return before;
  const after = suffix === undefined ? undefined : SUFFIX_OP.get(suffix);
  return after ?? '=';
}

/**
 * A comparison word separated from its number by a verb (至少建成1个, 最多设置3个, 不少于新建2所):
 * the op it gives, or null. Only the words that can stand away from their number are read here.
 */
const DETACHED: readonly (readonly [RegExp, Op])[] = [
  [/(?:至少|最少|不少于|不低于|不小于)[^\d,;。]{0,20}$/u, '>='],
  [/(?:最多|至多|不超过|不多于|不大于|不高于)[^\d,;。]{0,20}$/u, '<='],
  // 约 before the verb of its number (比例约为14%, 约占, 约达): about.
  [/约(?:为|占|达)\s*$/u, '~'],
];

export function detachedOp(before: string): Op | null {
  for (const [re, op] of DETACHED) if (re.test(before)) return op;
  return null;
}
