// Typed model ↔ the API's parameters and responses. The only module that knows the PascalCase JSON
// keys, the comma-separated subnet lists and which values the API wants as strings.

import { CreateVpnConnectionRequest, ModifyVpnConnectionAttributeRequest, VpnConnectionBody } from '../../cloud';
import { isPlainObject, toAsn, toBool, toInt } from './coerce';
import { BgpConfig, HealthCheckConfig, IkeConfig, IpsecConfig, VpnConnectionArgs, VpnConnectionState } from './types';

type Json = Record<string, string | number>;

function put(target: Json, key: string, value: string | number | undefined): void {
  if (value !== undefined) target[key] = value;
}

function jsonOrUndefined(obj: Json): string | undefined {
  return Object.keys(obj).length === 0 ? undefined : JSON.stringify(obj);
}

export function ikeConfigJson(ike: IkeConfig | undefined): string | undefined {
  if (!ike) return undefined;
  const j: Json = {};
  put(j, 'Psk', ike.psk);
  put(j, 'IkeVersion', ike.ikeVersion);
  put(j, 'IkeMode', ike.ikeMode);
  put(j, 'IkeEncAlg', ike.ikeEncAlg);
  put(j, 'IkeAuthAlg', ike.ikeAuthAlg);
  put(j, 'IkePfs', ike.ikePfs);
  put(j, 'IkeLifetime', ike.ikeLifetime);
  put(j, 'LocalId', ike.localId);
  put(j, 'RemoteId', ike.remoteId);
  return jsonOrUndefined(j);
}

export function ipsecConfigJson(ipsec: IpsecConfig | undefined): string | undefined {
  if (!ipsec) return undefined;
  const j: Json = {};
  put(j, 'IpsecEncAlg', ipsec.ipsecEncAlg);
  put(j, 'IpsecAuthAlg', ipsec.ipsecAuthAlg);
  put(j, 'IpsecPfs', ipsec.ipsecPfs);
  put(j, 'IpsecLifetime', ipsec.ipsecLifetime);
  return jsonOrUndefined(j);
}

/** Documented with lowercase keys and string values: {"enable":"true","dip":…,"interval":"3","retry":"3"}. */
export function healthCheckConfigJson(hc: HealthCheckConfig | undefined): string | undefined {
  if (!hc) return undefined;
  const j: Json = {};
  put(j, 'enable', hc.enable === undefined ? undefined : String(hc.enable));
  put(j, 'dip', hc.dip);
  put(j, 'sip', hc.sip);
  put(j, 'interval', hc.interval === undefined ? undefined : String(hc.interval));
  put(j, 'retry', hc.retry === undefined ? undefined : String(hc.retry));
  return jsonOrUndefined(j);
}

/** Documented with string values: {"EnableBgp":"true","LocalAsn":"45104",…}. */
export function bgpConfigJson(bgp: BgpConfig | undefined): string | undefined {
  if (!bgp) return undefined;
  const j: Json = {};
  put(j, 'EnableBgp', bgp.enableBgp === undefined ? undefined : String(bgp.enableBgp));
  put(j, 'LocalAsn', bgp.localAsn === undefined ? undefined : String(bgp.localAsn));
  put(j, 'TunnelCidr', bgp.tunnelCidr);
  put(j, 'LocalBgpIp', bgp.localBgpIp);
  return jsonOrUndefined(j);
}

export function subnetList(subnets: readonly string[]): string {
  return subnets.join(',');
}

/** The attributes Create and Modify share, from the typed args. */
function commonParams(a: VpnConnectionArgs): Omit<ModifyVpnConnectionAttributeRequest, 'regionId' | 'vpnConnectionId'> {
  const p: Omit<ModifyVpnConnectionAttributeRequest, 'regionId' | 'vpnConnectionId'> = {
    localSubnet: subnetList(a.localSubnets),
    remoteSubnet: subnetList(a.remoteSubnets),
  };
  if (a.name !== undefined) p.name = a.name;
  if (a.effectImmediately !== undefined) p.effectImmediately = a.effectImmediately;
  if (a.autoConfigRoute !== undefined) p.autoConfigRoute = a.autoConfigRoute;
  if (a.enableDpd !== undefined) p.enableDpd = a.enableDpd;
  if (a.enableNatTraversal !== undefined) p.enableNatTraversal = a.enableNatTraversal;
  const ike = ikeConfigJson(a.ikeConfig);
  if (ike !== undefined) p.ikeConfig = ike;
  const ipsec = ipsecConfigJson(a.ipsecConfig);
  if (ipsec !== undefined) p.ipsecConfig = ipsec;
  const hc = healthCheckConfigJson(a.healthCheckConfig);
  if (hc !== undefined) p.healthCheckConfig = hc;
  const bgp = bgpConfigJson(a.bgpConfig);
  if (bgp !== undefined) p.bgpConfig = bgp;
  if (a.remoteCaCertificate !== undefined) p.remoteCaCertificate = a.remoteCaCertificate;
  return p;
}

export function toCreateRequest(a: VpnConnectionArgs & { regionId: string }, clientToken?: string): CreateVpnConnectionRequest {
  const req: CreateVpnConnectionRequest = {
    regionId: a.regionId,
    vpnGatewayId: a.vpnGatewayId,
    customerGatewayId: a.customerGatewayId,
    ...commonParams(a),
  } as CreateVpnConnectionRequest;
  if (clientToken !== undefined) req.clientToken = clientToken;
  return req;
}

