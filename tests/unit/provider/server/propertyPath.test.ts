import { strict as assert } from 'node:assert';
import { childPath, formatPath, isUnderPath, topLevelKey } from 'pulumi-resource-alicloudvpn/dist/server/propertyPath';

describe('property paths', () => {
  it('formats nested keys and indexes in the engine syntax', () => {
    assert.equal(formatPath(['ikeConfig', 'ikeEncAlg']), 'ikeConfig.ikeEncAlg');
    assert.equal(formatPath(['localSubnets', 1]), 'localSubnets[1]');
    assert.equal(formatPath(['tags', 'a.b', 'c']), 'tags["a.b"].c');
    assert.equal(formatPath(['has space']), '["has space"]');
    assert.equal(childPath(childPath('', 'a'), 0), 'a[0]');
  });

  it('finds the top-level key of a path, quoted keys included', () => {
    assert.equal(topLevelKey('ikeConfig.psk'), 'ikeConfig');
    assert.equal(topLevelKey('localSubnets[3]'), 'localSubnets');
    assert.equal(topLevelKey('name'), 'name');
    assert.equal(topLevelKey('["a.b"].c'), 'a.b');
  });

  it('tells whether a path lies under another', () => {
    assert.ok(isUnderPath('ikeConfig.psk', 'ikeConfig'));
    assert.ok(isUnderPath('ikeConfig', 'ikeConfig'));
    assert.ok(isUnderPath('l[0]', 'l'));
    assert.ok(!isUnderPath('ikeConfigX', 'ikeConfig'));
  });
});
