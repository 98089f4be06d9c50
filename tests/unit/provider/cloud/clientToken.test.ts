import { strict as assert } from 'assert';
import { deriveClientToken } from 'pulumi-resource-alicloudvpn/dist/cloud';

describe('cloud ClientToken', () => {
  const urn = 'urn:pulumi:dev::proj::alicloudvpn:index:VpnConnection::edge';

  it('is the same for the same URN, operation and parameters, whatever the key order', () => {
    const a = deriveClientToken(urn, 'create', { LocalSubnet: '10.0.0.0/8', VpnGatewayId: 'vpn-1' });
    const b = deriveClientToken(urn, 'create', { VpnGatewayId: 'vpn-1', LocalSubnet: '10.0.0.0/8' });
    assert.equal(a, b);
    assert.match(a, /^avpn-c-[0-9a-f]{40}-0$/);
  });

  it('differs by URN, operation, parameters and sequence', () => {
    const base = deriveClientToken(urn, 'create', { a: 1 });
    assert.notEqual(deriveClientToken(`${urn}2`, 'create', { a: 1 }), base);
    assert.notEqual(deriveClientToken(urn, 'modify', { a: 1 }), base);
    assert.notEqual(deriveClientToken(urn, 'create', { a: 2 }), base);
    assert.notEqual(deriveClientToken(urn, 'create', { a: 1 }, 1), base);
    assert.equal(deriveClientToken(urn, 'create', { a: 1 }, 1).slice(0, -2), base.slice(0, -2));
  });

  it('stays within 64 printable ASCII characters', () => {
    const t = deriveClientToken('x'.repeat(5000), 'delete', { id: 'vco-1' }, 999_999);
    assert.ok(t.length <= 64);
    assert.match(t, /^[\x21-\x7e]+$/);
  });
});
