import { strict as assert } from 'assert';
import { check, diff } from 'pulumi-resource-alicloudvpn/dist/resources/customerGateway/index';

const ctx = { defaultRegion: 'cn-hangzhou' };

function failures(news: Record<string, unknown>): string[] {
  return check({}, news, ctx).failures.map((f) => `${f.property}: ${f.reason}`);
}

describe('CustomerGateway check', () => {
  it('accepts a public address, an asdot ASN and fills the provider region', () => {
    const r = check({}, { ipAddress: '198.51.100.7', asn: '1.1', authKey: 'k!~' }, ctx);
    assert.deepEqual(r.failures, []);
    assert.deepEqual(r.inputs, { ipAddress: '198.51.100.7', asn: '65537', authKey: 'k!~', regionId: 'cn-hangzhou' });
  });

  it('accepts a private address (private-network connections use one)', () => {
    assert.deepEqual(failures({ ipAddress: '10.0.0.1' }), []);
  });

  for (const [ip, words] of [['100.64.1.1', '100.64.0.0/10'], ['127.0.0.1', '127.0.0.0/8'], ['169.254.0.9', '169.254.0.0/16'], ['239.1.1.1', '224.0.0.0/4'], ['255.1.1.1', '255.0.0.0/8'], ['0.1.2.3', '0.0.0.0/8'], ['1.2.3', 'not an IPv4 address']] as const) {
    it(`rejects ipAddress ${ip}`, () => {
      assert.ok(failures({ ipAddress: ip }).some((f) => f.startsWith('ipAddress: ') && f.includes(words)), failures({ ipAddress: ip }).join('\n'));
    });
  }

  it('rejects ASN 45104, 0 and beyond 32 bits', () => {
    assert.match(failures({ ipAddress: '198.51.100.7', asn: 45104 }).join(), /^asn: 45104 is Alibaba Cloud's own ASN/);
    assert.match(failures({ ipAddress: '198.51.100.7', asn: '0' }).join(), /^asn: must be an integer from 1 to 4294967295/);
    assert.match(failures({ ipAddress: '198.51.100.7', asn: '4294967296' }).join(), /^asn: /);
  });

  it('rejects names and descriptions that are empty, longer than 100 characters or start with a URL scheme', () => {
    assert.match(failures({ ipAddress: '198.51.100.7', customerGatewayName: 'HTTPS://a' }).join(), /^customerGatewayName: must not start with http:\/\//);
    assert.match(failures({ ipAddress: '198.51.100.7', description: 'd'.repeat(101) }).join(), /^description: must be 1 to 100 characters/);
    assert.match(failures({ ipAddress: '198.51.100.7', customerGatewayName: '' }).join(), /^customerGatewayName: must be 1 to 100/);
  });

  it('rejects auth keys with spaces, "?", non-ASCII or more than 64 characters without repeating them', () => {
    for (const key of ['two words', 'why?', 'clé', 'k'.repeat(65)]) {
      const got = failures({ ipAddress: '198.51.100.7', authKey: key });
      assert.equal(got.length, 1, got.join('\n'));
      assert.match(got[0], /^authKey: /);
      assert.ok(!got[0].includes(key), got[0]);
    }
  });

  it('rejects the provider\'s own tag keys, and more tags than the provider leaves, naming customer gateways', () => {
    assert.match(
      failures({ ipAddress: '198.51.100.7', tags: { 'alicloudvpn-owner': 'x' } }).join(),
      /^tags\.alicloudvpn-owner: tag key "alicloudvpn-owner": is reserved: the provider marks the customer gateways it creates with its own tags; use another key$/,
    );
    const many = Object.fromEntries(Array.from({ length: 18 }, (_, i) => [`k${i}`, 'v']));
    assert.match(failures({ ipAddress: '198.51.100.7', tags: many }).join(), /^tags: at most 17 tags per customer gateway \(the service allows 20; .*\); got 18: remove 1$/);
  });
});

describe('CustomerGateway diff', () => {
  const old = { ipAddress: '198.51.100.7', asn: '65001', customerGatewayName: 'a', authKey: 'k1', regionId: 'cn-hangzhou', tags: { a: '1' } };
  const d = (news: Record<string, unknown>) => diff({ id: 'cgw-1', oldOutputs: old, oldInputs: old, newInputs: { ...old, ...news } });

  it('replaces on ipAddress, asn and regionId only', () => {
    assert.deepEqual(d({ ipAddress: '198.51.100.8' }).replaces, ['ipAddress']);
    assert.deepEqual(d({ asn: '65002' }).replaces, ['asn']);
    assert.deepEqual(d({ regionId: 'cn-shanghai' }).replaces, ['regionId']);
    const inPlace = d({ customerGatewayName: 'b', description: 'x', authKey: 'k2', tags: { b: '2' } });
    assert.deepEqual(inPlace.replaces, []);
    assert.deepEqual(Object.keys(inPlace.detailedDiff).sort(), ['authKey', 'customerGatewayName', 'description', 'tags.a', 'tags.b']);
  });

  it('sees no change for the same ASN written as text or number', () => {
    assert.equal(d({ asn: 65001 }).changes, false);
  });
});
