// Fuzzing the Struct codec: random wire values shaped as the engine sends them (nested objects and lists, secret
// wrappers at any depth, typed unknown sentinels, output values, resource references, keys such as `__proto__` or
// `constructor`) through decode and encode. The expected values and secret paths come from a model of each value,
// with the engine's path syntax spelled out here rather than taken from the provider.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Struct } from 'google-protobuf/google/protobuf/struct_pb';
import { Unknown } from 'pulumi-resource-alicloudvpn/dist/resources/resource';
import {
  decodeProperties,
  decodeWireObject,
  encodeProperties,
  encodeWireObject,
  secretStrings,
} from 'pulumi-resource-alicloudvpn/dist/server/codec';

const SIG = '4dabf18193072939515e22adb298388d';
const SECRET = '1b47061264138c4ac30d75fd1eb44270';
const RESOURCE = '5cf8f73096256a8f31e491e813e4eb8e';
const OUTPUT = 'd0e6a833031e9bbcd3f4e8bde6ca49a4';
const ASSET = 'c44067f5952c0a294b673a41bacd8c17';

type Kind = 'string' | 'bool' | 'number' | 'array' | 'object';
const SENTINELS: Record<Kind, string> = {
  string: '04da6b54-80e4-46f7-96ec-b56ff0331ba9',
  bool: '1c4a061d-8072-4f0a-a4cb-0ff528b18fe7',
  number: '3eeb2bf0-c639-47a8-9e75-3b44932eb421',
  array: '6a19a0b0-7e62-4c92-b797-7f8e31da9cc2',
  object: 'dd056dcd-154b-4c76-9bd3-c8f88648b5ff',
};
const KINDS = Object.keys(SENTINELS) as Kind[];

/** Runs per property; FUZZ_RUNS=5000 for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

// ---- The model: what a wire value is, from which both the wire form and the expected decoding follow. ----

type Model =
  | { t: 'leaf'; v: null | boolean | number | string }
  | { t: 'unknown'; kind: Kind }
  | { t: 'list'; items: Model[] }
  | { t: 'object'; entries: [string, Model][] }
  | { t: 'secret'; inner: Model };

type Root = Extract<Model, { t: 'object' }>;

/** An own data property even for `__proto__`, as JSON.parse and the engine produce it. */
function own<T>(entries: [string, T][]): Record<string, T> {
  const o: Record<string, T> = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

function toWire(m: Model): unknown {
  switch (m.t) {
    case 'leaf':
      return m.v;
    case 'unknown':
      return SENTINELS[m.kind];
    case 'list':
      return m.items.map(toWire);
    case 'object':
      return own(m.entries.map(([k, v]) => [k, toWire(v)]));
    case 'secret':
      return { [SIG]: SECRET, value: toWire(m.inner) };
  }
}

function toValue(m: Model): unknown {
  switch (m.t) {
    case 'leaf':
      return m.v;
    case 'unknown':
      return new Unknown(m.kind);
    case 'list':
      return m.items.map(toValue);
    case 'object':
      return own(m.entries.map(([k, v]) => [k, toValue(v)]));
    case 'secret':
      return toValue(m.inner);
  }
}

// The engine's property path syntax: `a.b`, `a[0]`, and `["a.b"]` for keys that are not plain names.
function child(parent: string, seg: string | number): string {
  if (typeof seg === 'number') return `${parent}[${seg}]`;
  if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(seg)) return parent === '' ? seg : `${parent}.${seg}`;
  return `${parent}[${JSON.stringify(seg)}]`;
}

function secretPathsOf(m: Model, path: string): string[] {
  switch (m.t) {
    case 'secret':
      return [path, ...secretPathsOf(m.inner, path)];
    case 'list':
      return m.items.flatMap((item, i) => secretPathsOf(item, child(path, i)));
    case 'object':
      return m.entries.flatMap(([k, v]) => secretPathsOf(v, child(path, k)));
    default:
      return [];
  }
}

