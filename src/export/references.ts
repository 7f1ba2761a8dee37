// The report's sources as a numbered reference list in the style of GB/T 7714-2015 (信息与文献 参考文献著录规则), with the
// numbers the charts' footnotes and the tables cite. A plan is an official document: the standard's own example of one is
//   北京市人民政府办公厅. 关于转发…的通知: 京政办发〔2005〕37号[A/OL]. (2005-07-12)[2011-07-12]. http://…
// i.e. 主要责任者. 题名: 其他题名信息(文号)[文献类型标识/载体标识]. (发布日期)[引用日期]. 获取和访问路径.
// The workbench holds the file, not the address it came from, so a plan is cited as [A] (no /OL and no 引用日期, which the
// standard ties to online access) and the access path is the file; a news item is an electronic bulletin [EB]. A benchmark is
// cited from its address: [EB/OL] with the report's date as the date cited. Punctuation is the standard's (". ", ": ") in both
// languages; an unknown issuer is 佚名 / Anon., as the standard says.
import type { DocumentMetadata } from '../core/types';
import type { Translate } from './text';

export interface PlanSource {
  metadata: DocumentMetadata;
  fileName: string;
}

/** The type code of a plan by its kind: A (official document), EB (electronic bulletin) for a news item. */
export function planTypeCode(kind: DocumentMetadata['kind']): 'A' | 'EB' {
  return kind === 'news_report' ? 'EB' : 'A';
}

// A sentence of the reference ends with ". " unless it already ends with a stop of its own.
function stop(text: string): string {
  return /[.。!?！？]$/u.test(text) ? text : `${text}.`;
}

/** One plan in GB/T 7714-2015 form, without its number. */
export function planReference(t: Translate, source: PlanSource): string {
  const m = source.metadata;
  const creator = m.issuer?.trim() || t('export.references.anonymous');
  const title = m.plan_title?.trim() || source.fileName;
  const number = m.doc_number?.trim();
  const parts = [stop(creator), `${title}${number ? `: ${number}` : ''}[${planTypeCode(m.kind)}].`];
  if (m.issued) parts.push(`(${m.issued}).`);
  parts.push(stop(t('export.references.file', { file: source.fileName })));
  return parts.join(' ');
}

/** One benchmark source in GB/T 7714-2015 form: its title as written, [EB/OL], the date cited and its address. */
export function benchmarkReference(source: { title: string; url: string | null }, cited: string): string {
  const title = source.title.trim();
  if (!source.url) return `${title}[EB].`;
  return `${title}[EB/OL]. [${cited}]. ${source.url}.`;
}

/** Citation marks of a set of numbers, runs joined: [1-3, 5]; '' for none. */
export function citeMark(numbers: Iterable<number>): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  const runs: string[] = [];
  let start = sorted[0] as number;
  let prev = start;
  for (const n of [...sorted.slice(1), Number.NaN]) {
    if (n === prev + 1) {
      prev = n;
      continue;
    }
    runs.push(start === prev ? String(start) : prev === start + 1 ? `${start}, ${prev}` : `${start}-${prev}`);
    start = prev = n;
  }
  return `[${runs.join(', ')}]`;
}

export interface Reference {
  n: number;
  text: string;
}

/**
 * The numbered list, in the order sources are first cited: `cite` hands out (or returns) a source's number. Plans are
 * keyed by document id, benchmarks by their title.
 */
export class References {
  private readonly numbers = new Map<string, number>();
  private readonly list: Reference[] = [];

  cite(key: string, text: () => string): number {
    const known = this.numbers.get(key);
    if (known !== undefined) return known;
    const n = this.list.length + 1;
    this.numbers.set(key, n);
    this.list.push({ n, text: text() });
    return n;
  }

  numberOf(key: string): number | null {
    return this.numbers.get(key) ?? null;
  }

  items(): Reference[] {
    return [...this.list];
  }
}
