// Fuzzing what the provider reads and what it is given: random DescribeVpnConnection bodies (any JSON-ish value,
// wrong types, nulls and huge strings in every field of the port's VpnConnectionBody) through fromDescribe,
// outputsFromState and detailedDiff; and check over arbitrary inputs at every property, nested ones included, with
// a planted PSK that no failure reason may repeat.
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { check } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection';
import { detailedDiff } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection/diff';
import { BGP_CONFIG, HEALTH_CHECK_CONFIG, IKE_CONFIG, IPSEC_CONFIG, TUNNEL_BGP_CONFIG, TUNNEL_OPTIONS } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection/descriptor';
import { TOP_LEVEL_INPUTS } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection/fields';
import { outputsFromState } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection/model';
import { fromDescribe } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection/wire';
import { Unknown } from 'pulumi-resource-alicloudvpn/dist/resources/resource';
import type { VpnConnectionBody } from 'pulumi-resource-alicloudvpn/dist/cloud';

const IKE_CONFIG_KEYS = Object.keys(IKE_CONFIG.props);
const IPSEC_CONFIG_KEYS = Object.keys(IPSEC_CONFIG.props);
const HEALTH_CHECK_KEYS = Object.keys(HEALTH_CHECK_CONFIG.props);
const BGP_CONFIG_KEYS = Object.keys(BGP_CONFIG.props);
const TUNNEL_BGP_FIELDS = TUNNEL_BGP_CONFIG.props;
const TUNNEL_OPTIONS_FIELDS = TUNNEL_OPTIONS.props;

/** A body as the service writes it: the same names with the first letter upper-case. */
function pascal(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(pascal);
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.charAt(0).toUpperCase() + k.slice(1), pascal(x)]));
}

const REGION = 'cn-hangzhou';
/** Runs per property; FUZZ_RUNS=5000 for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

// ---- What the service might answer. ----

const HUGE = ['h'.repeat(300_000), '10.0.0.0/8,'.repeat(30_000), '\u202E\u200D'.repeat(50_000), `{"IkeEncAlg":"${'a'.repeat(100_000)}"}`];
const ODD_TEXT = ['', ' ', 'true', 'FALSE', 'yes', '0', '-1', '86400', '1e3', '0x10', ' 7 ', 'NaN', '45104', '65000.1', '4294967296', '[]', '{}',
  '{"IkeEncAlg":"aes"', '{"IkeEncAlg":"aes256","IkeLifetime":"3600"}', 'master', 'slave', ',,,', '10.0.0.0/8,,172.16.0.0/12', '__proto__', '"}'];

/** Anything a JSON body can hold, and then some: NaN, undefined, huge and odd strings, null-prototype objects. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -0, Number.MAX_SAFE_INTEGER + 2),
  fc.constantFrom(...ODD_TEXT),
  fc.constantFrom(...HUGE),
  fc.jsonValue({ maxDepth: 2 }),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withBoxedValues: true }),
);

function loose<T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: good, weight: 1 }, { arbitrary: junk, weight: 2 });
}

/** A nested configuration as the service writes it: an object under PascalCase or camelCase keys, or its JSON text. */
function wireObject(keys: readonly string[]): fc.Arbitrary<unknown> {
  const spelled = keys.flatMap((k) => [k, k.charAt(0).toUpperCase() + k.slice(1)]);
  const obj = fc.dictionary(fc.constantFrom(...spelled, 'LocalIdIPsec', 'EnableBgp', 'enableBgp', '__proto__'), loose(fc.string()), { maxKeys: 6 });
  return fc.oneof(junk, obj, obj.map((o) => JSON.stringify(o)));
}

const tunnelBody = fc.record(
  {
    TunnelId: loose(fc.constant('tun-1')),
    Role: loose(fc.constantFrom('master', 'slave')),
    State: junk,
    Status: junk,
    CustomerGatewayId: loose(fc.constant('cgw-1')),
    EnableDpd: junk,
    EnableNatTraversal: junk,
    RemoteCaCertificate: junk,
    TunnelIkeConfig: wireObject(IKE_CONFIG_KEYS),
    TunnelIpsecConfig: wireObject(IPSEC_CONFIG_KEYS),
    TunnelBgpConfig: wireObject(Object.keys(TUNNEL_BGP_FIELDS)),
  },
  { requiredKeys: [] },
);