/**
 * The form encoding gives back: a secret inside a secret is not wrapped again, null is never wrapped, and every
 * unknown leaves as the plain (string) sentinel, the only one the language SDKs read back.
 */
function canonical(m: Model, insideSecret = false): Model {
  switch (m.t) {
    case 'unknown':
      return { t: 'unknown', kind: 'string' };
    case 'secret': {
      const inner = canonical(m.inner, true);
      return insideSecret || (inner.t === 'leaf' && inner.v === null) ? inner : { t: 'secret', inner };
    }
    case 'list':
      return { t: 'list', items: m.items.map((i) => canonical(i, insideSecret)) };
    case 'object':
      return { t: 'object', entries: m.entries.map(([k, v]) => [k, canonical(v, insideSecret)]) };
    default:
      return m;
  }
}

function hasKey(m: Model, key: string): boolean {
  if (m.t === 'object') return m.entries.some(([k, v]) => k === key || hasKey(v, key));
  if (m.t === 'list') return m.items.some((i) => hasKey(i, key));
  if (m.t === 'secret') return hasKey(m.inner, key);
  return false;
}

// ---- Arbitraries. ----

const ODD_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '', ' ', 'a.b', 'a[0]', '["x"]', '0', '-1',
  'value', 'secret', 'id', 'urn', 'psk', '\u202Eltr', 'zw\u200Dj', '\u{1F600}', 'ключ', '$ref'];
const ODD_STRINGS = ['', ' ', '"}', '&Action=DeleteVpnConnection', '%26', '\n', '\u202E', '\u200D', '\u{1F468}\u200D\u{1F469}', 'x'.repeat(3000),
  '[secret]', '__proto__', SIG, SECRET];

/** Strings the protobuf transport carries unchanged (no lone surrogates) or, for the in-memory codec, any. */
function strings(anyCodeUnit: boolean): fc.Arbitrary<string> {
  return fc.oneof(fc.constantFrom(...ODD_STRINGS), fc.string({ maxLength: 12 }), fc.string({ unit: anyCodeUnit ? 'binary' : 'grapheme', maxLength: 8 }));
}

function models(opts: { anyCodeUnit: boolean; protoKey: boolean }): { root: fc.Arbitrary<Root>; model: fc.Arbitrary<Model> } {
  const keys = fc.oneof(fc.constantFrom(...ODD_KEYS.filter((k) => opts.protoKey || k !== '__proto__')), strings(opts.anyCodeUnit)).filter((k) => k !== SIG && (opts.protoKey || k !== '__proto__'));
  const leaf: fc.Arbitrary<Model> = fc
    .oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), strings(opts.anyCodeUnit))
    .map((v) => ({ t: 'leaf', v }));
  const unknown: fc.Arbitrary<Model> = fc.constantFrom(...KINDS).map((kind) => ({ t: 'unknown', kind }));
  const tree = fc.letrec<{ model: Model; list: Model; object: Model; secret: Model }>((tie) => ({
    model: fc.oneof({ maxDepth: 4, depthIdentifier: 'wire' }, leaf, unknown, tie('list'), tie('object'), tie('secret')),
    list: fc.array(tie('model'), { maxLength: 4 }).map((items): Model => ({ t: 'list', items })),
    object: fc
      .uniqueArray(fc.tuple(keys, tie('model')), { maxLength: 5, selector: ([k]) => k })
      .map((entries): Model => ({ t: 'object', entries })),
    secret: tie('model').map((inner): Model => ({ t: 'secret', inner })),
  }));
  return { root: tree.object as fc.Arbitrary<Root>, model: tree.model };
}

const IN_MEMORY = models({ anyCodeUnit: true, protoKey: true });
// What a Struct carries across the process boundary: well-formed strings; `__proto__` has its own test below.
const TRANSPORTED = models({ anyCodeUnit: false, protoKey: false });

function sorted(paths: Iterable<string>): string[] {
  return [...new Set(paths)].sort();
}

/** A Struct as the engine sends it: serialized, then parsed by this process. */
function overTheWire(wire: unknown): Struct {
  return Struct.deserializeBinary(Struct.fromJavaScript(wire as Record<string, never>).serializeBinary());
}

