// check: every constraint the API documents, before any API call, as per-property failures that name
// the path and what is allowed. Values not known yet (preview) pass through untouched. Documented
// defaults are filled in so a default changed out of band shows up as drift. A connection is either
// single-tunnel or dual-tunnel (tunnelOptions); the nested, tunnel and tag rules live beside this file.

import { CheckContext, CheckResult, PropertyMap, isUnknown } from '../resource';
import { parseIpv4Cidr } from '../shared/cidr';
import { Checker, describeType, describeValue, keyPath, list } from '../shared/checker';
import { isSet } from '../../descriptor/coerce';
import type { Prop } from '../../descriptor/property';
import { SUBNETS } from './descriptor';
import { BOOLEAN_PROPERTIES, COMPUTED_PROPERTIES, DUAL_TUNNEL_PROPERTIES, INPUT_FIELDS, NESTED_KEYS, SINGLE_TUNNEL_PROPERTIES, TOP_LEVEL_INPUTS } from './fields';
import { checkTags } from '../shared/tagRules';
import { checkTunnelOptions } from './validateTunnels';
import { checkBgp, checkHealth, checkIke, checkIpsec, checkRemoteCa, nested } from './validateNested';
import { checkRegion } from '../region';

// The seed documents 2–128 characters starting with a letter; SDK 7.3.2 documents 1–100 characters.
// The service is the authority, so a name either rule allows passes and the service judges the rest.
const SEED_NAME_PATTERN = /^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5._-]{1,127}$/;
const SDK_NAME_MAX = 100;
const NAME_MAX = 128;
const SUBNETS_MIN = SUBNETS.min ?? 1;
const SUBNETS_MAX = SUBNETS.max ?? 10;
const GATEWAY_ID_PATTERN = /^vpn-[A-Za-z0-9]+$/;
const CUSTOMER_GATEWAY_ID_PATTERN = /^cgw-[A-Za-z0-9]+$/;

/** Keys the engine or SDKs add for their own bookkeeping; never user inputs. */
function isInternalKey(k: string): boolean {
  return k.startsWith('__');
}

type Form = 'single' | 'dual';

/** Which form the inputs are written in; a mix fails naming both sets. */
function formOf(c: Checker, raw: PropertyMap): Form {
  const single = SINGLE_TUNNEL_PROPERTIES.filter((k) => isSet(raw[k]));
  const dual = DUAL_TUNNEL_PROPERTIES.filter((k) => isSet(raw[k]));
  if (dual.length === 0) return 'single';
  if (single.length > 0) {
    c.fail(
      single[0],
      `a connection is either single-tunnel (${list(SINGLE_TUNNEL_PROPERTIES)}) or dual-tunnel (${list(DUAL_TUNNEL_PROPERTIES)}); ` +
        `these inputs set ${list(single)} and ${list(dual)}. On a dual-tunnel VPN gateway, move the customer gateway and the IKE/IPsec/BGP settings into each tunnel of tunnelOptions`,
    );
  }
  return 'dual';
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
      c.fail(keyPath('', k), `unknown property; allowed properties: ${list(TOP_LEVEL_INPUTS)}`);
      continue;
    }
    raw[k] = v;
  }

  const form = formOf(c, raw);
  checkId(c, raw, out, 'vpnGatewayId', GATEWAY_ID_PATTERN, 'a VPN gateway id such as vpn-bp1q8bgx4xnkm1234');
  checkRegionInput(c, raw, out, ctx);
  checkSubnets(c, 'localSubnets', raw.localSubnets, out);
  checkSubnets(c, 'remoteSubnets', raw.remoteSubnets, out);
  checkName(c, raw.name, out);
  const fields = INPUT_FIELDS as Readonly<Record<string, Prop>>;
  const booleans = BOOLEAN_PROPERTIES.filter((k) => fields[k].tunnelForm === undefined || fields[k].tunnelForm === form);
  for (const k of booleans) {
    const v = raw[k];
    if (!isSet(v)) out[k] = fields[k].default;
    else if (isUnknown(v)) out[k] = v;
    else {
      const b = c.bool(k, v);
      if (b !== undefined) out[k] = b;
    }
  }
  const tags = checkTags(c, raw.tags, 'VPN connection');
  if (tags !== undefined) out.tags = tags;

  if (form === 'dual') {
    const tunnels = checkTunnelOptions(c, raw.tunnelOptions, out.enableTunnelsBgp);
    if (tunnels !== undefined) out.tunnelOptions = tunnels;
    return { inputs: out, failures: c.failures };
  }

  checkId(c, raw, out, 'customerGatewayId', CUSTOMER_GATEWAY_ID_PATTERN, 'a customer gateway id such as cgw-bp1hgslrq1afztya1234 (or, on a dual-tunnel VPN gateway, tunnelOptions)');
  const family = isSet(raw.remoteCaCertificate) ? checkRemoteCa(c, 'remoteCaCertificate', raw.remoteCaCertificate, out) : 'Normal';
  const ike = nested(c, 'ikeConfig', raw.ikeConfig, NESTED_KEYS.ikeConfig);
  const ipsec = nested(c, 'ipsecConfig', raw.ipsecConfig, NESTED_KEYS.ipsecConfig);
  const health = nested(c, 'healthCheckConfig', raw.healthCheckConfig, NESTED_KEYS.healthCheckConfig);
  const bgp = nested(c, 'bgpConfig', raw.bgpConfig, NESTED_KEYS.bgpConfig);
  out.ikeConfig = ike === 'unknown' ? raw.ikeConfig : checkIke(c, ike, family, 'ikeConfig');
  out.ipsecConfig = ipsec === 'unknown' ? raw.ipsecConfig : checkIpsec(c, ipsec, family, 'ipsecConfig');
  out.healthCheckConfig = health === 'unknown' ? raw.healthCheckConfig : checkHealth(c, health);
  out.bgpConfig = bgp === 'unknown' ? raw.bgpConfig : checkBgp(c, bgp);

  return { inputs: out, failures: c.failures };
}

function checkId(c: Checker, raw: PropertyMap, out: PropertyMap, k: string, pattern: RegExp, what: string): void {
  const v = raw[k];
  if (!isSet(v)) {
    c.fail(k, `required: ${what}`);
    return;
  }
  if (isUnknown(v)) {
    out[k] = v;
    return;
  }
  const s = c.string(k, v);
  if (s === undefined) return;
  if (!pattern.test(s)) c.fail(k, `"${s}" is not ${what.replace(/ \(or.*\)$/, '')}`);
  else out[k] = s;
}

/** The raw `regionId` type-checked, then the region rule every resource shares. */
function checkRegionInput(c: Checker, raw: PropertyMap, out: PropertyMap, ctx: CheckContext): void {
  const v = raw.regionId;
  if (isSet(v) && !isUnknown(v) && c.string('regionId', v) === undefined) return;
  out.regionId = v;
  checkRegion(c, out, ctx);
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
  const sdkRule = s.length >= 1 && s.length <= SDK_NAME_MAX;
  if (/^https?:\/\//i.test(s) || !(sdkRule || SEED_NAME_PATTERN.test(s))) {
    c.fail(
      'name',
      `${describeValue(s)} is not a valid name: 1 to ${SDK_NAME_MAX} characters, or up to ${NAME_MAX} starting with a letter or Chinese character and containing only letters, Chinese characters, digits, ".", "_" and "-"; never starting with http:// or https://`,
    );
    return;
  }
  out.name = s;
}