// Every field of a DescribeVpnConnection body the provider reads.
const BODY_FIELDS: Record<string, fc.Arbitrary<unknown>> = {
  VpnConnectionId: loose(fc.constant('vco-fuzz0001')),
  VpnGatewayId: loose(fc.constant('vpn-fuzz0001')),
  CustomerGatewayId: loose(fc.constant('cgw-fuzz0001')),
  LocalSubnet: loose(fc.constantFrom('10.0.0.0/16', '10.0.0.0/16,10.1.0.0/16')),
  RemoteSubnet: loose(fc.constant('172.16.1.0/24')),
  Name: loose(fc.string()),
  CreateTime: loose(fc.integer({ min: 0 })),
  Status: junk,
  State: junk,
  EffectImmediately: junk,
  EnableDpd: junk,
  EnableNatTraversal: junk,
  EnableTunnelsBgp: junk,
  RemoteCaCertificate: junk,
  IkeConfig: wireObject(IKE_CONFIG_KEYS),
  IpsecConfig: wireObject(IPSEC_CONFIG_KEYS),
  VcoHealthCheck: wireObject(HEALTH_CHECK_KEYS),
  VpnBgpConfig: wireObject(BGP_CONFIG_KEYS),
  TunnelOptionsSpecification: fc.oneof(junk, fc.record({ TunnelOptions: fc.oneof(junk, fc.array(fc.oneof(junk, tunnelBody), { maxLength: 3 })) }, { requiredKeys: [] })),
  Tags: fc.oneof(
    junk,
    fc.record(
      { Tag: fc.oneof(junk, fc.array(fc.oneof(junk, fc.record({ Key: loose(fc.string()), Value: loose(fc.string()) }, { requiredKeys: [] })), { maxLength: 4 })) },
      { requiredKeys: [] },
    ),
  ),
};

// Well-formed answers (written camelCase here, PascalCase on the wire) that each per-field property breaks in one place.
const SINGLE_BODY_CAMEL = {
  vpnConnectionId: 'vco-fuzz0001',
  vpnGatewayId: 'vpn-fuzz0001',
  customerGatewayId: 'cgw-fuzz0001',
  localSubnet: '10.0.0.0/16',
  remoteSubnet: '172.16.1.0/24,172.16.2.0/24',
  name: 'fuzz',
  createTime: 1613806468000,
  status: 'ipsec_sa_established',
  state: 'active',
  effectImmediately: false,
  enableDpd: true,
  enableNatTraversal: true,
  ikeConfig: { psk: 'service-psk-1', ikeVersion: 'ikev2', ikeMode: 'main', ikeEncAlg: 'aes', ikeAuthAlg: 'sha1', ikePfs: 'group2', ikeLifetime: 86400, localId: '1.2.3.4', remoteId: '5.6.7.8' },
  ipsecConfig: { ipsecEncAlg: 'aes', ipsecAuthAlg: 'sha1', ipsecPfs: 'group2', ipsecLifetime: 86400 },
  vcoHealthCheck: { enable: 'true', dip: '172.16.1.1', sip: '10.0.0.1', interval: '3', retry: '3' },
  vpnBgpConfig: { enableBgp: 'false', localAsn: '45104' },
  tags: { tag: [{ key: 'env', value: 'prod' }] },
};
const SINGLE_BODY = pascal(SINGLE_BODY_CAMEL) as VpnConnectionBody;
const DUAL_BODY = pascal({
  ...SINGLE_BODY_CAMEL,
  customerGatewayId: undefined,
  enableTunnelsBgp: 'true',
  tunnelOptionsSpecification: {
    tunnelOptions: [
      { tunnelId: 'tun-2', role: 'slave', customerGatewayId: 'cgw-fuzz0002', enableDpd: 'true', tunnelIkeConfig: { psk: 'service-psk-2', ikeLifetime: '86400' }, tunnelBgpConfig: { tunnelCidr: '169.254.12.0/30', localBgpIp: '169.254.12.1', localAsn: '65001' } },
      { tunnelId: 'tun-1', role: 'master', customerGatewayId: 'cgw-fuzz0001', enableDpd: true, tunnelIpsecConfig: { ipsecPfs: 'disabled' }, tunnelBgpConfig: { tunnelCidr: '169.254.11.0/30', localBgpIp: '169.254.11.1' } },
    ],
  },
}) as VpnConnectionBody;

