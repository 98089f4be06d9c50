import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { Struct } from 'google-protobuf/google/protobuf/struct_pb';
import { Unknown } from 'pulumi-resource-alicloudvpn/dist/resources/resource';
import {
  decodeProperties,
  decodeWireObject,
  encodeProperties,
  encodeWireObject,
  secretStrings,
} from 'pulumi-resource-alicloudvpn/dist/server/codec';

// The engine's wire constants, written out here rather than imported so the codec is checked
// against the protocol, not against itself.
const SIG = '4dabf18193072939515e22adb298388d';
const SECRET = '1b47061264138c4ac30d75fd1eb44270';
const RESOURCE = '5cf8f73096256a8f31e491e813e4eb8e';
const OUTPUT = 'd0e6a833031e9bbcd3f4e8bde6ca49a4';
const UNKNOWN_STRING = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';
const UNKNOWN_BOOL = '1c4a061d-8072-4f0a-a4cb-0ff528b18fe7';
const UNKNOWN_NUMBER = '3eeb2bf0-c639-47a8-9e75-3b44932eb421';
const UNKNOWN_ARRAY = '6a19a0b0-7e62-4c92-b797-7f8e31da9cc2';
const UNKNOWN_OBJECT = 'dd056dcd-154b-4c76-9bd3-c8f88648b5ff';
const UNKNOWN_ASSET = '030794c1-ac77-496b-92df-f27374a8bd58';

const secret = (value: unknown) => ({ [SIG]: SECRET, value });

