import { strict as assert } from 'assert';
import { check, diff, previewOutputs } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection';
import { Unknown, isUnknown } from 'pulumi-resource-alicloudvpn/dist/resources/resource';

function inputs(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { inputs: checked, failures } = check(
    {},
    {
      vpnGatewayId: 'vpn-gw1',
      customerGatewayId: 'cgw-c1',
      localSubnets: ['10.1.1.0/24', '10.1.2.0/24'],
      remoteSubnets: ['10.2.1.0/24'],
      ...extra,
    },
    { defaultRegion: 'cn-hangzhou' },
  );
  assert.deepEqual(failures, []);
  return checked;
}

/** What the service reports for `inputs()`: defaults resolved, server-filled values present, string forms. */
function outputs(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const base = inputs();
  return {
    ...base,
    vpnConnectionId: 'vco-1',
    createTime: 1613806468000,
    status: 'ipsec_sa_established',
    state: 'active',
    name: 'vco-1',
    localSubnets: ['10.1.2.0/24', '10.1.1.0/24'],
    ikeConfig: { ...(base.ikeConfig as object), psk: 'generatedpsk1234', localId: '47.1.1.1', remoteId: '116.1.1.1' },
    healthCheckConfig: { enable: false, interval: 3, retry: 3 },
    bgpConfig: { enableBgp: false, localAsn: 45104 },
    ...extra,
  };
}

function run(newInputs: Record<string, unknown>, oldOutputs = outputs(), ignoreChanges?: string[]) {
  return diff({ id: 'vco-1', oldOutputs, oldInputs: inputs(), newInputs, ignoreChanges });
}