/** The prototype chain of every object in a decoded value is the plain one: no key reached a prototype. */
function assertPlain(v: unknown): void {
  if (Array.isArray(v)) return v.forEach(assertPlain);
  if (v === null || typeof v !== 'object' || v instanceof Unknown) return;
  assert.equal(Object.getPrototypeOf(v), Object.prototype);
  Object.values(v).forEach(assertPlain);
}

describe('codecFuzz: the Struct codec on random wire values', function () {
  // Hundreds of runs per property: on a loaded 2-core machine that can pass the unit tier's 10 s default.
  this.timeout(120_000);
  afterEach(() => {
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(Object.keys(Object.prototype), [], 'no key reached Object.prototype');
  });

  it('decodes random wire objects to their values, every secret recorded at its path', () => {
    fc.assert(
      fc.property(IN_MEMORY.root, (m) => {
        const d = decodeWireObject(toWire(m) as Record<string, unknown>);
        assert.deepStrictEqual(d.values, toValue(m));
        assert.deepEqual(sorted(d.secretPaths), sorted(secretPathsOf(m, '')));
        assertPlain(d.values);
      }),
      { numRuns: RUNS },
    );
  });

  it('round-trips canonical wire objects through decode and encode, secrets wrapped at the same paths', () => {
    fc.assert(
      fc.property(IN_MEMORY.root.map((m) => canonical(m) as Root), (m) => {
        const d = decodeWireObject(toWire(m) as Record<string, unknown>);
        const again = encodeWireObject(d.values, { secretPaths: d.secretPaths, keepUnknowns: true });
        assert.deepStrictEqual(again, toWire(m));
      }),
      { numRuns: RUNS },
    );
  });

  it('never loses a secret when re-encoding nested or null secrets', () => {
    fc.assert(
      fc.property(IN_MEMORY.root, (m) => {
        const first = decodeWireObject(toWire(m) as Record<string, unknown>);
        const second = decodeWireObject(encodeWireObject(first.values, { secretPaths: first.secretPaths, keepUnknowns: true }));
        assert.deepStrictEqual(second.values, toValue(canonical(m)));
        const kept = secretStrings(second.values, second.secretPaths);
        for (const s of secretStrings(first.values, first.secretPaths)) assert.ok(kept.includes(s), `secret ${JSON.stringify(s)} lost its wrapper`);
      }),
      { numRuns: RUNS },
    );
  });

  it('round-trips through a serialized Struct as the gRPC transport carries it', () => {
    fc.assert(
      fc.property(TRANSPORTED.root.map((m) => canonical(m) as Root), (m) => {
        const values = toValue(m) as Record<string, unknown>;
        const secretPaths = secretPathsOf(m, '');
        const d = decodeProperties(overTheWire(encodeWireObject(values, { secretPaths, keepUnknowns: true })));
        assert.deepStrictEqual(d.values, values);
        assert.deepEqual(sorted(d.secretPaths), sorted(secretPaths));
        // The response path: encodeProperties builds the Struct itself.
        const viaResponse = decodeProperties(overTheWire(encodeProperties(values, { secretPaths, keepUnknowns: true }).toJavaScript()));
        assert.deepStrictEqual(viaResponse.values, values);
      }),
      { numRuns: RUNS },
    );
  });

  it('drops unknowns outside previews and never puts a sentinel where a value was', () => {
    fc.assert(
      fc.property(TRANSPORTED.root, (m) => {
        const encoded = JSON.stringify(encodeWireObject(toValue(m) as Record<string, unknown>, { secretPaths: secretPathsOf(m, '') }));
        for (const sentinel of Object.values(SENTINELS)) assert.ok(!encoded.includes(sentinel));
      }),
      { numRuns: RUNS },
    );
  });

  it('decodes any object with signature keys (outputs, references, assets, garbage) without throwing', () => {
    const { model } = IN_MEMORY;
    const signed = fc.record(
      {
        sig: fc.constantFrom<unknown>(SECRET, OUTPUT, RESOURCE, ASSET, 'not-a-signature', null, 7),
        value: fc.oneof(model.map(toWire), fc.jsonValue()),
        secret: fc.oneof(fc.boolean(), fc.jsonValue()),
        id: fc.oneof(fc.constantFrom<unknown>('', SENTINELS.string, 'vco-1'), fc.jsonValue()),
        urn: fc.jsonValue(),
        extra: fc.jsonValue(),
      },
      { requiredKeys: ['sig'] },
    );
    const wire = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { maxDepth: 3, depthIdentifier: 'signed' },
        fc.jsonValue({ maxDepth: 2 }),
        signed.map(({ sig, ...rest }) => ({ [SIG]: sig, ...rest })),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom(...ODD_KEYS), tie('node'), { maxKeys: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(fc.string(), wire, { maxKeys: 4 }), (w) => {
        const d = decodeWireObject(w);
        assert.ok(d.secretPaths.every((p) => typeof p === 'string'));
        assertPlain(d.values);
        decodeProperties(overTheWire(JSON.parse(JSON.stringify(w)) as unknown));
      }),
      { numRuns: RUNS },
    );
  });

  it('encodes anything a resource may hand back (undefined, NaN, bigint, Unknown, functions, odd objects) into a valid Struct', () => {
    const anything = fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withTypedArray: true,
      values: [
        fc.constant(undefined),
        fc.constant(Number.NaN),
        fc.constant(Number.POSITIVE_INFINITY),
        fc.constant(() => 1),
        fc.constantFrom(...KINDS).map((k) => new Unknown(k)),
        fc.string(),
        fc.integer(),
      ],
    });
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ODD_KEYS), anything, { maxKeys: 5 }), fc.array(fc.string(), { maxLength: 3 }), fc.boolean(), (values, secretPaths, keepUnknowns) => {
        const struct = encodeProperties(values, { secretPaths, keepUnknowns });
        Struct.deserializeBinary(struct.serializeBinary());
      }),
      { numRuns: RUNS },
    );
  });

  // Regression: decodeProperties goes through google-protobuf's Struct.toJavaScript, which assigns `ret[key] = …`,
  // so a `__proto__` key in a request (a YAML or Go program's tag map, say) never reaches the resource: check
  // cannot judge it, and a secret under it is neither decoded nor recorded. decodeWireObject keeps it.
  // google-protobuf's JS Map stores fields on a plain object, so a `__proto__` field is lost while the
  // Struct is deserialized, before our codec sees it (no Node program can send one: the Node SDK drops it
  // first). What the codec can promise: the rest decodes, nothing is polluted, and the lost secret is not
  // surfaced anywhere else.
  it('decodes the rest of a serialized Struct whose `__proto__` field the protobuf runtime drops', () => {
    const wire = JSON.parse(`{"tags":{"env":"prod","__proto__":"https://example.com"},"ikeConfig":{"__proto__":{"${SIG}":"${SECRET}","value":"Planted-psk-0001"}}}`) as Record<string, unknown>;
    const d = decodeProperties(overTheWire(wire));
    assert.deepStrictEqual(JSON.parse(JSON.stringify(d.values)), { tags: { env: 'prod' }, ikeConfig: {} });
    assert.equal(({} as Record<string, unknown>).value, undefined, 'no prototype pollution');
    assert.ok(!JSON.stringify(d).includes('Planted-psk-0001'));
  });

  it('decodes the `__proto__`-free transported model with the same values as the in-memory decoder', () => {
    fc.assert(
      fc.property(TRANSPORTED.root, (m) => {
        assert.ok(!hasKey(m, '__proto__'));
        const wire = toWire(m) as Record<string, unknown>;
        const viaStruct = decodeProperties(overTheWire(wire));
        const inMemory = decodeWireObject(wire);
        assert.deepStrictEqual(viaStruct.values, inMemory.values);
        assert.deepEqual(sorted(viaStruct.secretPaths), sorted(inMemory.secretPaths));
      }),
      { numRuns: RUNS },
    );
  });
});
