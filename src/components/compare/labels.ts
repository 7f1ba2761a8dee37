// Compare's words in the current language: indicator and domain names, kinds, benchmark scopes, and the ChartText the chart builder takes.
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ChartText } from '../../charts/indicator-chart';
import { domainLabel, indicatorById } from '../../core/catalog/catalog';
import type { Panel, PanelRow } from '../../core/compare/compare';
import type { ReferenceLine, ReferenceScope } from '../../core/compare/compare-benchmarks';
import { PERIOD_YEAR } from '../../core/compare/compare-benchmarks';
import type { TargetKind } from '../../core/types';
import { chartTextOf, scopeName as scopeNameOf, type Translate } from '../../export/text';
import { unitName } from '../../i18n/units';
import type { DomainTab } from '../../stores/compare';

export { TARGET_KINDS } from '../../core/types';

export function useCompareText() {
  const { t, locale } = useI18n();
  const en = computed(() => locale.value === 'en');
  const translate: Translate = (key, named, plural) => (plural === undefined ? t(key, named ?? {}) : t(key, named ?? {}, plural));

  function domainName(tab: DomainTab | null): string {
    if (tab === null || tab === 'unclassified') return t('compare.domains.unclassified');
    return domainLabel(tab, en.value ? 'en' : 'zh-CN') ?? tab;
  }

  /** The catalog's name in the current language; a name outside the catalog as the plan writes it. */
  function indicatorName(indicator: string): string {
    const c = indicatorById(indicator);
    if (c) return en.value ? c.en : c.zh;
    return indicator.replace(/^name:/, '');
  }

  function kindName(kind: TargetKind): string {
    return t(`compare.kind.${kind}`);
  }

  function scopeName(scope: ReferenceScope): string {
    return scopeNameOf(translate, scope);
  }

  /** A unit in the current language (万人 → 10k persons in English). */
  function unit(u: string): string {
    return unitName(u, locale.value);
  }

  function year(y: number): string {
    return t('compare.chart.year', { year: y });
  }

  /** The row's label, or what stands in for it: 未设定, see another chart. */
  function rowLabel(row: PanelRow): string {
    if (row.status === 'unset') return t('compare.chart.notSet');
    if (row.status === 'elsewhere') return t('compare.chart.elsewhere');
    return row.label;
  }

  // The same words the exports use, from one builder; recomputed when the language changes.
  const chartText = computed<ChartText>(() => (void locale.value, chartTextOf(translate)));

  /** The subtitle: which benchmarks the lines are, or that there are none for this period. */
  function benchmarkSubtitle(panel: Panel): string {
    if (panel.periods.length === 0) return t('compare.chart.noPeriod');
    const periods = panel.periods.map((p) => t(`compare.period.${p}`, { year: PERIOD_YEAR[p] })).join(t('compare.listSeparator'));
    if (panel.lines.length > 0) {
      const hasProvincial = panel.lines.some((l) => l.scopes.some((s) => s.scope === 'provincial'));
      return t(hasProvincial ? 'compare.chart.linesBoth' : 'compare.chart.linesNational', { periods });
    }
    const qualitative = panel.undrawn.filter((u) => u.reason === 'qualitative' && u.benchmark.text);
    if (qualitative.length > 0) {
      const targets = qualitative
        .map((u) => t('compare.chart.qualitativeTarget', { scope: u.benchmark.scope === 'national' ? t('compare.scope.national') : (u.benchmark.province ?? ''), text: u.benchmark.text ?? '' }))
        .filter((x, i, all) => all.indexOf(x) === i)
        .join(t('compare.listSeparator'));
      return t('compare.chart.linesQualitative', { periods, targets });
    }
    if (panel.undrawn.length > 0) return t('compare.chart.linesUndrawn', { periods });
    return t('compare.chart.linesNone', { periods });
  }

  function lineScopes(line: ReferenceLine): string {
    return line.scopes.map(scopeName).join(' / ');
  }

  return { t, en, domainName, indicatorName, kindName, scopeName, unit, year, rowLabel, chartText, benchmarkSubtitle, lineScopes };
}
