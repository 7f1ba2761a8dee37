// A Dexie live query as a Vue ref: re-runs when the rows it read change, in this tab or another.
import Dexie, { liveQuery, type Subscription } from 'dexie';
import { onScopeDispose, type Ref, shallowRef, watch, type WatchSource } from 'vue';

export interface LiveQueryOptions<T = unknown> {
  /**
   * At most about one run per this many milliseconds while changes keep coming: for views that a
   * long import would otherwise re-read and re-render after every file. A function is given each
   * result and answers the quiet window after it: a read that grows with the library (every document)
   * can be run less often as the library grows, so following an import stays linear in its size.
   */
  throttleMs?: number | ((value: T) => number);
  /** useLiveQuery: when this source changes, the query reads the store at once and its quiet window starts again. */
  restartWhen?: WatchSource<unknown>;
  /**
   * followRead: the first read starts at once, in the caller's task, instead of once the signal's live query has
   * answered (Dexie runs a live query's first query in a setTimeout, which under load came ~0.18 s after Compare's
   * click). The signal's first answer then reads again only if the store changed meanwhile (see followRead).
   */
  now?: boolean;
}

/**
 * Follows `query`, calling `next` with each result; returns the stop function. A change inside the
 * quiet window stops watching until the window ends; subscribing again then reads the store as it is
 * by that time, so no change is lost and none costs a read of its own.
 */
export function followQuery<T>(
  query: () => Promise<T> | T,
  next: (value: T) => void,
  options: LiveQueryOptions<T> = {},
  onError?: (error: unknown) => void,
): () => void {
  const windowAfter = options.throttleMs ?? 0;
  let throttle = 0;
  let last = -Infinity;
  let subscription: Subscription | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const subscribe = () => {
    timer = null;
    if (stopped) return;
    subscription = liveQuery(query).subscribe({
      next: (v) => {
        const now = performance.now();
        if (now - last >= throttle) {
          last = now;
          throttle = typeof windowAfter === 'function' ? windowAfter(v) : windowAfter;
          next(v);
          return;
        }
        subscription?.unsubscribe();
        subscription = null;
        timer = setTimeout(subscribe, last + throttle - now);
      },
      error: (e: unknown) => {
        console.error('live query failed', e);
        onError?.(e);
      },
    });
  };
  subscribe();
  return () => {
    stopped = true;
    subscription?.unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}

/**
 * Follows a large read without making it a live query: the live query runs only `signal`, a small read that every
 * change to what `read` returns also changes, and each of its results runs `read` again (outside the live query, so
 * Dexie does not note each key it returns). A result that a later one overtook is dropped.
 */
export function followRead<T>(
  signal: () => Promise<unknown>,
  read: () => Promise<T>,
  next: (value: T) => void,
  options: LiveQueryOptions = {},
  onError?: (error: unknown) => void,
): () => void {
  let latest = 0;
  let stopped = false;
  const run = () => {
    const mine = ++latest;
    read().then(
      (value) => {
        if (!stopped && mine === latest) next(value);
      },
      (error: unknown) => {
        console.error('live query failed', error);
        onError?.(error);
      },
    );
  };
  // Read at once (options.now): the signal's first answer, which would read again, is passed over unless a write was
  // signalled since the read began. Dexie signals every committed write (this tab's, another tab's, a worker's) with
  // `storagemutated`, the event its live queries follow; the signal's live query listens to it from its first query on,
  // so a write is either seen here (the read is repeated) or by the live query (it answers again): none is missed.
  let passOver: (() => boolean) | null = null;
  let stopListening = (): void => undefined;
  if (options.now) {
    let changed = false;
    const listener = () => (changed = true);
    Dexie.on.storagemutated.subscribe(listener);
    let listening = true;
    const unlisten = () => {
      if (listening) Dexie.on.storagemutated.unsubscribe(listener);
      listening = false;
    };
    passOver = () => {
      unlisten();
      passOver = null;
      return !changed;
    };
    stopListening = unlisten;
    run();
  }
  const stop = followQuery(
    signal,
    () => {
      if (passOver?.()) return;
      run();
    },
    options,
    onError,
  );
  return () => {
    stopped = true;
    stopListening();
    stop();
  };
}

/**
 * A read as a Vue ref, started at once (not in the setTimeout a live query's first run waits for) and read again on each
 * change `signal` answers: followRead with `now`. For reads of a whole table, whose signal reads one row of it.
 */
export function useRead<T>(signal: () => Promise<unknown>, read: () => Promise<T>, initial: T, options: LiveQueryOptions = {}): Ref<T> {
  const value = shallowRef(initial) as Ref<T>;
  const stop = followRead(signal, read, (v) => (value.value = v), { ...options, now: true });
  onScopeDispose(stop);
  return value;
}

export function useLiveQuery<T>(query: () => Promise<T> | T, initial: T, options: LiveQueryOptions<T> = {}): Ref<T> {
  const value = shallowRef(initial) as Ref<T>;
  const start = () => followQuery(query, (v) => (value.value = v), options);
  let stop = start();
  if (options.restartWhen !== undefined) {
    watch(options.restartWhen, () => {
      stop();
      stop = start();
    });
  }
  onScopeDispose(() => stop());
  return value;
}

/** A live query that starts again whenever `key` changes; `loaded` is false until the first result for the key. */
export function useKeyedLiveQuery<K, T>(
  key: WatchSource<K>,
  query: (key: K) => Promise<T>,
  initial: T,
  options: LiveQueryOptions<T> = {},
): { value: Ref<T>; loaded: Ref<boolean> } {
  const value = shallowRef(initial) as Ref<T>;
  const loaded = shallowRef(false);
  let stop: (() => void) | null = null;
  watch(
    key,
    (k) => {
      stop?.();
      loaded.value = false;
      stop = followQuery(
        () => query(k),
        (v) => {
          value.value = v;
          loaded.value = true;
        },
        options,
        () => (loaded.value = true),
      );
    },
    { immediate: true },
  );
  onScopeDispose(() => stop?.());
  return { value, loaded };
}
