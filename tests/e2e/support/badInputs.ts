// The bad-input corpus: programs and values `pulumi preview` must reject at check, before any API call, naming the
// property path. badInputProgram declares a preview's resources through the generated Node SDK. Every rule of
// ../shared/seeds/CreateVpnConnection.md and of the dual-tunnel form has at least one case, plus wrong types,
// oversized values, unicode edge cases and injection attempts.
import * as pulumi from '@pulumi/pulumi';
import * as alicloudvpn from 'pulumi-alicloudvpn';

export type Category =
  | 'ids'
  | 'region'
  | 'subnets'
  | 'name'
  | 'booleans'
  | 'ike algorithms'
  | 'ipsec algorithms'
  | 'sm gateway rules'
  | 'psk'
  | 'lifetimes'
  | 'local/remote id'
  | 'health check'
  | 'bgp'
  | 'dual-tunnel'
  | 'tags'
  | 'wrong types'
  | 'oversized'
  | 'unicode'
  | 'injection';

export interface BadInputCase {
  category: Category;
  title: string;
  /** The args of `new VpnConnection(...)`. JSON only; `{ $secret: v }` becomes `pulumi.secret(v)` in the program. */
  args: Record<string, unknown>;
  /** Every property path the preview must name. */
  paths: string[];
}

/** Every PSK the corpus plants contains this; no preview output may. */
export const PLANTED_PSK_MARK = 'PLANTEDPSK';

/** A resource the program declares. */
export interface ProgramResource {
  name: string;
  args: Record<string, unknown>;
}

/**
 * The program of one preview, run inline by the Automation API in the test's own process: it declares `resources`
 * with the generated Node SDK, as a TypeScript program would. `{ $secret: v }` becomes `pulumi.secret(v)`, as
 * config.requireSecret() gives it.
 */
export function badInputProgram(resources: readonly ProgramResource[]): () => Promise<void> {
  return async () => {
    for (const r of resources) new alicloudvpn.VpnConnection(r.name, revive(r.args) as alicloudvpn.VpnConnectionArgs);
  };
}

function revive(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(revive);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 1 && keys[0] === '$secret') return pulumi.secret(revive(o.$secret));
  const out: Record<string, unknown> = {};
  // defineProperty: a case may plant a key such as __proto__, which plain assignment would not copy.
  for (const k of keys) Object.defineProperty(out, k, { value: revive(o[k]), enumerable: true, writable: true, configurable: true });
  return out;
}

// ---- Valid bases: each case breaks one rule of one of these. ----

export const VALID_SINGLE: Readonly<Record<string, unknown>> = {
  vpnGatewayId: 'vpn-bp1badinput0001',
  customerGatewayId: 'cgw-bp1badinput0001',
  localSubnets: ['10.10.0.0/16'],
  remoteSubnets: ['172.16.1.0/24'],
};

function tunnel(role: string, n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { role, customerGatewayId: `cgw-bp1badtunnel000${n}`, ...extra };
}

export const VALID_DUAL: Readonly<Record<string, unknown>> = {
  vpnGatewayId: 'vpn-bp1badinput0002',
  localSubnets: ['10.20.0.0/16'],
  remoteSubnets: ['192.168.10.0/24'],
  tunnelOptions: [tunnel('master', 1), tunnel('slave', 2)],
};

const CA = '-----BEGIN CERTIFICATE-----\nMIIB7zCCAZWgAwIBAgIJAKZ7D0aT\n-----END CERTIFICATE-----';

/** The single-tunnel base on a ShangMi (NationalStandard) gateway: a CA certificate and no PSK. */
export const VALID_SM: Readonly<Record<string, unknown>> = { ...VALID_SINGLE, remoteCaCertificate: CA };

// `undefined` leaves a property out (JSON drops it); `null` sends it unset past the SDK's required-property check.
const single = (extra: Record<string, unknown>): Record<string, unknown> => ({ ...VALID_SINGLE, ...extra });
const sm = (extra: Record<string, unknown>): Record<string, unknown> => ({ ...VALID_SM, ...extra });
const dual = (extra: Record<string, unknown>): Record<string, unknown> => ({ ...VALID_DUAL, ...extra });
const ike = (cfg: Record<string, unknown>): Record<string, unknown> => single({ ikeConfig: cfg });
const ipsec = (cfg: Record<string, unknown>): Record<string, unknown> => single({ ipsecConfig: cfg });
const health = (cfg: Record<string, unknown>): Record<string, unknown> => single({ healthCheckConfig: { enable: true, dip: '172.16.1.1', sip: '10.10.0.1', ...cfg } });
const bgp = (cfg: Record<string, unknown>): Record<string, unknown> => single({ bgpConfig: { enableBgp: true, tunnelCidr: '169.254.11.0/30', localBgpIp: '169.254.11.1', ...cfg } });
const tags = (t: unknown): Record<string, unknown> => single({ tags: t });
const tunnels = (master: Record<string, unknown>, slave: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> =>
  dual({ tunnelOptions: [tunnel('master', 1, master), tunnel('slave', 2, slave)], ...extra });
const tunnelBgp = (third: number, host = 1): Record<string, unknown> => ({ tunnelCidr: `169.254.${third}.0/30`, localBgpIp: `169.254.${third}.${host}` });
const psk = (rest: string): string => `${PLANTED_PSK_MARK}${rest}`;
const manyTags = (n: number): Record<string, string> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, `v${i}`]));
const cidrs = (n: number, second: number): string[] => Array.from({ length: n }, (_, i) => `10.${second}.${i}.0/24`);

