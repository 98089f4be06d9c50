import { strict as assert } from 'assert';
import { formatRouteId, parseRouteId, vpnPbrRouteEntry, vpnRouteEntry } from 'pulumi-resource-alicloudvpn/dist/resources/vpnRoute/index';
import { Unknown } from 'pulumi-resource-alicloudvpn/dist/resources/resource';

const ctx = { defaultRegion: 'cn-hangzhou' };
const GW = 'vpn-bp1q8bgx4xnkm1234';
const VCO = 'vco-bp15oes1py4i66rm1234';
const dbr = { vpnGatewayId: GW, routeDest: '10.0.0.0/24', nextHop: VCO };
const pbr = { ...dbr, routeSource: '192.168.1.0/24' };

function failures(resource: typeof vpnRouteEntry, news: Record<string, unknown>): string[] {
  return resource.check({}, news, ctx).failures.map((f) => `${f.property}: ${f.reason}`);
}

/** The one failure of `news`, which must be at `path` and contain `words`. */
function failsAt(resource: typeof vpnRouteEntry, news: Record<string, unknown>, path: string, words: string): void {
  const got = failures(resource, news);
  assert.equal(got.length, 1, got.join('\n'));
  assert.ok(got[0].startsWith(`${path}: `) && got[0].includes(words), got[0]);
}

