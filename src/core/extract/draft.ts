// A target as the table and prose readers find it, before indicator mapping and offset mapping.
import type { Baseline, Binding, DomainId, Op, Span, TargetKind, TargetSource, TargetValue } from '../types';

export interface Draft {
  name: string;
  unit: string | null;
  baseline: Baseline | null;
  target: TargetValue;
  stretch: number | null;
  kind: TargetKind;
  binding: Binding;
  /** Span of the quote in the NORMALISED text. */
  span: Span;
  /**
   * The quote when it is not the span's text: a sentence of one column of a page laid out in two, joined over a line
   * whose other half (the other column's) lies inside the span.
   */
  quote?: string;
  per: string | null;
  aspirational: boolean;
  source: TargetSource;
  /** Domain from the table's group cell or the section heading, used when no indicator matches. */
  domainHint: DomainId | null;
  /**
   * A figure for one place inside the document's region (新增普惠托位(东城区) in a city's table of districts): it is
   * no figure of the region, so it is mapped to no catalog indicator, where Compare would have charted a
   * district's figure as the city's.
   */
  place?: string;
  /**
   * The name of the whole a 其中 part belongs to (养老床位达到8000张,其中养老机构床位5000张; a table's 其中: sub-row): the
   * part is mapped to no catalog indicator the whole maps to, where Compare could have charted the part as the total.
   */
  partOf?: string;
  /**
   * Prose changes against a year's level only: the words of the change (比2025年提高), which the record's name ends
   * with, as a change reported reached is named; kept apart so that a level after it (…,达到65%) reads the measure.
   */
  change?: string;
  /** Achievements only: first year of the period a total or a flow covers. */
  yearFrom?: number | null;
  /** Table rows only: the span from the name cell to the base-year cell, the row's achieved value. */
  baselineSpan?: Span;
  /** Table rows only: earlier base-year cells than the baseline's (2020年 beside 2025年 and 2030年), each reached. */
  olderBases?: { baseline: Baseline; span: Span }[];
  /** Table rows only: the row's targets for interim years (the 2027年 column of a 2026–2030 table). */
  interims?: Draft[];
  /** Table rows of a progress report only: the value of the progress column (完成情况), reached by `year`. */
  progress?: { value: number; op: Op; unit: string | null; year: number | null; span: Span; cumulative?: true };
}
