import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Client, {
  CreateVpnConnectionRequest, CreateVpnConnectionRequestTags, DescribeVpnConnectionRequest, ModifyVpnConnectionAttributeRequest,
} from '@alicloud/vpc20160428';
import { seedGateways, startEmulator, vpcClient, type EmulatorProcess, type SeededGateways } from '../../support/emulator';
import { connectionRequest, createConnection, expectApiError, REGION, settle, type ConnectionOverrides } from './helpers';

const CERT = '-----BEGIN CERTIFICATE-----\nMIIB7zCCAZWgAwIBAgIJAKxYz\n-----END CERTIFICATE-----';

interface Case {
  readonly title: string;
  readonly overrides: ConnectionOverrides;
  readonly code: string;
  readonly message: string;
  readonly status?: number;
}

const ike = (o: object) => JSON.stringify(o);
const tagOf = (key: string, value: string) => new CreateVpnConnectionRequestTags({ key, value });
const elevenSubnets = Array.from({ length: 11 }, (_, i) => `10.${i}.0.0/24`).join(',');

/** Violations of the CreateVpnConnection rules on a Normal gateway. */
const NORMAL_CASES: Case[] = [
  { title: 'a missing VpnGatewayId', overrides: { vpnGatewayId: undefined }, code: 'MissingVpnGatewayId', message: 'VpnGatewayId is mandatory for this action.' },
  { title: 'a missing CustomerGatewayId', overrides: { customerGatewayId: undefined }, code: 'MissingCustomerGatewayId', message: 'CustomerGatewayId is mandatory for this action.' },
  { title: 'a missing LocalSubnet', overrides: { localSubnet: undefined }, code: 'MissingLocalSubnet', message: 'LocalSubnet is mandatory for this action.' },
  { title: 'a missing RemoteSubnet', overrides: { remoteSubnet: undefined }, code: 'MissingRemoteSubnet', message: 'RemoteSubnet is mandatory for this action.' },
  { title: 'a missing RegionId', overrides: { regionId: undefined }, code: 'MissingRegionId', message: 'RegionId is mandatory for this action.' },
  { title: 'eleven local subnets', overrides: { localSubnet: elevenSubnets }, code: 'IllegalParam.LocalSubnet', message: `The specified "LocalSubnet" (${elevenSubnets}) is invalid.` },
  { title: 'a local subnet that is not a CIDR', overrides: { localSubnet: '10.0.0.0/24,foo' }, code: 'IllegalParam.LocalSubnet', message: 'The specified "LocalSubnet" (10.0.0.0/24,foo) is invalid.' },
  { title: 'a local subnet with host bits set', overrides: { localSubnet: '10.0.0.1/24' }, code: 'IllegalParam.LocalSubnet', message: 'The specified "LocalSubnet" (10.0.0.1/24) is invalid.' },
  { title: 'a duplicated local subnet', overrides: { localSubnet: '10.0.0.0/24,10.0.0.0/24' }, code: 'IllegalParam.LocalSubnet', message: 'The specified "LocalSubnet" (10.0.0.0/24,10.0.0.0/24) is invalid.' },
  { title: 'an IPv6 remote subnet', overrides: { remoteSubnet: 'fd00::/64' }, code: 'IllegalParam.RemoteSubnet', message: 'The specified "RemoteSubnet" (fd00::/64) is invalid.' },
  { title: 'an empty entry in the remote subnets', overrides: { remoteSubnet: '10.9.0.0/16,' }, code: 'IllegalParam.RemoteSubnet', message: 'The specified "RemoteSubnet" (10.9.0.0/16,) is invalid.' },
  { title: 'a name starting with http://', overrides: { name: 'http://x' }, code: 'IllegalParam.Name', message: 'The specified "Name" (http://x) is invalid.' },
  { title: 'a name starting with HTTPS://', overrides: { name: 'HTTPS://link' }, code: 'IllegalParam.Name', message: 'The specified "Name" (HTTPS://link) is invalid.' },
  { title: 'a 101-character name with a space (both documents refuse it)', overrides: { name: `a ${'b'.repeat(99)}` }, code: 'IllegalParam.Name', message: `The specified "Name" (a ${'b'.repeat(99)}) is invalid.` },
  { title: 'a 101-character name starting with a digit', overrides: { name: `1${'b'.repeat(100)}` }, code: 'IllegalParam.Name', message: `The specified "Name" (1${'b'.repeat(100)}) is invalid.` },
  { title: 'a 129-character name', overrides: { name: `a${'b'.repeat(128)}` }, code: 'IllegalParam.Name', message: `The specified "Name" (a${'b'.repeat(128)}) is invalid.` },
  { title: 'IkeConfig that is not JSON', overrides: { ikeConfig: '{Psk:' }, code: 'IllegalParam.IkeConfig', message: 'The specified "IkeConfig" is invalid.' },
  { title: 'a PSK with a space (never echoed)', overrides: { ikeConfig: ike({ Psk: 'has space' }) }, code: 'IllegalParam.Psk', message: 'The specified "Psk" is invalid.' },
  { title: 'a 101-character PSK', overrides: { ikeConfig: ike({ Psk: 'k'.repeat(101) }) }, code: 'IllegalParam.Psk', message: 'The specified "Psk" is invalid.' },
  { title: 'an unknown IKE version', overrides: { ikeConfig: ike({ IkeVersion: 'ikev3' }) }, code: 'IllegalParam.IkeVersion', message: 'The specified "IkeVersion" (ikev3) is invalid.' },
  { title: 'an unknown IKE mode', overrides: { ikeConfig: ike({ IkeMode: 'quick' }) }, code: 'IllegalParam.IkeMode', message: 'The specified "IkeMode" (quick) is invalid.' },
  { title: 'an SM algorithm on a Normal gateway', overrides: { ikeConfig: ike({ IkeEncAlg: 'sm4' }) }, code: 'IllegalParam.IkeEncAlg', message: 'The specified "IkeEncAlg" (sm4) is invalid.' },
  { title: 'an unknown IKE auth algorithm', overrides: { ikeConfig: ike({ IkeAuthAlg: 'sha3' }) }, code: 'IllegalParam.IkeAuthAlg', message: 'The specified "IkeAuthAlg" (sha3) is invalid.' },
  { title: 'an unknown IKE DH group', overrides: { ikeConfig: ike({ IkePfs: 'group24' }) }, code: 'IllegalParam.IkePfs', message: 'The specified "IkePfs" (group24) is invalid.' },
  { title: 'IkePfs disabled (only phase 2 may disable PFS)', overrides: { ikeConfig: ike({ IkePfs: 'disabled' }) }, code: 'IllegalParam.IkePfs', message: 'The specified "IkePfs" (disabled) is invalid.' },
  { title: 'an IKE lifetime above 86400', overrides: { ikeConfig: ike({ IkeLifetime: 86401 }) }, code: 'IllegalParam.IkeLifetime', message: 'The specified "IkeLifetime" (86401) is invalid.' },
  { title: 'a negative IKE lifetime', overrides: { ikeConfig: ike({ IkeLifetime: -1 }) }, code: 'IllegalParam.IkeLifetime', message: 'The specified "IkeLifetime" (-1) is invalid.' },
  { title: 'a LocalId with a space', overrides: { ikeConfig: ike({ LocalId: 'a b' }) }, code: 'IllegalParam.LocalId', message: 'The specified "LocalId" (a b) is invalid.' },
  { title: 'a 101-character RemoteId', overrides: { ikeConfig: ike({ RemoteId: 'r'.repeat(101) }) }, code: 'IllegalParam.RemoteId', message: `The specified "RemoteId" (${'r'.repeat(101)}) is invalid.` },
  { title: 'an unknown IPsec encryption', overrides: { ipsecConfig: ike({ IpsecEncAlg: 'blowfish' }) }, code: 'IllegalParam.IpsecEncAlg', message: 'The specified "IpsecEncAlg" (blowfish) is invalid.' },
  { title: 'an unknown IPsec auth algorithm', overrides: { ipsecConfig: ike({ IpsecAuthAlg: 'sm3' }) }, code: 'IllegalParam.IpsecAuthAlg', message: 'The specified "IpsecAuthAlg" (sm3) is invalid.' },
  { title: 'an unknown IPsec DH group', overrides: { ipsecConfig: ike({ IpsecPfs: 'group3' }) }, code: 'IllegalParam.IpsecPfs', message: 'The specified "IpsecPfs" (group3) is invalid.' },
  { title: 'an IPsec lifetime above 86400', overrides: { ipsecConfig: ike({ IpsecLifetime: '90000' }) }, code: 'IllegalParam.IpsecLifetime', message: 'The specified "IpsecLifetime" (90000) is invalid.' },
  { title: 'a RemoteCaCertificate on a Normal gateway', overrides: { remoteCaCertificate: CERT }, code: 'IllegalParam.RemoteCaCertificate', message: 'The specified "RemoteCaCertificate" is invalid.' },
  { title: 'a health check without a destination IP', overrides: { healthCheckConfig: ike({ enable: 'true', sip: '10.1.0.1' }) }, code: 'IllegalParam.Dip', message: 'The specified "Dip" () is invalid.' },
  { title: 'a health-check source that is not an IP', overrides: { healthCheckConfig: ike({ enable: 'true', dip: '1.1.1.1', sip: 'nope' }) }, code: 'IllegalParam.Sip', message: 'The specified "Sip" (nope) is invalid.' },
  { title: 'a health-check interval of 0', overrides: { healthCheckConfig: ike({ interval: 0 }) }, code: 'IllegalParam.Interval', message: 'The specified "Interval" (0) is invalid.' },
  { title: 'a health-check retry of 101', overrides: { healthCheckConfig: ike({ retry: '101' }) }, code: 'IllegalParam.Retry', message: 'The specified "Retry" (101) is invalid.' },
  { title: 'a health-check enable that is not a boolean', overrides: { healthCheckConfig: ike({ enable: 'yes' }) }, code: 'IllegalParam.Enable', message: 'The specified "Enable" (yes) is invalid.' },
  { title: 'a tunnel CIDR that is not a /30', overrides: { bgpConfig: ike({ EnableBgp: 'true', TunnelCidr: '169.254.10.0/29', LocalBgpIp: '169.254.10.1' }) }, code: 'IllegalParam.TunnelCidr', message: 'The specified "TunnelCidr" (169.254.10.0/29) is invalid.' },
  { title: 'a tunnel CIDR outside 169.254.0.0/16', overrides: { bgpConfig: ike({ EnableBgp: 'true', TunnelCidr: '10.0.0.0/30', LocalBgpIp: '10.0.0.1' }) }, code: 'IllegalParam.TunnelCidr', message: 'The specified "TunnelCidr" (10.0.0.0/30) is invalid.' },
  { title: 'a reserved tunnel CIDR (169.254.3.0/30)', overrides: { bgpConfig: ike({ EnableBgp: 'true', TunnelCidr: '169.254.3.0/30', LocalBgpIp: '169.254.3.1' }) }, code: 'IllegalParam.TunnelCidr', message: 'The specified "TunnelCidr" (169.254.3.0/30) is invalid.' },
  { title: 'the reserved tunnel CIDR 169.254.169.252/30', overrides: { bgpConfig: ike({ EnableBgp: 'true', TunnelCidr: '169.254.169.252/30', LocalBgpIp: '169.254.169.253' }) }, code: 'IllegalParam.TunnelCidr', message: 'The specified "TunnelCidr" (169.254.169.252/30) is invalid.' },
  { title: 'a BGP IP outside the tunnel CIDR', overrides: { bgpConfig: ike({ EnableBgp: 'true', TunnelCidr: '169.254.10.0/30', LocalBgpIp: '169.254.10.5' }) }, code: 'IllegalParam.LocalBgpIp', message: 'The specified "LocalBgpIp" (169.254.10.5) is invalid.' },
  { title: 'the network address as BGP IP', overrides: { bgpConfig: ike({ EnableBgp: 'true', TunnelCidr: '169.254.10.0/30', LocalBgpIp: '169.254.10.0' }) }, code: 'IllegalParam.LocalBgpIp', message: 'The specified "LocalBgpIp" (169.254.10.0) is invalid.' },
  { title: 'BGP enabled without a tunnel CIDR', overrides: { bgpConfig: ike({ EnableBgp: 'true', LocalBgpIp: '169.254.10.1' }) }, code: 'IllegalParam.TunnelCidr', message: 'The specified "TunnelCidr" () is invalid.' },
  { title: 'an ASN of 0', overrides: { bgpConfig: ike({ LocalAsn: '0' }) }, code: 'IllegalParam.LocalAsn', message: 'The specified "LocalAsn" (0) is invalid.' },
  { title: 'an ASN above 4294967295', overrides: { bgpConfig: ike({ LocalAsn: 4294967296 }) }, code: 'IllegalParam.LocalAsn', message: 'The specified "LocalAsn" (4294967296) is invalid.' },
  { title: 'an ASN that is not a number', overrides: { bgpConfig: ike({ LocalAsn: 'AS65000' }) }, code: 'IllegalParam.LocalAsn', message: 'The specified "LocalAsn" (AS65000) is invalid.' },
  { title: 'an unknown VPN gateway', overrides: { vpnGatewayId: 'vpn-doesnotexist' }, code: 'InvalidVpnGatewayInstanceId.NotFound', status: 404, message: 'The specified vpn gateway instance id does not exist.' },
  { title: 'an unknown customer gateway', overrides: { customerGatewayId: 'cgw-doesnotexist' }, code: 'InvalidCustomerGatewayInstanceId.NotFound', status: 404, message: 'The specified customer gateway instance id does not exist.' },
  { title: 'a 65-character ClientToken', overrides: { clientToken: 't'.repeat(65) }, code: 'InvalidClientToken.Malformed', message: 'The specified parameter "ClientToken" is not valid.' },
  { title: 'a tag key starting with aliyun', overrides: { tags: [tagOf('aliyun:x', 'v')] }, code: 'InvalidTagKey.Malformed', message: 'The specified Tag.n.Key is not valid.' },
  { title: 'a tag key starting with acs:', overrides: { tags: [tagOf('acs:team', 'v')] }, code: 'InvalidTagKey.Malformed', message: 'The specified Tag.n.Key is not valid.' },
  { title: 'a tag key containing https://', overrides: { tags: [tagOf('see-https://x', 'v')] }, code: 'InvalidTagKey.Malformed', message: 'The specified Tag.n.Key is not valid.' },
  { title: 'a 65-character tag key', overrides: { tags: [tagOf('k'.repeat(65), 'v')] }, code: 'InvalidTagKey.Malformed', message: 'The specified Tag.n.Key is not valid.' },
  { title: 'a tag with a value but no key', overrides: { tags: [new CreateVpnConnectionRequestTags({ value: 'v' })] }, code: 'InvalidTagKey.Malformed', message: 'The specified Tag.n.Key is not valid.' },
  { title: 'a tag value of 129 characters', overrides: { tags: [tagOf('k', 'v'.repeat(129))] }, code: 'InvalidTagValue.Malformed', message: 'The specified Tag.n.Value is not valid.' },
  { title: 'a tag value starting with aliyun', overrides: { tags: [tagOf('k', 'aliyunx')] }, code: 'InvalidTagValue.Malformed', message: 'The specified Tag.n.Value is not valid.' },
  { title: 'a tag value containing http://', overrides: { tags: [tagOf('k', 'go http://x')] }, code: 'InvalidTagValue.Malformed', message: 'The specified Tag.n.Value is not valid.' },
  { title: 'the same tag key twice', overrides: { tags: [tagOf('k', 'a'), tagOf('k', 'b')] }, code: 'Duplicate.TagKey', message: 'The Tag.N.Key contain duplicate key.' },
  { title: 'twenty-one tags', overrides: { tags: Array.from({ length: 21 }, (_, i) => tagOf(`k${i}`, 'v')) }, code: 'NumberExceed.Tags', message: "The Tags parameter's number is exceed , Valid : 20" },
  { title: 'a DryRun that passes validation', overrides: { dryRun: true }, code: 'DryRunOperation', message: 'Request validation has been passed with DryRun flag set.' },
];

