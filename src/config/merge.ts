// Jekyll's Utils.deep_merge_hashes: nested hashes merge, a nil value never overwrites, anything else
// replaces. Returns a new object; inputs are not modified.

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function deepMerge(master: Record<string, unknown>, other: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...master };
  for (const [key, value] of Object.entries(other)) {
    if (value === null || value === undefined) {
      if (!(key in out)) out[key] = value;
      continue;
    }
    const old = out[key];
    out[key] = isPlainObject(old) && isPlainObject(value) ? deepMerge(old, value) : value;
  }
  return out;
}
