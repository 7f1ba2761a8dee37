// One value per key (a domain tab), kept while the inputs it was computed from are the same objects: switching back to a
// tab rebuilds nothing, so what was drawn from it (a kept overview's cards) is not drawn again.

export interface PerKey<K, I extends readonly unknown[], V> {
  /** The value for `key`: the kept one when every input is the same object as last time for that key, else computed anew. */
  get(key: K, ...inputs: I): V;
  /** Whether `get` would give the kept value (nothing to compute). */
  has(key: K, ...inputs: I): boolean;
}

export function perKey<K, I extends readonly unknown[], V>(compute: (key: K, ...inputs: I) => V): PerKey<K, I, V> {
  const kept = new Map<K, { inputs: I; value: V }>();
  const keptFor = (key: K, inputs: I) => {
    const last = kept.get(key);
    return last && last.inputs.length === inputs.length && last.inputs.every((input, i) => input === inputs[i]) ? last : undefined;
  };
  return {
    has: (key, ...inputs) => keptFor(key, inputs) !== undefined,
    get(key, ...inputs) {
      const last = keptFor(key, inputs);
      if (last) return last.value;
      const value = compute(key, ...inputs);
      kept.set(key, { inputs, value });
      return value;
    },
  };
}
