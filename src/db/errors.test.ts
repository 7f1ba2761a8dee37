import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { failure, guarded, Rollback, writeFailure } from './errors';

describe('writeFailure', () => {
  it('recognises a QuotaExceededError however Dexie wraps it', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(writeFailure(quota).code).toBe('quota-exceeded');
    expect(writeFailure(new Dexie.AbortError('aborted', quota)).code).toBe('quota-exceeded');
    expect(writeFailure(new Dexie.BulkError('bulk', [quota])).code).toBe('quota-exceeded');
  });

  it('reports anything else as write-failed with a detail for the log', () => {
    expect(writeFailure(new Dexie.ConstraintError('Key already exists'))).toEqual({
      ok: false,
      code: 'write-failed',
      detail: 'ConstraintError: Key already exists',
    });
    expect(writeFailure('odd').detail).toBe('odd');
  });
});

describe('guarded', () => {
  it('turns a thrown Rollback into its failure and an exception into write-failed', async () => {
    expect(await guarded(() => Promise.reject(new Rollback(failure('not-found'))))).toEqual({ ok: false, code: 'not-found' });
    expect(await guarded(() => Promise.reject(new Error('boom')))).toMatchObject({ ok: false, code: 'write-failed', detail: 'Error: boom' });
  });
});
