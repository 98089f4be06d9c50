import { strict as assert } from 'node:assert';
import { ReplacementGuard, keptMessage } from 'pulumi-resource-alicloudvpn/dist/resources/shared/replacementGuard';
import { resourceModule, resourceTypes } from 'pulumi-resource-alicloudvpn/dist/server/resourceModule';

const URN = 'urn:pulumi:dev::proj::alicloudvpn:index:CustomerGateway::uplink';
const OTHER = 'urn:pulumi:dev::proj::alicloudvpn:index:CustomerGateway::backup';

describe('the replacement guard', () => {
  it('keeps the Delete of the id a Create of the same URN adopted, once', () => {
    const guard = new ReplacementGuard();
    guard.created(URN, { id: 'cgw-1', adopted: true });
    assert.equal(guard.keeps(OTHER, 'cgw-1'), false, 'another resource');
    assert.equal(guard.keeps(URN, 'cgw-2'), false, 'another id');
    assert.equal(guard.keeps(URN, 'cgw-1'), true);
    assert.equal(guard.keeps(URN, 'cgw-1'), false, 'used up by the kept Delete');
  });

  it('never keeps what a Create made anew (deleteBeforeReplace, a first create)', () => {
    const guard = new ReplacementGuard();
    guard.created(URN, { id: 'cgw-1' });
    guard.created(OTHER, { id: 'cgw-9', adopted: false });
    assert.equal(guard.keeps(URN, 'cgw-1'), false);
    assert.equal(guard.keeps(OTHER, 'cgw-9'), false);
  });

  it('forgets an adoption when a later Create of the URN makes a resource anew', () => {
    const guard = new ReplacementGuard();
    guard.created(URN, { id: 'cgw-1', adopted: true });
    guard.created(URN, { id: 'cgw-2', adopted: false });
    assert.equal(guard.keeps(URN, 'cgw-1'), false);
    assert.equal(guard.keeps(URN, 'cgw-2'), false);
  });

  it('keeps nothing for an empty id', () => {
    const guard = new ReplacementGuard();
    guard.created(URN, { id: '', adopted: true });
    assert.equal(guard.keeps(URN, ''), false);
  });

  it('says what it kept, why, and how to re-create it instead', () => {
    assert.equal(
      keptMessage('VPN gateway', 'vpn-1'),
      'VPN gateway vpn-1 is kept: the replacement of this resource took it over (a replayed create returns the same VPN gateway), so the stack still manages it. ' +
        'To re-create it instead, use the resource option deleteBeforeReplace: true.',
    );
  });

  it('guards every resource but the connection, whose generation tag decides in any plugin process', () => {
    assert.deepEqual(Object.fromEntries(resourceTypes().map((t) => [t, resourceModule(t)?.guardedKind])), {
      'alicloudvpn:index:VpnConnection': undefined,
      'alicloudvpn:index:CustomerGateway': 'customer gateway',
      'alicloudvpn:index:VpnGateway': 'VPN gateway',
      'alicloudvpn:index:VpnRouteEntry': 'destination-based route',
      'alicloudvpn:index:VpnPbrRouteEntry': 'policy-based route',
    });
  });
});