describe('emulator CreateVpnConnection rules', () => {
  let emu: EmulatorProcess;
  let client: Client;
  let gw: SeededGateways;
  let sm: SeededGateways;

  before(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'emu-seed-'));
    const seedFile = path.join(dir, 'seed.json');
    writeFileSync(seedFile, JSON.stringify({
      vpnGateways: [{ VpnGatewayId: 'vpn-locked0001', RegionId: REGION, VpnType: 'Normal', VpcId: 'vpc-1', BusinessStatus: 'FinancialLocked' }],
      customerGateways: [{ CustomerGatewayId: 'cgw-seeded0001', RegionId: REGION, IpAddress: '198.51.100.7' }],
    }));
    emu = await startEmulator({ seedFile, extraArgs: ['--quota', '2', '--route-quota', '12'] });
    client = vpcClient(emu);
    gw = await seedGateways(emu, { count: 3 });
    sm = await seedGateways(emu, { vpnType: 'NationalStandard' });
  });
  after(async () => emu.stop());

  for (const c of NORMAL_CASES) {
    it(`answers ${c.code} for ${c.title}`, async () => {
      await expectApiError(client.createVpnConnection(connectionRequest(gw, c.overrides)), c.code, c.status ?? 400, c.message);
    });
  }

  it('leaves no connection and no busy gateway behind after rejected requests', async () => {
    const state = await emu.control.state();
    assert.equal(state.vpnConnections.length, 0);
    assert.equal(state.vpnGateways.find((g) => g.VpnGatewayId === gw.vpnGatewayId)?.Status, 'active');
  });

  describe('on a NationalStandard (SM) gateway', () => {
    const smCases: Case[] = [
      { title: 'a missing RemoteCaCertificate', overrides: {}, code: 'MissingRemoteCaCertificate', message: 'RemoteCaCertificate is mandatory for this action.' },
      { title: 'a RemoteCaCertificate that is not PEM', overrides: { remoteCaCertificate: 'not a cert' }, code: 'IllegalParam.RemoteCaCertificate', message: 'The specified "RemoteCaCertificate" is invalid.' },
      { title: 'aes encryption', overrides: { remoteCaCertificate: CERT, ikeConfig: ike({ IkeEncAlg: 'aes' }) }, code: 'IllegalParam.IkeEncAlg', message: 'The specified "IkeEncAlg" (aes) is invalid.' },
      { title: 'sha1 authentication in phase 2', overrides: { remoteCaCertificate: CERT, ipsecConfig: ike({ IpsecAuthAlg: 'sha1' }) }, code: 'IllegalParam.IpsecAuthAlg', message: 'The specified "IpsecAuthAlg" (sha1) is invalid.' },
      { title: 'IKEv2', overrides: { remoteCaCertificate: CERT, ikeConfig: ike({ IkeVersion: 'ikev2' }) }, code: 'IllegalParam.IkeVersion', message: 'The specified "IkeVersion" (ikev2) is invalid.' },
      { title: 'aggressive mode', overrides: { remoteCaCertificate: CERT, ikeConfig: ike({ IkeMode: 'aggressive' }) }, code: 'IllegalParam.IkeMode', message: 'The specified "IkeMode" (aggressive) is invalid.' },
      { title: 'a PSK', overrides: { remoteCaCertificate: CERT, ikeConfig: ike({ Psk: 'abc' }) }, code: 'IllegalParam.Psk', message: 'The specified "Psk" is invalid.' },
      { title: 'an IkePfs', overrides: { remoteCaCertificate: CERT, ikeConfig: ike({ IkePfs: 'group2' }) }, code: 'IllegalParam.IkePfs', message: 'The specified "IkePfs" is invalid.' },
      { title: 'a LocalId', overrides: { remoteCaCertificate: CERT, ikeConfig: ike({ LocalId: 'me' }) }, code: 'IllegalParam.LocalId', message: 'The specified "LocalId" is invalid.' },
      { title: 'an IpsecPfs', overrides: { remoteCaCertificate: CERT, ipsecConfig: ike({ IpsecPfs: 'group2' }) }, code: 'IllegalParam.IpsecPfs', message: 'The specified "IpsecPfs" is invalid.' },
    ];
    for (const c of smCases) {
      it(`answers ${c.code} for ${c.title}`, async () => {
        await expectApiError(client.createVpnConnection(connectionRequest(sm, c.overrides)), c.code, c.status ?? 400, c.message);
      });
    }

    it('creates an SM connection with sm4/sm3 defaults, the CA certificate and a CA subject RemoteId', async () => {
      const id = await createConnection(client, sm, {
        remoteCaCertificate: CERT, ikeConfig: ike({ RemoteId: 'CN=peer, OU=ops, O=example, C=CHN' }),
      });
      const d = (await client.describeVpnConnection(new DescribeVpnConnectionRequest({ regionId: REGION, vpnConnectionId: id }))).body!;
      assert.equal(d.ikeConfig!.ikeEncAlg, 'sm4');
      assert.equal(d.ikeConfig!.ikeAuthAlg, 'sm3');
      assert.equal(d.ipsecConfig!.ipsecEncAlg, 'sm4');
      assert.equal(d.ipsecConfig!.ipsecAuthAlg, 'sm3');
      assert.equal(d.ikeConfig!.psk, '');
      assert.equal(d.ikeConfig!.remoteId, 'CN=peer, OU=ops, O=example, C=CHN');
      assert.equal(d.remoteCaCertificate, CERT);
    });
  });

  describe('state-dependent rules', () => {
    let firstId: string;
    beforeEach(async () => settle(emu));

    it('answers VpnGateway.FinancialLocked for a gateway in arrears', async () => {
      await expectApiError(
        client.createVpnConnection(new CreateVpnConnectionRequest({
          regionId: REGION, vpnGatewayId: 'vpn-locked0001', customerGatewayId: 'cgw-seeded0001', localSubnet: '10.0.0.0/24', remoteSubnet: '10.9.0.0/24',
        })),
        'VpnGateway.FinancialLocked', 400, 'The specified service is financial locked.',
      );
    });

    it('answers VpnGateway.Configuring while the gateway is updating', async () => {
      firstId = await createConnection(client, gw);
      await expectApiError(
        client.createVpnConnection(connectionRequest(gw, { customerGatewayId: gw.customerGatewayIds[1] })),
        'VpnGateway.Configuring', 400, 'The specified service is configuring.',
      );
    });

    it('answers InvalidVpnConnection.AlreadyExists for a second connection on the same pair', async () => {
      await expectApiError(
        client.createVpnConnection(connectionRequest(gw, { localSubnet: '10.50.0.0/24' })),
        'InvalidVpnConnection.AlreadyExists', 400, 'Vpn connection already exists.',
      );
    });

    it('answers InvalidTunnelCidr.AlreadyExists for a tunnel CIDR another connection of the gateway uses', async () => {
      await client.modifyVpnConnectionAttribute(new ModifyVpnConnectionAttributeRequest({
        regionId: REGION, vpnConnectionId: firstId,
        bgpConfig: ike({ EnableBgp: true, TunnelCidr: '169.254.40.0/30', LocalBgpIp: '169.254.40.1' }),
      }));
      await settle(emu);
      await expectApiError(
        client.createVpnConnection(connectionRequest(gw, {
          customerGatewayId: gw.customerGatewayIds[1], bgpConfig: ike({ EnableBgp: true, TunnelCidr: '169.254.40.0/30', LocalBgpIp: '169.254.40.2' }),
        })),
        'InvalidTunnelCidr.AlreadyExists', 400, 'The specified tunnel cidr is already used by another tunnel of the vpn gateway.',
      );
    });

    it('answers QuotaExceeded.PolicyBasedRoute when subnet pairs exceed the gateway route quota', async () => {
      // 1 route exists; 4 × 3 = 12 more would make 13 against a quota of 12.
      await expectApiError(
        client.createVpnConnection(connectionRequest(gw, {
          customerGatewayId: gw.customerGatewayIds[1],
          localSubnet: '10.60.0.0/24,10.61.0.0/24,10.62.0.0/24,10.63.0.0/24', remoteSubnet: '10.70.0.0/24,10.71.0.0/24,10.72.0.0/24',
        })),
        'QuotaExceeded.PolicyBasedRoute', 400,
        'The maximum number of policy-based routes is exceeded. Existing routes: 1. Routes to be created: 12. Maximum routes: 12.',
      );
    });

    it('does not count destination-routing connections (0.0.0.0/0 both sides) against the route quota', async () => {
      const id = await createConnection(client, gw, { customerGatewayId: gw.customerGatewayIds[1], localSubnet: '0.0.0.0/0', remoteSubnet: '0.0.0.0/0' });
      const created = (await emu.control.state()).vpnConnections.find((c) => c.VpnConnectionId === id);
      assert.equal(created?.LocalSubnet, '0.0.0.0/0');
    });

    it('answers Resource.QuotaFull beyond --quota connections per gateway', async () => {
      await expectApiError(
        client.createVpnConnection(connectionRequest(gw, { customerGatewayId: gw.customerGatewayIds[2] })),
        'Resource.QuotaFull', 400, 'The quota of resource is full',
      );
    });
  });
});
