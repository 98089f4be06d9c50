// Accepts the forms a value reaches the provider in (YAML and config hand over "true" and "45104"
// as strings) and turns them into the typed value, so equal values compare equal everywhere.

export type Coerced<T> = { ok: true; value: T } | { ok: false };

export function toBool(v: unknown): Coerced<boolean> {
  if (typeof v === 'boolean') return { ok: true, value: v };
  if (v === 'true' || v === 'True' || v === 'TRUE') return { ok: true, value: true };
  if (v === 'false' || v === 'False' || v === 'FALSE') return { ok: true, value: false };
  return { ok: false };
}

export function toInt(v: unknown): Coerced<number> {
  if (typeof v === 'number' && Number.isInteger(v)) return { ok: true, value: v };
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) {
    const n = Number(v.trim());
    if (Number.isSafeInteger(n)) return { ok: true, value: n };
  }
  return { ok: false };
}

/** Like toInt, plus the asdot notation `a.b` (= a·65536 + b) the service accepts for ASNs. */
export function toAsn(v: unknown): Coerced<number> {
  const plain = toInt(v);
  if (plain.ok) return plain;
  if (typeof v === 'string') {
    const m = /^(\d{1,5})\.(\d{1,5})$/.exec(v.trim());
    if (m) {
      const hi = Number(m[1]);
      const lo = Number(m[2]);
      if (hi <= 65535 && lo <= 65535) return { ok: true, value: hi * 65536 + lo };
    }
  }
  return { ok: false };
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** null, undefined and absent are all "not set". */
export function isSet(v: unknown): boolean {
  return v !== undefined && v !== null;
}
