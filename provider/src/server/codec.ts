// The engine's property encoding inside google.protobuf.Struct, both ways. The SDK's own helpers
// (runtime.deserializeProperties) drop unknowns and lift nested secretness to the top level, and
// Struct.fromJavaScript throws on `undefined`; this codec keeps secrets at their exact paths and
// never fails on a value a resource implementation happens to leave undefined.

import { Struct } from 'google-protobuf/google/protobuf/struct_pb';
import { Unknown, isUnknown, type PropertyMap } from '../resources/resource';
import { childPath } from './propertyPath';

export const SIG_KEY = '4dabf18193072939515e22adb298388d';
export const SECRET_SIG = '1b47061264138c4ac30d75fd1eb44270';
export const RESOURCE_REF_SIG = '5cf8f73096256a8f31e491e813e4eb8e';
export const OUTPUT_VALUE_SIG = 'd0e6a833031e9bbcd3f4e8bde6ca49a4';

export type UnknownKind = Unknown['kind'];

export const UNKNOWN_SENTINELS: Readonly<Record<UnknownKind, string>> = {
  string: '04da6b54-80e4-46f7-96ec-b56ff0331ba9',
  bool: '1c4a061d-8072-4f0a-a4cb-0ff528b18fe7',
  number: '3eeb2bf0-c639-47a8-9e75-3b44932eb421',
  array: '6a19a0b0-7e62-4c92-b797-7f8e31da9cc2',
  object: 'dd056dcd-154b-4c76-9bd3-c8f88648b5ff',
};

// Unknown assets and archives have their own sentinels; no property of ours holds one, so they
// decode as an unknown object rather than leaking a sentinel string into resource code.
const OTHER_UNKNOWN_SENTINELS: Readonly<Record<string, UnknownKind>> = {
  '030794c1-ac77-496b-92df-f27374a8bd58': 'object',
  'e48ece36-62e2-4504-bad9-02848725956a': 'object',
};

// A Map, not an object literal: looked up with arbitrary user strings, an object would answer for
// `__proto__`, `constructor` or `toString` from its prototype and turn those strings into unknowns.
const KIND_BY_SENTINEL: ReadonlyMap<string, UnknownKind> = new Map([
  ...Object.entries(UNKNOWN_SENTINELS).map(([k, s]): [string, UnknownKind] => [s, k as UnknownKind]),
  ...Object.entries(OTHER_UNKNOWN_SENTINELS),
]);

export interface DecodedProperties {
  /** Plain values: secrets unwrapped, unknowns as `Unknown`, resource references as their id. */
  values: PropertyMap;
  /** Every path at which the engine sent a secret, in `a.b[0].c` syntax. */
  secretPaths: string[];
}

export interface EncodeOptions {
  /** Paths to wrap as secrets (a value nested inside a wrapped one is not wrapped again). */
  secretPaths?: Iterable<string>;
  /**
   * Keep `Unknown` values as typed sentinels. Only previews may carry unknowns; elsewhere the
   * engine rejects them, so they are dropped instead.
   */
  keepUnknowns?: boolean;
}

type WireValue = null | boolean | number | string | WireValue[] | { [key: string]: WireValue };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// A key named `__proto__` is data on the wire; plain assignment would set the prototype instead.
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function decodeResourceReference(ref: Record<string, unknown>): unknown {
  // What the engine sends to providers that do not accept resources: a custom resource's id,
  // or a component's URN. An id that is not known yet stays unknown.
  if ('id' in ref) {
    const id = ref.id;
    if (typeof id !== 'string' || id === '' || KIND_BY_SENTINEL.has(id)) return new Unknown('string');
    return id;
  }
  return typeof ref.urn === 'string' ? ref.urn : new Unknown('string');
}

