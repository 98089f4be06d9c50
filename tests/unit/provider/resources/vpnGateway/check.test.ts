import { strict as assert } from 'assert';
import { check, diff } from 'pulumi-resource-alicloudvpn/dist/resources/vpnGateway/index';

const ctx = { defaultRegion: 'cn-hangzhou' };
const base = { vpcId: 'vpc-1', bandwidth: 10 };

function failures(news: Record<string, unknown>): string[] {
  return check({}, { ...base, ...news }, ctx).failures.map((f) => `${f.property}: ${f.reason}`);
}

function failsAt(news: Record<string, unknown>, path: string, words: string | RegExp): void {
  const got = failures(news);
  assert.ok(got.some((f) => f.startsWith(`${path}: `) && (typeof words === 'string' ? f.includes(words) : words.test(f))), `${JSON.stringify(news)}:\n${got.join('\n')}`);
}

describe('VpnGateway check', () => {
  it('fills the documented defaults and the provider region', () => {
    const r = check({}, base, ctx);
    assert.deepEqual(r.failures, []);
    assert.deepEqual(r.inputs, { ...base, enableIpsec: true, enableSsl: false, networkType: 'public', vpnType: 'Normal', paymentType: 'PayAsYouGo', regionId: 'cn-hangzhou' });
  });

  it('defaults sslConnections to 5 with SSL-VPN and period to 1 for a Subscription', () => {
    const r = check({}, { ...base, enableSsl: true, paymentType: 'Subscription', autoPay: true }, ctx);
    assert.deepEqual(r.failures, []);
    assert.equal(r.inputs.sslConnections, 5);
    assert.equal(r.inputs.period, 1);
  });

  it('requires vpcId and bandwidth', () => {
    const got = check({}, {}, ctx).failures.map((f) => f.property);
    assert.deepEqual(got.sort(), ['bandwidth', 'vpcId']);
  });

  it('allows the bandwidths of the network type only', () => {
    for (const b of [5, 10, 20, 50, 100, 200, 500, 1000]) assert.deepEqual(failures({ bandwidth: b }), []);
    failsAt({ bandwidth: 30 }, 'bandwidth', 'allowed values: 5, 10, 20, 50, 100, 200, 500, 1000');
    failsAt({ bandwidth: 10, networkType: 'private' }, 'bandwidth', 'for a private gateway (networkType: private); allowed values: 200, 1000');
    assert.deepEqual(failures({ bandwidth: 200, networkType: 'private' }), []);
    failsAt({ bandwidth: 'ten' }, 'bandwidth', 'must be an integer');
  });

  it('allows sslConnections only with enableSsl and only the sold values', () => {
    failsAt({ sslConnections: 10 }, 'sslConnections', 'set enableSsl: true');
    failsAt({ enableSsl: true, sslConnections: 7 }, 'sslConnections', 'allowed values: 5, 10, 20, 50, 100, 200, 500, 1000');
    assert.deepEqual(failures({ enableSsl: true, sslConnections: 1000 }), []);
  });

  it('allows period only with a Subscription and only the sold durations', () => {
    failsAt({ period: 1 }, 'period', 'only used with paymentType: Subscription');
    failsAt({ paymentType: 'Subscription', period: 10 }, 'period', 'allowed values: 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36');
    assert.deepEqual(failures({ paymentType: 'Subscription', period: 36 }), []);
  });

  it('checks the enums', () => {
    failsAt({ vpnType: 'SM' }, 'vpnType', 'allowed values: Normal, NationalStandard');
    failsAt({ networkType: 'internet' }, 'networkType', 'allowed values: public, private');
    failsAt({ paymentType: 'PREPAY' }, 'paymentType', 'allowed values: PayAsYouGo, Subscription');
    failsAt({ enableIpsec: 'yes' }, 'enableIpsec', 'must be a boolean');
  });

  it('checks the name and description rules', () => {
    for (const name of ['a', 'x'.repeat(101), '1gw', 'gw name', 'gw/1']) failsAt({ vpnGatewayName: name }, 'vpnGatewayName', 'not a valid name');
    failsAt({ vpnGatewayName: 'http://gw' }, 'vpnGatewayName', 'must not start with http://');
    for (const name of ['gw', 'Office-GW_1.a', '网关一']) assert.deepEqual(failures({ vpnGatewayName: name }), [], name);
    failsAt({ description: 'd'.repeat(101) }, 'description', '1 to 100 characters');
    failsAt({ description: '' }, 'description', '1 to 100 characters');
    failsAt({ description: 'HTTPS://x' }, 'description', 'must not start with http://');
  });

  it('requires vswitchId with disasterRecoveryVswitchId and refuses empty ids', () => {
    failsAt({ disasterRecoveryVswitchId: 'vsw-2' }, 'vswitchId', 'required with disasterRecoveryVswitchId');
    assert.deepEqual(failures({ vswitchId: 'vsw-1', disasterRecoveryVswitchId: 'vsw-2' }), []);
    failsAt({ vswitchId: '' }, 'vswitchId', 'must not be empty');
  });

  it('checks tags with the rules shared by every resource', () => {
    failsAt({ tags: { 'aliyun:x': 'v' } }, 'tags["aliyun:x"]', 'aliyun');
    failsAt({ tags: { 'alicloudvpn-stack': 'v' } }, 'tags.alicloudvpn-stack', 'is reserved: the provider marks the VPN gateways it creates with its own tags; use another key');
    failsAt({ tags: { k: 'http://x' } }, 'tags.k', 'http://');
    const many = Object.fromEntries(Array.from({ length: 18 }, (_, i) => [`k${i}`, 'v']));
    failsAt({ tags: many }, 'tags', 'at most 17 tags per VPN gateway (the service allows 20; the provider reserves 3 for its alicloudvpn-stack, alicloudvpn-owner and alicloudvpn-generation tags); got 18: remove 1');
  });

  it('needs a region when the provider has none', () => {
    assert.deepEqual(check({}, base, {}).failures.map((f) => f.property), ['regionId']);
  });
});

