// Typed model ↔ the API's parameters and responses. With wireTables.ts, the only place that knows the
// PascalCase keys, the comma-separated subnet lists and which values the API wants as strings.

import { CreateVpnConnectionRequest, ModifyVpnConnectionAttributeRequest, TunnelBody, TunnelOptionsParams, VpnConnectionBody } from '../../cloud';
import { toBool, toInt } from './coerce';
import { TUNNEL_ROLES, TunnelOptions, TunnelStatus, VpnConnectionArgs, VpnConnectionState } from './types';
import {
  BGP_WIRE,
  HEALTH_CHECK_WIRE,
  IKE_WIRE,
  IPSEC_WIRE,
  TUNNEL_BGP_WIRE,
  fromWire,
  toSdkObject,
  toWireJson,
} from './wireTables';

type Args = VpnConnectionArgs & { regionId: string };
type Attributes = Omit<ModifyVpnConnectionAttributeRequest, 'regionId' | 'vpnConnectionId'>;

export function subnetList(subnets: readonly string[]): string {
  return subnets.join(',');
}

function tunnelParams(t: TunnelOptions): TunnelOptionsParams {
  const p: TunnelOptionsParams = { role: t.role, customerGatewayId: t.customerGatewayId };
  if (t.enableDpd !== undefined) p.enableDpd = t.enableDpd;
  if (t.enableNatTraversal !== undefined) p.enableNatTraversal = t.enableNatTraversal;
  if (t.remoteCaCertificate !== undefined) p.remoteCaCertificate = t.remoteCaCertificate;
  const ike = toSdkObject<NonNullable<TunnelOptionsParams['tunnelIkeConfig']>>(IKE_WIRE, t.tunnelIkeConfig);
  if (ike) p.tunnelIkeConfig = ike;
  const ipsec = toSdkObject<NonNullable<TunnelOptionsParams['tunnelIpsecConfig']>>(IPSEC_WIRE, t.tunnelIpsecConfig);
  if (ipsec) p.tunnelIpsecConfig = ipsec;
  const bgp = toSdkObject<NonNullable<TunnelOptionsParams['tunnelBgpConfig']>>(TUNNEL_BGP_WIRE, t.tunnelBgpConfig);
  if (bgp) p.tunnelBgpConfig = bgp;
  return p;
}

/** The attributes Create and Modify share, from the typed args, in the connection's form. */
function commonParams(a: VpnConnectionArgs): Attributes {
  const p: Attributes = { localSubnet: subnetList(a.localSubnets), remoteSubnet: subnetList(a.remoteSubnets) };
  if (a.name !== undefined) p.name = a.name;
  if (a.effectImmediately !== undefined) p.effectImmediately = a.effectImmediately;
  if (a.autoConfigRoute !== undefined) p.autoConfigRoute = a.autoConfigRoute;
  if (a.tunnelOptions !== undefined) {
    if (a.enableTunnelsBgp !== undefined) p.enableTunnelsBgp = a.enableTunnelsBgp;
    return p;
  }
  if (a.enableDpd !== undefined) p.enableDpd = a.enableDpd;
  if (a.enableNatTraversal !== undefined) p.enableNatTraversal = a.enableNatTraversal;
  const json: [keyof Attributes, string | undefined][] = [
    ['ikeConfig', toWireJson(IKE_WIRE, a.ikeConfig)],
    ['ipsecConfig', toWireJson(IPSEC_WIRE, a.ipsecConfig)],
    ['healthCheckConfig', toWireJson(HEALTH_CHECK_WIRE, a.healthCheckConfig)],
    ['bgpConfig', toWireJson(BGP_WIRE, a.bgpConfig)],
  ];
  for (const [k, v] of json) if (v !== undefined) (p as Record<string, unknown>)[k] = v;
  if (a.remoteCaCertificate !== undefined) p.remoteCaCertificate = a.remoteCaCertificate;
  return p;
}

export function toCreateRequest(a: Args, clientToken?: string): CreateVpnConnectionRequest {
  const req: CreateVpnConnectionRequest = {
    regionId: a.regionId,
    vpnGatewayId: a.vpnGatewayId,
    localSubnet: subnetList(a.localSubnets),
    remoteSubnet: subnetList(a.remoteSubnets),
    ...commonParams(a),
  };
  if (a.tunnelOptions !== undefined) req.tunnelOptionsSpecification = a.tunnelOptions.map(tunnelParams);
  else if (a.customerGatewayId !== undefined) req.customerGatewayId = a.customerGatewayId;
  if (a.tags !== undefined && Object.keys(a.tags).length > 0) {
    req.tags = Object.entries(a.tags).map(([key, value]) => ({ key, value }));
  }
  if (clientToken !== undefined) req.clientToken = clientToken;
  return req;
}

/**
 * Modify names each tunnel by its TunnelId (from the state last read), never by role, and leaves its
 * customer gateway alone: changing that replaces the connection.
 */
