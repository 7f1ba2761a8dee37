import { describe, expect, it } from 'vitest';
import { coreErrorReason, fsErrorReason } from './reasons';

describe('reasons', () => {
  it('explains each core decoding failure in plain English', () => {
    expect(coreErrorReason('empty-file')).toBe('the file is empty');
    expect(coreErrorReason('binary-file')).toMatch(/binary/);
    expect(coreErrorReason('undecodable')).toMatch(/encoding/);
  });

  it('explains a missing file and a directory by their errno codes', () => {
    expect(fsErrorReason(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe('no such file or directory');
    expect(fsErrorReason(Object.assign(new Error('x'), { code: 'EISDIR' }))).toBe('is a directory, not a file');
  });

  it('keeps the code of an error it has no words for', () => {
    expect(fsErrorReason(Object.assign(new Error('boom'), { code: 'EIO' }))).toBe('could not be read (EIO)');
    expect(fsErrorReason(new Error('boom'))).toBe('could not be read (boom)');
  });
});
