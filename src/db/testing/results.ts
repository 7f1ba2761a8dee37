// Test support: the value of an ok result, or a failed test naming the failure it got.

export function expectOk<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.value;
}
