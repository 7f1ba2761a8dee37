// The one result shape for work that can fail: a value, or a code (translated by the UI) with optional detail for logs.
// Older shapes (core's Result<T>, the CLI's Parsed<T>, the import pipeline's Extraction<T>) are this type with their own codes.

export interface Ok<T> {
  ok: true;
  value: T;
}

export type Err<Code extends string, Extra extends object = { detail?: string }> = { ok: false; code: Code } & Extra;

export type Result<T, Code extends string = string, Extra extends object = { detail?: string }> = Ok<T> | Err<Code, Extra>;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function err<Code extends string>(code: Code, detail?: string): Err<Code> {
  return detail === undefined ? { ok: false, code } : { ok: false, code, detail };
}