export function toModifyRequest(
  vpnConnectionId: string,
  a: VpnConnectionArgs & { regionId: string },
  clientToken?: string,
): ModifyVpnConnectionAttributeRequest {
  const req: ModifyVpnConnectionAttributeRequest = { regionId: a.regionId, vpnConnectionId, ...commonParams(a) };
  if (clientToken !== undefined) req.clientToken = clientToken;
  return req;
}

// ---- DescribeVpnConnection → typed state ----

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v === '' ? undefined : v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

function bool(v: unknown): boolean | undefined {
  const b = toBool(v);
  return b.ok ? b.value : undefined;
}

function int(v: unknown): number | undefined {
  const n = toInt(v);
  return n.ok ? n.value : undefined;
}

/** Nested configs arrive as objects; tolerate the JSON-string form some API generations return. */
function object(v: unknown): Record<string, unknown> | undefined {
  if (isPlainObject(v)) return v;
  if (typeof v === 'string' && v.trim().startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(v);
      return isPlainObject(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Reads `Key` or `key` (the service is inconsistent about health-check key case). */
function either(o: Record<string, unknown>, pascal: string): unknown {
  if (o[pascal] !== undefined) return o[pascal];
  return o[pascal.charAt(0).toLowerCase() + pascal.slice(1)];
}

function compact<T extends object>(o: T): T | undefined {
  const entries = Object.entries(o).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as T);
}

export function parseSubnetList(v: unknown): string[] | undefined {
  const s = text(v);
  if (s === undefined) return undefined;
  return s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

function ikeFromBody(v: unknown): IkeConfig | undefined {
  const o = object(v);
  if (!o) return undefined;
  return compact<IkeConfig>({
    psk: text(either(o, 'Psk')),
    ikeVersion: text(either(o, 'IkeVersion')),
    ikeMode: text(either(o, 'IkeMode')),
    ikeEncAlg: text(either(o, 'IkeEncAlg')),
    ikeAuthAlg: text(either(o, 'IkeAuthAlg')),
    ikePfs: text(either(o, 'IkePfs')),
    ikeLifetime: int(either(o, 'IkeLifetime')),
    localId: text(either(o, 'LocalId')) ?? text(o.LocalIdIPsec),
    remoteId: text(either(o, 'RemoteId')),
  });
}

function ipsecFromBody(v: unknown): IpsecConfig | undefined {
  const o = object(v);
  if (!o) return undefined;
  return compact<IpsecConfig>({
    ipsecEncAlg: text(either(o, 'IpsecEncAlg')),
    ipsecAuthAlg: text(either(o, 'IpsecAuthAlg')),
    ipsecPfs: text(either(o, 'IpsecPfs')),
    ipsecLifetime: int(either(o, 'IpsecLifetime')),
  });
}

function healthFromBody(v: unknown): HealthCheckConfig | undefined {
  const o = object(v);
  if (!o) return undefined;
  return compact<HealthCheckConfig>({
    enable: bool(either(o, 'Enable')),
    dip: text(either(o, 'Dip')),
    sip: text(either(o, 'Sip')),
    interval: int(either(o, 'Interval')),
    retry: int(either(o, 'Retry')),
  });
}

function bgpFromBody(v: unknown): BgpConfig | undefined {
  const o = object(v);
  if (!o) return undefined;
  const asn = toAsn(either(o, 'LocalAsn'));
  return compact<BgpConfig>({
    enableBgp: bool(either(o, 'EnableBgp')),
    localAsn: asn.ok ? asn.value : undefined,
    tunnelCidr: text(either(o, 'TunnelCidr')),
    localBgpIp: text(either(o, 'LocalBgpIp')),
  });
}

/**
 * The typed state of a DescribeVpnConnection body. Properties the body does not carry (the API
 * never reports AutoConfigRoute) stay undefined for the caller to fill from what it sent.
 */
export function fromDescribe(body: VpnConnectionBody, regionId: string): VpnConnectionState {
  const state = {
    regionId,
    vpnConnectionId: text(body.VpnConnectionId) ?? '',
    vpnGatewayId: text(body.VpnGatewayId) ?? '',
    customerGatewayId: text(body.CustomerGatewayId) ?? '',
    localSubnets: parseSubnetList(body.LocalSubnet) ?? [],
    remoteSubnets: parseSubnetList(body.RemoteSubnet) ?? [],
    name: text(body.Name),
    effectImmediately: bool(body.EffectImmediately),
    autoConfigRoute: bool(body.AutoConfigRoute),
    enableDpd: bool(body.EnableDpd),
    enableNatTraversal: bool(body.EnableNatTraversal),
    ikeConfig: ikeFromBody(body.IkeConfig),
    ipsecConfig: ipsecFromBody(body.IpsecConfig),
    healthCheckConfig: healthFromBody(body.VcoHealthCheck ?? body.HealthCheckConfig),
    bgpConfig: bgpFromBody(body.VpnBgpConfig ?? body.BgpConfig),
    remoteCaCertificate: text(body.RemoteCaCertificate),
    createTime: int(body.CreateTime),
    status: text(body.Status),
    state: text(body.State),
  };
  return compact(state) as VpnConnectionState;
}
