// A Dexie live query that follows a reactive key: when the key changes (another document opened), it re-subscribes.
import { liveQuery, type Subscription } from 'dexie';
import { onScopeDispose, type Ref, shallowRef, watch, type WatchSource } from 'vue';

export function useKeyedLiveQuery<K, T>(key: WatchSource<K>, query: (key: K) => Promise<T>, initial: T): { value: Ref<T>; loaded: Ref<boolean> } {
  const value = shallowRef(initial) as Ref<T>;
  const loaded = shallowRef(false);
  let subscription: Subscription | null = null;
  watch(
    key,
    (k) => {
      subscription?.unsubscribe();
      loaded.value = false;
      subscription = liveQuery(() => query(k)).subscribe({
        next: (v) => {
          value.value = v;
          loaded.value = true;
        },
        error: (e: unknown) => {
          console.error('live query failed', e);
          loaded.value = true;
        },
      });
    },
    { immediate: true },
  );
  onScopeDispose(() => subscription?.unsubscribe());
  return { value, loaded };
}
