import { strict as assert } from 'assert';
import fc from 'fast-check';
import { check } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection';
import { detailedDiff } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection/diff';
import { outputsFromState } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection/model';
import { fromDescribe, toCreateRequest, toModifyRequest } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection/wire';
import type { VpnConnectionBody } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { sent } from './sentRequest';
import { serviceBody } from './serviceBody';

const CERT = '-----BEGIN CERTIFICATE-----\nMIIB7zCCAZWgAwIBAgIUTEST\n-----END CERTIFICATE-----';

// ---- an emulator-shaped DescribeVpnConnection body, built the way the documented API answers ----

function lowerFirst(k: string): string {
  return k.charAt(0).toLowerCase() + k.slice(1);
}

function parse(json: string | undefined): Record<string, unknown> {
  return json === undefined ? {} : (JSON.parse(json) as Record<string, unknown>);
}

/** Reads a key of a request JSON in either case, as the service does. */
function pick(o: Record<string, unknown>, key: string): unknown {
  return o[key] ?? o[lowerFirst(key)] ?? o[key.toLowerCase()];
}

function describeBody(req: Record<string, any>, id = 'vco-test0001'): VpnConnectionBody { // eslint-disable-line @typescript-eslint/no-explicit-any
  const sm = req.remoteCaCertificate !== undefined;
  const ike = parse(req.ikeConfig);
  const ipsec = parse(req.ipsecConfig);
  const hc = parse(req.healthCheckConfig);
  const bgp = parse(req.bgpConfig);
  const body: Record<string, unknown> = {
    RequestId: 'CCBFF5D5-6388-4744-88D0-70CE4CC95F06',
    VpnConnectionId: id,
    VpnGatewayId: req.vpnGatewayId,
    CustomerGatewayId: req.customerGatewayId,
    // The service may report subnets in another order.
    LocalSubnet: req.localSubnet.split(',').reverse().join(','),
    RemoteSubnet: req.remoteSubnet,
    Name: req.name ?? id,
    CreateTime: 1613806468000,
    Status: 'ike_sa_not_established',
    State: 'active',
    EffectImmediately: req.effectImmediately ?? false,
    EnableDpd: req.enableDpd ?? true,
    EnableNatTraversal: req.enableNatTraversal ?? true,
    IkeConfig: {
      Psk: sm ? '' : (pick(ike, 'Psk') ?? 'gEnErAtEd16chars'),
      IkeVersion: pick(ike, 'IkeVersion') ?? 'ikev1',
      IkeMode: pick(ike, 'IkeMode') ?? 'main',
      IkeEncAlg: pick(ike, 'IkeEncAlg') ?? (sm ? 'sm4' : 'aes'),
      IkeAuthAlg: pick(ike, 'IkeAuthAlg') ?? (sm ? 'sm3' : 'md5'),
      IkePfs: pick(ike, 'IkePfs') ?? 'group2',
      IkeLifetime: Number(pick(ike, 'IkeLifetime') ?? 86400),
      LocalId: pick(ike, 'LocalId') ?? '47.1.1.1',
      RemoteId: pick(ike, 'RemoteId') ?? '116.1.1.1',
    },
    IpsecConfig: {
      IpsecEncAlg: pick(ipsec, 'IpsecEncAlg') ?? (sm ? 'sm4' : 'aes'),
      IpsecAuthAlg: pick(ipsec, 'IpsecAuthAlg') ?? (sm ? 'sm3' : 'md5'),
      IpsecPfs: pick(ipsec, 'IpsecPfs') ?? 'group2',
      IpsecLifetime: Number(pick(ipsec, 'IpsecLifetime') ?? 86400),
    },
    VcoHealthCheck: {
      Enable: String(pick(hc, 'Enable') ?? 'false'),
      Dip: pick(hc, 'Dip') ?? '',
      Sip: pick(hc, 'Sip') ?? '',
      Interval: Number(pick(hc, 'Interval') ?? 3),
      Retry: Number(pick(hc, 'Retry') ?? 3),
      Policy: 'revoke_route',
      Status: 'unknown',
    },
    VpnBgpConfig: {
      EnableBgp: String(pick(bgp, 'EnableBgp') ?? 'false'),
      LocalAsn: Number(pick(bgp, 'LocalAsn') ?? 45104),
      TunnelCidr: pick(bgp, 'TunnelCidr') ?? '',
      LocalBgpIp: pick(bgp, 'LocalBgpIp') ?? '',
      PeerAsn: 65000,
      PeerBgpIp: '',
      Status: 'false',
      AuthKey: '',
    },
  };
  if (sm) body.RemoteCaCertificate = req.remoteCaCertificate;
  return serviceBody(body);
}

