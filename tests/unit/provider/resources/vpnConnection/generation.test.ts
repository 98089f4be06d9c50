import { strict as assert } from 'assert';
import {
  GENERATION_TAG_KEY,
  generationTag,
  liveGeneration,
  recordedGeneration,
  supersededBy,
} from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection/generation';
import { withoutProviderTags } from 'pulumi-resource-alicloudvpn/dist/resources/shared/providerTags';

describe('VpnConnection generations', () => {
  it('writes the generation as a decimal tag value', () => {
    assert.deepEqual(generationTag(3), { key: 'alicloudvpn-generation', value: '3' });
  });

  it('reads a connection without the tag, or with a value edited by hand, as generation 0', () => {
    assert.equal(liveGeneration({}), 0);
    assert.equal(liveGeneration(undefined), 0);
    for (const value of ['', 'x', '-1', '0', '1.5', '01']) assert.equal(liveGeneration({ [GENERATION_TAG_KEY]: value }), 0, value);
    assert.equal(liveGeneration({ [GENERATION_TAG_KEY]: '12' }), 12);
  });

  it('reads a state from before generations (no output) as generation 0', () => {
    assert.equal(recordedGeneration({}), 0);
    assert.equal(recordedGeneration({ generation: 2 }), 2);
  });

  it('calls a state superseded only when the live tag is newer than what it recorded', () => {
    assert.deepEqual(supersededBy({ generation: 1 }, { [GENERATION_TAG_KEY]: '2' }), { recorded: 1, live: 2 });
    assert.deepEqual(supersededBy({}, { [GENERATION_TAG_KEY]: '1' }), { recorded: 0, live: 1 });
    assert.equal(supersededBy({ generation: 2 }, { [GENERATION_TAG_KEY]: '2' }), undefined);
    assert.equal(supersededBy({ generation: 1 }, {}), undefined, 'a tag removed by hand never stops a delete');
    assert.equal(supersededBy({}, {}), undefined);
  });

  it("keeps the provider's own tags out of the user's tags", () => {
    assert.deepEqual(withoutProviderTags({ env: 'prod', 'alicloudvpn-owner': 'abc', [GENERATION_TAG_KEY]: '2' }), { env: 'prod' });
    const untouched = { env: 'prod' };
    assert.equal(withoutProviderTags(untouched), untouched);
  });
});
