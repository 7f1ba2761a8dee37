// UI state of the window: the language, remembered across launches, and a backup file waiting for the restore dialog.
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
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
  /** A backup picked (in the Library or by the desktop menu) whose restore mode is being asked; the dialog lives in App.vue. */
  const restoreRequest = shallowRef<{ name: string; bytes: Uint8Array } | null>(null);
  function requestRestore(file: { name: string; bytes: Uint8Array } | null): void {
    restoreRequest.value = file;
  }
  return { locale, setLocale, restoreRequest, requestRestore };
});
