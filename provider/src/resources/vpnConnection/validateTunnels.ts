// check for a dual-tunnel connection's tunnelOptions: exactly one master and one slave, each with its
// own customer gateway and the same IKE/IPsec/BGP rules as a single-tunnel connection. The tunnels come
// back in role order, so a program may list them either way without a diff, and paths always name
// `tunnelOptions[0]` for the master.

import { isUnknown } from '../resource';
import { checkObject } from '../../descriptor/check';
import { isPlainObject, isSet } from '../../descriptor/coerce';
import { Checker, describeType, keyPath, list } from '../shared/checker';
import { TUNNEL_OPTIONS } from './descriptor';
import { TUNNEL_KEYS, TUNNEL_NESTED } from './fields';
import { TUNNEL_ROLES } from './types';
import { checkBgpAddressing, checkIke, checkIpsec, checkRemoteCa, nested, requireBgpAddressing } from './validateNested';

const keysOf = (k: string): string[] => Object.keys(TUNNEL_NESTED[k]?.props ?? {});
const CUSTOMER_GATEWAY_ID_PATTERN = /^cgw-[A-Za-z0-9]+$/;

/** The role a raw tunnel names, when it names a valid one. */
function roleOf(t: unknown): string | undefined {
  return isPlainObject(t) && typeof t.role === 'string' && (TUNNEL_ROLES as readonly string[]).includes(t.role) ? t.role : undefined;
}

function checkTunnel(c: Checker, raw: Record<string, unknown>, p: string, enableBgp: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(raw)) {
    if (isSet(raw[k]) && !TUNNEL_KEYS.includes(k)) c.fail(keyPath(p, k), `unknown property; allowed properties of a tunnel: ${list(TUNNEL_KEYS)}`);
  }
  if (isUnknown(raw.role)) out.role = raw.role;
  else if (!isSet(raw.role)) c.fail(`${p}.role`, `required: ${list(TUNNEL_ROLES)}`);
  else {
    const role = c.enumValue(`${p}.role`, raw.role, TUNNEL_ROLES);
    if (role !== undefined) out.role = role;
  }
  const cgw = raw.customerGatewayId;
  if (!isSet(cgw)) c.fail(`${p}.customerGatewayId`, "required: this tunnel's customer gateway id, such as cgw-bp1hgslrq1afztya1234");
  else if (isUnknown(cgw)) out.customerGatewayId = cgw;
  else {
    const s = c.string(`${p}.customerGatewayId`, cgw);
    if (s !== undefined && !CUSTOMER_GATEWAY_ID_PATTERN.test(s)) c.fail(`${p}.customerGatewayId`, `"${s}" is not a customer gateway id such as cgw-bp1hgslrq1afztya1234`);
    else if (s !== undefined) out.customerGatewayId = s;
  }
  Object.assign(out, checkObject(c, TUNNEL_OPTIONS, raw, p, undefined, ['role', 'customerGatewayId', 'remoteCaCertificate']));
  const family = isSet(raw.remoteCaCertificate) ? checkRemoteCa(c, `${p}.remoteCaCertificate`, raw.remoteCaCertificate, out) : 'Normal';
  const ike = nested(c, `${p}.tunnelIkeConfig`, raw.tunnelIkeConfig, keysOf('tunnelIkeConfig'));
  const ipsec = nested(c, `${p}.tunnelIpsecConfig`, raw.tunnelIpsecConfig, keysOf('tunnelIpsecConfig'));
  const bgp = nested(c, `${p}.tunnelBgpConfig`, raw.tunnelBgpConfig, keysOf('tunnelBgpConfig'));
  out.tunnelIkeConfig = ike === 'unknown' ? raw.tunnelIkeConfig : checkIke(c, ike, family, `${p}.tunnelIkeConfig`);
  out.tunnelIpsecConfig = ipsec === 'unknown' ? raw.tunnelIpsecConfig : checkIpsec(c, ipsec, family, `${p}.tunnelIpsecConfig`);
  if (bgp === 'unknown') out.tunnelBgpConfig = raw.tunnelBgpConfig;
  else {
    const bgpOut = checkBgpAddressing(c, TUNNEL_NESTED.tunnelBgpConfig, bgp, `${p}.tunnelBgpConfig`);
    if (enableBgp === true) requireBgpAddressing(c, bgp, `${p}.tunnelBgpConfig`, 'enableTunnelsBgp is true');
    if (Object.keys(bgpOut).length > 0) out.tunnelBgpConfig = bgpOut;
  }
  return out;
}

/** The checked tunnels in role order (master, slave), or the raw value when it is not known yet. */
export function checkTunnelOptions(c: Checker, v: unknown, enableBgp: unknown): unknown {
  if (isUnknown(v)) return v;
  const shape = `a list of two tunnels, one with role "master" and one with role "slave"`;
  if (!isSet(v)) {
    c.fail('tunnelOptions', `required for a dual-tunnel connection (enableTunnelsBgp is set): ${shape}`);
    return undefined;
  }
  if (!Array.isArray(v)) {
    c.fail('tunnelOptions', `must be ${shape}, got ${describeType(v)}`);
    return undefined;
  }
  if (v.length !== TUNNEL_ROLES.length) {
    c.fail('tunnelOptions', `must be ${shape}; got ${v.length} tunnel${v.length === 1 ? '' : 's'}`);
    return undefined;
  }
  if (v.some(isUnknown)) return v;
  const roles = v.map(roleOf);
  if (roles[0] !== undefined && roles[0] === roles[1]) {
    c.fail('tunnelOptions[1].role', `both tunnels have role "${roles[0]}"; one must be "master" and the other "slave"`);
  }
  // Master first; a tunnel whose role is not known yet keeps its place.
  const order = roles[0] === 'slave' || roles[1] === 'master' ? [1, 0] : [0, 1];
  const tunnels = order.map((from, to) => {
    const raw = v[from];
    if (!isPlainObject(raw)) {
      c.fail(`tunnelOptions[${to}]`, `must be an object with the properties ${list(TUNNEL_KEYS)}, got ${describeType(raw)}`);
      return {};
    }
    return checkTunnel(c, raw, `tunnelOptions[${to}]`, enableBgp);
  });
  const cidrs = tunnels.map((t) => (isPlainObject(t.tunnelBgpConfig) ? t.tunnelBgpConfig.tunnelCidr : undefined));
  if (typeof cidrs[0] === 'string' && cidrs[0] === cidrs[1]) {
    c.fail('tunnelOptions[1].tunnelBgpConfig.tunnelCidr', `"${cidrs[1]}" is the master tunnel's block too; each tunnel needs its own /30 (unique on the VPN gateway)`);
  }
  return tunnels;
}
