// A domain's overview is kept in the page once drawn, its tab's pane skipped by the browser while another tab or view
// shows (content-visibility: hidden, which keeps its styles, layout and painting state), instead of taken out of the
// document by a KeepAlive: put back, a thousand dots a card were styled, laid out and painted anew (session 14: 7,653
// elements restyled in the switch back's first task). Whether it is the one on the page is this flag, which its cards
// follow as they followed KeepAlive's activated and deactivated hooks.
import { computed, inject, type ComputedRef, type InjectionKey } from 'vue';

export const OVERVIEW_SHOWN: InjectionKey<ComputedRef<boolean>> = Symbol('overview-shown');

/** Whether the overview holding this card is the one on the page (true outside a kept overview). */
export function useOverviewShown(): ComputedRef<boolean> {
  return inject(
    OVERVIEW_SHOWN,
    computed(() => true),
    false,
  );
}
