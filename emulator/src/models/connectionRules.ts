// Pure rules for IPsec connection parameters, from the CreateVpnConnection document and the
// API facts. Each check throws the ApiError the service answers with.
import ipaddr from 'ipaddr.js';
import { Errors } from '../errors';
import type { BgpConfig, HealthCheckConfig, IkeConfig, IpsecConfig, VpnType } from './types';

export const MAX_SUBNETS = 10;
export const MAX_LIFETIME = 86400;
export const MAX_ASN = 4294967295;

/** The seed document: 2–128 characters, a letter or Chinese character first, then letters, digits, `.`, `_`, `-`. */
const SEED_NAME = /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5._-]{1,127}$/;
/** SDK 7.3.2: 1–100 characters of anything. */
export const SDK_NAME_MAX = 100;
const URL_PREFIX = /^https?:\/\//i;

/**
 * The two documents disagree; the service is the authority, so a name is refused only when both
 * rules refuse it. Both refuse a leading `http://`/`https://`, an empty name and more than 128
 * characters.
 */
export function checkName(name: string): void {
  const sdkAllows = name.length >= 1 && name.length <= SDK_NAME_MAX;
  const seedAllows = SEED_NAME.test(name);
  if (URL_PREFIX.test(name) || !(sdkAllows || seedAllows)) throw Errors.illegal('Name', name);
}

/**
 * A comma-separated list of 1–10 IPv4 CIDR blocks, each written as its network address.
 * Returns the normalised list; `which` picks IllegalParam.LocalSubnet or .RemoteSubnet.
 */
export function parseSubnets(value: string, which: 'LocalSubnet' | 'RemoteSubnet'): string[] {
  const fail = which === 'LocalSubnet' ? Errors.illegalLocalSubnet : Errors.illegalRemoteSubnet;
  const items = value.split(',').map((s) => s.trim());
  if (items.length < 1 || items.length > MAX_SUBNETS) throw fail(value);
  const seen = new Set<string>();
  for (const item of items) {
    if (!isIpv4Network(item) || seen.has(item)) throw fail(value);
    seen.add(item);
  }
  return items;
}

export function isIpv4Network(cidr: string): boolean {
  if (!/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(cidr)) return false;
  try {
    const [addr, bits] = ipaddr.IPv4.parseCIDR(cidr);
    return ipaddr.IPv4.networkAddressFromCIDR(cidr).toString() === addr.toString() && bits <= 32;
  } catch {
    return false;
  }
}

export function isIpv4(value: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(value);
}

/** Both subnet lists 0.0.0.0/0 put the connection in destination-routing mode: no policy routes. */
export function policyRouteCount(local: string[], remote: string[]): number {
  const destinationRouting = local.length === 1 && remote.length === 1 && local[0] === '0.0.0.0/0' && remote[0] === '0.0.0.0/0';
  return destinationRouting ? 0 : local.length * remote.length;
}

