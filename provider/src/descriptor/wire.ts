// A descriptor's values ↔ the API: request parameters (flat `Key.N.Sub` parameters, JSON-string parameters,
// comma lists, booleans and numbers as text) and Describe answers (objects whose numbers and booleans are often
// text, keys in either case), plus the secret values a request carries.

import { isPlainObject, toAsn, toBool, toInt } from './coerce';
import type { ApiField, ObjectDescriptor, Prop } from './property';

type Values = Readonly<Record<string, unknown>>;

function nestedOf(p: Prop): ObjectDescriptor | undefined {
  const t = p.type;
  if (typeof t !== 'object') return undefined;
  return 'object' in t ? t.object : 'arrayOf' in t ? t.arrayOf : undefined;
}

/** A JSON-string parameter's value: each field in the form its descriptor names, in descriptor order. */
export function toJsonParam(d: ObjectDescriptor, obj: unknown): string | undefined {
  if (!isPlainObject(obj)) return undefined;
  const out: Record<string, string | number> = {};
  for (const [k, p] of Object.entries(d.props)) {
    const v = obj[k];
    if (v === undefined || p.api === undefined) continue;
    out[p.api.key] = p.api.form === 'number' ? Number(v) : String(v);
  }
  return Object.keys(out).length === 0 ? undefined : JSON.stringify(out);
}

/**
 * Writes `obj`'s properties as request parameters under `prefix`. `include` picks the properties (by name and
 * descriptor); a property without an API key is never sent.
 */
export function toParams(d: ObjectDescriptor, obj: Values, include: (name: string, p: Prop) => boolean = () => true, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [k, p] of Object.entries(d.props)) {
    const v = obj[k];
    if (v === undefined || p.api === undefined || !include(k, p)) continue;
    writeParam(p, p.api, v, `${prefix}${p.api.key}`, out);
  }
  return out;
}

function writeParam(p: Prop, api: ApiField, v: unknown, key: string, out: Record<string, string>): void {
  const nested = nestedOf(p);
  switch (api.form) {
    case 'commaList':
      out[key] = (v as readonly string[]).join(',');
      return;
    case 'json': {
      const json = nested && toJsonParam(nested, v);
      if (json !== undefined) out[key] = json;
      return;
    }
    case 'flat':
      if (nested === undefined) return;
      if (Array.isArray(v)) v.forEach((item, i) => isPlainObject(item) && toParams(nested, item, undefined, `${key}.${i + 1}.`, out));
      else if (isPlainObject(v)) toParams(nested, v, undefined, `${key}.`, out);
      return;
    case 'tags':
      Object.entries(v as Record<string, string>).forEach(([tagKey, tagValue], i) => {
        out[`${key}.${i + 1}.Key`] = tagKey;
        out[`${key}.${i + 1}.Value`] = tagValue;
      });
      return;
    default:
      out[key] = String(v);
  }
}

/** The values of every secret property in `obj`, at any depth. */
export function secretValues(d: ObjectDescriptor, obj: unknown): string[] {
  if (!isPlainObject(obj)) return [];
  const out: string[] = [];
  for (const [k, p] of Object.entries(d.props)) {
    const v = obj[k];
    if (p.secret && typeof v === 'string') out.push(v);
    const nested = nestedOf(p);
    if (nested === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v]) out.push(...secretValues(nested, item));
  }
  return out;
}

/** The paths of every secret property, through nested objects (`ikeConfig.psk`); lists as `name[i]` for each index given. */
export function secretPaths(d: ObjectDescriptor, listIndexes: readonly number[], prefix = ''): string[] {
  const out: string[] = [];
  for (const [k, p] of Object.entries(d.props)) {
    if (p.secret) out.push(`${prefix}${k}`);
    const t = p.type;
    if (typeof t !== 'object') continue;
    if ('object' in t) out.push(...secretPaths(t.object, listIndexes, `${prefix}${k}.`));
    if ('arrayOf' in t) for (const i of listIndexes) out.push(...secretPaths(t.arrayOf, listIndexes, `${prefix}${k}[${i}].`));
  }
  return out;
}

// ---- Describe answers → typed values ----

/** Nested configs arrive as objects; some API generations return them as JSON strings. */
function asObject(v: unknown): Record<string, unknown> | undefined {
  if (isPlainObject(v)) return v;
  if (typeof v === 'string' && v.trim().startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(v);
      return isPlainObject(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Reads `Key` or `key` (the service is inconsistent about key case), then any alias. */
function readKey(o: Record<string, unknown>, api: ApiField): unknown {
  if (api.reportedAt !== undefined) {
    let cur: unknown = o;
    for (const step of api.reportedAt) cur = isPlainObject(cur) ? cur[step] : undefined;
    if (cur !== undefined) return cur;
  }
  for (const key of [api.key, ...(api.aliases ?? [])]) {
    const lower = key.charAt(0).toLowerCase() + key.slice(1);
    const upper = key.charAt(0).toUpperCase() + key.slice(1);
    for (const k of [key, upper, lower]) if (o[k] !== undefined && o[k] !== '') return o[k];
  }
  return undefined;
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v === '' ? undefined : v;
  return typeof v === 'number' ? String(v) : undefined;
}

function tagsFrom(v: unknown): Record<string, string> | undefined {
  if (!isPlainObject(v)) return undefined;
  const tags: Record<string, string> = {};
  const list = v.Tag ?? v.tag;
  for (const t of Array.isArray(list) ? list : []) {
    if (!isPlainObject(t)) continue;
    const key = text(t.Key ?? t.key);
    if (key !== undefined) tags[key] = text(t.Value ?? t.value) ?? '';
  }
  return tags;
}

function readValue(p: Prop, api: ApiField, raw: unknown): unknown {
  const nested = nestedOf(p);
  if (nested !== undefined) {
    if (typeof p.type === 'object' && 'arrayOf' in p.type && !Array.isArray(raw)) return undefined;
    if (Array.isArray(raw)) {
      const items = raw.map((item) => fromBody(nested, item)).filter((item) => item !== undefined);
      return items.length === 0 ? undefined : items;
    }
    return fromBody(nested, raw);
  }
  const coerced = (r: { ok: true; value: unknown } | { ok: false }) => (r.ok ? r.value : undefined);
  switch (api.form) {
    case 'commaList': {
      const s = text(raw);
      return s === undefined ? undefined : s.split(',').map((x) => x.trim()).filter((x) => x !== '');
    }
    case 'tags':
      return tagsFrom(raw);
    case 'boolText':
      return coerced(toBool(raw));
    case 'asnText':
      return coerced(toAsn(raw));
    case 'number':
    case 'numberText':
      return coerced(toInt(raw));
    default:
      return p.type === 'boolean' ? coerced(toBool(raw)) : text(raw);
  }
}

/** The typed values a Describe body (or a part of it) carries; undefined when nothing is. */
export function fromBody(d: ObjectDescriptor, body: unknown): Record<string, unknown> | undefined {
  const o = asObject(body);
  if (o === undefined) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, p] of Object.entries(d.props)) {
    if (p.api === undefined) continue;
    const v = readValue(p, p.api, readKey(o, p.api));
    if (v !== undefined) out[k] = v;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}
