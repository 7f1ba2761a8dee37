// Names in the current language for indicators, domains, regions, documents and the values of a target record.
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { DOMAINS, domainLabel, INDICATORS, indicatorById } from '../../core/catalog/catalog';
import { valueText } from '../../core/review/target-form';
import type { Op, TargetRecord } from '../../core/types';
import { UNKNOWN_REGION_ID, type DocumentRow, type RegionRow } from '../../app/rows';

export interface IndicatorGroup {
  domain: string;
  label: string;
  options: { id: string; label: string }[];
}

export function useLabels() {
  const { t, locale } = useI18n();
  const english = computed(() => locale.value === 'en');

  function indicatorName(id: string | null): string {
    if (id === null) return t('review.indicator.none');
    const indicator = indicatorById(id);
    if (!indicator) return id;
    return english.value ? indicator.en : indicator.zh;
  }

  function domainName(id: string | null): string {
    if (id === null) return '—';
    return domainLabel(id, english.value ? 'en' : 'zh-CN') ?? id;
  }

  const indicatorGroups = computed<IndicatorGroup[]>(() =>
    DOMAINS.map((domain) => ({
      domain: domain.id,
      label: english.value ? domain.en : domain.zh,
      options: INDICATORS.filter((i) => i.domain === domain.id).map((i) => ({ id: i.id, label: english.value ? i.en : i.zh })),
    })).filter((g) => g.options.length > 0),
  );

  function regionName(region: Pick<RegionRow, 'id' | 'name'> | undefined): string {
    if (!region) return '—';
    return region.id === UNKNOWN_REGION_ID ? t('region.unknown') : region.name;
  }

  function documentTitle(document: Pick<DocumentRow, 'metadata' | 'fileName'> | undefined): string {
    if (!document) return '—';
    return document.metadata.plan_title || document.fileName;
  }

  function period(document: Pick<DocumentRow, 'metadata'>): string {
    const p = document.metadata.period;
    if (!p) return '—';
    return p.start === p.end ? String(p.start) : `${p.start}–${p.end}`;
  }

  /** Value with its unit and, for a floor with a stretch, the stretch: 4.5个(力争4.9). */
  function valueWithUnit(record: TargetRecord): string {
    const unit = record.target.value === null ? '' : (record.unit ?? '');
    return `${valueText(record.target)}${unit}`;
  }

  return { t, english, indicatorName, domainName, indicatorGroups, regionName, documentTitle, period, valueWithUnit };
}

const OP_KEYS: Record<Op, string> = { '=': 'eq', '>=': 'gte', '>': 'gt', '<=': 'lte', '<': 'lt', '~': 'approx' };

/** Message key of an op (the signs themselves are not usable in message paths). */
export function opKey(op: Op | null | ''): string {
  return op === null || op === '' ? 'none' : OP_KEYS[op];
}

/** The fields a record panel lists, in order; `value`, `op` and `year` are parts of `target`. */
export const DISPLAY_FIELDS = ['name', 'indicator', 'domain', 'value', 'op', 'stretch', 'year', 'unit', 'kind', 'binding', 'baseline', 'per'] as const;
export type DisplayField = (typeof DISPLAY_FIELDS)[number];

export function useFieldText() {
  const labels = useLabels();
  const { t, indicatorName, domainName } = labels;

  function fieldText(record: TargetRecord, field: DisplayField): string {
    switch (field) {
      case 'name':
        return record.name;
      case 'indicator':
        return indicatorName(record.indicator);
      case 'domain':
        return domainName(record.domain);
      case 'value':
        return valueText(record.target);
      case 'op':
        return t(`review.op.${opKey(record.target.op)}`);
      case 'stretch':
        return record.stretch === null ? '—' : String(record.stretch);
      case 'year':
        return record.target.year === null ? '—' : String(record.target.year);
      case 'unit':
        return record.unit ?? '—';
      case 'kind':
        return t(`review.kind.${record.kind}`);
      case 'binding':
        return t(`review.binding.${record.binding ?? 'none'}`);
      case 'baseline': {
        const b = record.baseline;
        if (!b) return '—';
        return b.year === null ? `${b.value}${record.unit ?? ''}` : t('review.baselineIn', { value: `${b.value}${record.unit ?? ''}`, year: b.year });
      }
      case 'per':
        return record.per ?? '—';
    }
  }

  return { ...labels, fieldText };
}
