import { strict as assert } from 'assert';
import fc from 'fast-check';
import { check } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection';
import { detailedDiff, diff } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection/diff';
import { SECRET_PATHS } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection/fields';
import { inputsFromOutputs, outputsFromState, previewOutputs } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection/model';
import { tagChanges } from 'pulumi-resource-alicloudvpn/dist/resources/shared/tagChanges';
import { fromDescribe, toCreateRequest, toModifyRequest } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection/wire';
import { Unknown } from 'pulumi-resource-alicloudvpn/dist/resources/resource';
import type { VpnConnectionBody } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { sent } from './sentRequest';
import { serviceBody } from './serviceBody';

const REGION = { defaultRegion: 'cn-hangzhou' };

function tunnel(role: string, n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { role, customerGatewayId: `cgw-bp1tunnel000${n}`, ...extra };
}

function dual(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    vpnGatewayId: 'vpn-bp1dual00000001',
    localSubnets: ['10.1.0.0/16'],
    remoteSubnets: ['172.16.0.0/24'],
    tunnelOptions: [tunnel('master', 1), tunnel('slave', 2)],
    ...extra,
  };
}

function failuresOf(inputs: Record<string, unknown>): { property: string; reason: string }[] {
  return check({}, inputs, REGION).failures;
}

type Case = [title: string, inputs: Record<string, unknown>, path: string, message: RegExp];