// The inputs of programs that could have made those connections, as check normalises them.
const PROGRAM_INPUTS = [
  { vpnGatewayId: 'vpn-fuzz0001', customerGatewayId: 'cgw-fuzz0001', localSubnets: ['10.0.0.0/16'], remoteSubnets: ['172.16.1.0/24'], ikeConfig: { ikeVersion: 'ikev2' }, tags: { env: 'prod' } },
  {
    vpnGatewayId: 'vpn-fuzz0001',
    localSubnets: ['10.0.0.0/16'],
    remoteSubnets: ['172.16.1.0/24'],
    enableTunnelsBgp: true,
    tunnelOptions: [
      { role: 'master', customerGatewayId: 'cgw-fuzz0001', tunnelBgpConfig: { tunnelCidr: '169.254.11.0/30', localBgpIp: '169.254.11.1' } },
      { role: 'slave', customerGatewayId: 'cgw-fuzz0002', tunnelBgpConfig: { tunnelCidr: '169.254.12.0/30', localBgpIp: '169.254.12.1' } },
    ],
  },
].map((inputs) => {
  const checked = check({}, inputs, { defaultRegion: REGION });
  assert.deepEqual(checked.failures, []);
  return checked.inputs;
});

/** What read, refresh and update do with a body; returns the outputs. */
function readBody(body: unknown, fallback: Record<string, unknown>): Record<string, unknown> {
  const outputs = outputsFromState(fromDescribe(body as VpnConnectionBody, REGION), fallback);
  assert.equal(typeof outputs, 'object');
  for (const inputs of PROGRAM_INPUTS) detailedDiff(inputs, outputs);
  assert.deepEqual(detailedDiff(outputs, outputs), {}, 'the outputs of any answer diff clean against themselves');
  return outputs;
}

// ---- What a program might give check. ----

const PLANT = 'Pl4ntedPsk';
/** Planted PSKs, valid and invalid (spaces, too long, non-ASCII, newline, quotes): none may appear in a reason. */
const plantedPsk = fc.constantFrom(PLANT, `${PLANT} with space`, `${PLANT}${'x'.repeat(100)}`, `${PLANT}-grüße`, `${PLANT}\n`, `${PLANT}"}`, ` ${PLANT}`);
const unknownValue = fc.constantFrom<Unknown['kind']>('string', 'bool', 'number', 'array', 'object').map((k) => new Unknown(k));
/** Objects whose own keys shadow what String() and friends look up, as decoded from the wire they are plain data. */
const oddObject = fc.dictionary(fc.constantFrom('toString', 'valueOf', 'constructor', '__proto__', 'hasOwnProperty', 'length', '0'), fc.jsonValue({ maxDepth: 1 }), {
  minKeys: 1,
  maxKeys: 3,
});
const anyValue: fc.Arbitrary<unknown> = fc.oneof(fc.anything({ maxDepth: 2, withNullPrototype: true }), unknownValue, junk, oddObject);

function nestedInput(keys: readonly string[], psk: fc.Arbitrary<unknown> | undefined): fc.Arbitrary<unknown> {
  const fields: Record<string, fc.Arbitrary<unknown>> = Object.fromEntries(keys.map((k) => [k, anyValue]));
  if (psk) fields.psk = fc.oneof({ arbitrary: psk, weight: 3 }, { arbitrary: anyValue, weight: 1 });
  const withExtra = fc.tuple(fc.record(fields, { requiredKeys: [] }), fc.dictionary(fc.string({ maxLength: 6 }), anyValue, { maxKeys: 2 }));
  return fc.oneof({ arbitrary: withExtra.map(([known, extra]) => ({ ...extra, ...known })), weight: 4 }, { arbitrary: anyValue, weight: 1 });
}

