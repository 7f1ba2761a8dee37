// Renders a Score as the plain-text evaluation report printed by `npm run eval`.
import type { Accuracy, Counts, Field, Score, Unmatched } from './score';

export interface ReportOptions {
  /** Most misses, extras and field mismatches to list; undefined lists all. */
  limit?: number;
  /** Fields whose accuracy is shown (all by default); achievements have no baseline. */
  fields?: readonly Field[];
  /** What the records are, in the report's lines: "targets" by default. */
  noun?: string;
  /** Label of the last line: "overall" by default. */
  overallLabel?: string;
}

/** Three decimals, or "-" where a ratio is undefined (nothing predicted, nothing to find). */
export function fixed3(n: number | null): string {
  return n === null ? '-' : n.toFixed(3);
}

const TARGET_FIELDS: readonly Field[] = ['op', 'unit', 'year', 'indicator', 'baseline'];

function countsRow(label: string, width: number, c: Counts): string {
  const cells = [c.tp + c.fn, c.tp + c.fp, c.tp, c.fp, c.fn].map((n) => String(n).padStart(5));
  const ratios = [c.precision, c.recall, c.f1].map((n) => fixed3(n).padStart(7));
  return `${label.padEnd(width)}${cells.join('')}${ratios.join('')}`;
}

function accuracyLine(label: string, a: Accuracy): string {
  return `  ${label.padEnd(22)}${fixed3(a.rate).padStart(6)}  (${a.correct}/${a.total})`;
}

function valueOf(u: Unmatched): string {
  if (u.value === null) return u.text ?? '-';
  return u.text === undefined ? String(u.value) : `${u.value} (${u.text})`;
}

function limited<T>(items: T[], limit: number | undefined, line: (item: T) => string): string[] {
  const shown = limit === undefined ? items : items.slice(0, limit);
  const lines = shown.map(line);
  if (shown.length < items.length) lines.push(`  ... and ${items.length - shown.length} more (--limit)`);
  return lines;
}

function unmatchedLine(u: Unmatched): string {
  // A quote may span table rows; one report line per target keeps the list scannable.
  return `  ${u.doc}  ${u.name} = ${valueOf(u)}  「${u.quote.replace(/\s+/gu, ' ')}」`;
}

export function overallLine(score: Score, label = 'overall'): string {
  const o = score.overall;
  return `${label}: P=${fixed3(o.precision)} R=${fixed3(o.recall)} F1=${fixed3(o.f1)}`;
}

export function formatReport(score: Score, options: ReportOptions = {}): string {
  const width = Math.max(8, ...score.docs.map((d) => d.doc.length)) + 2;
  const header = `${'document'.padEnd(width)}${['gold', 'pred', 'tp', 'fp', 'fn'].map((h) => h.padStart(5)).join('')}${['P', 'R', 'F1'].map((h) => h.padStart(7)).join('')}`;
  const lines: string[] = [header, '-'.repeat(header.length)];
  for (const d of score.docs) {
    const note = d.unlocated > 0 ? `  (${d.unlocated} gold quotes not found in the text)` : '';
    lines.push(countsRow(d.doc, width, d) + note);
  }
  lines.push('-'.repeat(header.length), countsRow('all', width, score.overall), '');

  const matched = score.overall.tp;
  const noun = options.noun ?? 'targets';
  lines.push(`Field accuracy on ${matched} matched ${noun}:`);
  const labels: Record<Field, string> = {
    op: 'op',
    unit: 'unit',
    year: noun === 'targets' ? 'target year' : 'year',
    indicator: 'indicator id',
    baseline: 'baseline',
    kind: 'kind',
    year_from: 'year from',
  };
  for (const field of options.fields ?? TARGET_FIELDS) lines.push(accuracyLine(labels[field], score.fields[field]));
  lines.push(accuracyLine('canonical id coverage', score.canonicalCoverage), '');

  lines.push(`Misses (gold ${noun} not extracted): ${score.misses.length}`);
  lines.push(...limited(score.misses, options.limit, unmatchedLine), '');
  lines.push(`Extras (extracted ${noun} not in the gold): ${score.extras.length}`);
  lines.push(...limited(score.extras, options.limit, unmatchedLine), '');
  lines.push(`Field mismatches on matched ${noun}: ${score.mismatches.length}`);
  lines.push(
    ...limited(
      score.mismatches,
      options.limit,
      (m) => `  ${m.doc}  ${m.name}: ${m.field} gold ${JSON.stringify(m.gold)}, extracted ${JSON.stringify(m.predicted)}`,
    ),
    '',
  );
  lines.push(overallLine(score, options.overallLabel));
  return lines.join('\n') + '\n';
}