describe('server codec', () => {
  describe('decoding', () => {
    it('unwraps a nested secret and remembers its exact path', () => {
      const d = decodeWireObject({ ikeConfig: { psk: secret('s3cret-psk'), ikeVersion: 'ikev2' }, name: 'a' });
      assert.deepEqual(d.values, { ikeConfig: { psk: 's3cret-psk', ikeVersion: 'ikev2' }, name: 'a' });
      assert.deepEqual(d.secretPaths, ['ikeConfig.psk']);
    });

    it('records secrets inside arrays with index paths', () => {
      const d = decodeWireObject({ localSubnets: ['10.0.0.0/24', secret('10.1.0.0/24')] });
      assert.deepEqual(d.values, { localSubnets: ['10.0.0.0/24', '10.1.0.0/24'] });
      assert.deepEqual(d.secretPaths, ['localSubnets[1]']);
    });

    it('records a whole secret object and the secrets nested in it', () => {
      const d = decodeWireObject({ ikeConfig: secret({ psk: secret('abcd1234'), ikeMode: 'main' }) });
      assert.deepEqual(d.values, { ikeConfig: { psk: 'abcd1234', ikeMode: 'main' } });
      assert.deepEqual(d.secretPaths.sort(), ['ikeConfig', 'ikeConfig.psk']);
    });

    it('quotes keys that are not identifiers in secret paths', () => {
      const d = decodeWireObject({ tags: { 'team.name': secret('x') } });
      assert.deepEqual(d.secretPaths, ['tags["team.name"]']);
    });

    it('turns every typed unknown sentinel into an Unknown of that kind', () => {
      const d = decodeWireObject({
        s: UNKNOWN_STRING,
        b: UNKNOWN_BOOL,
        n: UNKNOWN_NUMBER,
        a: UNKNOWN_ARRAY,
        o: UNKNOWN_OBJECT,
        nested: { list: [UNKNOWN_STRING, 'known'] },
      });
      const v = d.values as Record<string, unknown>;
      assert.ok(v.s instanceof Unknown && v.s.kind === 'string');
      assert.ok(v.b instanceof Unknown && v.b.kind === 'bool');
      assert.ok(v.n instanceof Unknown && v.n.kind === 'number');
      assert.ok(v.a instanceof Unknown && v.a.kind === 'array');
      assert.ok(v.o instanceof Unknown && v.o.kind === 'object');
      const list = (v.nested as { list: unknown[] }).list;
      assert.ok(list[0] instanceof Unknown);
      assert.equal(list[1], 'known');
    });

    it('decodes an unknown asset sentinel as an unknown rather than a string', () => {
      const v = decodeWireObject({ x: UNKNOWN_ASSET }).values as Record<string, unknown>;
      assert.ok(v.x instanceof Unknown);
    });

    it('keeps a secret unknown as an Unknown at a secret path', () => {
      const d = decodeWireObject({ ikeConfig: { psk: secret(UNKNOWN_STRING) } });
      assert.ok((d.values.ikeConfig as { psk: unknown }).psk instanceof Unknown);
      assert.deepEqual(d.secretPaths, ['ikeConfig.psk']);
    });

    it('reads output values: known value, secret flag, unknown when the value is absent', () => {
      const d = decodeWireObject({
        known: { [SIG]: OUTPUT, value: 'vpn-123', dependencies: ['urn:a'] },
        hidden: { [SIG]: OUTPUT, value: 'pw12345', secret: true },
        pending: { [SIG]: OUTPUT, dependencies: ['urn:b'] },
      });
      const v = d.values as Record<string, unknown>;
      assert.equal(v.known, 'vpn-123');
      assert.equal(v.hidden, 'pw12345');
      assert.ok(v.pending instanceof Unknown);
      assert.deepEqual(d.secretPaths, ['hidden']);
    });

    it('reads a resource reference as its id, or unknown while the id is not known', () => {
      const v = decodeWireObject({
        gw: { [SIG]: RESOURCE, urn: 'urn:pulumi:s::p::t::gw', id: 'vpn-abc' },
        pendingGw: { [SIG]: RESOURCE, urn: 'urn:pulumi:s::p::t::gw2', id: '' },
        unknownGw: { [SIG]: RESOURCE, urn: 'urn:pulumi:s::p::t::gw3', id: UNKNOWN_STRING },
        component: { [SIG]: RESOURCE, urn: 'urn:pulumi:s::p::c::comp' },
      }).values as Record<string, unknown>;
      assert.equal(v.gw, 'vpn-abc');
      assert.ok(v.pendingGw instanceof Unknown);
      assert.ok(v.unknownGw instanceof Unknown);
      assert.equal(v.component, 'urn:pulumi:s::p::c::comp');
    });

    it('treats a missing Struct as an empty property map', () => {
      assert.deepEqual(decodeProperties(undefined), { values: {}, secretPaths: [] });
    });

    it('decodes a real protobuf Struct, nulls and numbers included', () => {
      const struct = Struct.fromJavaScript({ a: null, n: 3.5, list: [true, 'x'], s: secret('pw-pw-pw') });
      const d = decodeProperties(struct);
      assert.deepEqual(d.values, { a: null, n: 3.5, list: [true, 'x'], s: 'pw-pw-pw' });
      assert.deepEqual(d.secretPaths, ['s']);
    });
  });

  describe('encoding', () => {
    it('wraps exactly the given secret paths', () => {
      const wire = encodeWireObject(
        { ikeConfig: { psk: 'generated-psk', ikeMode: 'main' }, name: 'conn' },
        { secretPaths: ['ikeConfig.psk'] },
      );
      assert.deepEqual(wire, { ikeConfig: { psk: secret('generated-psk'), ikeMode: 'main' }, name: 'conn' });
    });

    it('does not wrap a value again inside a secret parent', () => {
      const wire = encodeWireObject({ ikeConfig: { psk: 'abc12345' } }, { secretPaths: ['ikeConfig', 'ikeConfig.psk'] });
      assert.deepEqual(wire, { ikeConfig: secret({ psk: 'abc12345' }) });
    });

    it('wraps array elements by index', () => {
      const wire = encodeWireObject({ l: ['a', 'b'] }, { secretPaths: ['l[1]'] });
      assert.deepEqual(wire, { l: ['a', secret('b')] });
    });

    it('ignores secret paths that do not exist in the value and does not wrap null', () => {
      const wire = encodeWireObject({ a: null, b: 'x' }, { secretPaths: ['a', 'missing.path'] });
      assert.deepEqual(wire, { a: null, b: 'x' });
    });

    it('writes every Unknown as the plain sentinel the language SDKs understand when unknowns are kept', () => {
      const wire = encodeWireObject(
        {
          id: new Unknown('string'),
          n: new Unknown('number'),
          b: new Unknown('bool'),
          a: new Unknown('array'),
          o: new Unknown('object'),
          psk: new Unknown('string'),
        },
        { keepUnknowns: true, secretPaths: ['psk'] },
      );
      // Only the plain sentinel: the Node SDK would hand a typed one to the program as a string.
      assert.deepEqual(wire, {
        id: UNKNOWN_STRING,
        n: UNKNOWN_STRING,
        b: UNKNOWN_STRING,
        a: UNKNOWN_STRING,
        o: UNKNOWN_STRING,
        psk: secret(UNKNOWN_STRING),
      });
    });

    it('drops Unknowns outside previews, where the engine rejects them', () => {
      const wire = encodeWireObject({ id: new Unknown(), list: [new Unknown(), 'x'] });
      assert.deepEqual(wire, { list: [null, 'x'] });
    });

    it('drops undefined fields and turns undefined array elements into null instead of throwing', () => {
      const values = { a: undefined, b: { c: undefined, d: 1 }, l: [undefined, 2], f: () => 1 };
      assert.deepEqual(encodeWireObject(values), { b: { d: 1 }, l: [null, 2] });
      const struct = encodeProperties(values);
      assert.deepEqual(struct.toJavaScript(), { b: { d: 1 }, l: [null, 2] });
    });

    it('writes non-finite numbers as null, bigints as numbers and dates as ISO strings', () => {
      const wire = encodeWireObject({ nan: NaN, inf: Infinity, big: BigInt(7), when: new Date(0) });
      assert.deepEqual(wire, { nan: null, inf: null, big: 7, when: '1970-01-01T00:00:00.000Z' });
    });

    it('keeps a property named __proto__ as data rather than a prototype', () => {
      const d = decodeWireObject(JSON.parse('{"a":{"__proto__":{"polluted":true}}}') as Record<string, unknown>);
      const a = d.values.a as Record<string, unknown>;
      assert.equal(Object.getPrototypeOf(a), Object.prototype);
      assert.deepEqual(Object.keys(a), ['__proto__']);
      assert.equal((a as { polluted?: unknown }).polluted, undefined);
    });

    // Regression: fast-check's string generator favours these names, and the sentinel lookup once
    // found them on Object.prototype, so a property named "__proto__" decoded as an unknown.
    it('keeps strings named like Object.prototype members as strings, not unknowns', () => {
      const names = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];
      const wire = Object.fromEntries(names.map((n, i) => [`p${i}`, n]));
      assert.deepEqual(decodeWireObject({ ...wire, list: names }).values, { ...wire, list: names });
      const struct = encodeProperties({ name: '__proto__' });
      assert.deepEqual(decodeProperties(Struct.deserializeBinary(struct.serializeBinary())).values, { name: '__proto__' });
    });

    it('decodes a resource reference whose id is named like an Object.prototype member as that id', () => {
      const d = decodeWireObject({ gw: { [SIG]: RESOURCE, urn: 'urn:x', id: 'constructor' } });
      assert.deepEqual(d.values, { gw: 'constructor' });
    });

    it('encodes an empty or missing map as an empty Struct', () => {
      assert.deepEqual(encodeProperties(undefined).toJavaScript(), {});
      assert.deepEqual(encodeProperties({}).toJavaScript(), {});
    });
  });

  describe('round trip', () => {
    const key = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,8}$/);
    const leaf = fc.oneof(fc.string(), fc.boolean(), fc.integer(), fc.constant(null));
    const value = fc.letrec<{ v: unknown }>((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('v'), { maxLength: 3 }),
        fc.dictionary(key, tie('v'), { maxKeys: 3, noNullPrototype: true }),
      ),
    })).v;

    it('decode(encode(x)) keeps the values and reports exactly the secret paths given', () => {
      fc.assert(
        fc.property(fc.dictionary(key, value, { maxKeys: 5, noNullPrototype: true }), fc.array(key, { maxLength: 3 }), (values, secretKeys) => {
          // Own keys only: `values.valueOf` is inherited, not a property the codec could wrap.
          const present = [...new Set(secretKeys)].filter((k) => Object.hasOwn(values, k) && values[k] !== null);
          const struct = encodeProperties(values, { secretPaths: present });
          const decoded = decodeProperties(Struct.deserializeBinary(struct.serializeBinary()));
          assert.deepEqual(decoded.values, values);
          assert.deepEqual(decoded.secretPaths.sort(), present.sort());
        }),
      );
    });

    it('re-encoding decoded values with their secret paths reproduces the wire form', () => {
      const wire = {
        ikeConfig: { psk: secret('pre-shared'), ikeLifetime: 86400 },
        localSubnets: ['10.0.0.0/24', secret('10.0.1.0/24')],
        status: UNKNOWN_STRING,
      };
      const d = decodeWireObject(wire);
      assert.deepEqual(encodeWireObject(d.values, { secretPaths: d.secretPaths, keepUnknowns: true }), wire);
    });
  });

  describe('secretStrings', () => {
    it('collects the strings at and under secret paths only', () => {
      const found = secretStrings(
        { ikeConfig: { psk: 'p1p1p1', localId: 'id' }, creds: { a: 'x1', b: ['y1'] }, name: 'n' },
        ['ikeConfig.psk', 'creds'],
      );
      assert.deepEqual(found.sort(), ['p1p1p1', 'x1', 'y1']);
    });
  });
});
