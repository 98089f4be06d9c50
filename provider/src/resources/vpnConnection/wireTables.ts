// One table per nested configuration, read in both directions: typed property ↔ the API's key and the
// form the API wants the value in. Requests write JSON strings (single-tunnel) or SDK tunnel objects;
// DescribeVpnConnection answers with objects whose numbers and booleans are often strings.

import { isPlainObject, toAsn, toBool, toInt } from './coerce';

/** How a value travels: as a string, a JSON number, or a boolean/number/ASN written as a string. */
type Kind = 'string' | 'number' | 'boolText' | 'numberText' | 'asnText';

interface WireField {
  readonly prop: string;
  readonly key: string;
  readonly kind: Kind;
  /** Other keys the service has answered with for the same value. */
  readonly aliases?: readonly string[];
}

export type WireTable = readonly WireField[];

const f = (prop: string, key: string, kind: Kind, aliases?: readonly string[]): WireField => ({ prop, key, kind, aliases });

export const IKE_WIRE: WireTable = [
  f('psk', 'Psk', 'string'),
  f('ikeVersion', 'IkeVersion', 'string'),
  f('ikeMode', 'IkeMode', 'string'),
  f('ikeEncAlg', 'IkeEncAlg', 'string'),
  f('ikeAuthAlg', 'IkeAuthAlg', 'string'),
  f('ikePfs', 'IkePfs', 'string'),
  f('ikeLifetime', 'IkeLifetime', 'number'),
  f('localId', 'LocalId', 'string', ['LocalIdIPsec']),
  f('remoteId', 'RemoteId', 'string'),
];

export const IPSEC_WIRE: WireTable = [
  f('ipsecEncAlg', 'IpsecEncAlg', 'string'),
  f('ipsecAuthAlg', 'IpsecAuthAlg', 'string'),
  f('ipsecPfs', 'IpsecPfs', 'string'),
  f('ipsecLifetime', 'IpsecLifetime', 'number'),
];

/** Documented with lowercase keys and string values: {"enable":"true","dip":…,"interval":"3","retry":"3"}. */
export const HEALTH_CHECK_WIRE: WireTable = [
  f('enable', 'enable', 'boolText'),
  f('dip', 'dip', 'string'),
  f('sip', 'sip', 'string'),
  f('interval', 'interval', 'numberText'),
  f('retry', 'retry', 'numberText'),
];

/** Documented with string values: {"EnableBgp":"true","LocalAsn":"45104",…}. */
export const BGP_WIRE: WireTable = [
  f('enableBgp', 'EnableBgp', 'boolText'),
  f('localAsn', 'LocalAsn', 'asnText'),
  f('tunnelCidr', 'TunnelCidr', 'string'),
  f('localBgpIp', 'LocalBgpIp', 'string'),
];

export const TUNNEL_BGP_WIRE: WireTable = BGP_WIRE.filter((w) => w.prop !== 'enableBgp');

function encode(kind: Kind, v: unknown): string | number {
  return kind === 'number' ? Number(v) : String(v);
}

function decode(kind: Kind, v: unknown): unknown {
  if (kind === 'string') {
    if (typeof v === 'string') return v === '' ? undefined : v;
    return typeof v === 'number' ? String(v) : undefined;
  }
  const r = kind === 'boolText' ? toBool(v) : kind === 'asnText' ? toAsn(v) : toInt(v);
  return r.ok ? r.value : undefined;
}

/** The API's JSON-string parameter for a typed object; undefined when nothing is set. */
export function toWireJson(table: WireTable, obj: object | undefined): string | undefined {
  if (!obj) return undefined;
  const values = obj as Record<string, unknown>;
  const out: Record<string, string | number> = {};
  for (const w of table) if (values[w.prop] !== undefined) out[w.key] = encode(w.kind, values[w.prop]);
  return Object.keys(out).length === 0 ? undefined : JSON.stringify(out);
}

/** The SDK's camelCase tunnel model: the typed object's own fields, numbers as numbers. */
export function toSdkObject<T extends object>(table: WireTable, obj: object | undefined): T | undefined {
  if (!obj) return undefined;
  const values = obj as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const w of table) {
    const v = values[w.prop];
    if (v !== undefined) out[w.prop] = w.kind === 'string' ? String(v) : w.kind === 'boolText' ? Boolean(v) : Number(v);
  }
  return Object.keys(out).length === 0 ? undefined : (out as T);
}

/** Nested configs arrive as objects; tolerate the JSON-string form some API generations return. */
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
function read(o: Record<string, unknown>, w: WireField): unknown {
  for (const key of [w.key, ...(w.aliases ?? [])]) {
    const lower = key.charAt(0).toLowerCase() + key.slice(1);
    const upper = key.charAt(0).toUpperCase() + key.slice(1);
    for (const k of [key, upper, lower]) if (o[k] !== undefined && o[k] !== '') return o[k];
  }
  return undefined;
}

/** The typed object a Describe body carries; undefined when absent or empty. */
export function fromWire<T>(table: WireTable, v: unknown): T | undefined {
  const o = asObject(v);
  if (!o) return undefined;
  const out: Record<string, unknown> = {};
  for (const w of table) {
    const value = decode(w.kind, read(o, w));
    if (value !== undefined) out[w.prop] = value;
  }
  return Object.keys(out).length === 0 ? undefined : (out as T);
}
