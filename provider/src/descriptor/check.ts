// check for one object from its descriptor: each property's type and limits, the values an enum (or the
// object's variant) allows, and the documented defaults. Rules that involve more than one property are the
// resource's own, written beside it.

import { isIpv4 } from './ipv4';
import { isUnknown } from '../resources/resource';
import { isSet, toAsn } from './coerce';
import { enumValues, type ObjectDescriptor, type Prop } from './property';

/** The failure collector check uses (the resource's Checker). */
export interface Failures {
  fail(path: string, reason: string): void;
  string(path: string, v: unknown): string | undefined;
  bool(path: string, v: unknown): boolean | undefined;
  int(path: string, v: unknown, min: number, max: number, unit?: string): number | undefined;
  enumValue(path: string, v: unknown, allowed: readonly string[], context?: string, known?: readonly string[]): string | undefined;
}

/** How the object's variant (a gateway family) reads in messages, when it is known. */
export interface Variant {
  readonly name: string;
  /** Why a value valid elsewhere is not allowed here (` with remoteCaCertificate set (…)`). */
  readonly context: (p: Prop) => string;
  /** Why a property set here must go. */
  readonly unused: string;
}

const INT_MAX = 2_147_483_647;

export function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** A value for a message; never used for a secret. */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return describeType(v);
}

/** Whether check reads the property itself: scalars and enums (nested objects and lists are the caller's). */
function isScalar(p: Prop): boolean {
  return typeof p.type !== 'object' || 'enum' in p.type;
}

/** One value by its descriptor alone; undefined (after recording why) when invalid. */
export function checkValue(c: Failures, path: string, p: Prop, v: unknown, variant?: Variant): unknown {
  const t = p.type;
  const l = p.limits ?? {};
  if (typeof t === 'object' && 'enum' in t) {
    const known = enumValues(t.enum);
    const rule = variant === undefined ? undefined : p.byVariant?.[variant.name];
    const allowed = typeof rule === 'object' && rule.allowed !== undefined ? rule.allowed : known;
    return c.enumValue(path, v, allowed, variant === undefined || allowed === known ? '' : variant.context(p), known);
  }
  if (t === 'boolean') return c.bool(path, v);
  if (p.api?.form === 'asnText') {
    // The service also takes the asdot notation a.b (= a·65536 + b).
    const n = toAsn(v);
    if (n.ok && n.value >= (l.min ?? 0) && n.value <= (l.max ?? INT_MAX)) return n.value;
    c.fail(path, `must be an integer from ${l.min ?? 0} to ${l.max ?? INT_MAX} (or a.b asdot notation), got ${describeValue(v)}`);
    return undefined;
  }
  if (t === 'integer' || t === 'number') return c.int(path, v, l.min ?? 0, l.max ?? INT_MAX, l.unit ?? '');
  if (t !== 'string') return v;
  const s = c.string(path, v);
  if (s === undefined) return undefined;
  if (l.ipv4 && !isIpv4(s)) {
    c.fail(path, `"${s}" is not an IPv4 address such as 192.168.1.2`);
    return undefined;
  }
  if ((l.maxLength !== undefined && (s.length < 1 || s.length > l.maxLength)) || (l.pattern !== undefined && !l.pattern.test(s))) {
    // A secret is described without ever being repeated.
    const given = p.secret ? `; the given value (${s.length} characters) is not` : '';
    c.fail(path, `must be 1 to ${l.maxLength ?? 'any number of'} characters ${l.patternText ?? ''}${given}`.trimEnd());
    return undefined;
  }
  return s;
}

/**
 * The checked scalar properties of `raw` (nested objects are the caller's), skipping those in `handled`, then
 * the defaults: a property not given takes its documented default (its variant's, when the variant is known
 * and has one), one with `defaultWhen` only when that sibling is true.
 */
export function checkObject(c: Failures, d: ObjectDescriptor, raw: Readonly<Record<string, unknown>>, path: string, variant?: Variant, handled: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, p] of Object.entries(d.props)) {
    const v = raw[k];
    if (handled.includes(k) || !isScalar(p) || !isSet(v)) continue;
    const rule = variant === undefined ? undefined : p.byVariant?.[variant.name];
    if (rule === 'unused') {
      c.fail(`${path}.${k}`, `not used${variant?.unused ?? ''}`);
      continue;
    }
    if (isUnknown(v)) out[k] = v;
    else {
      const checked = checkValue(c, `${path}.${k}`, p, v, variant);
      if (checked !== undefined) out[k] = checked;
    }
  }
  fillDefaults(d, raw, out, variant?.name);
  return out;
}

/** Fills the documented defaults of the properties not given (an invalid value already failed). */
export function fillDefaults(d: ObjectDescriptor, given: Readonly<Record<string, unknown>>, out: Record<string, unknown>, variant?: string): void {
  for (const [k, p] of Object.entries(d.props)) {
    if (isSet(given[k]) || out[k] !== undefined) continue;
    if (p.defaultWhen !== undefined && out[p.defaultWhen] !== true) continue;
    const rule = variant === undefined ? undefined : p.byVariant?.[variant];
    if (rule === 'unused') continue;
    const value = typeof rule === 'object' && rule.default !== undefined ? rule.default : p.default;
    // A default that depends on the variant waits until the variant is known.
    const variantDependent = p.byVariant !== undefined && Object.values(p.byVariant).some((r) => typeof r === 'object' && r.default !== undefined);
    if (value !== undefined && (variant !== undefined || !variantDependent)) out[k] = value;
  }
}