const tunnelInput = fc.record(
  {
    ...Object.fromEntries(Object.keys(TUNNEL_OPTIONS_FIELDS).map((k) => [k, anyValue])),
    role: fc.oneof(fc.constantFrom('master', 'slave', 'backup'), anyValue),
    customerGatewayId: fc.oneof(fc.constant('cgw-bp1fuzz'), anyValue),
    tunnelIkeConfig: nestedInput(IKE_CONFIG_KEYS, plantedPsk),
    tunnelIpsecConfig: nestedInput(IPSEC_CONFIG_KEYS, undefined),
    tunnelBgpConfig: nestedInput(Object.keys(TUNNEL_BGP_FIELDS), undefined),
  },
  { requiredKeys: [] },
);

const INPUT_ARBS: Record<string, fc.Arbitrary<unknown>> = {
  ...Object.fromEntries(TOP_LEVEL_INPUTS.map((k) => [k, anyValue])),
  vpnGatewayId: fc.oneof(fc.constant('vpn-bp1fuzz'), anyValue),
  localSubnets: fc.oneof(fc.array(fc.oneof(fc.constantFrom('10.0.0.0/16', '10.0.0.1/16'), anyValue), { maxLength: 12 }), anyValue),
  remoteSubnets: fc.oneof(fc.array(fc.oneof(fc.constant('172.16.1.0/24'), anyValue), { maxLength: 3 }), anyValue),
  ikeConfig: nestedInput(IKE_CONFIG_KEYS, plantedPsk),
  ipsecConfig: nestedInput(IPSEC_CONFIG_KEYS, undefined),
  healthCheckConfig: nestedInput(HEALTH_CHECK_KEYS, undefined),
  bgpConfig: nestedInput(BGP_CONFIG_KEYS, undefined),
  tunnelOptions: fc.oneof({ arbitrary: fc.array(fc.oneof(tunnelInput, anyValue), { maxLength: 3 }), weight: 3 }, { arbitrary: anyValue, weight: 1 }),
  tags: fc.oneof(fc.dictionary(fc.string(), anyValue, { maxKeys: 22 }), anyValue),
};
const inputs = fc.tuple(fc.record(INPUT_ARBS, { requiredKeys: [] }), fc.dictionary(fc.string({ maxLength: 8 }), anyValue, { maxKeys: 2 }));

