// A stream of states shown at most once per interval: the first at once, the ones in between dropped, the last of
// an interval shown when it ends (never lost to a quiet spell), and `flush` shows the final one at once.

export interface Coalescer<T> {
  /** A new state: shown now if the interval has passed, else when it ends (only the latest one waiting is kept). */
  push(state: T): void;
  /** Shows the waiting state now, or `final` if given (the exact last state), and cancels the pending timer. */
  flush(final?: T): void;
}

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export function coalesce<T>(show: (state: T) => void, everyMs: number, clock: Clock = realClock): Coalescer<T> {
  let shownAt = -Infinity;
  let waiting: { state: T } | null = null;
  let timer: unknown = null;
  const emit = (state: T) => {
    waiting = null;
    shownAt = clock.now();
    show(state);
  };
  const onTimer = () => {
    timer = null;
    if (waiting) emit(waiting.state);
  };
  return {
    push(state) {
      const since = clock.now() - shownAt;
      if (since >= everyMs && timer === null) {
        emit(state);
        return;
      }
      waiting = { state };
      timer ??= clock.setTimeout(onTimer, Math.max(0, everyMs - since));
    },
    flush(...args: [T?]) {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      if (args.length > 0) emit(args[0] as T);
      else if (waiting) emit(waiting.state);
    },
  };
}
