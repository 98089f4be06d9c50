// check: every constraint the API documents, before any API call, as per-property failures that name
// the path and what is allowed. Values not known yet (preview) pass through untouched. Documented
// defaults are filled in so a default changed out of band shows up as drift.

import { CheckContext, CheckFailure, CheckResult, PropertyMap, isUnknown } from '../resource';
import { RESERVED_TUNNEL_CIDRS, TUNNEL_CIDR_PREFIX, TUNNEL_CIDR_RANGE, ipv4InCidr, isIpv4, networkAndBroadcast, parseIpv4Cidr } from './cidr';
import { isPlainObject, isSet, toAsn, toBool, toInt } from './coerce';
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
  NAME_MAX,
  NAME_MIN,
  NORMAL_AUTH_ALGS,
  NORMAL_ENC_ALGS,
  PSK_MAX,
  SM_AUTH_ALGS,
  SM_ENC_ALGS,
  SUBNETS_MAX,
  SUBNETS_MIN,
} from './types';
import { BOOLEAN_PROPERTIES, COMPUTED_PROPERTIES, NESTED_KEYS, TOP_LEVEL_INPUTS } from './fields';

const NAME_PATTERN = /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5._-]*$/;
// Letters, digits and ~!`@#$%^&*()_-+={}[]|;:",.<>/? as documented; no spaces, quotes or backslashes.
const PSK_PATTERN = /^[A-Za-z0-9~!`@#$%^&*()_\-+={}[\]|;:",.<>/?]+$/;
const REGION_PATTERN = /^[a-z]{2,}(-[a-z0-9]+)+$/;
const GATEWAY_ID_PATTERN = /^vpn-[A-Za-z0-9]+$/;
const CUSTOMER_GATEWAY_ID_PATTERN = /^cgw-[A-Za-z0-9]+$/;

function list(values: readonly string[]): string {
  return values.join(', ');
}

/** Accumulates failures and the normalised value of one object level. */
class Checker {
  readonly failures: CheckFailure[] = [];

  fail(property: string, reason: string): void {
    this.failures.push({ property, reason });
  }

  /** A string property; returns undefined when absent, invalid or unknown (unknowns are copied by the caller). */
  string(path: string, v: unknown): string | undefined {
    if (typeof v === 'string') return v;
    this.fail(path, `must be a string, got ${describeType(v)}`);
    return undefined;
  }

  enumValue(path: string, v: unknown, allowed: readonly string[], context = ''): string | undefined {
    const s = this.string(path, v);
    if (s === undefined) return undefined;
    if (!allowed.includes(s)) {
      this.fail(path, `"${s}" is not allowed${context}; allowed values: ${list(allowed)}`);
      return undefined;
    }
    return s;
  }

  bool(path: string, v: unknown): boolean | undefined {
    const b = toBool(v);
    if (b.ok) return b.value;
    this.fail(path, `must be a boolean (true or false), got ${describeValue(v)}`);
    return undefined;
  }

  int(path: string, v: unknown, min: number, max: number, unit = ''): number | undefined {
    const n = toInt(v);
    if (!n.ok || n.value < min || n.value > max) {
      this.fail(path, `must be an integer from ${min} to ${max}${unit}, got ${describeValue(v)}`);
      return undefined;
    }
    return n.value;
  }
}

function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

function describeValue(v: unknown): string {
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return describeType(v);
}

/** Keys the engine or SDKs add for their own bookkeeping; never user inputs. */
function isInternalKey(k: string): boolean {
  return k.startsWith('__');
}

export function checkInputs(news: PropertyMap, ctx: CheckContext = {}): CheckResult {
  const c = new Checker();
  const out: PropertyMap = {};
  const raw: PropertyMap = {};
  for (const [k, v] of Object.entries(news ?? {})) {
    if (isInternalKey(k) || !isSet(v)) continue;
    if ((COMPUTED_PROPERTIES as readonly string[]).includes(k)) {
      c.fail(k, `${k} is computed by the service and cannot be set`);
      continue;
    }
    if (!(TOP_LEVEL_INPUTS as readonly string[]).includes(k)) {
      c.fail(k, `unknown property; allowed properties: ${list(TOP_LEVEL_INPUTS)}`);
      continue;
    }
    raw[k] = v;
  }

  checkIds(c, raw, out);
  checkRegion(c, raw, out, ctx);
  checkSubnets(c, 'localSubnets', raw.localSubnets, out);
  checkSubnets(c, 'remoteSubnets', raw.remoteSubnets, out);
  checkName(c, raw.name, out);
  for (const k of BOOLEAN_PROPERTIES) {
    const v = raw[k];
    if (!isSet(v)) out[k] = DEFAULTS[k];
    else if (isUnknown(v)) out[k] = v;
    else {
      const b = c.bool(k, v);
      if (b !== undefined) out[k] = b;
    }
  }

  const family = checkRemoteCa(c, raw.remoteCaCertificate, out);
  const ike = nested(c, 'ikeConfig', raw.ikeConfig);
  const ipsec = nested(c, 'ipsecConfig', raw.ipsecConfig);
  const health = nested(c, 'healthCheckConfig', raw.healthCheckConfig);
  const bgp = nested(c, 'bgpConfig', raw.bgpConfig);
  out.ikeConfig = ike === 'unknown' ? raw.ikeConfig : checkIke(c, ike, family);
  out.ipsecConfig = ipsec === 'unknown' ? raw.ipsecConfig : checkIpsec(c, ipsec, family);
  out.healthCheckConfig = health === 'unknown' ? raw.healthCheckConfig : checkHealth(c, health);
  out.bgpConfig = bgp === 'unknown' ? raw.bgpConfig : checkBgp(c, bgp);

  return { inputs: out, failures: c.failures };
}

function checkIds(c: Checker, raw: PropertyMap, out: PropertyMap): void {
  const specs: [string, RegExp, string][] = [
    ['vpnGatewayId', GATEWAY_ID_PATTERN, 'a VPN gateway id such as vpn-bp1q8bgx4xnkm1234'],
    ['customerGatewayId', CUSTOMER_GATEWAY_ID_PATTERN, 'a customer gateway id such as cgw-bp1hgslrq1afztya1234'],
  ];
  for (const [k, pattern, what] of specs) {
    const v = raw[k];
    if (!isSet(v)) {
      c.fail(k, `required: ${what}`);
      continue;
    }
    if (isUnknown(v)) {
      out[k] = v;
      continue;
    }
    const s = c.string(k, v);
    if (s === undefined) continue;
    if (!pattern.test(s)) c.fail(k, `"${s}" is not ${what}`);
    else out[k] = s;
  }
}

function checkRegion(c: Checker, raw: PropertyMap, out: PropertyMap, ctx: CheckContext): void {
  const v = raw.regionId;
  if (isUnknown(v)) {
    out.regionId = v;
    return;
  }
  if (!isSet(v)) {
    if (ctx.defaultRegion) out.regionId = ctx.defaultRegion;
    else c.fail('regionId', 'required: set regionId or the provider region (config alicloudvpn:region or ALIBABA_CLOUD_REGION_ID), for example cn-hangzhou');
    return;
  }
  const s = c.string('regionId', v);
  if (s === undefined) return;
  if (!REGION_PATTERN.test(s)) c.fail('regionId', `"${s}" is not a region id (for example cn-hangzhou, ap-southeast-1)`);
  else out.regionId = s;
}

function checkSubnets(c: Checker, path: string, v: unknown, out: PropertyMap): void {
  if (!isSet(v)) {
    c.fail(path, `required: ${SUBNETS_MIN} to ${SUBNETS_MAX} IPv4 CIDR blocks, for example ["10.1.1.0/24"]`);
    return;
  }
  if (isUnknown(v)) {
    out[path] = v;
    return;
  }
  if (!Array.isArray(v)) {
    c.fail(path, `must be a list of ${SUBNETS_MIN} to ${SUBNETS_MAX} IPv4 CIDR blocks, got ${describeType(v)}`);
    return;
  }
  if (v.length < SUBNETS_MIN || v.length > SUBNETS_MAX) {
    c.fail(path, `must hold ${SUBNETS_MIN} to ${SUBNETS_MAX} CIDR blocks, got ${v.length}`);
    return;
  }
  const seen = new Set<string>();
  const result: unknown[] = [];
  let ok = true;
  v.forEach((item, i) => {
    const p = `${path}[${i}]`;
    if (isUnknown(item)) {
      result.push(item);
      return;
    }
    if (typeof item !== 'string') {
      c.fail(p, `must be an IPv4 CIDR block such as 10.1.1.0/24, got ${describeType(item)}`);
      ok = false;
      return;
    }
    const parsed = parseIpv4Cidr(item);
    if (!parsed.ok) {
      c.fail(
        p,
        parsed.problem === 'host-bits'
          ? `"${item}" has host bits set; use the network address ${parsed.network}`
          : `"${item}" is not an IPv4 CIDR block such as 10.1.1.0/24 (one block per entry, no commas)`,
      );
      ok = false;
      return;
    }
    if (seen.has(item)) {
      c.fail(p, `"${item}" is listed twice`);
      ok = false;
      return;
    }
    seen.add(item);
    result.push(item);
  });
  if (ok) out[path] = result;
}

function checkName(c: Checker, v: unknown, out: PropertyMap): void {
  if (!isSet(v)) return;
  if (isUnknown(v)) {
    out.name = v;
    return;
  }
  const s = c.string('name', v);
  if (s === undefined) return;
  const rules = `${NAME_MIN} to ${NAME_MAX} characters, starting with a letter or Chinese character, containing only letters, Chinese characters, digits, ".", "_" and "-", not starting with http:// or https://`;
  if (s.length < NAME_MIN || s.length > NAME_MAX || !NAME_PATTERN.test(s) || /^https?:\/\//i.test(s)) {
    c.fail('name', `${describeValue(s)} is not a valid name: ${rules}`);
    return;
  }
  out.name = s;
}

