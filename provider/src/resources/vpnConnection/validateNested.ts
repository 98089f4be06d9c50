// check for the nested configurations (IKE, IPsec, health check, BGP), parametrised by path so a
// single-tunnel connection and each tunnel of a dual-tunnel one share every rule. Each property's own limits,
// allowed values and defaults come from its descriptor; the rules here involve more than one property: the
// gateway family (a remote CA certificate means a ShangMi gateway, whose algorithms, defaults and unused
// properties the descriptor lists per family), the health check's addresses, and BGP addressing.

import { isUnknown } from '../resource';
import { checkObject, type Variant } from '../../descriptor/check';
import { isPlainObject, isSet } from '../../descriptor/coerce';
import type { ObjectDescriptor, Prop } from '../../descriptor/property';
import { isIpv4 } from '../../descriptor/ipv4';
import { ipv4InCidr, networkAndBroadcast, parseIpv4Cidr } from '../shared/cidr';
import { Checker, describeType, keyPath, list } from '../shared/checker';
import { BGP_CONFIG, HEALTH_CHECK_CONFIG, IKE_CONFIG, IPSEC_CONFIG } from './descriptor';
import { RESERVED_TUNNEL_CIDRS, TUNNEL_CIDR_PREFIX, TUNNEL_CIDR_RANGE } from './tunnelCidr';
import { GatewayFamily } from './types';

/** Validates one property of a nested object, or copies it when unknown; absent stays absent. */
function field<T>(obj: Record<string, unknown>, key: string, out: Record<string, unknown>, validate: (v: unknown) => T | undefined): void {
  const v = obj[key];
  if (!isSet(v)) return;
  if (isUnknown(v)) {
    out[key] = v;
    return;
  }
  const r = validate(v);
  if (r !== undefined) out[key] = r;
}

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

/** The values a property allows on SM gateways, named when a Normal gateway refuses one of them. */
function smHint(p: Prop): string {
  const sm = p.byVariant?.NationalStandard;
  return typeof sm === 'object' && sm.allowed !== undefined ? ` (${list(sm.allowed)} need remoteCaCertificate and a NationalStandard/SM gateway)` : '';
}

/** The gateway family as check's variant; undefined while it is not known (preview). */
function familyVariant(family: GatewayFamily | undefined): Variant | undefined {
  if (family === undefined) return undefined;
  return {
    name: family,
    context: (p) => (family === 'NationalStandard' ? SM_CONTEXT : `${NORMAL_CONTEXT}${smHint(p)}`),
    unused: `${SM_CONTEXT}; remove it (it applies to Normal gateways only)`,
  };
}

export function checkIke(c: Checker, ike: Record<string, unknown>, family: GatewayFamily | undefined, p: string): Record<string, unknown> {
  return checkObject(c, IKE_CONFIG, ike, p, familyVariant(family));
}

export function checkIpsec(c: Checker, ipsec: Record<string, unknown>, family: GatewayFamily | undefined, p: string): Record<string, unknown> {
  return checkObject(c, IPSEC_CONFIG, ipsec, p, familyVariant(family));
}

/** An enabled health check needs both probe addresses. */
export function checkHealth(c: Checker, hc: Record<string, unknown>): Record<string, unknown> {
  const p = 'healthCheckConfig';
  const out = checkObject(c, HEALTH_CHECK_CONFIG, hc, p);
  if (out.enable === true) {
    for (const [k, what] of [['dip', 'destination'], ['sip', 'source']] as const) {
      if (!isSet(hc[k])) c.fail(`${p}.${k}`, `required when ${p}.enable is true: the health check ${what} IPv4 address`);
    }
  }
  return out;
}

/** The BGP settings with tunnelCidr and localBgpIp checked together: the address must be a host of the block. */
export function checkBgpAddressing(c: Checker, d: ObjectDescriptor, bgp: Record<string, unknown>, p: string): Record<string, unknown> {
  const out = checkObject(c, d, bgp, p, undefined, ['tunnelCidr', 'localBgpIp']);
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
  return out;
}

/** When BGP is on, the tunnel addressing is required. */
export function requireBgpAddressing(c: Checker, bgp: Record<string, unknown>, p: string, because: string): void {
  if (!isSet(bgp.tunnelCidr)) c.fail(`${p}.tunnelCidr`, `required when ${because}: a /30 inside ${TUNNEL_CIDR_RANGE}, for example 169.254.11.0/30`);
  if (!isSet(bgp.localBgpIp)) c.fail(`${p}.localBgpIp`, `required when ${because}: a host address inside ${p}.tunnelCidr`);
}

export function checkBgp(c: Checker, bgp: Record<string, unknown>): Record<string, unknown> {
  const p = 'bgpConfig';
  const out = checkBgpAddressing(c, BGP_CONFIG, bgp, p);
  if (out.enableBgp === true) requireBgpAddressing(c, bgp, p, `${p}.enableBgp is true`);
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
