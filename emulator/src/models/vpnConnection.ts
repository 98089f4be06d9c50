// IPsec connections: create, modify (merge), delete, with every rule of the CreateVpnConnection
// document. Validation runs before any state check so a bad request never touches the gateway.
import { Errors } from '../errors';
import {
  checkBgp, checkHealthCheck, checkIkeConfig, checkIpsecConfig, checkName, checkRemoteCaCertificate,
  parseSubnets, policyRouteCount, SM_FORBIDDEN_IKE_FIELDS, SM_FORBIDDEN_IPSEC_FIELDS,
} from './connectionRules';
import { defaultBgp, defaultHealthCheck, defaultIkeConfig, defaultIpsecConfig } from './connectionConfig';
import { getCustomerGateway } from './customerGateway';
import { newId } from './ids';
import type { World } from './store';
import type {
  BgpConfig, HealthCheckConfig, IkeConfig, IpsecConfig, Tag, TunnelRecord, VpnConnectionRecord, VpnGatewayRecord, VpnType,
} from './types';
import { assertGatewayMutable, getGateway, markBusy } from './vpnGateway';
import { checkTags } from './tags';
import { buildTunnels, mergeTunnels, type TunnelInput } from './tunnels';
import { checkCreateMode, checkModifyMode, isDualTunnel } from './tunnelMode';
import { assertNoRoutesVia } from './vpnRoutes';

/** Typed request fields common to Create and Modify; undefined means "not given". */
export interface ConnectionFields {
  readonly Name?: string;
  readonly LocalSubnet?: string;
  readonly RemoteSubnet?: string;
  readonly EffectImmediately?: boolean;
  readonly AutoConfigRoute?: boolean;
  readonly EnableDpd?: boolean;
  readonly EnableNatTraversal?: boolean;
  readonly EnableTunnelsBgp?: boolean;
  readonly IkeConfig?: Partial<IkeConfig>;
  readonly IpsecConfig?: Partial<IpsecConfig>;
  readonly HealthCheck?: Partial<HealthCheckConfig>;
  readonly Bgp?: Partial<BgpConfig>;
  readonly RemoteCaCertificate?: string;
  readonly Tunnels?: TunnelInput[];
}

export interface CreateConnectionInput extends ConnectionFields {
  readonly RegionId: string;
  readonly VpnGatewayId: string;
  readonly CustomerGatewayId?: string;
  readonly Tags: Tag[];
  readonly DryRun: boolean;
}

export interface ModifyConnectionInput extends ConnectionFields {
  readonly RegionId: string;
  readonly VpnConnectionId: string;
}

export function liveConnections(world: World, regionId: string, gatewayId: string): VpnConnectionRecord[] {
  return [...world.store.region(regionId).vpnConnections.values()].filter((c) => !c.Deleted && c.VpnGatewayId === gatewayId);
}

export function getConnection(world: World, regionId: string, id: string): VpnConnectionRecord {
  const conn = world.store.region(regionId).vpnConnections.get(id);
  if (!conn || conn.Deleted) throw Errors.vpnConnectionNotFound();
  return conn;
}

function checkSmForbidden(fields: ConnectionFields, vpnType: VpnType): void {
  if (vpnType !== 'NationalStandard') return;
  for (const f of SM_FORBIDDEN_IKE_FIELDS) if (fields.IkeConfig?.[f] !== undefined) throw Errors.illegal(f);
  for (const f of SM_FORBIDDEN_IPSEC_FIELDS) if (fields.IpsecConfig?.[f] !== undefined) throw Errors.illegal(f);
}

interface SingleTunnelConfig {
  IkeConfig: IkeConfig;
  IpsecConfig: IpsecConfig;
  HealthCheck: HealthCheckConfig;
  Bgp: BgpConfig;
  RemoteCaCertificate: string;
}

/** Merges the given sub-fields over `base` and checks the result as a whole. */
function resolveSingleTunnel(fields: ConnectionFields, base: SingleTunnelConfig, gw: VpnGatewayRecord): SingleTunnelConfig {
  checkSmForbidden(fields, gw.VpnType);
  const merged: SingleTunnelConfig = {
    IkeConfig: { ...base.IkeConfig, ...fields.IkeConfig },
    IpsecConfig: { ...base.IpsecConfig, ...fields.IpsecConfig },
    HealthCheck: { ...base.HealthCheck, ...fields.HealthCheck },
    Bgp: { ...base.Bgp, ...fields.Bgp },
    RemoteCaCertificate: fields.RemoteCaCertificate ?? base.RemoteCaCertificate,
  };
  checkIkeConfig(merged.IkeConfig, gw.VpnType);
  checkIpsecConfig(merged.IpsecConfig, gw.VpnType);
  checkHealthCheck(merged.HealthCheck);
  checkBgp(merged.Bgp);
  checkRemoteCaCertificate(merged.RemoteCaCertificate, gw.VpnType);
  return merged;
}