/**
 * A remote CA certificate exists only for NationalStandard (SM) gateways, so its presence decides
 * which algorithm family the rest of the config must use. Undefined = not known yet (preview).
 */
function checkRemoteCa(c: Checker, v: unknown, out: PropertyMap): GatewayFamily | undefined {
  if (!isSet(v)) return 'Normal';
  if (isUnknown(v)) {
    out.remoteCaCertificate = v;
    return undefined;
  }
  const s = c.string('remoteCaCertificate', v);
  if (s === undefined) return undefined;
  if (!s.trim().startsWith('-----BEGIN CERTIFICATE-----')) {
    c.fail(
      'remoteCaCertificate',
      'must be a PEM certificate starting with -----BEGIN CERTIFICATE----- (only for NationalStandard/SM gateways; omit it for Normal gateways)',
    );
    return undefined;
  }
  out.remoteCaCertificate = s;
  return 'NationalStandard';
}

/** The nested object at path, 'unknown' when the whole object is unknown, {} when absent. */
function nested(c: Checker, path: string, v: unknown): Record<string, unknown> | 'unknown' {
  if (!isSet(v)) return {};
  if (isUnknown(v)) return 'unknown';
  if (!isPlainObject(v)) {
    c.fail(path, `must be an object with the properties ${list(NESTED_KEYS[path])}, got ${describeType(v)}`);
    return {};
  }
  const known: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v)) {
    if (!isSet(val)) continue;
    if (!NESTED_KEYS[path].includes(k)) c.fail(`${path}.${k}`, `unknown property; allowed properties of ${path}: ${list(NESTED_KEYS[path])}`);
    else known[k] = val;
  }
  return known;
}

