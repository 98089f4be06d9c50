// check for the nested configurations (IKE, IPsec, health check, BGP), parametrised by path so a
// single-tunnel connection and each tunnel of a dual-tunnel one share every rule.

import { isUnknown } from '../resource';
import { RESERVED_TUNNEL_CIDRS, TUNNEL_CIDR_PREFIX, TUNNEL_CIDR_RANGE, ipv4InCidr, isIpv4, networkAndBroadcast, parseIpv4Cidr } from './cidr';
import { Checker, describeType, describeValue, field, fill, keyPath, list } from './checker';
import { isPlainObject, isSet, toAsn } from './coerce';
import {
  ASN_MAX,
  ASN_MIN,
  DEFAULTS,
  FAMILY_DEFAULTS,
  GatewayFamily,
  IDENTITY_MAX,
  IKE_MODES,
  IKE_PFS_GROUPS,
  IKE_VERSIONS,
  IPSEC_PFS_GROUPS,
  LIFETIME_MAX,
  LIFETIME_MIN,
  NORMAL_AUTH_ALGS,
  NORMAL_ENC_ALGS,
  PSK_MAX,
  SM_AUTH_ALGS,
  SM_ENC_ALGS,
} from './types';

// Letters, digits and ~!`@#$%^&*()_-+={}[]|;:",.<>/? as documented; no spaces, quotes or backslashes.
const PSK_PATTERN = /^[A-Za-z0-9~!`@#$%^&*()_\-+={}[\]|;:",.<>/?]+$/;

/**
 * A remote CA certificate exists only for NationalStandard (SM) gateways, so its presence decides
 * which algorithm family the rest of the config must use. Undefined = not known yet (preview).
 */
export function checkRemoteCa(c: Checker, path: string, v: unknown, out: Record<string, unknown>, key = 'remoteCaCertificate'): GatewayFamily | undefined {
  if (!isSet(v)) return 'Normal';
  if (isUnknown(v)) {
    out[key] = v;
    return undefined;
  }
  const s = c.string(path, v);
  if (s === undefined) return undefined;
  if (!s.trim().startsWith('-----BEGIN CERTIFICATE-----')) {
    c.fail(
      path,
      'must be a PEM certificate starting with -----BEGIN CERTIFICATE----- (only for NationalStandard/SM gateways; omit it for Normal gateways)',
    );
    return undefined;
  }
  out[key] = s;
  return 'NationalStandard';
}

/** The nested object at path, 'unknown' when the whole object is unknown, {} when absent. */
export function nested(c: Checker, path: string, v: unknown, keys: readonly string[]): Record<string, unknown> | 'unknown' {
  if (!isSet(v)) return {};
  if (isUnknown(v)) return 'unknown';
  if (!isPlainObject(v)) {
    c.fail(path, `must be an object with the properties ${list(keys)}, got ${describeType(v)}`);
    return {};
  }
  const known: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v)) {
    if (!isSet(val)) continue;
    if (!keys.includes(k)) c.fail(keyPath(path, k), `unknown property; allowed properties of ${path}: ${list(keys)}`);
    else known[k] = val;
  }
  return known;
}

const SM_CONTEXT = ' with remoteCaCertificate set (NationalStandard/SM gateway)';
const NORMAL_CONTEXT = ' without remoteCaCertificate (Normal gateway)';

interface Algorithms {
  allowed: readonly string[];
  context: string;
  known: readonly string[];
}

function algorithms(family: GatewayFamily | undefined, normal: readonly string[], sm: readonly string[]): Algorithms {
  const known = [...normal, ...sm];
  if (family === 'NationalStandard') return { allowed: sm, context: SM_CONTEXT, known };
  if (family === 'Normal') return { allowed: normal, context: `${NORMAL_CONTEXT}${smHint(sm)}`, known };
  return { allowed: known, context: '', known };
}

function smHint(sm: readonly string[]): string {
  return ` (${list(sm)} need remoteCaCertificate and a NationalStandard/SM gateway)`;
}

function identity(c: Checker, path: string, v: unknown): string | undefined {
  const s = c.string(path, v);
  if (s === undefined) return undefined;
  if (s.length < 1 || s.length > IDENTITY_MAX || /\s/.test(s)) {
    c.fail(path, `must be 1 to ${IDENTITY_MAX} characters without spaces`);
    return undefined;
  }
  return s;
}

function notForSm(c: Checker, family: GatewayFamily | undefined, obj: Record<string, unknown>, path: string, key: string): boolean {
  if (family !== 'NationalStandard' || !isSet(obj[key])) return false;
  c.fail(`${path}.${key}`, `not used${SM_CONTEXT}; remove it (it applies to Normal gateways only)`);
  return true;
}

export function checkIke(c: Checker, ike: Record<string, unknown>, family: GatewayFamily | undefined, p: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!notForSm(c, family, ike, p, 'psk')) {
    field(ike, 'psk', out, (v) => {
      const s = c.string(`${p}.psk`, v);
      if (s === undefined) return undefined;
      // The value is secret: describe what is wrong without ever repeating it.
      if (s.length < 1 || s.length > PSK_MAX || !PSK_PATTERN.test(s)) {
        c.fail(`${p}.psk`, `must be 1 to ${PSK_MAX} characters of letters, digits and ~!\`@#$%^&*()_-+={}[]|;:",.<>/? (no spaces); the given value (${s.length} characters) is not`);
        return undefined;
      }
      return s;
    });
  }
  const smOnlyV1 = family === 'NationalStandard';
  field(ike, 'ikeVersion', out, (v) => c.enumValue(`${p}.ikeVersion`, v, smOnlyV1 ? ['ikev1'] : IKE_VERSIONS, smOnlyV1 ? SM_CONTEXT : '', IKE_VERSIONS));
  field(ike, 'ikeMode', out, (v) => c.enumValue(`${p}.ikeMode`, v, smOnlyV1 ? ['main'] : IKE_MODES, smOnlyV1 ? SM_CONTEXT : '', IKE_MODES));
  const enc = algorithms(family, NORMAL_ENC_ALGS, SM_ENC_ALGS);
  field(ike, 'ikeEncAlg', out, (v) => c.enumValue(`${p}.ikeEncAlg`, v, enc.allowed, enc.context, enc.known));
  const auth = algorithms(family, NORMAL_AUTH_ALGS, SM_AUTH_ALGS);
  field(ike, 'ikeAuthAlg', out, (v) => c.enumValue(`${p}.ikeAuthAlg`, v, auth.allowed, auth.context, auth.known));
  if (!notForSm(c, family, ike, p, 'ikePfs')) field(ike, 'ikePfs', out, (v) => c.enumValue(`${p}.ikePfs`, v, IKE_PFS_GROUPS));
  field(ike, 'ikeLifetime', out, (v) => c.int(`${p}.ikeLifetime`, v, LIFETIME_MIN, LIFETIME_MAX, ' seconds'));
  if (!notForSm(c, family, ike, p, 'localId')) field(ike, 'localId', out, (v) => identity(c, `${p}.localId`, v));
  field(ike, 'remoteId', out, (v) => identity(c, `${p}.remoteId`, v));

  fill(out, 'ikeVersion', DEFAULTS.ikeVersion, ike);
  fill(out, 'ikeMode', DEFAULTS.ikeMode, ike);
  fill(out, 'ikeLifetime', DEFAULTS.lifetime, ike);
  if (family !== undefined) {
    fill(out, 'ikeEncAlg', FAMILY_DEFAULTS[family].encAlg, ike);
    fill(out, 'ikeAuthAlg', FAMILY_DEFAULTS[family].authAlg, ike);
  }
  if (family === 'Normal') fill(out, 'ikePfs', DEFAULTS.ikePfs, ike);
  return out;
}