function tunnelCidrsOf(conn: { Bgp: BgpConfig; Tunnels: TunnelRecord[] }): string[] {
  return [conn.Bgp.TunnelCidr, ...conn.Tunnels.map((t) => t.BgpConfig.TunnelCidr)].filter((c) => c !== '');
}

/** Tunnel CIDRs are unique per VPN gateway. */
function checkTunnelCidrsFree(world: World, gw: VpnGatewayRecord, cidrs: string[], selfId?: string): void {
  if (new Set(cidrs).size !== cidrs.length) throw Errors.tunnelCidrConflict();
  const used = new Set(
    liveConnections(world, gw.RegionId, gw.VpnGatewayId).filter((c) => c.VpnConnectionId !== selfId).flatMap(tunnelCidrsOf),
  );
  if (cidrs.some((c) => used.has(c))) throw Errors.tunnelCidrConflict();
}

function checkRouteQuota(world: World, gw: VpnGatewayRecord, adding: number, selfId?: string): void {
  const existing = liveConnections(world, gw.RegionId, gw.VpnGatewayId)
    .filter((c) => c.VpnConnectionId !== selfId && c.AutoConfigRoute)
    .reduce((n, c) => n + policyRouteCount(c.LocalSubnet.split(','), c.RemoteSubnet.split(',')), 0);
  if (existing + adding > world.settings.routeQuota) {
    throw Errors.policyRouteQuota(String(existing), String(adding), String(world.settings.routeQuota));
  }
}

export function createVpnConnection(world: World, input: CreateConnectionInput): VpnConnectionRecord {
  const now = world.clock.now();
  const gw = getGateway(world, input.RegionId, input.VpnGatewayId);
  checkCreateMode(gw, input);
  const dual = gw.TunnelMode === 'dual';
  const cgw = dual ? undefined : getCustomerGateway(world, input.RegionId, input.CustomerGatewayId as string);
  if (gw.BusinessStatus === 'FinancialLocked') throw Errors.financialLocked();

  const local = parseSubnets(input.LocalSubnet as string, 'LocalSubnet');
  const remote = parseSubnets(input.RemoteSubnet as string, 'RemoteSubnet');
  if (input.Name !== undefined) checkName(input.Name);
  checkTags(input.Tags);

  let single: SingleTunnelConfig;
  let tunnels: TunnelRecord[] = [];
  if (dual) {
    tunnels = buildTunnels(world, gw, input.Tunnels as TunnelInput[], input.EnableTunnelsBgp ?? false);
    single = { ...tunnelDefaults(gw, tunnels[0].IkeConfig.RemoteId), IkeConfig: tunnels[0].IkeConfig, IpsecConfig: tunnels[0].IpsecConfig };
  } else {
    single = resolveSingleTunnel(input, tunnelDefaults(gw, cgw?.IpAddress ?? ''), gw);
  }

  assertGatewayMutable(gw, now);
  const live = liveConnections(world, input.RegionId, gw.VpnGatewayId);
  if (cgw && live.some((c) => c.CustomerGatewayId === cgw.CustomerGatewayId)) throw Errors.alreadyExists();
  if (live.length >= world.settings.quota) throw Errors.quotaFull();
  const autoConfigRoute = input.AutoConfigRoute ?? true;
  if (autoConfigRoute) checkRouteQuota(world, gw, policyRouteCount(local, remote));
  checkTunnelCidrsFree(world, gw, tunnelCidrsOf({ Bgp: single.Bgp, Tunnels: tunnels }));
  if (input.DryRun) throw Errors.dryRun();

  const id = newId('vco');
  const conn: VpnConnectionRecord = {
    VpnConnectionId: id,
    RegionId: input.RegionId,
    VpnGatewayId: gw.VpnGatewayId,
    CustomerGatewayId: cgw?.CustomerGatewayId ?? '',
    Name: input.Name ?? id,
    LocalSubnet: local.join(','),
    RemoteSubnet: remote.join(','),
    EffectImmediately: input.EffectImmediately ?? false,
    AutoConfigRoute: autoConfigRoute,
    EnableDpd: input.EnableDpd ?? true,
    EnableNatTraversal: input.EnableNatTraversal ?? true,
    EnableTunnelsBgp: dual ? (input.EnableTunnelsBgp ?? false) : false,
    IkeConfig: single.IkeConfig,
    IpsecConfig: single.IpsecConfig,
    HealthCheck: single.HealthCheck,
    Bgp: single.Bgp,
    RemoteCaCertificate: single.RemoteCaCertificate,
    Tags: input.Tags,
    Tunnels: tunnels,
    CreateTime: now,
    busyUntil: now + world.settings.busyMs,
    creating: true,
    Deleted: false,
    DeleteTime: null,
  };
  world.store.region(input.RegionId).vpnConnections.set(id, conn);
  markBusy(world, gw);
  return conn;
}

