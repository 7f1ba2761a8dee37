// A Dexie live query as a Vue ref: re-runs when the rows it read change, in this tab or another.
import { liveQuery } from 'dexie';
import { onScopeDispose, type Ref, shallowRef } from 'vue';

export function useLiveQuery<T>(query: () => Promise<T> | T, initial: T): Ref<T> {
  const value = shallowRef(initial) as Ref<T>;
  const subscription = liveQuery(query).subscribe({
    next: (v) => {
      value.value = v;
    },
    error: (e: unknown) => {
      console.error('live query failed', e);
    },
  });
  onScopeDispose(() => subscription.unsubscribe());
  return value;
}
