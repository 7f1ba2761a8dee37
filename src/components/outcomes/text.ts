// The Outcomes view's words in the current language: names, statuses, periods and the text its charts and exports take.
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { indicatorById } from '../../core/catalog/catalog';
import { formatNumber } from '../../core/compare/compare-label';
import type { CompareRegion } from '../../core/compare/compare';
import type { OutcomesText } from '../../app/outcomes';
import type { Translate } from '../../export/text';
import { unitName } from '../../i18n/units';

export function useOutcomesText() {
  const { t, locale } = useI18n();
  const en = computed(() => locale.value === 'en');
  const translate: Translate = (key, named, plural) => (plural === undefined ? t(key, named ?? {}) : t(key, named ?? {}, plural));

  function indicatorName(indicator: string): string {
    const c = indicatorById(indicator);
    if (c) return en.value ? c.en : c.zh;
    return indicator.replace(/^name:/, '');
  }

  function period(ordinal: number): string {
    return t('outcomes.period', { name: t(`outcomes.fiveYear.${ordinal}`) });
  }

  function unit(u: string | null): string {
    return u ? unitName(u, en.value ? 'en' : 'zh') : '';
  }

  function number(value: number | null | undefined): string {
    return value === null || value === undefined ? '' : formatNumber(value);
  }

  function text(regions: readonly CompareRegion[]): OutcomesText {
    const names = new Map(regions.map((r) => [r.id, r.name]));
    return { translate, locale: locale.value, indicatorName, regionName: (id) => names.get(id) ?? id };
  }

  return { t, en, locale, translate, indicatorName, period, unit, number, text };
}
