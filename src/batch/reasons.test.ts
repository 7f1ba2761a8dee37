import { describe, expect, it } from 'vitest';
import { coreErrorReason, fsErrorCode, fsErrorReason, readErrorMessage } from './reasons';

describe('reasons', () => {
  it('explains each core decoding failure in plain English', () => {
    expect(coreErrorReason('empty-file')).toBe('the file is empty');
    expect(coreErrorReason('binary-file')).toMatch(/binary/);
    expect(coreErrorReason('undecodable')).toMatch(/encoding/);
    expect(coreErrorReason('implausible-text')).toMatch(/do not read as text.*Big5/u);
  });

  it('explains a missing file and a directory by their errno codes', () => {
    expect(fsErrorReason(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe('no such file or directory');
    expect(fsErrorReason(Object.assign(new Error('x'), { code: 'EISDIR' }))).toBe('is a directory, not a file');
  });

  it('keeps the code of an error it has no words for', () => {
    expect(fsErrorReason(Object.assign(new Error('boom'), { code: 'EIO' }))).toBe('could not be read (EIO)');
    expect(fsErrorReason(new Error('boom'))).toBe('could not be read (boom)');
  });

  it('names file system errors by a few stable codes', () => {
    expect(fsErrorCode(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe('not-found');
    expect(fsErrorCode(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('permission-denied');
    expect(fsErrorCode(Object.assign(new Error('x'), { code: 'EIO' }))).toBe('read-failed');
  });

  it("words every reader code, adding the reader's detail where it says which part failed", () => {
    expect(readErrorMessage('empty-file', 'The file is empty.')).toBe('the file is empty');
    expect(readErrorMessage('pdf-needs-ocr', '0 readable characters on 1 page(s): a scan without a text layer.')).toBe(
      'the PDF has no text layer (a scan) and OCR is off (--no-ocr) (0 readable characters on 1 page(s): a scan without a text layer)',
    );
    expect(readErrorMessage('corrupt-docx', 'End of data reached')).toMatch(/^the DOCX file is damaged \(End of data/u);
    expect(readErrorMessage('unsupported-format', 'x')).toMatch(/no reader for this file type/u);
    expect(readErrorMessage('something-new', 'detail')).toBe('something-new: detail');
  });
});