describe('VpnGateway diff', () => {
  const old = { vpcId: 'vpc-1', vswitchId: 'vsw-1', bandwidth: 10, enableIpsec: true, enableSsl: false, networkType: 'public', vpnType: 'Normal', paymentType: 'Subscription', period: 1, autoPay: true, vpnGatewayName: 'gw', regionId: 'cn-hangzhou', tags: { a: '1' } };
  const d = (news: Record<string, unknown>) => diff({ id: 'vpn-1', oldOutputs: old, oldInputs: old, newInputs: { ...old, ...news } });

  it('replaces on what the API fixes at purchase', () => {
    for (const change of [{ vpcId: 'vpc-2' }, { vswitchId: 'vsw-2' }, { disasterRecoveryVswitchId: 'vsw-3' }, { bandwidth: 20 }, { enableIpsec: false }, { enableSsl: true }, { networkType: 'private' }, { vpnType: 'NationalStandard' }, { paymentType: 'PayAsYouGo' }, { regionId: 'cn-shanghai' }]) {
      assert.deepEqual(d(change).replaces, Object.keys(change), JSON.stringify(change));
    }
  });

  it('changes the name, description, route propagation and tags in place', () => {
    const r = d({ vpnGatewayName: 'gw2', description: 'x', autoPropagate: true, tags: { a: '2', b: '1' } });
    assert.deepEqual(r.replaces, []);
    assert.deepEqual(Object.keys(r.detailedDiff).sort(), ['autoPropagate', 'description', 'tags.a', 'tags.b', 'vpnGatewayName']);
  });

  it('shows no difference for period and autoPay, which count at purchase only', () => {
    assert.equal(d({ period: 12, autoPay: false }).changes, false);
  });
});
