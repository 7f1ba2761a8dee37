// Messages in Simplified Chinese (default and fallback) and English, split by topic, switchable at run time.
import { createI18n } from 'vue-i18n';
import enCommon from './en/common.json';
import enCompare from './en/compare.json';
import enExport from './en/export.json';
import enLibrary from './en/library.json';
import enOutcomes from './en/outcomes.json';
import enReview from './en/review.json';
import zhCommon from './zh-CN/common.json';
import zhCompare from './zh-CN/compare.json';
import zhExport from './zh-CN/export.json';
import zhLibrary from './zh-CN/library.json';
import zhOutcomes from './zh-CN/outcomes.json';
import zhReview from './zh-CN/review.json';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const messages = {
  'zh-CN': { ...zhCommon, library: zhLibrary, compare: zhCompare, review: zhReview, export: zhExport, outcomes: zhOutcomes },
  en: { ...enCommon, library: enLibrary, compare: enCompare, review: enReview, export: enExport, outcomes: enOutcomes },
};

const dateTime = {
  short: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' },
  day: { year: 'numeric', month: '2-digit', day: '2-digit' },
  month: { year: 'numeric', month: '2-digit' },
} as const;

export function createAppI18n(locale: Locale = 'zh-CN') {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages,
    datetimeFormats: { 'zh-CN': dateTime, en: dateTime },
  });
}