function tunnelDefaults(gw: VpnGatewayRecord, customerGatewayIp: string): SingleTunnelConfig {
  return {
    IkeConfig: defaultIkeConfig(gw.VpnType, { gatewayIp: gw.InternetIp, customerGatewayIp }),
    IpsecConfig: defaultIpsecConfig(gw.VpnType),
    HealthCheck: defaultHealthCheck(),
    Bgp: defaultBgp(),
    RemoteCaCertificate: '',
  };
}

/**
 * Given fields replace stored ones; inside the JSON configs, only the keys given replace the
 * stored sub-fields (so a Modify with `{"IkeEncAlg":"aes256"}` keeps the PSK).
 */
export function modifyVpnConnection(world: World, input: ModifyConnectionInput): VpnConnectionRecord {
  const now = world.clock.now();
  const conn = getConnection(world, input.RegionId, input.VpnConnectionId);
  const gw = getGateway(world, input.RegionId, conn.VpnGatewayId);
  checkModifyMode(conn, input);
  if (gw.BusinessStatus === 'FinancialLocked') throw Errors.financialLocked();
  const dual = isDualTunnel(conn);

  const local = input.LocalSubnet === undefined ? conn.LocalSubnet.split(',') : parseSubnets(input.LocalSubnet, 'LocalSubnet');
  const remote = input.RemoteSubnet === undefined ? conn.RemoteSubnet.split(',') : parseSubnets(input.RemoteSubnet, 'RemoteSubnet');
  if (input.Name !== undefined) checkName(input.Name);

  let single: SingleTunnelConfig = conn as SingleTunnelConfig;
  let tunnels = conn.Tunnels;
  if (dual) {
    tunnels = mergeTunnels(world, gw, conn.Tunnels, input.Tunnels ?? [], input.EnableTunnelsBgp ?? conn.EnableTunnelsBgp);
  } else {
    single = resolveSingleTunnel(input, conn, gw);
  }

  assertGatewayMutable(gw, now);
  const autoConfigRoute = input.AutoConfigRoute ?? conn.AutoConfigRoute;
  if (autoConfigRoute) checkRouteQuota(world, gw, policyRouteCount(local, remote), conn.VpnConnectionId);
  checkTunnelCidrsFree(world, gw, tunnelCidrsOf({ Bgp: single.Bgp, Tunnels: tunnels }), conn.VpnConnectionId);

  Object.assign(conn, {
    Name: input.Name ?? conn.Name,
    LocalSubnet: local.join(','),
    RemoteSubnet: remote.join(','),
    EffectImmediately: input.EffectImmediately ?? conn.EffectImmediately,
    AutoConfigRoute: autoConfigRoute,
    EnableDpd: input.EnableDpd ?? conn.EnableDpd,
    EnableNatTraversal: input.EnableNatTraversal ?? conn.EnableNatTraversal,
    EnableTunnelsBgp: dual ? (input.EnableTunnelsBgp ?? conn.EnableTunnelsBgp) : false,
    IkeConfig: dual ? tunnels[0].IkeConfig : single.IkeConfig,
    IpsecConfig: dual ? tunnels[0].IpsecConfig : single.IpsecConfig,
    HealthCheck: single.HealthCheck,
    Bgp: single.Bgp,
    RemoteCaCertificate: single.RemoteCaCertificate,
    Tunnels: tunnels,
    busyUntil: now + world.settings.busyMs,
    creating: false,
  });
  markBusy(world, gw);
  return conn;
}

export function deleteVpnConnection(world: World, regionId: string, id: string): void {
  const now = world.clock.now();
  const conn = getConnection(world, regionId, id);
  const gw = getGateway(world, regionId, conn.VpnGatewayId);
  assertNoRoutesVia(world, regionId, id);
  assertGatewayMutable(gw, now);
  conn.Deleted = true;
  conn.DeleteTime = now;
  markBusy(world, gw);
}