describe('VpnConnection diff', () => {
  it('reports no change when the service only filled in values the user left unset', () => {
    const d = run(inputs());
    assert.equal(d.changes, false);
    assert.deepEqual(d.detailedDiff, {});
    assert.deepEqual(d.diffs, []);
  });

  it('ignores subnet order', () => {
    const d = run(inputs({ localSubnets: ['10.1.2.0/24', '10.1.1.0/24'] }));
    assert.equal(d.changes, false);
  });

  it('treats "true"/true and "86400"/86400 as equal', () => {
    const d = run(inputs(), outputs({ enableDpd: 'true', ikeConfig: { ...(outputs().ikeConfig as object), ikeLifetime: '86400' } }));
    assert.equal(d.changes, false);
  });

  it('reports a nested change at its full path as an in-place update', () => {
    const d = run(inputs({ ikeConfig: { ikeEncAlg: 'aes256' } }));
    assert.deepEqual(d.detailedDiff, { 'ikeConfig.ikeEncAlg': { kind: 'update', inputDiff: false } });
    assert.deepEqual(d.diffs, ['ikeConfig']);
    assert.deepEqual(d.replaces, []);
    assert.equal(d.deleteBeforeReplace, false);
  });

  it('reports a drifted default (changed out of band) as an update back to the default', () => {
    const d = run(inputs(), outputs({ enableNatTraversal: false }));
    assert.deepEqual(d.detailedDiff, { enableNatTraversal: { kind: 'update', inputDiff: false } });
  });

  it('reports added and removed subnets element by element', () => {
    // Old outputs: ['10.1.2.0/24', '10.1.1.0/24'].
    const added = run(inputs({ localSubnets: ['10.1.2.0/24', '10.1.1.0/24', '10.9.0.0/16'] }));
    assert.deepEqual(added.detailedDiff, { 'localSubnets[2]': { kind: 'add', inputDiff: false } });
    const removed = run(inputs({ localSubnets: ['10.1.1.0/24'] }));
    assert.deepEqual(removed.detailedDiff, { 'localSubnets[0]': { kind: 'delete', inputDiff: false } });
    const swapped = run(inputs({ localSubnets: ['10.1.2.0/24', '10.9.0.0/16'] }));
    assert.deepEqual(swapped.detailedDiff, { 'localSubnets[1]': { kind: 'update', inputDiff: false } });
    assert.deepEqual(swapped.diffs, ['localSubnets']);
  });

  it('shows a user-set PSK that differs from the live one as a change of ikeConfig.psk', () => {
    const d = run(inputs({ ikeConfig: { psk: 'mine' } }));
    assert.deepEqual(Object.keys(d.detailedDiff), ['ikeConfig.psk']);
  });

  it('adds a property the live state lacks', () => {
    const d = run(inputs({ name: 'edge' }), outputs({ name: undefined }));
    assert.deepEqual(d.detailedDiff, { name: { kind: 'add', inputDiff: false } });
  });

  it('replaces on a new VPN gateway, creating first because the gateway pair changes', () => {
    const d = run(inputs({ vpnGatewayId: 'vpn-gw2' }));
    assert.deepEqual(d.detailedDiff, { vpnGatewayId: { kind: 'update-replace', inputDiff: false } });
    assert.deepEqual(d.replaces, ['vpnGatewayId']);
    assert.equal(d.deleteBeforeReplace, false);
  });

  it('replaces on a new customer gateway', () => {
    const d = run(inputs({ customerGatewayId: 'cgw-c2' }));
    assert.deepEqual(d.replaces, ['customerGatewayId']);
    assert.equal(d.deleteBeforeReplace, false);
  });

  it('deletes before replacing when only the region changes, since the gateway pair stays the same', () => {
    const d = run(inputs({ regionId: 'cn-shanghai' }));
    assert.deepEqual(d.replaces, ['regionId']);
    assert.equal(d.deleteBeforeReplace, true);
  });

  it('deletes before replacing when the VPN gateway keeps the same BGP tunnel CIDR', () => {
    const bgp = { enableBgp: true, tunnelCidr: '169.254.11.0/30', localBgpIp: '169.254.11.1' };
    const d = run(inputs({ customerGatewayId: 'cgw-c2', bgpConfig: bgp }), outputs({ bgpConfig: { ...bgp, localAsn: 45104 } }));
    assert.deepEqual(d.replaces, ['customerGatewayId']);
    assert.equal(d.deleteBeforeReplace, true);
  });

  it('marks an unknown gateway id as a possible replacement that deletes first', () => {
    const d = run(inputs({ vpnGatewayId: new Unknown('string') }));
    assert.deepEqual(d.detailedDiff, { vpnGatewayId: { kind: 'update-replace', inputDiff: false } });
    assert.equal(d.deleteBeforeReplace, true);
  });

  it('marks unknown nested objects and lists as updates', () => {
    const d = run(inputs({ ipsecConfig: new Unknown('object'), remoteSubnets: new Unknown('array') }));
    assert.deepEqual(d.detailedDiff, {
      remoteSubnets: { kind: 'update', inputDiff: false },
      ipsecConfig: { kind: 'update', inputDiff: false },
    });
  });

  it('keeps every top-level diff key backed by a detailed path and vice versa', () => {
    const d = run(inputs({ name: 'x1', ikeConfig: { ikeAuthAlg: 'sha256' }, healthCheckConfig: { enable: true, dip: '1.1.1.1', sip: '2.2.2.2' } }));
    const tops = new Set(Object.keys(d.detailedDiff).map((p) => p.split(/[.[]/)[0]));
    assert.deepEqual([...tops].sort(), [...d.diffs].sort());
  });

  it('drops paths under ignoreChanges', () => {
    const d = run(inputs({ name: 'x1', ikeConfig: { ikeAuthAlg: 'sha256' } }), outputs(), ['ikeConfig']);
    assert.deepEqual(Object.keys(d.detailedDiff), ['name']);
  });

  it('does not diff properties the user stopped setting', () => {
    const withName = outputs({ name: 'old-name' });
    const d = run(inputs(), withName);
    assert.equal(d.changes, false);
  });
});

describe('VpnConnection previewOutputs', () => {
  it('marks service-computed values unknown on create, including a PSK the user did not give', () => {
    const out = previewOutputs(inputs());
    for (const k of ['vpnConnectionId', 'createTime', 'status', 'state', 'name']) assert.ok(isUnknown(out[k]), k);
    const ike = out.ikeConfig as Record<string, unknown>;
    assert.ok(isUnknown(ike.psk) && isUnknown(ike.localId) && isUnknown(ike.remoteId));
    assert.equal(ike.ikeEncAlg, 'aes');
    assert.deepEqual(out.localSubnets, ['10.1.1.0/24', '10.1.2.0/24']);
  });

  it('keeps the user PSK and leaves no PSK or LocalId for SM connections', () => {
    const normal = previewOutputs(inputs({ ikeConfig: { psk: 'abc' } }));
    assert.equal((normal.ikeConfig as Record<string, unknown>).psk, 'abc');
    const sm = previewOutputs(inputs({ remoteCaCertificate: '-----BEGIN CERTIFICATE-----x' }));
    const ike = sm.ikeConfig as Record<string, unknown>;
    assert.equal('psk' in ike, false);
    assert.equal('localId' in ike, false);
    assert.ok(isUnknown(ike.remoteId));
  });

  it('carries the old computed and server-filled values on update', () => {
    const out = previewOutputs(inputs({ name: 'new' }), outputs());
    assert.equal(out.vpnConnectionId, 'vco-1');
    assert.equal(out.createTime, 1613806468000);
    assert.equal(out.name, 'new');
    assert.equal((out.ikeConfig as Record<string, unknown>).psk, 'generatedpsk1234');
  });
});