const SM_CONTEXT = ' with remoteCaCertificate set (NationalStandard/SM gateway)';
const NORMAL_CONTEXT = ' without remoteCaCertificate (Normal gateway)';

function algorithms(family: GatewayFamily | undefined, normal: readonly string[], sm: readonly string[]): { allowed: readonly string[]; context: string } {
  if (family === 'NationalStandard') return { allowed: sm, context: SM_CONTEXT };
  if (family === 'Normal') return { allowed: normal, context: `${NORMAL_CONTEXT}${smHint(sm)}` };
  return { allowed: [...normal, ...sm], context: '' };
}

function smHint(sm: readonly string[]): string {
  return ` (${list(sm)} need remoteCaCertificate and a NationalStandard/SM gateway)`;
}

/** Validates one property of a nested object, or copies it when unknown; undefined = absent. */
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

function checkIke(c: Checker, ike: Record<string, unknown>, family: GatewayFamily | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const p = 'ikeConfig';
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
  field(ike, 'ikeVersion', out, (v) => c.enumValue(`${p}.ikeVersion`, v, smOnlyV1 ? ['ikev1'] : IKE_VERSIONS, smOnlyV1 ? SM_CONTEXT : ''));
  field(ike, 'ikeMode', out, (v) => c.enumValue(`${p}.ikeMode`, v, smOnlyV1 ? ['main'] : IKE_MODES, smOnlyV1 ? SM_CONTEXT : ''));
  const enc = algorithms(family, NORMAL_ENC_ALGS, SM_ENC_ALGS);
  field(ike, 'ikeEncAlg', out, (v) => c.enumValue(`${p}.ikeEncAlg`, v, enc.allowed, enc.context));
  const auth = algorithms(family, NORMAL_AUTH_ALGS, SM_AUTH_ALGS);
  field(ike, 'ikeAuthAlg', out, (v) => c.enumValue(`${p}.ikeAuthAlg`, v, auth.allowed, auth.context));
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

function checkIpsec(c: Checker, ipsec: Record<string, unknown>, family: GatewayFamily | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const p = 'ipsecConfig';
  const enc = algorithms(family, NORMAL_ENC_ALGS, SM_ENC_ALGS);
  field(ipsec, 'ipsecEncAlg', out, (v) => c.enumValue(`${p}.ipsecEncAlg`, v, enc.allowed, enc.context));
  const auth = algorithms(family, NORMAL_AUTH_ALGS, SM_AUTH_ALGS);
  field(ipsec, 'ipsecAuthAlg', out, (v) => c.enumValue(`${p}.ipsecAuthAlg`, v, auth.allowed, auth.context));
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

function checkHealth(c: Checker, hc: Record<string, unknown>): Record<string, unknown> {
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

function checkBgp(c: Checker, bgp: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const p = 'bgpConfig';
  field(bgp, 'enableBgp', out, (v) => c.bool(`${p}.enableBgp`, v));
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
      c.fail(`${p}.localBgpIp`, `"${s}" is not an IPv4 address; it must be a host address inside bgpConfig.tunnelCidr`);
      return undefined;
    }
    if (tunnelCidr !== undefined) {
      const [network, broadcast] = networkAndBroadcast(tunnelCidr);
      if (!ipv4InCidr(s, tunnelCidr) || s === network || s === broadcast) {
        c.fail(`${p}.localBgpIp`, `"${s}" must be one of the two host addresses inside bgpConfig.tunnelCidr ${tunnelCidr}`);
        return undefined;
      }
    }
    return s;
  });

  fill(out, 'enableBgp', DEFAULTS.enableBgp, bgp);
  if (out.enableBgp === true) {
    if (!isSet(bgp.tunnelCidr)) c.fail(`${p}.tunnelCidr`, `required when ${p}.enableBgp is true: a /30 inside ${TUNNEL_CIDR_RANGE}, for example 169.254.11.0/30`);
    if (!isSet(bgp.localBgpIp)) c.fail(`${p}.localBgpIp`, `required when ${p}.enableBgp is true: a host address inside ${p}.tunnelCidr`);
    fill(out, 'localAsn', DEFAULTS.localAsn, bgp);
  }
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

/** Fills a documented default when the user gave nothing (an invalid value already failed). */
function fill(out: Record<string, unknown>, key: string, value: unknown, given: Record<string, unknown>): void {
  if (!isSet(given[key]) && out[key] === undefined) out[key] = value;
}
