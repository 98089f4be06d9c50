import { strict as assert } from 'node:assert';
import { mergeParams, parsePairs, readList, rfc3986 } from 'alicloudvpn-emulator/dist/protocol';

describe('emulator protocol', () => {
  it('reads 1-based flattened arrays into nested objects ordered by index', () => {
    const params = mergeParams(parsePairs(
      'TunnelOptionsSpecification.2.Role=slave&TunnelOptionsSpecification.1.Role=master'
      + '&TunnelOptionsSpecification.1.TunnelIkeConfig.Psk=a%26b&Tags.1.Key=k&Other=x',
    ));
    assert.deepEqual(readList(params, 'TunnelOptionsSpecification'), [
      { Role: 'master', TunnelIkeConfig: { Psk: 'a&b' } },
      { Role: 'slave' },
    ]);
    assert.deepEqual(readList(params, 'Tags'), [{ Key: 'k' }]);
    assert.deepEqual(readList(params, 'Tag'), []);
  });

  it('percent-encodes as RFC 3986', () => {
    assert.equal(rfc3986("a b!'()*~"), 'a%20b%21%27%28%29%2A~');
  });

  it('keeps the first value of a repeated parameter', () => {
    assert.deepEqual(mergeParams([['A', '1']], [['A', '2'], ['B', '3']]), { A: '1', B: '3' });
  });
});