const EMOJI = '\u{1F600}';
const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
const DELETE_QUERY = '&Action=DeleteVpnConnection&VpnConnectionId=vco-bp1victim0001';

type Row = [title: string, args: Record<string, unknown>, paths: string | string[]];

const GROUPS: Record<Category, Row[]> = {
  ids: [
    ['vpnGatewayId unset (null)', single({ vpnGatewayId: null }), 'vpnGatewayId'],
    ['vpnGatewayId naming a customer gateway', single({ vpnGatewayId: 'cgw-bp1abc' }), 'vpnGatewayId'],
    ['vpnGatewayId empty', single({ vpnGatewayId: '' }), 'vpnGatewayId'],
    ['customerGatewayId left out of a single-tunnel connection', single({ customerGatewayId: undefined }), 'customerGatewayId'],
    ['customerGatewayId naming a VPN gateway', single({ customerGatewayId: 'vpn-bp1abc' }), 'customerGatewayId'],
    ['customerGatewayId with an underscore', single({ customerGatewayId: 'cgw-bp1_abc' }), 'customerGatewayId'],
  ],
  region: [
    ['regionId in upper case', single({ regionId: 'CN-HANGZHOU' }), 'regionId'],
    ['regionId with an underscore', single({ regionId: 'cn_hangzhou' }), 'regionId'],
    ['regionId empty', single({ regionId: '' }), 'regionId'],
    ['regionId with a trailing space', single({ regionId: 'cn-hangzhou ' }), 'regionId'],
  ],
  subnets: [
    ['localSubnets unset (null)', single({ localSubnets: null }), 'localSubnets'],
    ['remoteSubnets empty', single({ remoteSubnets: [] }), 'remoteSubnets'],
    ['localSubnets with 11 blocks', single({ localSubnets: cidrs(11, 10) }), 'localSubnets'],
    ['remoteSubnets with 11 blocks', single({ remoteSubnets: cidrs(11, 30) }), 'remoteSubnets'],
    ['two comma-separated blocks in one entry', single({ localSubnets: ['10.1.1.0/24,10.1.2.0/24'] }), 'localSubnets[0]'],
    ['host bits set', single({ localSubnets: ['10.10.0.1/16'] }), 'localSubnets[0]'],
    ['a block listed twice', single({ remoteSubnets: ['172.16.1.0/24', '172.16.1.0/24'] }), 'remoteSubnets[1]'],
    ['no prefix length', single({ localSubnets: ['10.10.0.0'] }), 'localSubnets[0]'],
    ['prefix length 33', single({ localSubnets: ['10.10.0.0/33'] }), 'localSubnets[0]'],
    ['an octet of 256', single({ remoteSubnets: ['256.16.1.0/24'] }), 'remoteSubnets[0]'],
    ['an IPv6 block', single({ localSubnets: ['fd00::/8'] }), 'localSubnets[0]'],
    ['leading zeros', single({ remoteSubnets: ['172.016.001.0/24'] }), 'remoteSubnets[0]'],
  ],
  name: [
    ['starting with https://', single({ name: 'https://example.com' }), 'name'],
    ['starting with HTTP:// in upper case', single({ name: 'HTTP://branch' }), 'name'],
    ['empty', single({ name: '' }), 'name'],
    ['129 letters', single({ name: 'a'.repeat(129) }), 'name'],
    ['101 characters with spaces', single({ name: 'branch office '.repeat(8).slice(0, 101) }), 'name'],
  ],
  booleans: [
    ['effectImmediately "yes"', single({ effectImmediately: 'yes' }), 'effectImmediately'],
    ['autoConfigRoute 1', single({ autoConfigRoute: 1 }), 'autoConfigRoute'],
    ['enableDpd "on"', single({ enableDpd: 'on' }), 'enableDpd'],
    ['enableNatTraversal "TRUE " with a trailing space', single({ enableNatTraversal: 'TRUE ' }), 'enableNatTraversal'],
    ['enableTunnelsBgp "enabled"', dual({ enableTunnelsBgp: 'enabled' }), 'enableTunnelsBgp'],
    ['a tunnel enableDpd 0', tunnels({ enableDpd: 0 }, {}), 'tunnelOptions[0].enableDpd'],
  ],
  'ike algorithms': [
    ['ikeEncAlg sm4 on a Normal gateway', ike({ ikeEncAlg: 'sm4' }), 'ikeConfig.ikeEncAlg'],
    ['ikeAuthAlg sm3 on a Normal gateway', ike({ ikeAuthAlg: 'sm3' }), 'ikeConfig.ikeAuthAlg'],
    ['ikeEncAlg aes128', ike({ ikeEncAlg: 'aes128' }), 'ikeConfig.ikeEncAlg'],
    ['ikeEncAlg AES in upper case', ike({ ikeEncAlg: 'AES' }), 'ikeConfig.ikeEncAlg'],
    ['ikeAuthAlg sha224', ike({ ikeAuthAlg: 'sha224' }), 'ikeConfig.ikeAuthAlg'],
    ['ikeVersion ikev3', ike({ ikeVersion: 'ikev3' }), 'ikeConfig.ikeVersion'],
    ['ikeMode quick', ike({ ikeMode: 'quick' }), 'ikeConfig.ikeMode'],
    ['ikePfs group24', ike({ ikePfs: 'group24' }), 'ikeConfig.ikePfs'],
    ['ikePfs disabled (IPsec only)', ike({ ikePfs: 'disabled' }), 'ikeConfig.ikePfs'],
    ['an unknown IKE property', ike({ ikeDhGroup: 'group2' }), 'ikeConfig.ikeDhGroup'],
  ],
  'ipsec algorithms': [
    ['ipsecEncAlg sm4 on a Normal gateway', ipsec({ ipsecEncAlg: 'sm4' }), 'ipsecConfig.ipsecEncAlg'],
    ['ipsecAuthAlg sm3 on a Normal gateway', ipsec({ ipsecAuthAlg: 'sm3' }), 'ipsecConfig.ipsecAuthAlg'],
    ['ipsecPfs group3', ipsec({ ipsecPfs: 'group3' }), 'ipsecConfig.ipsecPfs'],
    ['ipsecEncAlg chacha20', ipsec({ ipsecEncAlg: 'chacha20' }), 'ipsecConfig.ipsecEncAlg'],
    ['a tunnel ipsecPfs group15', tunnels({ tunnelIpsecConfig: { ipsecPfs: 'group15' } }, {}), 'tunnelOptions[0].tunnelIpsecConfig.ipsecPfs'],
  ],
  'sm gateway rules': [
    ['ikeEncAlg aes with a CA certificate', sm({ ikeConfig: { ikeEncAlg: 'aes' } }), 'ikeConfig.ikeEncAlg'],
    ['ipsecAuthAlg sha1 with a CA certificate', sm({ ipsecConfig: { ipsecAuthAlg: 'sha1' } }), 'ipsecConfig.ipsecAuthAlg'],
    ['a PSK with a CA certificate', sm({ ikeConfig: { psk: psk('-sm-0001') } }), 'ikeConfig.psk'],
    ['ikePfs with a CA certificate', sm({ ikeConfig: { ikePfs: 'group2' } }), 'ikeConfig.ikePfs'],
    ['localId with a CA certificate', sm({ ikeConfig: { localId: '10.10.0.1' } }), 'ikeConfig.localId'],
    ['ipsecPfs with a CA certificate', sm({ ipsecConfig: { ipsecPfs: 'group2' } }), 'ipsecConfig.ipsecPfs'],
    ['ikeVersion ikev2 with a CA certificate', sm({ ikeConfig: { ikeVersion: 'ikev2' } }), 'ikeConfig.ikeVersion'],
    ['a CA certificate that is not PEM', single({ remoteCaCertificate: 'MIIB7zCCAZWgAwIBAgIJAKZ7D0aT' }), 'remoteCaCertificate'],
    ['a tunnel CA certificate with ikeEncAlg aes256', tunnels({ remoteCaCertificate: CA, tunnelIkeConfig: { ikeEncAlg: 'aes256' } }, {}), 'tunnelOptions[0].tunnelIkeConfig.ikeEncAlg'],
  ],
  psk: [
    ['a space', ike({ psk: psk(' with space') }), 'ikeConfig.psk'],
    ['101 characters', ike({ psk: psk('x'.repeat(101 - PLANTED_PSK_MARK.length)) }), 'ikeConfig.psk'],
    ['empty', ike({ psk: '' }), 'ikeConfig.psk'],
    ['non-ASCII letters', ike({ psk: psk('-grüße') }), 'ikeConfig.psk'],
    ['a backslash', ike({ psk: psk('\\n0') }), 'ikeConfig.psk'],
    ['a single quote', ike({ psk: psk("'0") }), 'ikeConfig.psk'],
    ['a newline', ike({ psk: psk('\nsecond-line') }), 'ikeConfig.psk'],
    ['a space, marked secret', ike({ psk: { $secret: psk(' secret space') } }), 'ikeConfig.psk'],
    ['a tab in the master tunnel listed second', dual({ tunnelOptions: [tunnel('slave', 2), tunnel('master', 1, { tunnelIkeConfig: { psk: psk('\ttab') } })] }), 'tunnelOptions[0].tunnelIkeConfig.psk'],
  ],
  lifetimes: [
    ['ikeLifetime 86401', ike({ ikeLifetime: 86401 }), 'ikeConfig.ikeLifetime'],
    ['ikeLifetime -1', ike({ ikeLifetime: -1 }), 'ikeConfig.ikeLifetime'],
    ['ipsecLifetime 3600.5', ipsec({ ipsecLifetime: 3600.5 }), 'ipsecConfig.ipsecLifetime'],
    ['ipsecLifetime "1h"', ipsec({ ipsecLifetime: '1h' }), 'ipsecConfig.ipsecLifetime'],
    ['a tunnel ipsecLifetime 90000', tunnels({}, { tunnelIpsecConfig: { ipsecLifetime: 90000 } }), 'tunnelOptions[1].tunnelIpsecConfig.ipsecLifetime'],
  ],
  'local/remote id': [
    ['localId of 101 characters', ike({ localId: 'g'.repeat(101) }), 'ikeConfig.localId'],
    ['remoteId with spaces', ike({ remoteId: 'CN=branch, OU=net' }), 'ikeConfig.remoteId'],
    ['localId empty', ike({ localId: '' }), 'ikeConfig.localId'],
  ],
  'health check': [
    ['enabled without dip and sip', single({ healthCheckConfig: { enable: true } }), ['healthCheckConfig.dip', 'healthCheckConfig.sip']],
    ['dip with an octet of 256', health({ dip: '172.16.1.256' }), 'healthCheckConfig.dip'],
    ['sip as a CIDR block', health({ sip: '10.10.0.0/24' }), 'healthCheckConfig.sip'],
    ['interval 0', health({ interval: 0 }), 'healthCheckConfig.interval'],
    ['retry -3', health({ retry: -3 }), 'healthCheckConfig.retry'],
    ['enable "enabled"', health({ enable: 'enabled' }), 'healthCheckConfig.enable'],
  ],
  bgp: [
    ['enabled without tunnelCidr and localBgpIp', single({ bgpConfig: { enableBgp: true } }), ['bgpConfig.tunnelCidr', 'bgpConfig.localBgpIp']],
    ['localAsn 0', bgp({ localAsn: 0 }), 'bgpConfig.localAsn'],
    ['localAsn 4294967296', bgp({ localAsn: 4294967296 }), 'bgpConfig.localAsn'],
    ['localAsn in bad asdot notation', bgp({ localAsn: '65000.70000' }), 'bgpConfig.localAsn'],
    ['tunnelCidr a /29', bgp({ tunnelCidr: '169.254.11.0/29' }), 'bgpConfig.tunnelCidr'],
    ['tunnelCidr outside 169.254.0.0/16', bgp({ tunnelCidr: '10.0.0.0/30', localBgpIp: '10.0.0.1' }), 'bgpConfig.tunnelCidr'],
    ['tunnelCidr reserved 169.254.0.0/30', bgp({ tunnelCidr: '169.254.0.0/30', localBgpIp: '169.254.0.1' }), 'bgpConfig.tunnelCidr'],
    ['tunnelCidr reserved 169.254.169.252/30', bgp({ tunnelCidr: '169.254.169.252/30', localBgpIp: '169.254.169.253' }), 'bgpConfig.tunnelCidr'],
    ['localBgpIp outside tunnelCidr', bgp({ localBgpIp: '169.254.12.1' }), 'bgpConfig.localBgpIp'],
    ['localBgpIp the network address', bgp({ localBgpIp: '169.254.11.0' }), 'bgpConfig.localBgpIp'],
    ['localBgpIp the broadcast address', bgp({ localBgpIp: '169.254.11.3' }), 'bgpConfig.localBgpIp'],
  ],
  'dual-tunnel': [
    ['customerGatewayId next to tunnelOptions', dual({ customerGatewayId: 'cgw-bp1badinput0001' }), 'customerGatewayId'],
    ['enableDpd next to tunnelOptions', dual({ enableDpd: true }), 'enableDpd'],
    ['a single-tunnel ikeConfig with a secret PSK next to tunnelOptions', dual({ ikeConfig: { psk: { $secret: psk('-mixed-0001') }, ikeVersion: 'ikev2' } }), 'ikeConfig'],
    ['enableTunnelsBgp on a single-tunnel connection', single({ enableTunnelsBgp: true }), ['customerGatewayId', 'tunnelOptions']],
    ['one tunnel, its PSK secret', dual({ tunnelOptions: [tunnel('master', 1, { tunnelIkeConfig: { psk: { $secret: psk('-only-0001') } } })] }), 'tunnelOptions'],
    ['three tunnels', dual({ tunnelOptions: [tunnel('master', 1), tunnel('slave', 2), tunnel('slave', 3)] }), 'tunnelOptions'],
    ['no tunnels', dual({ tunnelOptions: [] }), 'tunnelOptions'],
    ['two masters', dual({ tunnelOptions: [tunnel('master', 1), tunnel('master', 2)] }), 'tunnelOptions[1].role'],
    ['two slaves', dual({ tunnelOptions: [tunnel('slave', 1), tunnel('slave', 2)] }), 'tunnelOptions[1].role'],
    ['role "backup"', dual({ tunnelOptions: [tunnel('master', 1), tunnel('backup', 2)] }), 'tunnelOptions[1].role'],
    ['a tunnel without a role', dual({ tunnelOptions: [tunnel('master', 1), { customerGatewayId: 'cgw-bp1badtunnel0002' }] }), 'tunnelOptions[1].role'],
    ['a tunnel without its customer gateway', dual({ tunnelOptions: [tunnel('master', 1), { role: 'slave' }] }), 'tunnelOptions[1].customerGatewayId'],
    ['a tunnel customerGatewayId naming a VPN gateway', tunnels({ customerGatewayId: 'vpn-bp1badinput0002' }, {}), 'tunnelOptions[0].customerGatewayId'],
    ['a tunnel that is a string', dual({ tunnelOptions: [tunnel('master', 1), 'slave'] }), 'tunnelOptions[1]'],
    ['both tunnels on one BGP tunnel CIDR', tunnels({ tunnelBgpConfig: tunnelBgp(21) }, { tunnelBgpConfig: tunnelBgp(21, 2) }, { enableTunnelsBgp: true }), 'tunnelOptions[1].tunnelBgpConfig.tunnelCidr'],
    [
      'enableTunnelsBgp without tunnel BGP settings',
      dual({ enableTunnelsBgp: true }),
      ['tunnelOptions[0].tunnelBgpConfig.tunnelCidr', 'tunnelOptions[0].tunnelBgpConfig.localBgpIp', 'tunnelOptions[1].tunnelBgpConfig.tunnelCidr', 'tunnelOptions[1].tunnelBgpConfig.localBgpIp'],
    ],
    ['enableTunnelsBgp with the slave missing localBgpIp', tunnels({ tunnelBgpConfig: tunnelBgp(22) }, { tunnelBgpConfig: { tunnelCidr: '169.254.23.0/30' } }, { enableTunnelsBgp: true }), 'tunnelOptions[1].tunnelBgpConfig.localBgpIp'],
    ['a tunnel localBgpIp outside its tunnelCidr', tunnels({ tunnelBgpConfig: { tunnelCidr: '169.254.24.0/30', localBgpIp: '169.254.25.1' } }, {}), 'tunnelOptions[0].tunnelBgpConfig.localBgpIp'],
    ['a tunnel on a reserved tunnelCidr', tunnels({}, { tunnelBgpConfig: { tunnelCidr: '169.254.6.0/30', localBgpIp: '169.254.6.1' } }), 'tunnelOptions[1].tunnelBgpConfig.tunnelCidr'],
    ['a tunnel localAsn 0', tunnels({ tunnelBgpConfig: { localAsn: 0 } }, {}), 'tunnelOptions[0].tunnelBgpConfig.localAsn'],
    ['a tunnel ikeEncAlg sm4 without a CA certificate', tunnels({}, { tunnelIkeConfig: { ikeEncAlg: 'sm4' } }), 'tunnelOptions[1].tunnelIkeConfig.ikeEncAlg'],
    ['a single-tunnel property inside a tunnel', tunnels({ bgpConfig: { enableBgp: true } }, {}), 'tunnelOptions[0].bgpConfig'],
    ['enableBgp inside tunnelBgpConfig', tunnels({ tunnelBgpConfig: { enableBgp: true } }, {}), 'tunnelOptions[0].tunnelBgpConfig.enableBgp'],
    ['a PSK on a tunnel with a CA certificate', tunnels({ remoteCaCertificate: CA, tunnelIkeConfig: { psk: psk('-sm-tunnel') } }, {}), 'tunnelOptions[0].tunnelIkeConfig.psk'],
  ],
  tags: [
    ['21 tags', tags(manyTags(21)), 'tags'],
    ['a key of 65 characters', tags({ ['k'.repeat(65)]: 'v' }), `tags.${'k'.repeat(65)}`],
    ['a value of 129 characters', tags({ note: 'v'.repeat(129) }), 'tags.note'],
    ['a key starting with aliyun', tags({ 'aliyun-env': 'prod' }), 'tags.aliyun-env'],
    ['a key starting with Aliyun', tags({ Aliyun: 'prod' }), 'tags.Aliyun'],
    ['a key starting with acs:', tags({ 'acs:env': 'prod' }), 'tags["acs:env"]'],
    ['a key containing http://', tags({ 'http://k': 'v' }), 'tags["http://k"]'],
    ['a value containing https://', tags({ doc: 'see https://wiki.example.com' }), 'tags.doc'],
    ['an empty key', tags({ '': 'v' }), 'tags[""]'],
  ],
  'wrong types': [
    ['localSubnets as a comma-separated string', single({ localSubnets: '10.1.1.0/24,10.1.2.0/24' }), 'localSubnets'],
    ['remoteSubnets as an object', single({ remoteSubnets: { primary: '172.16.1.0/24' } }), 'remoteSubnets'],
    ['a number in remoteSubnets', single({ remoteSubnets: [24] }), 'remoteSubnets[0]'],
    ['an object in localSubnets', single({ localSubnets: [{ cidr: '10.10.0.0/16' }] }), 'localSubnets[0]'],
    ['name as a number', single({ name: 42 }), 'name'],
    ['vpnGatewayId as a number', single({ vpnGatewayId: 12345 }), 'vpnGatewayId'],
    ['customerGatewayId as a list', single({ customerGatewayId: ['cgw-bp1badinput0001'] }), 'customerGatewayId'],
    ['regionId as a boolean', single({ regionId: true }), 'regionId'],
    ['ikeConfig as a list holding a PSK', single({ ikeConfig: [{ psk: psk('-in-a-list') }] }), 'ikeConfig'],
    ['healthCheckConfig as the API\'s JSON string', single({ healthCheckConfig: '{"enable":"true","dip":"172.16.1.1"}' }), 'healthCheckConfig'],
    ['bgpConfig as a number', single({ bgpConfig: 5 }), 'bgpConfig'],
    ['enableDpd as an object', single({ enableDpd: { value: true } }), 'enableDpd'],
    ['tunnelOptions as an object', dual({ tunnelOptions: { master: tunnel('master', 1) } }), 'tunnelOptions'],
    ['the PSK as a number', ike({ psk: 98765431 }), 'ikeConfig.psk'],
    ['tunnelIkeConfig as a list', tunnels({ tunnelIkeConfig: [{ ikeVersion: 'ikev2' }] }, {}), 'tunnelOptions[0].tunnelIkeConfig'],
    ['tags as a list', tags([{ key: 'env', value: 'prod' }]), 'tags'],
    ['a tag value as a number', tags({ cost: 42 }), 'tags.cost'],
  ],
  oversized: [
    ['a name of 20000 characters', single({ name: 'n'.repeat(20000) }), 'name'],
    ['a vpnGatewayId of 20000 characters', single({ vpnGatewayId: `vpn-${'a'.repeat(20000)}-` }), 'vpnGatewayId'],
    ['a PSK of 5000 characters', ike({ psk: psk('p'.repeat(5000)) }), 'ikeConfig.psk'],
    ['1000 local subnets', single({ localSubnets: Array.from({ length: 1000 }, (_, i) => `10.${i >> 8}.${i & 255}.0/24`) }), 'localSubnets'],
    ['500 tags', tags(manyTags(500)), 'tags'],
    ['a remoteId of 5000 characters', ike({ remoteId: 'r'.repeat(5000) }), 'ikeConfig.remoteId'],
  ],
  unicode: [
    ['a zero-width joiner in vpnGatewayId', single({ vpnGatewayId: 'vpn-bp1\u200Dabc' }), 'vpnGatewayId'],
    ['a right-to-left override in vpnGatewayId', single({ vpnGatewayId: 'vpn-\u202Ebp1abc' }), 'vpnGatewayId'],
    ['an emoji vpnGatewayId', single({ vpnGatewayId: `vpn-${EMOJI}` }), 'vpnGatewayId'],
    ['a ZWJ family emoji customerGatewayId', single({ customerGatewayId: `cgw-${FAMILY}` }), 'customerGatewayId'],
    ['a right-to-left mark in regionId', single({ regionId: 'cn-\u200Fhangzhou' }), 'regionId'],
    ['a name of 101 emoji', single({ name: EMOJI.repeat(101) }), 'name'],
    ['a name of 101 right-to-left marks and joiners', single({ name: 'a\u200F\u200D'.repeat(34).slice(0, 101) }), 'name'],
    ['a zero-width space after ikeEncAlg', ike({ ikeEncAlg: 'aes\u200B' }), 'ikeConfig.ikeEncAlg'],
    ['a full-width ikeVersion', ike({ ikeVersion: '\uFF49\uFF4B\uFF45\uFF56\uFF12' }), 'ikeConfig.ikeVersion'],
    ['Arabic-Indic digits in a subnet', single({ localSubnets: ['\u0661\u0660.10.0.0/16'] }), 'localSubnets[0]'],
    ['a full-width dot in localBgpIp', bgp({ localBgpIp: '169.254.11\uFF0E1' }), 'bgpConfig.localBgpIp'],
    ['a zero-width joiner in the PSK', ike({ psk: psk('-zw\u200Dj') }), 'ikeConfig.psk'],
    ['a zero-width joiner inside role master', dual({ tunnelOptions: [tunnel('mas\u200Dter', 1), tunnel('slave', 2)] }), 'tunnelOptions[0].role'],
    ['a tag key of 65 emoji', tags({ [EMOJI.repeat(65)]: 'v' }), `tags[${JSON.stringify(EMOJI.repeat(65))}]`],
  ],
  injection: [
    ['a query string in vpnGatewayId', single({ vpnGatewayId: `vpn-bp1abc${DELETE_QUERY}` }), 'vpnGatewayId'],
    ['a percent-encoded query in vpnGatewayId', single({ vpnGatewayId: 'vpn-bp1abc%26Action%3DDeleteVpnConnection' }), 'vpnGatewayId'],
    ['a JSON break-out in vpnGatewayId', single({ vpnGatewayId: 'vpn-bp1abc"}' }), 'vpnGatewayId'],
    ['a trailing newline in vpnGatewayId', single({ vpnGatewayId: 'vpn-bp1abc\n' }), 'vpnGatewayId'],
    ['a CRLF header in customerGatewayId', single({ customerGatewayId: 'cgw-bp1abc\r\nX-Acs-Action: DeleteVpnConnection' }), 'customerGatewayId'],
    ['a JSON break-out in customerGatewayId', single({ customerGatewayId: 'cgw-bp1abc","Action":"DeleteVpnConnection' }), 'customerGatewayId'],
    ['a query string in regionId', single({ regionId: `cn-hangzhou${DELETE_QUERY}` }), 'regionId'],
    ['a JSON break-out in an https:// name', single({ name: `https://x"}${DELETE_QUERY}` }), 'name'],
    ['101 characters of quotes, newlines and queries in name', single({ name: `"}\n${DELETE_QUERY}%26`.repeat(3).slice(0, 101) }), 'name'],
    ['a query string in a subnet', single({ localSubnets: [`10.10.0.0/16${DELETE_QUERY}`] }), 'localSubnets[0]'],
    ['a JSON break-out in a subnet', single({ remoteSubnets: ['172.16.1.0/24","RemoteSubnet":"0.0.0.0/0'] }), 'remoteSubnets[0]'],
    ['a JSON break-out in ikeEncAlg', ike({ ikeEncAlg: 'aes","Psk":"x' }), 'ikeConfig.ikeEncAlg'],
    ['a newline and query in localId', ike({ localId: `gw\n${DELETE_QUERY}` }), 'ikeConfig.localId'],
    ['a JSON break-out in tunnelCidr', bgp({ tunnelCidr: '169.254.11.0/30"}' }), 'bgpConfig.tunnelCidr'],
    ['a query string in the CA certificate', single({ remoteCaCertificate: `"}${DELETE_QUERY}` }), 'remoteCaCertificate'],
    ['a query string in a tunnel customerGatewayId', tunnels({}, { customerGatewayId: `cgw-bp1abc${DELETE_QUERY}` }), 'tunnelOptions[1].customerGatewayId'],
    ['a query string in a tag key starting with acs:', tags({ 'acs:"}&Action=UnTagResources&All=true': 'x' }), `tags[${JSON.stringify('acs:"}&Action=UnTagResources&All=true')}]`],
  ],
};

