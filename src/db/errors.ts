// Failures of the data layer as values with a code; the UI turns codes into translated messages.
import type { Err, Result } from '../core/result';

export type DbErrorCode =
  | 'quota-exceeded'
  | 'write-failed'
  | 'not-found'
  | 'invalid-hash'
  | 'name-taken'
  | 'same-region'
  | 'not-manual'
  | 'already-present'
  | 'unknown-region'
  | 'invalid-benchmarks';

export interface DbFailureExtra {
  /** For logs and bug reports, never shown as the message itself. */
  detail?: string;
  /** The row in the way: the region holding a name, the document already stored. */
  conflictId?: string;
}

export type DbFailure = Err<DbErrorCode, DbFailureExtra>;

/** core's one Result: success carries `value` (undefined for writes that return nothing; `DbResult` alone accepts any value). */
export type DbResult<T = unknown> = Result<T, DbErrorCode, DbFailureExtra>;

export function failure(code: DbErrorCode, extra: DbFailureExtra = {}): DbFailure {
  return { ok: false, code, ...extra };
}

// Dexie wraps the IndexedDB error (`inner`) and lists per-row failures of bulk writes.
function errorNames(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 4) return [];
  const e = error as { name?: unknown; inner?: unknown; failures?: unknown };
  const own = typeof e.name === 'string' ? [e.name] : [];
  const failures = Array.isArray(e.failures) ? e.failures : [];
  return [...own, ...errorNames(e.inner, depth + 1), ...failures.flatMap((f) => errorNames(f, depth + 1))];
}

function describe(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const e = error as { name?: unknown; message?: unknown };
    return `${String(e.name ?? 'Error')}: ${String(e.message ?? '')}`;
  }
  return String(error);
}

/** A full disk must reach the researcher as such (QuotaExceededError), not as a generic failure. */
export function writeFailure(error: unknown): DbFailure {
  if (errorNames(error).includes('QuotaExceededError')) return failure('quota-exceeded', { detail: describe(error) });
  return failure('write-failed', { detail: describe(error) });
}

/** Thrown inside a transaction to roll it back and return `failure` from `guarded`. */
export class Rollback extends Error {
  constructor(readonly failure: DbFailure) {
    super(failure.code);
    this.name = 'Rollback';
  }
}

/** Runs a write; any exception becomes a DbFailure instead of escaping to the UI. */
export async function guarded<T>(work: () => Promise<DbResult<T>>): Promise<DbResult<T>> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Rollback) return error.failure;
    return writeFailure(error);
  }
}
