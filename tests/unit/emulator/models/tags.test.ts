import { strict as assert } from 'node:assert';
import { checkTags, matchesTags, resourceType } from 'alicloudvpn-emulator/dist/models/tags';
import { ApiError } from 'alicloudvpn-emulator/dist/errors';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (err) {
    assert.ok(err instanceof ApiError);
    return err.code;
  }
}

const tag = (Key: string, Value = '') => ({ Key, Value });

describe('emulator tag rules', () => {
  it('accepts up to 20 tags with 1–64 character keys and values up to 128', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => tag(`k${i}`, 'v'));
    assert.equal(codeOf(() => checkTags(twenty)), undefined);
    assert.equal(codeOf(() => checkTags([tag('k'.repeat(64), 'v'.repeat(128)), tag('empty-value')])), undefined);
  });

  it('names each broken limit with its own code', () => {
    assert.equal(codeOf(() => checkTags(Array.from({ length: 21 }, (_, i) => tag(`k${i}`)))), 'NumberExceed.Tags');
    for (const key of ['', 'k'.repeat(65), 'aliyun', 'ACS:x', 'a http://b', 'https://b']) {
      assert.equal(codeOf(() => checkTags([tag(key)])), 'InvalidTagKey.Malformed', key);
    }
    for (const value of ['v'.repeat(129), 'aliyun-x', 'acs:x', 'see https://x']) {
      assert.equal(codeOf(() => checkTags([tag('k', value)])), 'InvalidTagValue.Malformed', value);
    }
    assert.equal(codeOf(() => checkTags([tag('k', 'a'), tag('k', 'b')])), 'Duplicate.TagKey');
  });

  it('matches tag filters with AND semantics; an empty wanted value matches any value', () => {
    const tags = [tag('env', 'prod'), tag('team', 'net')];
    assert.ok(matchesTags(tags, [tag('env', 'prod'), tag('team', 'net')]));
    assert.ok(matchesTags(tags, [tag('team')]));
    assert.ok(!matchesTags(tags, [tag('env', 'prod'), tag('team', 'db')]));
    assert.ok(!matchesTags(tags, [tag('owner')]));
  });

  it('accepts the VPNCONNECTION resource type in any case and nothing else', () => {
    assert.equal(resourceType('vpnConnection'), 'VPNCONNECTION');
    assert.equal(codeOf(() => resourceType('VPC')), 'InvalidResourceType.NotFound');
  });
});
