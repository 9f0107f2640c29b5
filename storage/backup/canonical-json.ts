/** A copy with every object's keys in sorted order; arrays keep their order. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  // fromEntries defines own properties, so a "__proto__" key from a parsed file stays plain data.
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, sortKeys(record[key])]),
  );
}

/**
 * JSON.stringify with object keys sorted recursively, so equal data always gives the same text (and the
 * same checksum) whatever order its keys were written in. `undefined` fields are dropped, as in JSON.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}
