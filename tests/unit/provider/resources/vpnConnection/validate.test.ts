import { strict as assert } from 'assert';
import { check } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection';
import { Unknown } from 'pulumi-resource-alicloudvpn/dist/resources/resource';

const CERT = '-----BEGIN CERTIFICATE-----\nMIIB7zCCAZWgAwIBAgIUTEST\n-----END CERTIFICATE-----';
const SECRET_PSK = 'Sup3r-Secret!Key';

function base(): Record<string, unknown> {
  return {
    vpnGatewayId: 'vpn-bp1q8bgx4xnkm0001',
    customerGatewayId: 'cgw-bp1hgslrq1afztya0001',
    localSubnets: ['10.1.1.0/24', '10.1.2.0/24'],
    remoteSubnets: ['10.2.1.0/24'],
  };
}

function sm(): Record<string, unknown> {
  return { ...base(), remoteCaCertificate: CERT };
}

type Case = [title: string, inputs: Record<string, unknown>, path: string, message: RegExp];

const CASES: Case[] = [
  ['vpnGatewayId missing', { ...base(), vpnGatewayId: undefined }, 'vpnGatewayId', /required: a VPN gateway id/],
  ['vpnGatewayId with the wrong prefix', { ...base(), vpnGatewayId: 'cgw-abc' }, 'vpnGatewayId', /"cgw-abc" is not a VPN gateway id/],
  ['vpnGatewayId not a string', { ...base(), vpnGatewayId: 42 }, 'vpnGatewayId', /must be a string, got a number/],
  ['customerGatewayId missing', { ...base(), customerGatewayId: undefined }, 'customerGatewayId', /required: a customer gateway id .*or, on a dual-tunnel VPN gateway, tunnelOptions/],
  ['customerGatewayId with the wrong prefix', { ...base(), customerGatewayId: 'vpn-abc' }, 'customerGatewayId', /is not a customer gateway id/],
  ['regionId malformed', { ...base(), regionId: 'Hangzhou' }, 'regionId', /"Hangzhou" is not a region id \(for example cn-hangzhou/],
  ['localSubnets missing', { ...base(), localSubnets: undefined }, 'localSubnets', /required: 1 to 10 IPv4 CIDR blocks/],
  ['localSubnets empty', { ...base(), localSubnets: [] }, 'localSubnets', /must hold 1 to 10 CIDR blocks, got 0/],
  ['localSubnets with 11 blocks', { ...base(), localSubnets: Array.from({ length: 11 }, (_, i) => `10.0.${i}.0/24`) }, 'localSubnets', /must hold 1 to 10 CIDR blocks, got 11/],
  ['localSubnets a string', { ...base(), localSubnets: '10.0.0.0/8' }, 'localSubnets', /must be a list of 1 to 10 IPv4 CIDR blocks, got a string/],
  ['localSubnets entry without prefix', { ...base(), localSubnets: ['10.0.0.0'] }, 'localSubnets[0]', /"10.0.0.0" is not an IPv4 CIDR block/],
  ['localSubnets entry with a comma list', { ...base(), localSubnets: ['10.0.0.0/8,10.1.0.0/16'] }, 'localSubnets[0]', /no commas/],
  ['localSubnets entry with host bits', { ...base(), localSubnets: ['10.1.1.0/24', '10.1.2.5/24'] }, 'localSubnets[1]', /host bits set; use the network address 10.1.2.0\/24/],
  ['localSubnets entry IPv6', { ...base(), localSubnets: ['fd00::/64'] }, 'localSubnets[0]', /is not an IPv4 CIDR block/],
  ['localSubnets entry prefix 33', { ...base(), localSubnets: ['10.0.0.0/33'] }, 'localSubnets[0]', /is not an IPv4 CIDR block/],
  ['localSubnets duplicate entry', { ...base(), localSubnets: ['10.1.1.0/24', '10.1.1.0/24'] }, 'localSubnets[1]', /listed twice/],
  ['remoteSubnets entry not a string', { ...base(), remoteSubnets: [7] }, 'remoteSubnets[0]', /must be an IPv4 CIDR block such as 10.1.1.0\/24, got a number/],
  ['remoteSubnets missing', { ...base(), remoteSubnets: undefined }, 'remoteSubnets', /required/],
  ['name longer than 128', { ...base(), name: `a${'b'.repeat(128)}` }, 'name', /1 to 100 characters, or up to 128 starting with a letter/],
  ['name of 101 characters starting with a digit', { ...base(), name: `1${'b'.repeat(100)}` }, 'name', /1 to 100 characters, or up to 128 starting with a letter/],
  ['name empty', { ...base(), name: '' }, 'name', /1 to 100 characters/],
  ['name starting with http://', { ...base(), name: 'http://x' }, 'name', /never starting with http:\/\/ or https:\/\//],
  ['effectImmediately not a boolean', { ...base(), effectImmediately: 'yes' }, 'effectImmediately', /must be a boolean \(true or false\), got "yes"/],
  ['enableDpd a number', { ...base(), enableDpd: 1 }, 'enableDpd', /must be a boolean/],
  ['unknown top-level property', { ...base(), labels: { a: 'b' } }, 'labels', /unknown property; allowed properties: vpnGatewayId/],
  ['computed property given as input', { ...base(), vpnConnectionId: 'vco-1' }, 'vpnConnectionId', /computed by the service/],
  ['ikeConfig not an object', { ...base(), ikeConfig: 'aes' }, 'ikeConfig', /must be an object with the properties psk, ikeVersion/],
  ['ikeConfig unknown key', { ...base(), ikeConfig: { ikeLocalId: 'x' } }, 'ikeConfig.ikeLocalId', /unknown property; allowed properties of ikeConfig: psk/],
  ['ikeConfig.ikeVersion ikev3', { ...base(), ikeConfig: { ikeVersion: 'ikev3' } }, 'ikeConfig.ikeVersion', /"ikev3" is not a valid value; allowed values: ikev1, ikev2/],
  ['ikeConfig.ikeMode quick', { ...base(), ikeConfig: { ikeMode: 'quick' } }, 'ikeConfig.ikeMode', /allowed values: main, aggressive/],
  ['ikeConfig.ikeEncAlg aes128', { ...base(), ikeConfig: { ikeEncAlg: 'aes128' } }, 'ikeConfig.ikeEncAlg', /allowed values: aes, aes192, aes256, des, 3des/],
  ['ikeConfig.ikeAuthAlg sha386 (the old Terraform typo)', { ...base(), ikeConfig: { ikeAuthAlg: 'sha386' } }, 'ikeConfig.ikeAuthAlg', /allowed values: md5, sha1, sha256, sha384, sha512/],
  ['ikeConfig.ikePfs group3', { ...base(), ikeConfig: { ikePfs: 'group3' } }, 'ikeConfig.ikePfs', /allowed values: group1, group2, group5, group14/],
  ['ikeConfig.ikePfs disabled (phase 2 only)', { ...base(), ikeConfig: { ikePfs: 'disabled' } }, 'ikeConfig.ikePfs', /allowed values: group1, group2, group5, group14$/],
  ['ikeConfig.ikeLifetime above 86400', { ...base(), ikeConfig: { ikeLifetime: 86401 } }, 'ikeConfig.ikeLifetime', /integer from 0 to 86400 seconds, got 86401/],
  ['ikeConfig.ikeLifetime negative', { ...base(), ikeConfig: { ikeLifetime: -1 } }, 'ikeConfig.ikeLifetime', /integer from 0 to 86400/],
  ['ikeConfig.ikeLifetime fractional', { ...base(), ikeConfig: { ikeLifetime: 1.5 } }, 'ikeConfig.ikeLifetime', /integer from 0 to 86400/],
  ['ikeConfig.psk longer than 100', { ...base(), ikeConfig: { psk: 'a'.repeat(101) } }, 'ikeConfig.psk', /1 to 100 characters of letters, digits/],
  ['ikeConfig.psk with a space', { ...base(), ikeConfig: { psk: 'abc def' } }, 'ikeConfig.psk', /\(no spaces\)/],
  ['ikeConfig.psk with a quote', { ...base(), ikeConfig: { psk: "it's" } }, 'ikeConfig.psk', /the given value \(4 characters\) is not/],
  ['ikeConfig.psk empty', { ...base(), ikeConfig: { psk: '' } }, 'ikeConfig.psk', /1 to 100 characters/],
  ['ikeConfig.localId with spaces', { ...base(), ikeConfig: { localId: 'my id' } }, 'ikeConfig.localId', /1 to 100 characters without spaces/],
  ['ikeConfig.remoteId longer than 100', { ...base(), ikeConfig: { remoteId: 'r'.repeat(101) } }, 'ikeConfig.remoteId', /1 to 100 characters without spaces/],
  // A typo is not a gateway-family problem: the message must not send the user to remoteCaCertificate.
  ['ikeConfig.ikeEncAlg aes512 (a typo, not an SM algorithm)', { ...base(), ikeConfig: { ikeEncAlg: 'aes512' } }, 'ikeConfig.ikeEncAlg', /^"aes512" is not a valid value; allowed values: aes, aes192, aes256, des, 3des$/],
  ['ipsecConfig.ipsecEncAlg aes512 on an SM connection', { ...sm(), ipsecConfig: { ipsecEncAlg: 'aes512' } }, 'ipsecConfig.ipsecEncAlg', /^"aes512" is not a valid value; allowed values: sm4$/],
  ['sm4 without remoteCaCertificate', { ...base(), ikeConfig: { ikeEncAlg: 'sm4' } }, 'ikeConfig.ikeEncAlg', /"sm4" is not allowed without remoteCaCertificate \(Normal gateway\).*sm4 need remoteCaCertificate/],
  ['sm3 without remoteCaCertificate', { ...base(), ipsecConfig: { ipsecAuthAlg: 'sm3' } }, 'ipsecConfig.ipsecAuthAlg', /without remoteCaCertificate .* allowed values: md5/],
  ['aes with remoteCaCertificate', { ...sm(), ikeConfig: { ikeEncAlg: 'aes' } }, 'ikeConfig.ikeEncAlg', /not allowed with remoteCaCertificate set \(NationalStandard\/SM gateway\); allowed values: sm4/],
  ['sha1 with remoteCaCertificate', { ...sm(), ipsecConfig: { ipsecAuthAlg: 'sha1' } }, 'ipsecConfig.ipsecAuthAlg', /allowed values: sm3/],
  ['psk with an SM config', { ...sm(), ikeConfig: { psk: SECRET_PSK } }, 'ikeConfig.psk', /not used with remoteCaCertificate set/],
  ['ikePfs with an SM config', { ...sm(), ikeConfig: { ikePfs: 'group2' } }, 'ikeConfig.ikePfs', /not used with remoteCaCertificate set .*Normal gateways only/],
  ['localId with an SM config', { ...sm(), ikeConfig: { localId: 'gw' } }, 'ikeConfig.localId', /not used with remoteCaCertificate set/],
  ['ipsecPfs with an SM config', { ...sm(), ipsecConfig: { ipsecPfs: 'group2' } }, 'ipsecConfig.ipsecPfs', /not used with remoteCaCertificate/],
  ['ikev2 with an SM config', { ...sm(), ikeConfig: { ikeVersion: 'ikev2' } }, 'ikeConfig.ikeVersion', /allowed values: ikev1$/],
  ['remoteCaCertificate not PEM', { ...base(), remoteCaCertificate: 'MIIB7zCC' }, 'remoteCaCertificate', /must be a PEM certificate starting with -----BEGIN CERTIFICATE-----/],
  ['ipsecConfig.ipsecEncAlg blowfish', { ...base(), ipsecConfig: { ipsecEncAlg: 'blowfish' } }, 'ipsecConfig.ipsecEncAlg', /allowed values: aes, aes192/],
  ['ipsecConfig.ipsecPfs group24', { ...base(), ipsecConfig: { ipsecPfs: 'group24' } }, 'ipsecConfig.ipsecPfs', /allowed values: group1, group2, group5, group14, disabled/],
  ['ipsecConfig.ipsecLifetime as text', { ...base(), ipsecConfig: { ipsecLifetime: 'day' } }, 'ipsecConfig.ipsecLifetime', /integer from 0 to 86400 seconds, got "day"/],
  ['healthCheckConfig.dip not an IP', { ...base(), healthCheckConfig: { enable: true, dip: '192.168.1', sip: '10.1.1.1' } }, 'healthCheckConfig.dip', /"192.168.1" is not an IPv4 address/],
  ['healthCheckConfig.sip missing when enabled', { ...base(), healthCheckConfig: { enable: true, dip: '192.168.1.2' } }, 'healthCheckConfig.sip', /required when healthCheckConfig.enable is true/],
  ['healthCheckConfig.interval zero', { ...base(), healthCheckConfig: { interval: 0 } }, 'healthCheckConfig.interval', /positive integer/],
  ['healthCheckConfig.retry negative', { ...base(), healthCheckConfig: { retry: -3 } }, 'healthCheckConfig.retry', /positive integer/],
  ['healthCheckConfig.policy not a policy', { ...base(), healthCheckConfig: { policy: 'keep_route' } }, 'healthCheckConfig.policy', /"keep_route" is not a valid value; allowed values: revoke_route, reserve_route/],
  ['healthCheckConfig.enable not a boolean', { ...base(), healthCheckConfig: { enable: 'on' } }, 'healthCheckConfig.enable', /must be a boolean/],
  ['bgpConfig.localAsn zero', { ...base(), bgpConfig: { localAsn: 0 } }, 'bgpConfig.localAsn', /integer from 1 to 4294967295/],
  ['bgpConfig.localAsn above 32 bits', { ...base(), bgpConfig: { localAsn: 4294967296 } }, 'bgpConfig.localAsn', /integer from 1 to 4294967295/],
  ['bgpConfig.tunnelCidr a /29', { ...base(), bgpConfig: { tunnelCidr: '169.254.11.0/29' } }, 'bgpConfig.tunnelCidr', /must be a \/30 network inside 169.254.0.0\/16/],
  ['bgpConfig.tunnelCidr outside 169.254/16', { ...base(), bgpConfig: { tunnelCidr: '10.0.0.0/30' } }, 'bgpConfig.tunnelCidr', /inside 169.254.0.0\/16/],
  ['bgpConfig.tunnelCidr reserved', { ...base(), bgpConfig: { tunnelCidr: '169.254.3.0/30' } }, 'bgpConfig.tunnelCidr', /reserved by the service/],
  ['bgpConfig.tunnelCidr reserved 169.254.169.252', { ...base(), bgpConfig: { tunnelCidr: '169.254.169.252/30' } }, 'bgpConfig.tunnelCidr', /reserved/],
  ['bgpConfig.tunnelCidr unaligned', { ...base(), bgpConfig: { tunnelCidr: '169.254.11.1/30' } }, 'bgpConfig.tunnelCidr', /is not allowed; must be a \/30/],
  ['bgpConfig.localBgpIp outside the tunnel', { ...base(), bgpConfig: { tunnelCidr: '169.254.11.0/30', localBgpIp: '169.254.12.1' } }, 'bgpConfig.localBgpIp', /one of the two host addresses inside bgpConfig.tunnelCidr 169.254.11.0\/30/],
  ['bgpConfig.localBgpIp the network address', { ...base(), bgpConfig: { tunnelCidr: '169.254.11.0/30', localBgpIp: '169.254.11.0' } }, 'bgpConfig.localBgpIp', /host addresses/],
  ['bgpConfig.tunnelCidr missing when enabled', { ...base(), bgpConfig: { enableBgp: true, localBgpIp: '169.254.11.1' } }, 'bgpConfig.tunnelCidr', /required when bgpConfig.enableBgp is true/],
  ['bgpConfig unknown key', { ...base(), bgpConfig: { peerAsn: 1 } }, 'bgpConfig.peerAsn', /unknown property; allowed properties of bgpConfig/],
];

describe('VpnConnection check', () => {
  it('has a table of at least 40 invalid inputs', () => {
    assert.ok(CASES.length >= 40, `only ${CASES.length} cases`);
  });

  for (const [title, inputs, path, message] of CASES) {
    it(`rejects ${title} at ${path}`, () => {
      const { failures } = check({}, inputs, { defaultRegion: 'cn-hangzhou' });
      const match = failures.find((f) => f.property === path);
      assert.ok(match, `no failure at ${path}; got ${JSON.stringify(failures)}`);
      assert.match(match.reason, message);
    });
  }

  it('never repeats a PSK in any failure', () => {
    const psks = ['has space!', "quote'd", 'x'.repeat(120), SECRET_PSK];
    for (const psk of psks) {
      for (const inputs of [{ ...base(), ikeConfig: { psk } }, { ...sm(), ikeConfig: { psk } }]) {
        const { failures } = check({}, inputs, { defaultRegion: 'cn-hangzhou' });
        for (const f of failures) assert.ok(!f.reason.includes(psk), `failure at ${f.property} echoes the PSK`);
      }
    }
  });

  it('accepts a minimal Normal connection and fills the documented defaults', () => {
    const { inputs, failures } = check({}, base(), { defaultRegion: 'cn-shanghai' });
    assert.deepEqual(failures, []);
    assert.deepEqual(inputs, {
      ...base(),
      regionId: 'cn-shanghai',
      effectImmediately: false,
      autoConfigRoute: true,
      enableDpd: true,
      enableNatTraversal: true,
      ikeConfig: { ikeVersion: 'ikev1', ikeMode: 'main', ikeLifetime: 86400, ikeEncAlg: 'aes', ikeAuthAlg: 'md5', ikePfs: 'group2' },
      ipsecConfig: { ipsecLifetime: 86400, ipsecEncAlg: 'aes', ipsecAuthAlg: 'md5', ipsecPfs: 'group2' },
      healthCheckConfig: { enable: false },
      bgpConfig: { enableBgp: false },
    });
  });

  it('fills SM defaults (sm4/sm3, no PFS) when remoteCaCertificate is set', () => {
    const { inputs, failures } = check({}, sm(), { defaultRegion: 'cn-shanghai' });
    assert.deepEqual(failures, []);
    assert.deepEqual(inputs.ikeConfig, { ikeVersion: 'ikev1', ikeMode: 'main', ikeLifetime: 86400, ikeEncAlg: 'sm4', ikeAuthAlg: 'sm3' });
    assert.deepEqual(inputs.ipsecConfig, { ipsecLifetime: 86400, ipsecEncAlg: 'sm4', ipsecAuthAlg: 'sm3' });
  });

  it('turns string forms of booleans and numbers into typed values', () => {
    const { inputs, failures } = check(
      {},
      {
        ...base(),
        enableDpd: 'false',
        ikeConfig: { ikeLifetime: '3600' },
        healthCheckConfig: { enable: 'true', dip: '192.168.1.2', sip: '10.1.1.1', interval: '5' },
        bgpConfig: { enableBgp: 'true', localAsn: '1.10', tunnelCidr: '169.254.11.0/30', localBgpIp: '169.254.11.1' },
      },
      { defaultRegion: 'cn-hangzhou' },
    );
    assert.deepEqual(failures, []);
    assert.equal(inputs.enableDpd, false);
    assert.equal((inputs.ikeConfig as Record<string, unknown>).ikeLifetime, 3600);
    assert.deepEqual(inputs.healthCheckConfig, { enable: true, dip: '192.168.1.2', sip: '10.1.1.1', interval: 5, retry: 3 });
    assert.deepEqual(inputs.bgpConfig, { enableBgp: true, localAsn: 65546, tunnelCidr: '169.254.11.0/30', localBgpIp: '169.254.11.1' });
  });

  it('passes unknown values through without failures', () => {
    const unknownGw = new Unknown('string');
    const unknownList = new Unknown('array');
    const unknownCert = new Unknown('string');
    const { inputs, failures } = check(
      {},
      { ...base(), vpnGatewayId: unknownGw, remoteSubnets: unknownList, remoteCaCertificate: unknownCert, ikeConfig: { ikeEncAlg: 'sm4' } },
      { defaultRegion: 'cn-hangzhou' },
    );
    assert.deepEqual(failures, []);
    assert.equal(inputs.vpnGatewayId, unknownGw);
    assert.equal(inputs.remoteSubnets, unknownList);
    assert.equal(inputs.remoteCaCertificate, unknownCert);
    // The family is not known yet, so no algorithm defaults are guessed.
    assert.deepEqual(inputs.ikeConfig, { ikeEncAlg: 'sm4', ikeVersion: 'ikev1', ikeMode: 'main', ikeLifetime: 86400 });
  });

  it('requires a region when neither the resource nor the provider has one', () => {
    const { failures } = check({}, base(), {});
    assert.equal(failures[0].property, 'regionId');
    assert.match(failures[0].reason, /set regionId on the resource or the provider's region \(config alicloudvpn:region or ALIBABA_CLOUD_REGION_ID\)/);
  });

  it('ignores engine bookkeeping keys and null values', () => {
    const { failures, inputs } = check({}, { ...base(), __defaults: [], name: null }, { defaultRegion: 'cn-hangzhou' });
    assert.deepEqual(failures, []);
    assert.equal('name' in inputs, false);
  });

  it('accepts Chinese names and destination-routing subnets', () => {
    const { failures } = check({}, { ...base(), name: '上海-IDC_1.0', localSubnets: ['0.0.0.0/0'], remoteSubnets: ['0.0.0.0/0'] }, { defaultRegion: 'cn-hangzhou' });
    assert.deepEqual(failures, []);
  });
});
