// A Dexie live query as a Vue ref: re-runs when the rows it read change, in this tab or another.
import { liveQuery, type Subscription } from 'dexie';
import { onScopeDispose, type Ref, shallowRef } from 'vue';

export interface LiveQueryOptions {
  /**
   * At most about one run per this many milliseconds while changes keep coming: for views that a
   * long import would otherwise re-read and re-render after every file.
   */
  throttleMs?: number;
}

export function useLiveQuery<T>(query: () => Promise<T> | T, initial: T, options: LiveQueryOptions = {}): Ref<T> {
  const value = shallowRef(initial) as Ref<T>;
  const throttle = options.throttleMs ?? 0;
  let last = -Infinity;
  let subscription: Subscription | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  // A change inside the quiet window stops watching until the window ends; subscribing again then
  // reads the store as it is by that time, so no change is lost and none costs a read of its own.
  const subscribe = () => {
    timer = null;
    if (disposed) return;
    subscription = liveQuery(query).subscribe({
      next: (v) => {
        const now = performance.now();
        if (now - last >= throttle) {
          last = now;
          value.value = v;
          return;
        }
        subscription?.unsubscribe();
        subscription = null;
        timer = setTimeout(subscribe, last + throttle - now);
      },
      error: (e: unknown) => {
        console.error('live query failed', e);
      },
    });
  };
  subscribe();
  onScopeDispose(() => {
    disposed = true;
    subscription?.unsubscribe();
    if (timer !== null) clearTimeout(timer);
  });
  return value;
}
