// check for a route: each property by its descriptor (descriptor/check.ts), then the rules a limit cannot say:
// the id forms of the gateway and the next hop, CIDR syntax of the source and destination (no 0.0.0.0/0 destination
// for a destination-based route), the weight's two values, the description's URL prefix and the region. No API
// call; every failure names its property path and what is allowed.

import { checkObject } from '../../descriptor/check';
import { isSet, toInt } from '../../descriptor/coerce';
import { CheckContext, CheckResult, PropertyMap, isUnknown } from '../resource';
import { checkRegion } from '../region';
import { Checker, describeValue } from '../shared/checker';
import { parseIpv4Cidr } from '../shared/cidr';
import { ROUTE_WEIGHTS, routeDescriptor, type RouteKind } from './descriptor';
import { CONNECTION_ID_PATTERN, GATEWAY_ID_PATTERN } from './routeId';

const URL_PREFIX = /^https?:\/\//i;
/** Checked here rather than by the descriptor's limits: their messages need more than a range. */
const HANDLED = ['vpnGatewayId', 'nextHop', 'routeSource', 'routeDest', 'weight'];

const REQUIRED_TEXT: Readonly<Record<string, string>> = {
  vpnGatewayId: 'the ID of the VPN gateway, such as vpn-bp1q8bgx4xnkm1234 (a VpnGateway\'s id)',
  routeSource: 'the source CIDR block, such as 192.168.1.0/24',
  routeDest: 'the destination CIDR block, such as 10.0.0.0/24',
  nextHop: 'the ID of an IPsec-VPN connection of the gateway, such as vco-bp15oes1py4i66rm1234 (a VpnConnection\'s id)',
};

function checkId(c: Checker, path: string, v: unknown, pattern: RegExp, example: string): unknown {
  if (isUnknown(v)) return v;
  const s = c.string(path, v);
  if (s !== undefined && !pattern.test(s)) c.fail(path, `${describeValue(s)} is not ${example}`);
  return s !== undefined && pattern.test(s) ? s : undefined;
}

function checkCidr(c: Checker, path: string, v: unknown, kind: RouteKind): unknown {
  if (isUnknown(v)) return v;
  const s = c.string(path, v);
  if (s === undefined) return undefined;
  const parsed = parseIpv4Cidr(s);
  if (!parsed.ok) {
    const fix = parsed.problem === 'host-bits' ? `has host bits set; write the network address ${parsed.network}` : 'is not an IPv4 CIDR block such as 10.0.0.0/24';
    c.fail(path, `"${s}" ${fix}`);
    return undefined;
  }
  if (kind === 'dbr' && path === 'routeDest' && parsed.prefix === 0) {
    c.fail(path, '"0.0.0.0/0" is not allowed as the destination of a destination-based route; use a narrower block, or a VpnPbrRouteEntry for a default route');
    return undefined;
  }
  return s;
}

function checkWeight(c: Checker, v: unknown): unknown {
  if (isUnknown(v)) return v;
  const n = toInt(v);
  if (n.ok && ROUTE_WEIGHTS.includes(n.value)) return n.value;
  c.fail('weight', `must be 100 (the active link) or 0 (the standby link), got ${describeValue(v)}`);
  return undefined;
}

export function checkInputs(kind: RouteKind, news: PropertyMap, ctx: CheckContext): CheckResult {
  const c = new Checker();
  const d = routeDescriptor(kind);
  const out = checkObject(c, d, news, '', undefined, HANDLED);
  // checkObject names paths from its prefix: `.weight` at the top level.
  for (const f of c.failures) f.property = f.property.replace(/^\./, '');
  for (const key of HANDLED) {
    if (!(key in d.props)) continue;
    const v = news[key];
    if (!isSet(v)) {
      if (d.props[key].required) c.fail(key, `required: ${REQUIRED_TEXT[key]}`);
      continue;
    }
    let checked: unknown;
    if (key === 'vpnGatewayId') checked = checkId(c, key, v, GATEWAY_ID_PATTERN, REQUIRED_TEXT.vpnGatewayId);
    else if (key === 'nextHop') checked = checkId(c, key, v, CONNECTION_ID_PATTERN, REQUIRED_TEXT.nextHop);
    else if (key === 'weight') checked = checkWeight(c, v);
    else checked = checkCidr(c, key, v, kind);
    if (checked !== undefined) out[key] = checked;
  }
  const description = out.description;
  if (typeof description === 'string' && URL_PREFIX.test(description)) c.fail('description', 'must not start with http:// or https://');
  checkRegion(c, out, ctx);
  return { inputs: orderedAs(d.props, out), failures: c.failures };
}

/** The checked inputs in descriptor order (the order state and previews show them in). */
function orderedAs(props: Readonly<Record<string, unknown>>, out: PropertyMap): PropertyMap {
  const ordered: PropertyMap = {};
  for (const k of Object.keys(props)) if (out[k] !== undefined) ordered[k] = out[k];
  return ordered;
}