export function toModifyRequest(
  vpnConnectionId: string,
  a: Args,
  tunnelIds: Readonly<Record<string, string>> = {},
  clientToken?: string,
): ModifyVpnConnectionAttributeRequest {
  const req: ModifyVpnConnectionAttributeRequest = { regionId: a.regionId, vpnConnectionId, ...commonParams(a) };
  if (a.tunnelOptions !== undefined) {
    req.tunnelOptionsSpecification = a.tunnelOptions.map((t) => {
      const { role: _role, customerGatewayId: _cgw, ...settings } = tunnelParams(t);
      const tunnelId = tunnelIds[t.role];
      if (tunnelId === undefined) throw new Error(`tunnelOptions: the connection ${vpnConnectionId} reports no ${t.role} tunnel; run \`pulumi refresh\``);
      return { tunnelId, ...settings };
    });
  }
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

// The SDK types the body, but a body is still data from the network: a missing or malformed part reads as
// absent rather than throwing.
function tagsFromBody(v: VpnConnectionBody['tags']): Record<string, string> | undefined {
  if (v === undefined || v === null) return undefined;
  const tags: Record<string, string> = {};
  for (const t of Array.isArray(v.tag) ? v.tag : []) {
    const key = text(t?.key);
    if (key !== undefined) tags[key] = text(t?.value) ?? '';
  }
  return tags;
}

interface TunnelsFromBody {
  options: TunnelOptions[];
  status: TunnelStatus[];
}

function byRole<T extends { role: string }>(list: T[]): T[] {
  const rank = (r: string): number => {
    const i = (TUNNEL_ROLES as readonly string[]).indexOf(r);
    return i < 0 ? TUNNEL_ROLES.length : i;
  };
  return [...list].sort((x, y) => rank(x.role) - rank(y.role));
}

function tunnelsFromBody(v: unknown): TunnelsFromBody | undefined {
  const items = Array.isArray(v) ? v.filter((t): t is TunnelBody => typeof t === 'object' && t !== null) : [];
  if (items.length === 0) return undefined;
  const options: TunnelOptions[] = [];
  const status: TunnelStatus[] = [];
  for (const t of items) {
    const role = text(t.role) ?? '';
    const customerGatewayId = text(t.customerGatewayId) ?? '';
    options.push(
      compact<TunnelOptions>({
        role,
        customerGatewayId,
        enableDpd: bool(t.enableDpd),
        enableNatTraversal: bool(t.enableNatTraversal),
        remoteCaCertificate: text(t.remoteCaCertificate),
        tunnelIkeConfig: fromWire(IKE_WIRE, t.tunnelIkeConfig),
        tunnelIpsecConfig: fromWire(IPSEC_WIRE, t.tunnelIpsecConfig),
        tunnelBgpConfig: fromWire(TUNNEL_BGP_WIRE, t.tunnelBgpConfig),
      }) as TunnelOptions,
    );
    status.push(compact<TunnelStatus>({ role, tunnelId: text(t.tunnelId) ?? '', customerGatewayId, state: text(t.state), status: text(t.status) }) as TunnelStatus);
  }
  return { options: byRole(options), status: byRole(status) };
}

/**
 * The typed state of a DescribeVpnConnection body. Properties the body does not carry (the API
 * never reports AutoConfigRoute) stay undefined for the caller to fill from what it sent.
 */
export function fromDescribe(body: VpnConnectionBody, regionId: string): VpnConnectionState {
  const tunnels = tunnelsFromBody(body.tunnelOptionsSpecification?.tunnelOptions);
  const single = tunnels === undefined;
  const state = {
    regionId,
    vpnConnectionId: text(body.vpnConnectionId) ?? '',
    vpnGatewayId: text(body.vpnGatewayId) ?? '',
    customerGatewayId: single ? (text(body.customerGatewayId) ?? '') : undefined,
    localSubnets: parseSubnetList(body.localSubnet) ?? [],
    remoteSubnets: parseSubnetList(body.remoteSubnet) ?? [],
    name: text(body.name),
    effectImmediately: bool(body.effectImmediately),
    enableDpd: single ? bool(body.enableDpd) : undefined,
    enableNatTraversal: single ? bool(body.enableNatTraversal) : undefined,
    ikeConfig: single ? fromWire(IKE_WIRE, body.ikeConfig) : undefined,
    ipsecConfig: single ? fromWire(IPSEC_WIRE, body.ipsecConfig) : undefined,
    healthCheckConfig: single ? fromWire(HEALTH_CHECK_WIRE, body.vcoHealthCheck) : undefined,
    bgpConfig: single ? fromWire(BGP_WIRE, body.vpnBgpConfig) : undefined,
    remoteCaCertificate: single ? text(body.remoteCaCertificate) : undefined,
    tunnelOptions: tunnels?.options,
    enableTunnelsBgp: single ? undefined : bool(body.enableTunnelsBgp),
    tags: tagsFromBody(body.tags),
    createTime: int(body.createTime),
    status: text(body.status),
    state: text(body.state),
    tunnels: tunnels?.status,
  };
  return compact(state) as VpnConnectionState;
}