describe('VpnRouteEntry check', () => {
  it('fills weight 100, publishVpc true and the provider region, in descriptor order', () => {
    const r = vpnRouteEntry.check({}, dbr, ctx);
    assert.deepEqual(r.failures, []);
    assert.deepEqual(r.inputs, { ...dbr, weight: 100, publishVpc: true, regionId: 'cn-hangzhou' });
    assert.deepEqual(Object.keys(r.inputs), ['vpnGatewayId', 'routeDest', 'nextHop', 'weight', 'publishVpc', 'regionId']);
  });

  it('reads the string forms YAML and config hand over', () => {
    const r = vpnRouteEntry.check({}, { ...dbr, weight: '0', publishVpc: 'false' }, ctx);
    assert.deepEqual(r.failures, []);
    assert.equal(r.inputs.weight, 0);
    assert.equal(r.inputs.publishVpc, false);
  });

  it('requires the gateway, destination and next hop, naming what each is', () => {
    const got = failures(vpnRouteEntry, {});
    assert.deepEqual(got.map((f) => f.split(':')[0]).sort(), ['nextHop', 'routeDest', 'vpnGatewayId']);
    assert.ok(got.every((f) => f.includes('required: ')), got.join('\n'));
    assert.ok(got.some((f) => f.includes('VpnConnection')), got.join('\n'));
  });

  for (const [news, path, words] of [
    [{ vpnGatewayId: 'gw-1' }, 'vpnGatewayId', 'is not the ID of the VPN gateway'],
    [{ vpnGatewayId: 7 }, 'vpnGatewayId', 'must be a string'],
    [{ nextHop: 'cgw-bp1' }, 'nextHop', 'is not the ID of an IPsec-VPN connection'],
    [{ routeDest: '10.0.0.1/24' }, 'routeDest', 'write the network address 10.0.0.0/24'],
    [{ routeDest: '10.0.0.0' }, 'routeDest', 'is not an IPv4 CIDR block'],
    [{ routeDest: '10.0.0.0/33' }, 'routeDest', 'is not an IPv4 CIDR block'],
    [{ routeDest: 'fd00::/8' }, 'routeDest', 'is not an IPv4 CIDR block'],
    [{ routeDest: '0.0.0.0/0' }, 'routeDest', 'not allowed as the destination of a destination-based route'],
    [{ weight: 50 }, 'weight', 'must be 100 (the active link) or 0 (the standby link), got 50'],
    [{ weight: 'heavy' }, 'weight', 'got "heavy"'],
    [{ publishVpc: 'yes' }, 'publishVpc', 'must be a boolean'],
    [{ description: '' }, 'description', 'must be 1 to 100 characters'],
    [{ description: 'd'.repeat(101) }, 'description', 'must be 1 to 100 characters'],
    [{ description: 'HTTPS://wiki' }, 'description', 'must not start with http:// or https://'],
    [{ regionId: '' }, 'regionId', 'must not be empty'],
    [{ regionId: 'Hangzhou' }, 'regionId', '"Hangzhou" is not a region id'],
  ] as const) {
    it(`rejects ${JSON.stringify(news)} at ${path}`, () => failsAt(vpnRouteEntry, { ...dbr, ...news }, path, words));
  }

  it('has no routeSource or priority', () => {
    assert.deepEqual(vpnRouteEntry.check({}, { ...dbr, routeSource: '1.0.0.0/8', priority: 5 }, ctx).inputs.priority, undefined);
  });

  it('fails without a region anywhere, naming both places to set one', () => {
    const got = vpnRouteEntry.check({}, dbr, {}).failures;
    assert.equal(got[0].property, 'regionId');
    assert.match(got[0].reason, /set regionId on the resource or the provider's region/);
  });

  it('passes unknown values through at preview (a next hop made in the same program)', () => {
    const r = vpnRouteEntry.check({}, { ...dbr, nextHop: new Unknown('string'), vpnGatewayId: new Unknown('string') }, ctx);
    assert.deepEqual(r.failures, []);
    assert.ok(r.inputs.nextHop instanceof Unknown);
  });
});

describe('VpnPbrRouteEntry check', () => {
  it('fills priority 10 and accepts 0.0.0.0/0 as source and destination', () => {
    const r = vpnPbrRouteEntry.check({}, { ...pbr, routeSource: '0.0.0.0/0', routeDest: '0.0.0.0/0' }, ctx);
    assert.deepEqual(r.failures, []);
    assert.equal(r.inputs.priority, 10);
    assert.equal(r.inputs.weight, 100);
  });

  it('requires routeSource', () => {
    failsAt(vpnPbrRouteEntry, dbr, 'routeSource', 'required: the source CIDR block');
  });

  for (const [news, path, words] of [
    [{ routeSource: '192.168.1.1/24' }, 'routeSource', 'write the network address 192.168.1.0/24'],
    [{ routeSource: 'any' }, 'routeSource', 'is not an IPv4 CIDR block'],
    [{ priority: 0 }, 'priority', 'must be an integer from 1 to 100, got 0'],
    [{ priority: 101 }, 'priority', 'must be an integer from 1 to 100, got 101'],
    [{ priority: 1.5 }, 'priority', 'must be an integer from 1 to 100'],
    [{ weight: 1 }, 'weight', 'must be 100 (the active link) or 0'],
    [{ nextHop: 'vpn-bp1' }, 'nextHop', 'is not the ID of an IPsec-VPN connection'],
  ] as const) {
    it(`rejects ${JSON.stringify(news)} at ${path}`, () => failsAt(vpnPbrRouteEntry, { ...pbr, ...news }, path, words));
  }

  it('reports every failure at once, each at its own path', () => {
    const got = failures(vpnPbrRouteEntry, { vpnGatewayId: 'x', routeSource: 'y', routeDest: 'z', nextHop: 'w', weight: 3, priority: 300, description: 'http://a' });
    assert.deepEqual(got.map((f) => f.split(':')[0]).sort(), ['description', 'nextHop', 'priority', 'routeDest', 'routeSource', 'vpnGatewayId', 'weight']);
  });
});

describe('route diff', () => {
  const old = { ...dbr, weight: 100, publishVpc: true, description: 'a', regionId: 'cn-hangzhou' };
  const d = (news: Record<string, unknown>, resource = vpnRouteEntry, base: Record<string, unknown> = old) =>
    resource.diff({ id: 'x', oldOutputs: { ...base, state: 'published', createTime: 1 }, oldInputs: base, newInputs: { ...base, ...news } });

  it('changes weight and publishVpc in place', () => {
    const r = d({ weight: 0, publishVpc: false });
    assert.deepEqual(r.replaces, []);
    assert.deepEqual(Object.keys(r.detailedDiff).sort(), ['publishVpc', 'weight']);
  });

  it('replaces on gateway, destination and next hop, creating the new route first', () => {
    for (const change of [{ vpnGatewayId: 'vpn-bp1other' }, { routeDest: '10.1.0.0/24' }, { nextHop: 'vco-bp1other' }]) {
      const r = d(change);
      assert.deepEqual(r.replaces, Object.keys(change));
      assert.equal(r.deleteBeforeReplace, false);
    }
  });

  it('deletes first when only the description changes: the replacement is the same route', () => {
    const r = d({ description: 'b' });
    assert.deepEqual(r.replaces, ['description']);
    assert.equal(r.deleteBeforeReplace, true);
  });

  it('changes priority in place and replaces on the source of a policy-based route', () => {
    const base = { ...old, routeSource: '192.168.1.0/24', priority: 10 };
    assert.deepEqual(d({ priority: 20 }, vpnPbrRouteEntry, base).replaces, []);
    assert.deepEqual(Object.keys(d({ priority: 20 }, vpnPbrRouteEntry, base).detailedDiff), ['priority']);
    const r = d({ routeSource: '192.168.2.0/24' }, vpnPbrRouteEntry, base);
    assert.deepEqual(r.replaces, ['routeSource']);
    assert.equal(r.deleteBeforeReplace, false);
  });

  it('sees no change for the same values in their string forms', () => {
    assert.equal(d({ weight: '100', publishVpc: 'true' }).changes, false);
  });
});

describe('route ids', () => {
  it('writes gateway, destination and next hop (with the source for policy-based routes), and reads them back', () => {
    assert.equal(formatRouteId('dbr', dbr), `${GW}:10.0.0.0/24:${VCO}`);
    assert.equal(formatRouteId('pbr', pbr), `${GW}:192.168.1.0/24:10.0.0.0/24:${VCO}`);
    assert.deepEqual(parseRouteId('dbr', `${GW}:10.0.0.0/24:${VCO}`), dbr);
    assert.deepEqual(parseRouteId('pbr', `${GW}:192.168.1.0/24:10.0.0.0/24:${VCO}`), pbr);
  });

  it('reads the parts in another order by their shape (gateway, next hop, source, destination)', () => {
    assert.deepEqual(parseRouteId('dbr', `${GW}:${VCO}:10.0.0.0/24`), dbr);
    assert.deepEqual(parseRouteId('pbr', `${GW}:${VCO}:192.168.1.0/24:10.0.0.0/24`), pbr);
  });

  it('refuses what is not a route id of its kind', () => {
    for (const id of ['', GW, `${GW}:10.0.0.0/24`, `${GW}:10.0.0.0/24:cgw-1`, `${GW}:192.168.1.0/24:10.0.0.0/24:${VCO}`]) assert.equal(parseRouteId('dbr', id), undefined, id);
    assert.equal(parseRouteId('pbr', `${GW}:10.0.0.0/24:${VCO}`), undefined);
  });
});