/** The whole corpus, category by category. */
export const BAD_INPUTS: readonly BadInputCase[] = (Object.entries(GROUPS) as [Category, Row[]][]).flatMap(([category, rows]) =>
  rows.map(([title, args, paths]) => ({ category, title, args, paths: typeof paths === 'string' ? [paths] : paths })),
);

/** Every string in a case that contains the planted-PSK mark. */
export function plantedValues(v: unknown): string[] {
  if (typeof v === 'string') return v.includes(PLANTED_PSK_MARK) ? [v] : [];
  if (Array.isArray(v)) return v.flatMap(plantedValues);
  if (v !== null && typeof v === 'object') return Object.values(v).flatMap(plantedValues);
  return [];
}

// ---- Packing: the engine stops a preview at the first resource that fails check (step_generator.go, "resource
// is invalid"), so cases cannot share a preview as separate resources. They share one resource instead: check
// reports every failure of a resource, so cases that change disjoint properties of the same single-tunnel base
// (Normal or SM) can be declared together, each still named by its own path. ----

// Properties whose rules never depend on another property's value. remoteCaCertificate switches the algorithm
// family of ikeConfig/ipsecConfig (so it is part of the base), and tunnelOptions/enableTunnelsBgp switch the form.
// A dual-tunnel case shares the dual-tunnel base with others when it keeps both tunnels and their roles and changes
// members of one tunnel (other than remoteCaCertificate, which switches that tunnel's algorithm family) or
// independent properties beside them; a case that changes the tunnel list itself, a role, a tunnel's CA certificate
// or enableTunnelsBgp (which makes every tunnel's BGP settings required) gets a preview of its own.
const INDEPENDENT_PROPERTIES: ReadonlySet<string> = new Set([
  'vpnGatewayId',
  'customerGatewayId',
  'regionId',
  'localSubnets',
  'remoteSubnets',
  'name',
  'effectImmediately',
  'autoConfigRoute',
  'enableDpd',
  'enableNatTraversal',
  'ikeConfig',
  'ipsecConfig',
  'healthCheckConfig',
  'bgpConfig',
  'tags',
]);

