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
  per: string | null;
  aspirational: boolean;
  source: TargetSource;
  /** Domain from the table's group cell or the section heading, used when no indicator matches. */
  domainHint: DomainId | null;
  /** Achievements only: first year of the period a total or a flow covers. */
  yearFrom?: number | null;
  /** Table rows only: the span from the name cell to the base-year cell, the row's achieved value. */
  baselineSpan?: Span;
  /** Table rows of a progress report only: the value of the progress column (完成情况), reached by `year`. */
  progress?: { value: number; op: Op; unit: string | null; year: number | null; span: Span };
}
