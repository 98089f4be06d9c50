import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  checkBgp, checkHealthCheck, checkName, checkPsk, checkTunnelCidr, parseAsn, parseSubnets, peerBgpIp, policyRouteCount,
} from 'alicloudvpn-emulator/dist/models/connectionRules';
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

describe('emulator connection rules', () => {
  describe('parseSubnets', () => {
    it('accepts 1 to 10 IPv4 network CIDRs and trims spaces', () => {
      assert.deepEqual(parseSubnets('10.0.0.0/8, 192.168.1.0/24', 'LocalSubnet'), ['10.0.0.0/8', '192.168.1.0/24']);
      const ten = Array.from({ length: 10 }, (_, i) => `10.${i}.0.0/16`).join(',');
      assert.equal(parseSubnets(ten, 'RemoteSubnet').length, 10);
    });

    it('names the parameter in the error code', () => {
      assert.equal(codeOf(() => parseSubnets('x', 'LocalSubnet')), 'IllegalParam.LocalSubnet');
      assert.equal(codeOf(() => parseSubnets('x', 'RemoteSubnet')), 'IllegalParam.RemoteSubnet');
    });

    it('accepts every network address of every prefix length', () => {
      fc.assert(fc.property(fc.ipV4(), fc.integer({ min: 0, max: 32 }), (ip, bits) => {
        const octets = ip.split('.').map(Number);
        const value = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
        const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
        const net = (value & mask) >>> 0;
        const cidr = `${net >>> 24}.${(net >>> 16) & 255}.${(net >>> 8) & 255}.${net & 255}/${bits}`;
        assert.deepEqual(parseSubnets(cidr, 'LocalSubnet'), [cidr]);
      }));
    });
  });

  it('counts policy routes as local × remote, except in destination-routing mode', () => {
    assert.equal(policyRouteCount(['a', 'b'], ['c', 'd', 'e']), 6);
    assert.equal(policyRouteCount(['0.0.0.0/0'], ['0.0.0.0/0']), 0);
  });

  it('accepts a name when either the SDK rule (1–100 of anything) or the seed rule (2–128, letter first) allows it', () => {
    const sdkOnly = ['a', '_ab', '9ab', 'a b', 'x'.repeat(99) + '!'];
    const seedOnly = [`a${'b'.repeat(127)}`, `连接${'_'.repeat(110)}`];
    for (const ok of ['ab', 'IPsec-1', '连接_a.b', ...sdkOnly, ...seedOnly]) assert.equal(codeOf(() => checkName(ok)), undefined, ok);
  });

  it('refuses a name both rules refuse: empty, over 128, a URL prefix, or 101–128 characters outside the seed alphabet', () => {
    const bad = ['', 'https://x', 'HTTP://x', `a${'b'.repeat(128)}`, `a ${'b'.repeat(99)}`, `9${'b'.repeat(100)}`];
    for (const name of bad) assert.equal(codeOf(() => checkName(name)), 'IllegalParam.Name', name);
  });

  it('never accepts a name only because one rule ignores the other\'s limits', () => {
    fc.assert(fc.property(fc.string({ minLength: 129, maxLength: 200 }), (name) => {
      assert.equal(codeOf(() => checkName(name)), 'IllegalParam.Name');
    }));
  });

  it('checks PSKs: 1–100 allowed characters and never echoes them', () => {
    assert.equal(codeOf(() => checkPsk('Ab1~!`@#$%^&*()_-+={}[]|;:",.<>/?')), undefined);
    try {
      checkPsk('bad psk');
      assert.fail('expected an error');
    } catch (err) {
      assert.ok(!(err as Error).message.includes('bad psk'));
    }
    assert.equal(codeOf(() => checkPsk('')), 'IllegalParam.Psk');
  });

  it('takes a health check policy of revoke_route or reserve_route and answers IllegalParam.Policy for any other', () => {
    const hc = { Enable: true, Dip: '192.168.1.1', Sip: '10.0.0.1', Interval: 3, Retry: 3 };
    for (const Policy of ['revoke_route', 'reserve_route'] as const) assert.equal(codeOf(() => checkHealthCheck({ ...hc, Policy })), undefined);
    assert.equal(codeOf(() => checkHealthCheck({ ...hc, Policy: 'keep_route' as never })), 'IllegalParam.Policy');
  });

  it('checks tunnel CIDRs: /30, inside 169.254.0.0/16, not reserved', () => {
    assert.equal(codeOf(() => checkTunnelCidr('169.254.7.0/30')), undefined);
    for (const bad of ['169.254.6.0/30', '169.254.169.252/30', '169.254.7.0/29', '169.253.7.0/30', '169.254.7.1/30']) {
      assert.equal(codeOf(() => checkTunnelCidr(bad)), 'IllegalParam.TunnelCidr', bad);
    }
  });

  it('finds the peer BGP address as the other host of the /30', () => {
    assert.equal(peerBgpIp('169.254.10.1', '169.254.10.0/30'), '169.254.10.2');
    assert.equal(peerBgpIp('169.254.10.2', '169.254.10.0/30'), '169.254.10.1');
  });

  it('parses decimal and asdot ASNs', () => {
    assert.equal(parseAsn('45104'), 45104);
    assert.equal(parseAsn('1.0'), 65536);
    assert.ok(Number.isNaN(parseAsn('AS1')));
  });

  it('requires a tunnel CIDR and BGP IP when BGP is enabled', () => {
    assert.equal(codeOf(() => checkBgp({ EnableBgp: true, LocalAsn: 1, TunnelCidr: '', LocalBgpIp: '' })), 'IllegalParam.TunnelCidr');
    assert.equal(codeOf(() => checkBgp({ EnableBgp: false, LocalAsn: 45104, TunnelCidr: '', LocalBgpIp: '' })), undefined);
  });
});