const INVALID: Case[] = [
  ['a mix of both forms', dual({ customerGatewayId: 'cgw-bp1x0001', ikeConfig: { ikeVersion: 'ikev2' } }), 'customerGatewayId', /either single-tunnel \(customerGatewayId, .*ikeConfig.*\) or dual-tunnel \(tunnelOptions, enableTunnelsBgp\); these inputs set customerGatewayId, ikeConfig and tunnelOptions/],
  ['enableTunnelsBgp with single-tunnel inputs', { ...dual(), tunnelOptions: undefined, customerGatewayId: 'cgw-bp1x0001', enableTunnelsBgp: true }, 'customerGatewayId', /either single-tunnel/],
  ['one tunnel', dual({ tunnelOptions: [tunnel('master', 1)] }), 'tunnelOptions', /two tunnels, one with role "master" and one with role "slave"; got 1 tunnel$/],
  ['three tunnels', dual({ tunnelOptions: [tunnel('master', 1), tunnel('slave', 2), tunnel('slave', 3)] }), 'tunnelOptions', /got 3 tunnels/],
  ['tunnelOptions not a list', dual({ tunnelOptions: { role: 'master' } }), 'tunnelOptions', /must be a list of two tunnels.*got an object/],
  ['two masters', dual({ tunnelOptions: [tunnel('master', 1), tunnel('master', 2)] }), 'tunnelOptions[1].role', /both tunnels have role "master"/],
  ['an unknown role', dual({ tunnelOptions: [tunnel('master', 1), tunnel('backup', 2)] }), 'tunnelOptions[1].role', /"backup" is not a valid value; allowed values: master, slave/],
  ['a tunnel without role', dual({ tunnelOptions: [tunnel('master', 1), { customerGatewayId: 'cgw-bp1x2' }] }), 'tunnelOptions[1].role', /required: master, slave/],
  ['a tunnel without customer gateway', dual({ tunnelOptions: [tunnel('master', 1), { role: 'slave' }] }), 'tunnelOptions[1].customerGatewayId', /required: this tunnel's customer gateway id/],
  ['a tunnel customer gateway with the wrong prefix', dual({ tunnelOptions: [tunnel('master', 1), tunnel('slave', 2, { customerGatewayId: 'vpn-x' })] }), 'tunnelOptions[1].customerGatewayId', /"vpn-x" is not a customer gateway id/],
  ['an unknown tunnel property', dual({ tunnelOptions: [tunnel('master', 1, { ikeConfig: {} }), tunnel('slave', 2)] }), 'tunnelOptions[0].ikeConfig', /unknown property; allowed properties of a tunnel: role, customerGatewayId/],
  ['a tunnel IKE algorithm out of the set', dual({ tunnelOptions: [tunnel('master', 1), tunnel('slave', 2, { tunnelIkeConfig: { ikeEncAlg: 'aes512' } })] }), 'tunnelOptions[1].tunnelIkeConfig.ikeEncAlg', /"aes512" is not a valid value; allowed values: aes, aes192, aes256, des, 3des$/],
  ['a tunnel IPsec PFS out of the set', dual({ tunnelOptions: [tunnel('master', 1, { tunnelIpsecConfig: { ipsecPfs: 'group3' } }), tunnel('slave', 2)] }), 'tunnelOptions[0].tunnelIpsecConfig.ipsecPfs', /allowed values: group1, group2, group5, group14, disabled/],
  ['a tunnel PSK with a space', dual({ tunnelOptions: [tunnel('master', 1, { tunnelIkeConfig: { psk: 'has space' } }), tunnel('slave', 2)] }), 'tunnelOptions[0].tunnelIkeConfig.psk', /must be 1 to 100 characters/],
  ['a tunnel lifetime too long', dual({ tunnelOptions: [tunnel('master', 1), tunnel('slave', 2, { tunnelIkeConfig: { ikeLifetime: 90000 } })] }), 'tunnelOptions[1].tunnelIkeConfig.ikeLifetime', /integer from 0 to 86400/],
  ['sm4 on a tunnel without a CA certificate', dual({ tunnelOptions: [tunnel('master', 1, { tunnelIkeConfig: { ikeEncAlg: 'sm4' } }), tunnel('slave', 2)] }), 'tunnelOptions[0].tunnelIkeConfig.ikeEncAlg', /"sm4" is not allowed without remoteCaCertificate/],
  ['enableTunnelsBgp without tunnel addressing', dual({ enableTunnelsBgp: true }), 'tunnelOptions[0].tunnelBgpConfig.tunnelCidr', /required when enableTunnelsBgp is true/],
  ['a tunnel BGP block outside 169.254.0.0/16', dual({ tunnelOptions: [tunnel('master', 1, { tunnelBgpConfig: { tunnelCidr: '10.0.0.0/30' } }), tunnel('slave', 2)] }), 'tunnelOptions[0].tunnelBgpConfig.tunnelCidr', /must be a \/30 network inside 169.254.0.0\/16/],
  ['a tunnel BGP address outside its block', dual({ tunnelOptions: [tunnel('master', 1, { tunnelBgpConfig: { tunnelCidr: '169.254.11.0/30', localBgpIp: '169.254.12.1' } }), tunnel('slave', 2)] }), 'tunnelOptions[0].tunnelBgpConfig.localBgpIp', /must be one of the two host addresses inside tunnelOptions\[0\].tunnelBgpConfig.tunnelCidr/],
  ['both tunnels on one BGP block', dual({ enableTunnelsBgp: true, tunnelOptions: [tunnel('master', 1, { tunnelBgpConfig: { tunnelCidr: '169.254.11.0/30', localBgpIp: '169.254.11.1' } }), tunnel('slave', 2, { tunnelBgpConfig: { tunnelCidr: '169.254.11.0/30', localBgpIp: '169.254.11.2' } })] }), 'tunnelOptions[1].tunnelBgpConfig.tunnelCidr', /the master tunnel's block too/],
  ['18 tags (the stack, ownership and generation tags take the last three)', dual({ tags: Object.fromEntries(Array.from({ length: 18 }, (_, i) => [`k${i}`, 'v'])) }), 'tags', /at most 17 tags per VPN connection \(the service allows 20; the provider reserves 3 for its alicloudvpn-stack, alicloudvpn-owner and alicloudvpn-generation tags\); got 18: remove 1/],
  ['the stack tag key', dual({ tags: { 'alicloudvpn-stack': 'x' } }), 'tags.alicloudvpn-stack', /is reserved: the provider marks the VPN connections it creates with its own tags; use another key/],
  ['the ownership tag key', dual({ tags: { 'alicloudvpn-owner': 'x' } }), 'tags.alicloudvpn-owner', /is reserved: the provider marks the VPN connections it creates with its own tags; use another key/],
  ['the generation tag key', dual({ tags: { 'alicloudvpn-generation': '7' } }), 'tags.alicloudvpn-generation', /is reserved: the provider marks the VPN connections it creates with its own tags; use another key/],
  ['a tag key of 65 characters', dual({ tags: { ['k'.repeat(65)]: 'v' } }), `tags.${'k'.repeat(65)}`, /the key must be 1 to 64 characters/],
  ['a tag key starting with aliyun', dual({ tags: { aliyunOwner: 'x' } }), 'tags.aliyunOwner', /must not start with "aliyun"/],
  ['a tag key starting with acs:', dual({ tags: { 'acs:owner': 'x' } }), 'tags["acs:owner"]', /must not start with "acs:"/],
  ['a tag value of 129 characters', dual({ tags: { env: 'v'.repeat(129) } }), 'tags.env', /at most 128 characters/],
  ['a tag value with a URL', dual({ tags: { docs: 'see https://example.com' } }), 'tags.docs', /must not contain http:\/\/ or https:\/\//],
  ['a tag value that is not a string', dual({ tags: { n: 5 } }), 'tags.n', /must be a string, got a number/],
  ['tags as a list', dual({ tags: ['env'] }), 'tags', /must be a map of tag keys to string values, got a list/],
];

describe('VpnConnection dual-tunnel connections and tags', () => {
  describe('check', () => {
    for (const [title, inputs, path, message] of INVALID) {
      it(`rejects ${title} at ${path}`, () => {
        const failures = failuresOf(inputs);
        const hit = failures.find((f) => f.property === path);
        assert.ok(hit, `expected a failure at ${path}, got ${JSON.stringify(failures)}`);
        assert.match(hit.reason, message);
      });
    }

    it('accepts a dual-tunnel connection, puts master first and fills per-tunnel defaults', () => {
      const { inputs, failures } = check({}, dual({ tunnelOptions: [tunnel('slave', 2), tunnel('master', 1)] }), REGION);
      assert.deepEqual(failures, []);
      const tunnels = inputs.tunnelOptions as Record<string, Record<string, unknown>>[];
      assert.deepEqual(tunnels.map((t) => t.role), ['master', 'slave']);
      assert.equal(tunnels[0].customerGatewayId, 'cgw-bp1tunnel0001');
      assert.equal(tunnels[0].enableDpd, true);
      assert.equal(tunnels[1].enableNatTraversal, true);
      assert.deepEqual(tunnels[0].tunnelIkeConfig, { ikeVersion: 'ikev1', ikeMode: 'main', ikeLifetime: 86400, ikeEncAlg: 'aes', ikeAuthAlg: 'md5', ikePfs: 'group2' });
      assert.equal(inputs.enableTunnelsBgp, false);
      for (const k of ['customerGatewayId', 'ikeConfig', 'ipsecConfig', 'enableDpd', 'enableNatTraversal']) assert.equal(k in inputs, false, k);
    });

    it('lets an unknown tunnel list through at preview', () => {
      const { inputs, failures } = check({}, dual({ tunnelOptions: new Unknown('array') }), REGION);
      assert.deepEqual(failures, []);
      assert.ok(inputs.tunnelOptions instanceof Unknown);
    });

    it('never repeats a tunnel PSK in a failure', () => {
      const secret = 'Tunnel-Secret 42';
      const failures = failuresOf(dual({ tunnelOptions: [tunnel('master', 1, { tunnelIkeConfig: { psk: secret } }), tunnel('slave', 2)] }));
      assert.ok(failures.length > 0);
      for (const f of failures) assert.doesNotMatch(f.reason, /Tunnel-Secret/);
    });

    it('marks each tunnel PSK secret at a fixed path', () => {
      assert.ok(SECRET_PATHS.includes('tunnelOptions[0].tunnelIkeConfig.psk'));
      assert.ok(SECRET_PATHS.includes('tunnelOptions[1].tunnelIkeConfig.psk'));
      assert.ok(SECRET_PATHS.includes('ikeConfig.psk'));
    });

    it('accepts 17 tags and names either rule allows', () => {
      const tags = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`key-${i}`, `value ${i}`]));
      assert.deepEqual(failuresOf(dual({ tags, name: '1 branch office' })), []);
    });
  });

  describe('wire', () => {
    it('sends the dual-tunnel form: tunnel specs and tags, no single-tunnel parameter', () => {
      const { inputs } = check({}, dual({ tags: { env: 'prod' }, tunnelOptions: [tunnel('master', 1, { tunnelIkeConfig: { psk: 'k1', ikeLifetime: 3600 } }), tunnel('slave', 2)] }), REGION);
      const req = sent(toCreateRequest(inputs as never));
      for (const k of ['customerGatewayId', 'ikeConfig', 'ipsecConfig', 'healthCheckConfig', 'bgpConfig', 'enableDpd', 'enableNatTraversal']) assert.equal(req[k], undefined, k);
      assert.deepEqual(req.tags, [{ key: 'env', value: 'prod' }]);
      assert.equal(req.enableTunnelsBgp, false);
      const [master] = req.tunnelOptionsSpecification;
      assert.equal(master.role, 'master');
      assert.equal(master.customerGatewayId, 'cgw-bp1tunnel0001');
      assert.deepEqual(master.tunnelIkeConfig, { psk: 'k1', ikeVersion: 'ikev1', ikeMode: 'main', ikeEncAlg: 'aes', ikeAuthAlg: 'md5', ikePfs: 'group2', ikeLifetime: '3600' });
    });

    it('modifies tunnels by TunnelId, never their role or customer gateway', () => {
      const { inputs } = check({}, dual(), REGION);
      const req = sent(toModifyRequest('vco-1', inputs as never, { master: 'tun-m', slave: 'tun-s' }));
      const items: Record<string, unknown>[] = req.tunnelOptionsSpecification;
      assert.deepEqual(items.map((t) => t.tunnelId), ['tun-m', 'tun-s']);
      for (const t of items) {
        assert.equal(t.role, undefined);
        assert.equal(t.customerGatewayId, undefined);
      }
      assert.throws(() => toModifyRequest('vco-1', inputs as never, { master: 'tun-m' }), /reports no slave tunnel; run `pulumi refresh`/);
    });

    it('round-trips any valid dual-tunnel input through the Describe shape with no diff', () => {
      const alg = fc.record(
        {
          psk: fc.stringMatching(/^[A-Za-z0-9!#%&*+=-]{1,30}$/),
          ikeVersion: fc.constantFrom('ikev1', 'ikev2'),
          ikeEncAlg: fc.constantFrom('aes', 'aes256', '3des'),
          ikeLifetime: fc.integer({ min: 0, max: 86400 }),
        },
        { requiredKeys: [] },
      );
      const ipsec = fc.record({ ipsecPfs: fc.constantFrom('group14', 'disabled'), ipsecLifetime: fc.integer({ min: 0, max: 86400 }) }, { requiredKeys: [] });
      const bgpFor = (third: number) => fc.constantFrom(1, 2).map((h) => ({ tunnelCidr: `169.254.${third}.0/30`, localBgpIp: `169.254.${third}.${h}`, localAsn: 65000 + third }));
      const arb = fc.record({
        swap: fc.boolean(),
        bgp: fc.boolean(),
        tags: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), fc.stringMatching(/^[a-z0-9 ._-]{0,30}$/), { maxKeys: 5 }),
        ike: fc.tuple(alg, alg),
        ipsec: fc.tuple(ipsec, ipsec),
        bgpM: bgpFor(21),
        bgpS: bgpFor(22),
        dpd: fc.boolean(),
      });
      fc.assert(
        fc.property(arb, (g) => {
          const master = tunnel('master', 1, { tunnelIkeConfig: g.ike[0], tunnelIpsecConfig: g.ipsec[0], tunnelBgpConfig: g.bgp ? g.bgpM : undefined, enableDpd: g.dpd });
          const slave = tunnel('slave', 2, { tunnelIkeConfig: g.ike[1], tunnelIpsecConfig: g.ipsec[1], tunnelBgpConfig: g.bgp ? g.bgpS : undefined });
          const raw = dual({ tags: g.tags, enableTunnelsBgp: g.bgp, tunnelOptions: g.swap ? [slave, master] : [master, slave] });
          const { inputs, failures } = check({}, raw, REGION);
          assert.deepEqual(failures, []);
          const req = sent(toCreateRequest(inputs as never));
          const outputs = outputsFromState(fromDescribe(describeDual(req), 'cn-hangzhou'), inputs);
          assert.deepEqual(detailedDiff(inputs, outputs), {});
          const tunnels = outputs.tunnels as Record<string, unknown>[];
          assert.deepEqual(tunnels.map((t) => t.role), ['master', 'slave']);
        }),
        { numRuns: 150 },
      );
    });
  });

  describe('diff', () => {
    const { inputs: base } = check({}, dual({ tags: { env: 'prod', team: 'net' } }), REGION);
    const outputs = outputsFromState(fromDescribe(describeDual(sent(toCreateRequest(base as never))), 'cn-hangzhou'), base);

    it('shows no change when the program lists the tunnels in the other order', () => {
      const { inputs } = check({}, dual({ tags: { env: 'prod', team: 'net' }, tunnelOptions: [tunnel('slave', 2), tunnel('master', 1)] }), REGION);
      assert.equal(diff({ id: 'vco-1', oldOutputs: outputs, oldInputs: base, newInputs: inputs }).changes, false);
    });

    it('names a tunnel setting by its path, master at index 0, and updates in place', () => {
      const { inputs } = check({}, dual({ tags: { env: 'prod', team: 'net' }, tunnelOptions: [tunnel('slave', 2, { tunnelIkeConfig: { ikeEncAlg: 'aes256' } }), tunnel('master', 1)] }), REGION);
      const d = diff({ id: 'vco-1', oldOutputs: outputs, oldInputs: base, newInputs: inputs });
      assert.deepEqual(Object.keys(d.detailedDiff ?? {}), ['tunnelOptions[1].tunnelIkeConfig.ikeEncAlg']);
      assert.deepEqual(d.replaces, []);
    });

    it("replaces the connection when a tunnel's customer gateway changes", () => {
      const { inputs } = check({}, dual({ tags: { env: 'prod', team: 'net' }, tunnelOptions: [tunnel('master', 9), tunnel('slave', 2)] }), REGION);
      const d = diff({ id: 'vco-1', oldOutputs: outputs, oldInputs: base, newInputs: inputs });
      assert.equal(d.detailedDiff?.['tunnelOptions[0].customerGatewayId'].kind, 'update-replace');
      assert.deepEqual(d.replaces, ['tunnelOptions']);
      assert.equal(d.deleteBeforeReplace, true, 'the slave keeps its customer gateway on the same VPN gateway');
    });

    it('shows each tag added, changed or removed at its own path', () => {
      const { inputs } = check({}, dual({ tags: { env: 'staging', owner: 'ops' } }), REGION);
      const d = detailedDiff(inputs, outputs);
      assert.deepEqual(d, {
        'tags.env': { kind: 'update', inputDiff: false },
        'tags.owner': { kind: 'add', inputDiff: false },
        'tags.team': { kind: 'delete', inputDiff: false },
      });
      assert.deepEqual(tagChanges(inputs.tags, outputs.tags), { set: [{ key: 'env', value: 'staging' }, { key: 'owner', value: 'ops' }], remove: ['team'] });
    });
  });

  describe('model', () => {
    it('previews each tunnel PSK and the tunnel ids as unknown when the service will fill them', () => {
      const { inputs } = check({}, dual(), REGION);
      const preview = previewOutputs(inputs);
      const tunnels = preview.tunnelOptions as Record<string, Record<string, unknown>>[];
      assert.ok(tunnels[0].tunnelIkeConfig.psk instanceof Unknown);
      assert.ok(preview.tunnels instanceof Unknown);
      assert.equal('ikeConfig' in preview, false);
    });

    it('leaves every tunnel PSK out of the inputs an import reconstructs', () => {
      const { inputs } = check({}, dual({ tunnelOptions: [tunnel('master', 1, { tunnelIkeConfig: { psk: 'k1' } }), tunnel('slave', 2, { tunnelIkeConfig: { psk: 'k2' } })] }), REGION);
      const outputs = outputsFromState(fromDescribe(describeDual(sent(toCreateRequest(inputs as never))), 'cn-hangzhou'), inputs);
      const imported = inputsFromOutputs(outputs);
      assert.doesNotMatch(JSON.stringify(imported), /"k1"|"k2"/);
      assert.deepEqual(check({}, imported, REGION).failures, []);
    });
  });
});