export function checkIpsec(c: Checker, ipsec: Record<string, unknown>, family: GatewayFamily | undefined, p: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const enc = algorithms(family, NORMAL_ENC_ALGS, SM_ENC_ALGS);
  field(ipsec, 'ipsecEncAlg', out, (v) => c.enumValue(`${p}.ipsecEncAlg`, v, enc.allowed, enc.context, enc.known));
  const auth = algorithms(family, NORMAL_AUTH_ALGS, SM_AUTH_ALGS);
  field(ipsec, 'ipsecAuthAlg', out, (v) => c.enumValue(`${p}.ipsecAuthAlg`, v, auth.allowed, auth.context, auth.known));
  if (!notForSm(c, family, ipsec, p, 'ipsecPfs')) field(ipsec, 'ipsecPfs', out, (v) => c.enumValue(`${p}.ipsecPfs`, v, IPSEC_PFS_GROUPS));
  field(ipsec, 'ipsecLifetime', out, (v) => c.int(`${p}.ipsecLifetime`, v, LIFETIME_MIN, LIFETIME_MAX, ' seconds'));

  fill(out, 'ipsecLifetime', DEFAULTS.lifetime, ipsec);
  if (family !== undefined) {
    fill(out, 'ipsecEncAlg', FAMILY_DEFAULTS[family].encAlg, ipsec);
    fill(out, 'ipsecAuthAlg', FAMILY_DEFAULTS[family].authAlg, ipsec);
  }
  if (family === 'Normal') fill(out, 'ipsecPfs', DEFAULTS.ipsecPfs, ipsec);
  return out;
}