// ---- generators of valid typed inputs ----

const octet = fc.integer({ min: 0, max: 255 });
const cidr = fc.tuple(fc.integer({ min: 1, max: 223 }), octet, octet, fc.integer({ min: 8, max: 32 })).map(([a, b, c, len]) => {
  const n = ((a << 24) | (b << 16) | (c << 8)) >>> 0;
  const mask = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
  const net = (n & mask) >>> 0;
  return `${net >>> 24}.${(net >>> 16) & 255}.${(net >>> 8) & 255}.${net & 255}/${len}`;
});
const subnets = fc.uniqueArray(cidr, { minLength: 1, maxLength: 10 });
const ipv4 = fc.tuple(fc.integer({ min: 1, max: 223 }), octet, octet, fc.integer({ min: 1, max: 254 })).map((p) => p.join('.'));
const pskChars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789~!`@#$%^&*()_-+={}[]|;:",.<>/?'.split('');
const psk = fc.array(fc.constantFrom(...pskChars), { minLength: 1, maxLength: 100 }).map((a) => a.join(''));
const identity = fc.stringMatching(/^[A-Za-z0-9.=,@-]{1,100}$/);
const lifetime = fc.integer({ min: 0, max: 86400 });
const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9._-]{1,40}$/);
const tunnel = fc.integer({ min: 7, max: 255 }).chain((third) =>
  fc.integer({ min: 0, max: 63 }).chain((block) =>
    fc.constantFrom(1, 2).map((host) => ({ tunnelCidr: `169.254.${third}.${block * 4}/30`, localBgpIp: `169.254.${third}.${block * 4 + host}` })),
  ),
);

const common = {
  vpnGatewayId: fc.stringMatching(/^vpn-[a-z0-9]{8,20}$/),
  customerGatewayId: fc.stringMatching(/^cgw-[a-z0-9]{8,20}$/),
  localSubnets: subnets,
  remoteSubnets: subnets,
  name: fc.option(name, { nil: undefined }),
  effectImmediately: fc.option(fc.boolean(), { nil: undefined }),
  autoConfigRoute: fc.option(fc.boolean(), { nil: undefined }),
  enableDpd: fc.option(fc.boolean(), { nil: undefined }),
  enableNatTraversal: fc.option(fc.boolean(), { nil: undefined }),
  healthCheckConfig: fc.option(
    fc.record({ enable: fc.constant(true), dip: ipv4, sip: ipv4, interval: fc.integer({ min: 1, max: 60 }), retry: fc.integer({ min: 1, max: 10 }) }, { requiredKeys: ['enable', 'dip', 'sip'] }),
    { nil: undefined },
  ),
  bgpConfig: fc.option(
    fc.tuple(fc.integer({ min: 1, max: 4294967295 }), tunnel).map(([localAsn, t]) => ({ enableBgp: true, localAsn, ...t })),
    { nil: undefined },
  ),
};

const normalInputs = fc.record(
  {
    ...common,
    ikeConfig: fc.option(
      fc.record(
        {
          psk,
          ikeVersion: fc.constantFrom('ikev1', 'ikev2'),
          ikeMode: fc.constantFrom('main', 'aggressive'),
          ikeEncAlg: fc.constantFrom('aes', 'aes192', 'aes256', 'des', '3des'),
          ikeAuthAlg: fc.constantFrom('md5', 'sha1', 'sha256', 'sha384', 'sha512'),
          ikePfs: fc.constantFrom('group1', 'group2', 'group5', 'group14'),
          ikeLifetime: lifetime,
          localId: identity,
          remoteId: identity,
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
    ipsecConfig: fc.option(
      fc.record(
        {
          ipsecEncAlg: fc.constantFrom('aes', 'aes192', 'aes256', 'des', '3des'),
          ipsecAuthAlg: fc.constantFrom('md5', 'sha1', 'sha256', 'sha384', 'sha512'),
          ipsecPfs: fc.constantFrom('group1', 'group2', 'group5', 'group14', 'disabled'),
          ipsecLifetime: lifetime,
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
  },
  { requiredKeys: ['vpnGatewayId', 'customerGatewayId', 'localSubnets', 'remoteSubnets'] },
);

const smInputs = fc.record(
  {
    ...common,
    remoteCaCertificate: fc.constant(CERT),
    ikeConfig: fc.option(fc.record({ ikeLifetime: lifetime, remoteId: identity, ikeEncAlg: fc.constant('sm4') }, { requiredKeys: [] }), { nil: undefined }),
    ipsecConfig: fc.option(fc.record({ ipsecLifetime: lifetime, ipsecAuthAlg: fc.constant('sm3') }, { requiredKeys: [] }), { nil: undefined }),
  },
  { requiredKeys: ['vpnGatewayId', 'customerGatewayId', 'localSubnets', 'remoteSubnets', 'remoteCaCertificate'] },
);

function sortedSubnets(v: unknown): unknown {
  return Array.isArray(v) ? [...v].sort() : v;
}

/** Every value the user's checked inputs hold, as the state read back holds it. */
function assertStateCovers(checked: Record<string, unknown>, state: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(checked)) {
    if (k === 'localSubnets' || k === 'remoteSubnets') assert.deepEqual(sortedSubnets(state[k]), sortedSubnets(v), k);
    else if (typeof v === 'object' && v !== null) {
      for (const [nk, nv] of Object.entries(v)) assert.deepEqual((state[k] as Record<string, unknown>)[nk], nv, `${k}.${nk}`);
    } else assert.deepEqual(state[k], v, k);
  }
}

describe('VpnConnection wire mapping', () => {
  for (const [family, arb] of [
    ['Normal', normalInputs],
    ['NationalStandard', smInputs],
  ] as const) {
    it(`round-trips any valid ${family} input through the API shapes to the same typed value, with no diff`, () => {
      fc.assert(
        fc.property(arb, (raw) => {
          const { inputs, failures } = check({}, raw as Record<string, unknown>, { defaultRegion: 'cn-hangzhou' });
          assert.deepEqual(failures, []);
          const req = sent(toCreateRequest(inputs as never));
          const state = fromDescribe(describeBody(req), 'cn-hangzhou');
          const outputs = outputsFromState(state, inputs);
          assertStateCovers(inputs, outputs);
          assert.deepEqual(detailedDiff(inputs, outputs), {});
        }),
        { numRuns: 200 },
      );
    });
  }

  it('builds the JSON-string parameters with the documented keys and value types', () => {
    const { inputs } = check(
      {},
      {
        vpnGatewayId: 'vpn-a1',
        customerGatewayId: 'cgw-b1',
        localSubnets: ['10.1.1.0/24', '10.1.2.0/24'],
        remoteSubnets: ['10.2.1.0/24'],
        ikeConfig: { psk: 'k3y', ikeAuthAlg: 'sha1', localId: 'left' },
        healthCheckConfig: { enable: true, dip: '192.168.1.2', sip: '10.1.1.1' },
        bgpConfig: { enableBgp: true, tunnelCidr: '169.254.11.0/30', localBgpIp: '169.254.11.1' },
      },
      { defaultRegion: 'cn-shanghai' },
    );
    const req = sent(toCreateRequest(inputs as never));
    assert.equal(req.regionId, 'cn-shanghai');
    assert.equal(req.localSubnet, '10.1.1.0/24,10.1.2.0/24');
    assert.equal(req.remoteSubnet, '10.2.1.0/24');
    assert.deepEqual(JSON.parse(req.ikeConfig as string), {
      Psk: 'k3y',
      IkeVersion: 'ikev1',
      IkeMode: 'main',
      IkeEncAlg: 'aes',
      IkeAuthAlg: 'sha1',
      IkePfs: 'group2',
      IkeLifetime: 86400,
      LocalId: 'left',
    });
    assert.deepEqual(JSON.parse(req.ipsecConfig as string), { IpsecEncAlg: 'aes', IpsecAuthAlg: 'md5', IpsecPfs: 'group2', IpsecLifetime: 86400 });
    assert.deepEqual(JSON.parse(req.healthCheckConfig as string), { enable: 'true', dip: '192.168.1.2', sip: '10.1.1.1', interval: '3', retry: '3' });
    assert.deepEqual(JSON.parse(req.bgpConfig as string), { EnableBgp: 'true', LocalAsn: '45104', TunnelCidr: '169.254.11.0/30', LocalBgpIp: '169.254.11.1' });
    assert.equal(req.enableDpd, true);
    assert.equal(req.autoConfigRoute, true);
  });

  it('sends every attribute on Modify but never the gateway pair', () => {
    const { inputs } = check({}, { vpnGatewayId: 'vpn-a1', customerGatewayId: 'cgw-b1', localSubnets: ['10.1.1.0/24'], remoteSubnets: ['10.2.1.0/24'], name: 'edge' }, { defaultRegion: 'cn-shanghai' });
    const req = sent(toModifyRequest('vco-1', inputs as never, {}));
    assert.equal(req.vpnConnectionId, 'vco-1');
    assert.equal(req.name, 'edge');
    assert.equal('vpnGatewayId' in req, false);
    assert.equal('customerGatewayId' in req, false);
    assert.ok(typeof req.ikeConfig === 'string' && typeof req.ipsecConfig === 'string');
  });

  it('reads lowercase health-check keys, JSON-string configs, string numbers and the legacy LocalIdIPsec key', () => {
    const state = fromDescribe(
      serviceBody({
        VpnConnectionId: 'vco-1',
        VpnGatewayId: 'vpn-1',
        CustomerGatewayId: 'cgw-1',
        LocalSubnet: '10.1.1.0/24, 10.1.2.0/24',
        RemoteSubnet: '10.2.1.0/24',
        IkeConfig: JSON.stringify({ IkeLifetime: '600', LocalIdIPsec: 'legacy' }),
        VcoHealthCheck: { enable: 'true', dip: '1.1.1.1', sip: '2.2.2.2', interval: '4', retry: '5' },
        VpnBgpConfig: { EnableBgp: true, LocalAsn: '45104' },
        CreateTime: '1613806468000',
      }),
      'cn-hangzhou',
    );
    assert.deepEqual(state.localSubnets, ['10.1.1.0/24', '10.1.2.0/24']);
    assert.deepEqual(state.ikeConfig, { ikeLifetime: 600, localId: 'legacy' });
    assert.deepEqual(state.healthCheckConfig, { enable: true, dip: '1.1.1.1', sip: '2.2.2.2', interval: 4, retry: 5 });
    assert.deepEqual(state.bgpConfig, { enableBgp: true, localAsn: 45104 });
    assert.equal(state.createTime, 1613806468000);
  });

  it('sends the health check policy in HealthCheckConfig under the documented Policy key and reads it back from VcoHealthCheck', () => {
    const hc = { enable: true, dip: '192.168.1.2', sip: '10.1.1.1', policy: 'reserve_route' };
    const { inputs, failures } = check({}, { vpnGatewayId: 'vpn-a1', customerGatewayId: 'cgw-b1', localSubnets: ['10.1.1.0/24'], remoteSubnets: ['10.2.1.0/24'], healthCheckConfig: hc }, { defaultRegion: 'cn-shanghai' });
    assert.deepEqual(failures, []);
    const req = sent(toCreateRequest(inputs as never));
    assert.equal(req.healthCheckConfig, '{"enable":"true","dip":"192.168.1.2","sip":"10.1.1.1","interval":"3","retry":"3","Policy":"reserve_route"}');
    const state = fromDescribe(serviceBody({ VpnConnectionId: 'vco-1', VcoHealthCheck: { Enable: 'true', Dip: '192.168.1.2', Sip: '10.1.1.1', Interval: 3, Retry: 3, Policy: 'reserve_route' } }), 'cn-shanghai');
    assert.deepEqual(state.healthCheckConfig, { ...hc, interval: 3, retry: 3 });
  });

  it('treats empty strings in the body as not set', () => {
    const state = fromDescribe(serviceBody({ VpnConnectionId: 'vco-1', Name: '', RemoteCaCertificate: '', VcoHealthCheck: { Dip: '', Enable: 'false' } }), 'cn-hangzhou');
    assert.equal('name' in state, false);
    assert.equal('remoteCaCertificate' in state, false);
    assert.deepEqual(state.healthCheckConfig, { enable: false });
  });
});