/** A DescribeVpnConnection body for a dual-tunnel create, in the service's shape (strings for numbers). */
function describeDual(req: Record<string, any>): VpnConnectionBody { // eslint-disable-line @typescript-eslint/no-explicit-any
  const specs: Record<string, any>[] = [...(req.tunnelOptionsSpecification ?? [])].reverse(); // eslint-disable-line @typescript-eslint/no-explicit-any
  return serviceBody({
    VpnConnectionId: 'vco-dual0001',
    VpnGatewayId: req.vpnGatewayId,
    CustomerGatewayId: '',
    LocalSubnet: req.localSubnet,
    RemoteSubnet: req.remoteSubnet,
    Name: req.name ?? 'vco-dual0001',
    EffectImmediately: req.effectImmediately ?? false,
    EnableTunnelsBgp: String(req.enableTunnelsBgp ?? false),
    CreateTime: 1613806468000,
    Status: 'ike_sa_not_established',
    State: 'active',
    Tags: { Tag: (req.tags ?? []).map((t: { key: string; value: string }) => ({ Key: t.key, Value: t.value })) },
    TunnelOptionsSpecification: {
      TunnelOptions: specs.map((t, i) => ({
        TunnelId: `tun-${t.role}`,
        Role: t.role,
        State: 'active',
        Status: 'ike_sa_not_established',
        CustomerGatewayId: t.customerGatewayId,
        EnableDpd: String(t.enableDpd ?? true),
        EnableNatTraversal: String(t.enableNatTraversal ?? true),
        InternetIp: `47.0.0.${i + 1}`,
        TunnelIkeConfig: {
          Psk: t.tunnelIkeConfig?.psk ?? `generated-${i}`,
          IkeVersion: t.tunnelIkeConfig?.ikeVersion ?? 'ikev1',
          IkeMode: t.tunnelIkeConfig?.ikeMode ?? 'main',
          IkeEncAlg: t.tunnelIkeConfig?.ikeEncAlg ?? 'aes',
          IkeAuthAlg: t.tunnelIkeConfig?.ikeAuthAlg ?? 'md5',
          IkePfs: t.tunnelIkeConfig?.ikePfs ?? 'group2',
          IkeLifetime: String(t.tunnelIkeConfig?.ikeLifetime ?? 86400),
          LocalId: '47.0.0.1',
          RemoteId: '116.0.0.1',
        },
        TunnelIpsecConfig: {
          IpsecEncAlg: t.tunnelIpsecConfig?.ipsecEncAlg ?? 'aes',
          IpsecAuthAlg: t.tunnelIpsecConfig?.ipsecAuthAlg ?? 'md5',
          IpsecPfs: t.tunnelIpsecConfig?.ipsecPfs ?? 'group2',
          IpsecLifetime: String(t.tunnelIpsecConfig?.ipsecLifetime ?? 86400),
        },
        TunnelBgpConfig: {
          LocalAsn: String(t.tunnelBgpConfig?.localAsn ?? 45104),
          TunnelCidr: t.tunnelBgpConfig?.tunnelCidr ?? '',
          LocalBgpIp: t.tunnelBgpConfig?.localBgpIp ?? '',
          EnableBgp: String(req.enableTunnelsBgp ?? false),
        },
      })),
    },
  });
}
