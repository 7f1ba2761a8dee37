// The one result shape for work that can fail: a value, or a code (translated by the UI) with optional detail for logs.
// Each layer names its codes and extra fields: core's Result<T>, the db's DbResult<T> (+ conflictId), the import
// pipeline's Extraction<T> and Saved, the review form's FormResult<T> (+ field), the CLI's Parsed<T> and the gold
// readers' GoldParse are this type; a success always carries `value`. README (Architecture) lists what is kept apart.

export interface Ok<T> {
  ok: true;
  value: T;
}

export type Err<Code extends string, Extra extends object = { detail?: string }> = { ok: false; code: Code } & Extra;

export type Result<T, Code extends string = string, Extra extends object = { detail?: string }> = Ok<T> | Err<Code, Extra>;

export function ok(): Ok<undefined>;
export function ok<T>(value: T): Ok<T>;
export function ok<T>(value?: T): Ok<T | undefined> {
  return { ok: true, value };
}

export function err<Code extends string>(code: Code, detail?: string): Err<Code> {
  return detail === undefined ? { ok: false, code } : { ok: false, code, detail };
}
