import { strict as assert } from 'node:assert';
import { typeFromUrn } from 'pulumi-resource-alicloudvpn/dist/server/resourceHandlers';

describe('resource type from URN', () => {
  it('takes the last type of a qualified type chain', () => {
    assert.equal(typeFromUrn('urn:pulumi:dev::proj::alicloudvpn:index:VpnConnection::c'), 'alicloudvpn:index:VpnConnection');
    assert.equal(
      typeFromUrn('urn:pulumi:dev::proj::my:comp:Parent$alicloudvpn:index:VpnConnection::c'),
      'alicloudvpn:index:VpnConnection',
    );
  });

  it('returns an empty type for something that is not a URN', () => {
    assert.equal(typeFromUrn('not-a-urn'), '');
  });
});
