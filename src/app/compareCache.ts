// What Compare reads and computes, kept between two openings while the store does not change. A counter moves on
// every committed change of the store (Dexie's storagemutated: this window and other tabs); a value read at the
// counter's current value is still the store's, so opening Compare again reads no rows and recomputes nothing.
// Why not tables kept up to date on every save: re-opening Compare is the common case (Library ↔ Compare while
// reviewing), any change of the store is followed by Compare's own live queries anyway, and a cache cannot drift.
import Dexie from 'dexie';

let version = 0;
let listening = false;

/** The number of changes the store has seen since this window first asked. */
export function storeVersion(): number {
  if (!listening) {
    listening = true;
    Dexie.on('storagemutated', () => {
      version++;
    });
  }
  return version;
}

const entries = new Map<string, { version: number; value: unknown }>();

/** The value cached under `key` if the store has not changed since it was read. */
export function peekCached<T>(key: string): T | undefined {
  const hit = entries.get(key);
  return hit && hit.version === storeVersion() ? (hit.value as T) : undefined;
}

/**
 * `read` for a live query, answered from the cache while the store is unchanged. `touch` reads the same tables
 * cheaply (a count), so the live query still learns of the next change.
 */
export function cachedQuery<T>(key: string, read: () => Promise<T>, touch: () => Promise<unknown>): () => Promise<T> {
  return async () => {
    const at = storeVersion();
    const hit = entries.get(key);
    if (hit && hit.version === at) {
      await touch();
      return hit.value as T;
    }
    const value = await read();
    // Tagged with the counter from before the read: a change committed meanwhile makes it a miss next time.
    entries.set(key, { version: at, value });
    return value;
  };
}

/** A function of object arguments that returns its last result again when called with the same arguments. */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

/** Forgets everything (tests, and a workspace replaced wholesale). */
export function clearCompareCache(): void {
  entries.clear();
}