const PSK = /^[A-Za-z0-9~!`@#$%^&*()_\-+={}[\]|;:",.<>/?]{1,100}$/;

/** The PSK is a secret: the error never echoes it. */
export function checkPsk(psk: string): void {
  if (!PSK.test(psk)) throw Errors.illegal('Psk');
}

export function checkIdentity(field: 'LocalId' | 'RemoteId', value: string, allowSpaces: boolean): void {
  if (value.length < 1 || value.length > 100 || (!allowSpaces && /\s/.test(value))) throw Errors.illegal(field, value);
}

export function checkLifetime(field: 'IkeLifetime' | 'IpsecLifetime', value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > MAX_LIFETIME) throw Errors.illegal(field, String(value));
}

interface AlgorithmSet {
  readonly versions: readonly string[];
  readonly modes: readonly string[];
  readonly enc: readonly string[];
  readonly auth: readonly string[];
  readonly ikePfs: readonly string[];
  readonly ipsecPfs: readonly string[];
}

export const ALGORITHMS: Readonly<Record<VpnType, AlgorithmSet>> = {
  Normal: {
    versions: ['ikev1', 'ikev2'],
    modes: ['main', 'aggressive'],
    enc: ['aes', 'aes192', 'aes256', 'des', '3des'],
    auth: ['md5', 'sha1', 'sha256', 'sha384', 'sha512'],
    ikePfs: ['group1', 'group2', 'group5', 'group14'],
    ipsecPfs: ['group1', 'group2', 'group5', 'group14', 'disabled'],
  },
  NationalStandard: {
    versions: ['ikev1'],
    modes: ['main'],
    enc: ['sm4'],
    auth: ['sm3'],
    ikePfs: ['group1', 'group2', 'group5', 'group14'],
    ipsecPfs: ['group1', 'group2', 'group5', 'group14', 'disabled'],
  },
};

function oneOf(field: string, value: string, allowed: readonly string[]): void {
  if (!allowed.includes(value)) throw Errors.illegal(field, value);
}

/** Checks a complete (defaults applied) phase-1 configuration against the gateway type. */
export function checkIkeConfig(ike: IkeConfig, vpnType: VpnType): void {
  const set = ALGORITHMS[vpnType];
  oneOf('IkeVersion', ike.IkeVersion, set.versions);
  oneOf('IkeMode', ike.IkeMode, set.modes);
  oneOf('IkeEncAlg', ike.IkeEncAlg, set.enc);
  oneOf('IkeAuthAlg', ike.IkeAuthAlg, set.auth);
  oneOf('IkePfs', ike.IkePfs, set.ikePfs);
  checkLifetime('IkeLifetime', ike.IkeLifetime);
  const sm = vpnType === 'NationalStandard';
  if (!sm) checkPsk(ike.Psk);
  checkIdentity('LocalId', ike.LocalId, sm);
  checkIdentity('RemoteId', ike.RemoteId, sm);
}

export function checkIpsecConfig(ipsec: IpsecConfig, vpnType: VpnType): void {
  const set = ALGORITHMS[vpnType];
  oneOf('IpsecEncAlg', ipsec.IpsecEncAlg, set.enc);
  oneOf('IpsecAuthAlg', ipsec.IpsecAuthAlg, set.auth);
  oneOf('IpsecPfs', ipsec.IpsecPfs, set.ipsecPfs);
  checkLifetime('IpsecLifetime', ipsec.IpsecLifetime);
}

/** Fields a NationalStandard (SM) gateway does not accept from the caller. */
export const SM_FORBIDDEN_IKE_FIELDS = ['Psk', 'IkePfs', 'LocalId'] as const;
export const SM_FORBIDDEN_IPSEC_FIELDS = ['IpsecPfs'] as const;

export function checkRemoteCaCertificate(cert: string, vpnType: VpnType): void {
  if (vpnType === 'NationalStandard') {
    if (cert === '') throw Errors.missing('RemoteCaCertificate');
    if (!cert.trimStart().startsWith('-----BEGIN CERTIFICATE-----')) throw Errors.illegal('RemoteCaCertificate');
  } else if (cert !== '') {
    throw Errors.illegal('RemoteCaCertificate');
  }
}

export const HEALTH_CHECK_INTERVAL = { min: 1, max: 60 } as const;
export const HEALTH_CHECK_RETRY = { min: 1, max: 100 } as const;
export const HEALTH_CHECK_POLICIES: readonly string[] = ['revoke_route', 'reserve_route'];

export function checkHealthCheck(hc: HealthCheckConfig): void {
  if (hc.Enable || hc.Dip !== '') if (!isIpv4(hc.Dip)) throw Errors.illegal('Dip', hc.Dip);
  if (hc.Enable || hc.Sip !== '') if (!isIpv4(hc.Sip)) throw Errors.illegal('Sip', hc.Sip);
  if (!Number.isInteger(hc.Interval) || hc.Interval < HEALTH_CHECK_INTERVAL.min || hc.Interval > HEALTH_CHECK_INTERVAL.max) {
    throw Errors.illegal('Interval', String(hc.Interval));
  }
  if (!Number.isInteger(hc.Retry) || hc.Retry < HEALTH_CHECK_RETRY.min || hc.Retry > HEALTH_CHECK_RETRY.max) {
    throw Errors.illegal('Retry', String(hc.Retry));
  }
  if (!HEALTH_CHECK_POLICIES.includes(hc.Policy)) throw Errors.illegal('Policy', String(hc.Policy));
}

/** /30 blocks inside 169.254.0.0/16 that the service keeps for itself. */
export const RESERVED_TUNNEL_CIDRS: readonly string[] = [
  '169.254.0.0/30', '169.254.1.0/30', '169.254.2.0/30', '169.254.3.0/30',
  '169.254.4.0/30', '169.254.5.0/30', '169.254.6.0/30', '169.254.169.252/30',
];

const LINK_LOCAL = ipaddr.IPv4.parseCIDR('169.254.0.0/16');

export function checkTunnelCidr(cidr: string): void {
  if (!isIpv4Network(cidr)) throw Errors.illegal('TunnelCidr', cidr);
  const [addr, bits] = ipaddr.IPv4.parseCIDR(cidr);
  if (bits !== 30 || !addr.match(LINK_LOCAL) || RESERVED_TUNNEL_CIDRS.includes(cidr)) throw Errors.illegal('TunnelCidr', cidr);
}

/** LocalBgpIp must be one of the two host addresses of the /30. */
export function checkLocalBgpIp(ip: string, tunnelCidr: string): void {
  if (!isIpv4(ip)) throw Errors.illegal('LocalBgpIp', ip);
  const range = ipaddr.IPv4.parseCIDR(tunnelCidr);
  const network = ipaddr.IPv4.networkAddressFromCIDR(tunnelCidr).toString();
  const broadcast = ipaddr.IPv4.broadcastAddressFromCIDR(tunnelCidr).toString();
  if (!ipaddr.IPv4.parse(ip).match(range) || ip === network || ip === broadcast) throw Errors.illegal('LocalBgpIp', ip);
}

/** The other host address of the /30: the peer's BGP address. */
export function peerBgpIp(localBgpIp: string, tunnelCidr: string): string {
  const base = ipaddr.IPv4.networkAddressFromCIDR(tunnelCidr).toByteArray();
  const local = ipaddr.IPv4.parse(localBgpIp).toByteArray();
  base[3] += local[3] - base[3] === 1 ? 2 : 1;
  return ipaddr.fromByteArray(base).toString();
}

export function checkBgp(bgp: BgpConfig): void {
  if (!Number.isInteger(bgp.LocalAsn) || bgp.LocalAsn < 1 || bgp.LocalAsn > MAX_ASN) throw Errors.illegal('LocalAsn', String(bgp.LocalAsn));
  if (bgp.EnableBgp && bgp.TunnelCidr === '') throw Errors.illegal('TunnelCidr', '');
  if (bgp.EnableBgp && bgp.LocalBgpIp === '') throw Errors.illegal('LocalBgpIp', '');
  if (bgp.TunnelCidr !== '') checkTunnelCidr(bgp.TunnelCidr);
  if (bgp.LocalBgpIp !== '') {
    if (bgp.TunnelCidr === '') throw Errors.illegal('TunnelCidr', '');
    checkLocalBgpIp(bgp.LocalBgpIp, bgp.TunnelCidr);
  }
}

/** ASNs are decimal, or asdot `a.b` meaning a×65536+b. NaN when neither. */
export function parseAsn(value: string | number): number {
  if (typeof value === 'number') return value;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const dot = /^(\d+)\.(\d+)$/.exec(text);
  if (dot && Number(dot[1]) <= 65535 && Number(dot[2]) <= 65535) return Number(dot[1]) * 65536 + Number(dot[2]);
  return Number.NaN;
}

export const MAX_CLIENT_TOKEN = 64;

export function checkClientToken(token: string): void {
  if (token.length === 0 || token.length > MAX_CLIENT_TOKEN || !/^[\x20-\x7e]+$/.test(token)) throw Errors.clientTokenMalformed();
}