describe('describeFuzz: Describe bodies, outputs, diffs and check on random values', function () {
  // Hundreds of runs per property: on a loaded 2-core machine that can pass the unit tier's 10 s default.
  this.timeout(120_000);
  describe('a DescribeVpnConnection body read through fromDescribe, outputsFromState and detailedDiff', () => {
    const bases = { single: SINGLE_BODY, dual: DUAL_BODY };
    for (const field of Object.keys(BODY_FIELDS)) {
      it(`never throws whatever ${field} holds`, () => {
        fc.assert(
          fc.property(fc.constantFrom<keyof typeof bases>('single', 'dual'), BODY_FIELDS[field], fc.nat(PROGRAM_INPUTS.length - 1), (base, value, program) => {
            readBody({ ...bases[base], [field]: value }, PROGRAM_INPUTS[program]);
          }),
          { numRuns: RUNS },
        );
      });
    }

    it('never throws whatever every field holds at once', () => {
      fc.assert(
        fc.property(fc.record(BODY_FIELDS, { requiredKeys: [] }), fc.oneof(fc.constantFrom(...PROGRAM_INPUTS), fc.dictionary(fc.string(), anyValue)), (body, fallback) => {
          readBody(body, fallback);
        }),
        { numRuns: RUNS },
      );
    });

    // Regressions for what the properties above found: the port hands on the body as the service wrote it.
    const CRASHERS: [string, Record<string, unknown>][] = [
      ['tags is null', { Tags: null }],
      ['the tag list holds null', { Tags: { Tag: [null] } }],
      ['the tag list is a number', { Tags: { Tag: 3 } }],
      ['tunnelOptions holds null', { TunnelOptionsSpecification: { TunnelOptions: [null] } }],
      ['tunnelOptions is an object', { TunnelOptionsSpecification: { TunnelOptions: { Role: 'master' } } }],
    ];
    for (const [title, change] of CRASHERS) {
      it(`reads a body whose ${title}`, () => {
        readBody({ ...SINGLE_BODY, ...change }, PROGRAM_INPUTS[0]);
      });
    }
  });

  describe('detailedDiff', () => {
    // Both sides come from the Struct codec (or, in the dynamic provider, the Node SDK), which only builds plain
    // objects, so no null-prototype object appears here.
    it('never throws on arbitrary new inputs and old outputs', () => {
      const plainValue = fc.oneof(fc.anything({ maxDepth: 2, withBoxedValues: true }), unknownValue, fc.constantFrom(...ODD_TEXT, ...HUGE), fc.jsonValue(), oddObject);
      const plainInputs = Object.fromEntries(TOP_LEVEL_INPUTS.map((k) => [k, fc.oneof(plainValue, fc.array(plainValue, { maxLength: 3 }))]));
      const map = fc.record(plainInputs, { requiredKeys: [] });
      fc.assert(
        fc.property(map, map, (news, olds) => {
          const d = detailedDiff(news, olds);
          for (const [path, diff] of Object.entries(d)) assert.ok(path !== '' && typeof diff.kind === 'string');
        }),
        { numRuns: RUNS },
      );
    });

    // Regression for what the property above found: subnet lists are compared through String(item), which throws
    // on an object whose own toString is not a function. check never lets such an item through, so only a state
    // edited by hand (or another caller of diff) holds one.
    it('compares subnet lists holding an object with a toString key', () => {
      const odd = JSON.parse('{"toString":null}') as unknown;
      assert.ok(Object.keys(detailedDiff({ ...PROGRAM_INPUTS[0] }, { ...PROGRAM_INPUTS[0], remoteSubnets: ['172.16.1.0/24', odd] })).some((p) => p.startsWith('remoteSubnets')));
      assert.ok(Object.keys(detailedDiff({ ...PROGRAM_INPUTS[0], localSubnets: [odd] }, PROGRAM_INPUTS[0])).some((p) => p.startsWith('localSubnets')));
    });
  });

  describe('check', () => {
    it('never throws on arbitrary values at every property, and never repeats a planted PSK', () => {
      let pskFailures = 0;
      fc.assert(
        fc.property(inputs, fc.boolean(), ([known, extra], withRegion) => {
          const news = { ...extra, ...known };
          const result = check({}, news, withRegion ? { defaultRegion: REGION } : {});
          assert.equal(typeof result.inputs, 'object');
          for (const f of result.failures) {
            assert.ok(typeof f.property === 'string' && typeof f.reason === 'string' && f.reason !== '');
            assert.ok(!f.reason.includes(PLANT) && !f.property.includes(PLANT), `a failure repeats the PSK: ${f.property}: ${f.reason}`);
            if (f.property.endsWith('.psk')) pskFailures += 1;
          }
        }),
        { numRuns: RUNS * 4 },
      );
      assert.ok(pskFailures > 0, 'no run rejected a planted PSK: the property proved nothing');
    });

    // Regression for what the property above met: an unknown key goes into the failure path as it is, so the
    // key "" gives an empty path (the engine then names no property) and "a.b" the path of a nested b. Tag keys
    // are already quoted this way (tags["a.b"]).
    it('quotes an unknown key that is not a plain name in its failure path', () => {
      const base = { vpnGatewayId: 'vpn-bp1fuzz', customerGatewayId: 'cgw-bp1fuzz', localSubnets: ['10.0.0.0/16'], remoteSubnets: ['172.16.1.0/24'] };
      const failures = check({}, { ...base, '': 1, 'a.b': 2, ikeConfig: { 'x y': 3 } }, { defaultRegion: REGION }).failures.map((f) => f.property);
      assert.deepEqual(failures.sort(), ['["a.b"]', '[""]', 'ikeConfig["x y"]'].sort());
    });

    it('answers whatever object the engine hands over with inputs and well-formed failures', () => {
      fc.assert(
        fc.property(fc.anything({ maxDepth: 4, withNullPrototype: true, withBoxedValues: true }), (news) => {
          const result = check({}, news as Record<string, unknown>, { defaultRegion: REGION });
          assert.equal(typeof result.inputs, 'object');
          for (const f of result.failures) assert.ok(typeof f.property === 'string' && typeof f.reason === 'string' && f.reason !== '');
        }),
        { numRuns: RUNS },
      );
    });
  });
});