function decodeAt(v: unknown, path: string, secrets: string[]): unknown {
  if (typeof v === 'string') {
    const kind = KIND_BY_SENTINEL.get(v);
    return kind ? new Unknown(kind) : v;
  }
  if (Array.isArray(v)) return v.map((item, i) => decodeAt(item, childPath(path, i), secrets));
  if (!isRecord(v)) return v;

  switch (v[SIG_KEY]) {
    case SECRET_SIG:
      secrets.push(path);
      return decodeAt(v.value, path, secrets);
    case OUTPUT_VALUE_SIG:
      if (v.secret === true) secrets.push(path);
      return 'value' in v ? decodeAt(v.value, path, secrets) : new Unknown();
    case RESOURCE_REF_SIG:
      return decodeResourceReference(v);
    case undefined:
      break;
    default:
      // Assets and archives: no property of ours has one; pass them through untouched.
      return v;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(v)) setOwn(out, key, decodeAt(item, childPath(path, key), secrets));
  return out;
}

/** Decodes a plain JavaScript rendering of wire values (what `Struct.toJavaScript()` yields). */
export function decodeWireObject(wire: Record<string, unknown> | undefined): DecodedProperties {
  const secretPaths: string[] = [];
  const values = (wire ? decodeAt(wire, '', secretPaths) : {}) as PropertyMap;
  return { values, secretPaths: [...new Set(secretPaths)] };
}

/** Decodes a request Struct; a missing Struct is an empty property map. */
export function decodeProperties(struct: Struct | undefined | null): DecodedProperties {
  return decodeWireObject(struct ? struct.toJavaScript() : undefined);
}

// `undefined` marks "leave this value out", which the caller turns into a missing key or a null
// array element.
function encodeAt(
  v: unknown,
  path: string,
  secrets: ReadonlySet<string>,
  keepUnknowns: boolean,
  insideSecret: boolean,
): WireValue | undefined {
  const wrap = !insideSecret && secrets.has(path);
  const inner = encodeInner(v, path, secrets, keepUnknowns, insideSecret || wrap);
  if (!wrap || inner === undefined || inner === null) return inner;
  return { [SIG_KEY]: SECRET_SIG, value: inner };
}

function encodeInner(
  v: unknown,
  path: string,
  secrets: ReadonlySet<string>,
  keepUnknowns: boolean,
  insideSecret: boolean,
): WireValue | undefined {
  if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return undefined;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'bigint') return Number(v);
  // The engine passes a provider's typed unknowns on to the program, and the language SDKs only know the
  // plain (string) sentinel: an unknown list would reach the program as a string. So every unknown
  // leaves as the plain sentinel; reading still accepts every typed one.
  if (isUnknown(v)) return keepUnknowns ? UNKNOWN_SENTINELS.string : undefined;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) {
    return v.map((item, i) => {
      const encoded = encodeAt(item, childPath(path, i), secrets, keepUnknowns, insideSecret);
      return encoded === undefined ? null : encoded;
    });
  }
  if (typeof v === 'object') {
    const out: Record<string, WireValue> = {};
    for (const [key, item] of Object.entries(v as Record<string, unknown>)) {
      const encoded = encodeAt(item, childPath(path, key), secrets, keepUnknowns, insideSecret);
      if (encoded !== undefined) setOwn(out, key, encoded);
    }
    return out;
  }
  return undefined;
}

/** Encodes plain values into the wire rendering `Struct.fromJavaScript()` accepts. */
export function encodeWireObject(values: PropertyMap | undefined, opts: EncodeOptions = {}): Record<string, WireValue> {
  const secrets = new Set(opts.secretPaths ?? []);
  const encoded = encodeInner(values ?? {}, '', secrets, opts.keepUnknowns ?? false, false);
  return isRecord(encoded) ? (encoded as Record<string, WireValue>) : {};
}

/** Encodes plain values into a response Struct. */
export function encodeProperties(values: PropertyMap | undefined, opts: EncodeOptions = {}): Struct {
  return Struct.fromJavaScript(encodeWireObject(values, opts));
}

/** Every string found at or under the given paths: the values to keep out of logs and errors. */
export function secretStrings(values: PropertyMap, secretPaths: Iterable<string>): string[] {
  const paths = new Set(secretPaths);
  const found: string[] = [];
  const walk = (v: unknown, path: string, inside: boolean): void => {
    const secret = inside || paths.has(path);
    if (typeof v === 'string') {
      if (secret) found.push(v);
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, childPath(path, i), secret));
    } else if (isRecord(v) && !isUnknown(v)) {
      for (const [key, item] of Object.entries(v)) walk(item, childPath(path, key), secret);
    }
  };
  walk(values, '', false);
  return found;
}
