import { strict as assert } from 'assert';
import { isStackIdentity, STACK_IDENTITY_KEY, withStackIdentity } from 'pulumi-resource-alicloudvpn/dist/server/stackIdentity';
import { diffConfig, unrecognizedConfigKeys } from 'pulumi-resource-alicloudvpn/dist/server/providerConfig';
import { ownerTag, ownershipTags, tokenSeed } from 'pulumi-resource-alicloudvpn/dist/resources/shared/ownership';

const URN = 'urn:pulumi:dev::proj::alicloudvpn:index:VpnConnection::branch';

describe('the stack identity a provider adds in CheckConfig', () => {
  it('draws a new random identity when the provider has none recorded', () => {
    const a = withStackIdentity({}, { region: 'cn-hangzhou' })[STACK_IDENTITY_KEY];
    const b = withStackIdentity({}, { region: 'cn-hangzhou' })[STACK_IDENTITY_KEY];
    assert.ok(isStackIdentity(a) && isStackIdentity(b));
    assert.notEqual(a, b, 'two new stacks, two identities');
  });

  it('carries the recorded identity forward, from the old inputs first, then from the news a refresh sends', () => {
    const recorded = 'a'.repeat(32);
    assert.equal(withStackIdentity({ [STACK_IDENTITY_KEY]: recorded }, { region: 'x' })[STACK_IDENTITY_KEY], recorded);
    assert.equal(withStackIdentity({}, { [STACK_IDENTITY_KEY]: recorded })[STACK_IDENTITY_KEY], recorded);
    assert.equal(withStackIdentity({ [STACK_IDENTITY_KEY]: recorded }, { [STACK_IDENTITY_KEY]: 'b'.repeat(32) })[STACK_IDENTITY_KEY], recorded);
    assert.notEqual(withStackIdentity({ [STACK_IDENTITY_KEY]: 'not hex' }, {})[STACK_IDENTITY_KEY], 'not hex');
  });

  it('is neither configuration the user is warned about nor a change of the provider', () => {
    assert.deepEqual(unrecognizedConfigKeys({ [STACK_IDENTITY_KEY]: 'a'.repeat(32) }), []);
    assert.equal(diffConfig({ [STACK_IDENTITY_KEY]: 'a'.repeat(32) }, { [STACK_IDENTITY_KEY]: 'b'.repeat(32) }).changes, false);
  });

  it('makes the ownership tags and token seed differ between two stacks of the same URN', () => {
    const one = { stack: 'a'.repeat(32), urn: URN };
    const two = { stack: 'b'.repeat(32), urn: URN };
    assert.notEqual(ownerTag(one).value, ownerTag(two).value);
    assert.notEqual(tokenSeed(one), tokenSeed(two));
    assert.match(ownerTag(one).value, /^[0-9a-f]{40}:branch$/);
    assert.deepEqual(ownershipTags(one).map((t) => t.key), ['alicloudvpn-stack', 'alicloudvpn-owner']);
    assert.equal(ownershipTags(one)[0].value, one.stack);
  });

  it('keeps the ownership tag within the service\'s 128 characters for a very long resource name', () => {
    assert.equal(ownerTag({ stack: 'a'.repeat(32), urn: `${URN}${'x'.repeat(300)}` }).value.length, 128);
  });
});
