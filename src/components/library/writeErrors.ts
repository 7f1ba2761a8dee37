// A failed library write as the researcher reads it: what could not be done and why, in their language; the
// failure's detail goes to the console for bug reports. Used by the Library, its region headings and the app shell.
import { ElMessage } from 'element-plus';
import type { DbFailure } from '../../app/rows';

type T = (key: string, named?: Record<string, unknown>) => string;

/** Codes with a reason of their own; every other failure reads as "could not be written, nothing changed". */
const REASONS: ReadonlySet<string> = new Set(['already-present', 'not-found', 'quota-exceeded']);

export function writeErrorReason(t: T, failure: DbFailure): string {
  return t(`library.writeErrors.${REASONS.has(failure.code) ? failure.code : 'write-failed'}`);
}

/** Shows `key` (which takes `{reason}` and the `named` values) as an error message. */
export function reportWriteFailure(t: T, key: string, named: Record<string, unknown>, failure: DbFailure): void {
  console.error('planbench: library write failed', failure);
  ElMessage.error({ message: t(key, { ...named, reason: writeErrorReason(t, failure) }), customClass: 'pb-write-error' });
}