export function checkHealth(c: Checker, hc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const p = 'healthCheckConfig';
  field(hc, 'enable', out, (v) => c.bool(`${p}.enable`, v));
  for (const k of ['dip', 'sip'] as const) {
    field(hc, k, out, (v) => {
      const s = c.string(`${p}.${k}`, v);
      if (s === undefined) return undefined;
      if (!isIpv4(s)) {
        c.fail(`${p}.${k}`, `"${s}" is not an IPv4 address such as 192.168.1.2`);
        return undefined;
      }
      return s;
    });
  }
  field(hc, 'interval', out, (v) => c.int(`${p}.interval`, v, 1, 2_147_483_647, ' seconds (a positive integer)'));
  field(hc, 'retry', out, (v) => c.int(`${p}.retry`, v, 1, 2_147_483_647, ' (a positive integer)'));

  fill(out, 'enable', DEFAULTS.healthCheckEnable, hc);
  if (out.enable === true) {
    for (const k of ['dip', 'sip'] as const) {
      if (!isSet(hc[k])) c.fail(`${p}.${k}`, `required when ${p}.enable is true: the health check ${k === 'dip' ? 'destination' : 'source'} IPv4 address`);
    }
    fill(out, 'interval', DEFAULTS.healthCheckInterval, hc);
    fill(out, 'retry', DEFAULTS.healthCheckRetry, hc);
  }
  return out;
}

/** localAsn, tunnelCidr and localBgpIp: the BGP settings a single-tunnel connection and each tunnel share. */
export function checkBgpAddressing(c: Checker, bgp: Record<string, unknown>, out: Record<string, unknown>, p: string): void {
  field(bgp, 'localAsn', out, (v) => {
    const n = toAsn(v);
    if (!n.ok || n.value < ASN_MIN || n.value > ASN_MAX) {
      c.fail(`${p}.localAsn`, `must be an integer from ${ASN_MIN} to ${ASN_MAX} (or a.b asdot notation), got ${describeValue(v)}`);
      return undefined;
    }
    return n.value;
  });
  let tunnelCidr: string | undefined;
  field(bgp, 'tunnelCidr', out, (v) => {
    tunnelCidr = checkTunnelCidr(c, `${p}.tunnelCidr`, v);
    return tunnelCidr;
  });
  field(bgp, 'localBgpIp', out, (v) => {
    const s = c.string(`${p}.localBgpIp`, v);
    if (s === undefined) return undefined;
    if (!isIpv4(s)) {
      c.fail(`${p}.localBgpIp`, `"${s}" is not an IPv4 address; it must be a host address inside ${p}.tunnelCidr`);
      return undefined;
    }
    if (tunnelCidr !== undefined) {
      const [network, broadcast] = networkAndBroadcast(tunnelCidr);
      if (!ipv4InCidr(s, tunnelCidr) || s === network || s === broadcast) {
        c.fail(`${p}.localBgpIp`, `"${s}" must be one of the two host addresses inside ${p}.tunnelCidr ${tunnelCidr}`);
        return undefined;
      }
    }
    return s;
  });
}

/** When BGP is on, the tunnel addressing is required and the ASN defaults. */
export function requireBgpAddressing(c: Checker, bgp: Record<string, unknown>, out: Record<string, unknown>, p: string, because: string): void {
  if (!isSet(bgp.tunnelCidr)) c.fail(`${p}.tunnelCidr`, `required when ${because}: a /30 inside ${TUNNEL_CIDR_RANGE}, for example 169.254.11.0/30`);
  if (!isSet(bgp.localBgpIp)) c.fail(`${p}.localBgpIp`, `required when ${because}: a host address inside ${p}.tunnelCidr`);
  fill(out, 'localAsn', DEFAULTS.localAsn, bgp);
}

export function checkBgp(c: Checker, bgp: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const p = 'bgpConfig';
  field(bgp, 'enableBgp', out, (v) => c.bool(`${p}.enableBgp`, v));
  checkBgpAddressing(c, bgp, out, p);
  fill(out, 'enableBgp', DEFAULTS.enableBgp, bgp);
  if (out.enableBgp === true) requireBgpAddressing(c, bgp, out, p, `${p}.enableBgp is true`);
  return out;
}

function checkTunnelCidr(c: Checker, path: string, v: unknown): string | undefined {
  const s = c.string(path, v);
  if (s === undefined) return undefined;
  const rule = `a /${TUNNEL_CIDR_PREFIX} network inside ${TUNNEL_CIDR_RANGE}, except ${list(RESERVED_TUNNEL_CIDRS)}`;
  const parsed = parseIpv4Cidr(s);
  if (!parsed.ok || parsed.prefix !== TUNNEL_CIDR_PREFIX || !ipv4InCidr(parsed.address.toString(), TUNNEL_CIDR_RANGE)) {
    c.fail(path, `"${s}" is not allowed; must be ${rule}`);
    return undefined;
  }
  if (RESERVED_TUNNEL_CIDRS.includes(s)) {
    c.fail(path, `"${s}" is reserved by the service; must be ${rule}`);
    return undefined;
  }
  return s;
}
