// Edits laid over a record, field by field: the one rule targets and achievements share.

/** Lays `edits` over `record` for the listed fields only; `undefined` means "not edited", `null` is a real correction. */
export function applyFieldEdits<R extends object>(fields: readonly string[], record: R, edits: object | null | undefined): R {
  const result: R = { ...record };
  if (!edits) return result;
  const given = edits as Record<string, unknown>;
  for (const field of fields) if (given[field] !== undefined) Object.assign(result, { [field]: given[field] });
  return result;
}
