// The words of every export, taken from the message files through a plain `t`, so the app (vue-i18n) and the CLI share them.
import type { ChartText } from '../charts/indicator-chart';
import type { ReferenceScope } from '../core/compare/compare-benchmarks';
import { domainLabel } from '../core/catalog/catalog';
import { unitName } from '../i18n/units';
import { TARGET_KINDS, type DomainId, type TargetKind } from '../core/types';

/** vue-i18n's `t` narrowed to what exports use: a key, named values and a plural count. */
export type Translate = (key: string, named?: Record<string, unknown>, plural?: number) => string;

const KINDS = TARGET_KINDS;

export function scopeName(t: Translate, scope: ReferenceScope): string {
  return scope.scope === 'national' ? t('compare.scope.national') : t('compare.scope.provincial', { province: scope.name ?? scope.province ?? '' });
}

/** A unit in the language of `t` (its messages name their language, so callers need pass nothing else). */
export function unitOf(t: Translate): (unit: string) => string {
  const language = t('compare.chart.unitLanguage');
  return (unit) => unitName(unit, language);
}

/** The words of a chart, for Compare on screen and for every export alike. */
export function chartTextOf(t: Translate): ChartText {
  // A chart of 1,000 regions asks for the same few years a thousand times; vue-i18n's t is not cheap.
  const years = new Map<number, string>();
  return {
    target: t('compare.chart.target'),
    baseline: t('compare.chart.baseline'),
    stretch: t('compare.chart.stretch'),
    range: t('compare.chart.range'),
    notSet: t('compare.chart.notSet'),
    elsewhere: t('compare.chart.elsewhere'),
    year: (year) => {
      let text = years.get(year);
      if (text === undefined) years.set(year, (text = t('compare.chart.year', { year })));
      return text;
    },
    kind: Object.fromEntries(KINDS.map((k) => [k, t(`compare.kind.${k}`)])) as Record<TargetKind, string>,
    scope: (scope) => scopeName(t, scope),
    line: (scopes, year, value) => t('compare.chart.line', { scopes, year, value }),
    source: t('compare.chart.source'),
    document: t('compare.chart.document'),
    notes: (n) => t('compare.chart.notes', { n }, n),
    clickHint: t('compare.chart.clickHint'),
    unit: unitOf(t),
    converted: (written, to, factor) => t('compare.chart.converted', { written, to, factor }),
  };
}

export function domainName(domain: DomainId | null, locale: string, t: Translate): string {
  return domainLabel(domain, locale) ?? t('export.report.unclassified');
}
