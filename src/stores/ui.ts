// UI preferences of the window: the language, remembered across launches.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { LOCALES, type Locale } from '../i18n';

const KEY = 'planbench.locale';

function initialLocale(): Locale {
  const saved = globalThis.localStorage?.getItem(KEY);
  return (LOCALES as readonly string[]).includes(saved ?? '') ? (saved as Locale) : 'zh-CN';
}

export const useUi = defineStore('ui', () => {
  const locale = ref<Locale>(initialLocale());
  function setLocale(next: Locale): void {
    locale.value = next;
    globalThis.localStorage?.setItem(KEY, next);
  }
  return { locale, setLocale };
});