// Objects whose members are each checked on their own (within one algorithm family): cases may share one when
// they set different members. The health check and BGP have "required when enabled" rules, and tags a count, so a case
// there takes the whole object.
const MEMBERWISE_PROPERTIES: ReadonlySet<string> = new Set(['ikeConfig', 'ipsecConfig']);

export interface Batch {
  /** The resource's args: the single-tunnel base with every member's changes. */
  args: Record<string, unknown>;
  cases: BadInputCase[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

interface Changes {
  base: Readonly<Record<string, unknown>>;
  /** What the case takes: `name`, or one member such as `ikeConfig.psk`. */
  claims: string[];
  apply(target: Record<string, unknown>): void;
}

/** What a dual-tunnel case that sets a single-tunnel property takes: one such case a preview. */
const FORM_MIX_CLAIM = 'single-tunnel property beside tunnelOptions';

/** Tunnel members whose change makes a case take the whole tunnel list (see above). */
const TUNNEL_FORM_MEMBERS: ReadonlySet<string> = new Set(['role', 'remoteCaCertificate']);

/** What a dual-tunnel case changes in VALID_DUAL; undefined when it must have a preview of its own. */
function changesFromDualBase(args: Record<string, unknown>): Changes | undefined {
  const baseTunnels = VALID_DUAL.tunnelOptions as Record<string, unknown>[];
  const tunnelList = args.tunnelOptions;
  if (args.enableTunnelsBgp !== undefined || !Array.isArray(tunnelList) || tunnelList.length !== baseTunnels.length) return undefined;
  const claims: string[] = [];
  const setters: ((target: Record<string, unknown>) => void)[] = [];
  for (const [i, t] of tunnelList.entries()) {
    if (!isObject(t)) return undefined;
    const b = baseTunnels[i];
    for (const k of new Set([...Object.keys(t), ...Object.keys(b)])) {
      const v = t[k];
      if (JSON.stringify(v) === JSON.stringify(b[k])) continue;
      if (TUNNEL_FORM_MEMBERS.has(k)) return undefined;
      claims.push(`tunnelOptions[${i}].${k}`);
      setters.push((target) => {
        const tunnel = (target.tunnelOptions as Record<string, unknown>[])[i];
        if (v === undefined) delete tunnel[k];
        else tunnel[k] = v;
      });
    }
  }
  for (const k of new Set([...Object.keys(args), ...Object.keys(VALID_DUAL)])) {
    if (k === 'tunnelOptions') continue;
    const v = args[k];
    if (JSON.stringify(v) === JSON.stringify(VALID_DUAL[k])) continue;
    if (!INDEPENDENT_PROPERTIES.has(k)) return undefined;
    // A single-tunnel property beside tunnelOptions mixes the forms, and check names only the first such property.
    claims.push(FORM_MIX_CLAIM);
    setters.push((target) => {
      if (v === undefined) delete target[k];
      else target[k] = v;
    });
  }
  if (claims.length === 0) return undefined;
  return { base: VALID_DUAL, claims, apply: (target) => setters.forEach((set) => set(target)) };
}

/** What a case changes in its base; undefined when it must have a preview of its own. */
function changesFromBase(args: Record<string, unknown>): Changes | undefined {
  if (args.tunnelOptions !== undefined) return changesFromDualBase(args);
  const base = args.remoteCaCertificate === VALID_SM.remoteCaCertificate ? VALID_SM : VALID_SINGLE;
  const claims: string[] = [];
  const setters: ((target: Record<string, unknown>) => void)[] = [];
  for (const k of new Set([...Object.keys(args), ...Object.keys(base)])) {
    const v = args[k];
    if (JSON.stringify(v) === JSON.stringify(base[k])) continue;
    if (!INDEPENDENT_PROPERTIES.has(k)) return undefined;
    if (MEMBERWISE_PROPERTIES.has(k) && isObject(v) && base[k] === undefined && Object.keys(v).length > 0) {
      claims.push(...Object.keys(v).map((m) => `${k}.${m}`));
      setters.push((target) => {
        target[k] = { ...(isObject(target[k]) ? target[k] : {}), ...v };
      });
    } else {
      claims.push(k);
      setters.push((target) => {
        if (v === undefined) delete target[k];
        else target[k] = v;
      });
    }
  }
  if (claims.length === 0) return undefined;
  return { base, claims, apply: (target) => setters.forEach((set) => set(target)) };
}

function conflicts(claim: string, taken: ReadonlySet<string>): boolean {
  for (const t of taken) if (t === claim || t.startsWith(`${claim}.`) || claim.startsWith(`${t}.`)) return true;
  return false;
}

/** Groups the cases into as few previews as the independence rules allow, at most `maxPerBatch` cases each. */
export function packCases(cases: readonly BadInputCase[], maxPerBatch: number): Batch[] {
  const batches: { args: Record<string, unknown>; cases: BadInputCase[]; base?: Changes['base']; taken: Set<string> }[] = [];
  for (const c of cases) {
    const changes = changesFromBase(c.args);
    const open = changes
      ? batches.find((b) => b.base === changes.base && b.cases.length < maxPerBatch && changes.claims.every((claim) => !conflicts(claim, b.taken)))
      : undefined;
    if (!open || !changes) {
      batches.push({ args: structuredClone(c.args), cases: [c], base: changes?.base, taken: new Set(changes?.claims) });
      continue;
    }
    changes.apply(open.args);
    changes.claims.forEach((claim) => open.taken.add(claim));
    open.cases.push(c);
  }
  return batches.map(({ args, cases: members }) => ({ args, cases: members }));
}
