// VPN gateways: provisioning → active, updating for busy-ms after each mutation under them,
// deleting → gone. Status is derived from timestamps so it survives restarts and needs no timers.
import { Errors } from '../errors';
import { newId, newInternetIp } from './ids';
import { defaultVpcId } from './vpcs';
import type { World } from './store';
import type { BusinessStatus, Tag, TunnelMode, VpnGatewayRecord } from './types';
import { checkName } from './connectionRules';
import { checkDescription, VPN_TYPES, type GatewayOptions } from './vpnGatewayOptions';

export type GatewayStatus = 'init' | 'provisioning' | 'active' | 'updating' | 'deleting';

export const BUSINESS_STATUSES: readonly BusinessStatus[] = ['Normal', 'FinancialLocked'];
export const TUNNEL_MODES: readonly TunnelMode[] = ['single', 'dual'];

export function gatewayStatus(gw: VpnGatewayRecord, now: number): GatewayStatus {
  if (gw.deleteAt !== null) return 'deleting';
  if (gw.awaitingPayment || now < gw.initUntil) return 'init';
  if (now < gw.readyAt) return 'provisioning';
  if (now < gw.busyUntil) return 'updating';
  return 'active';
}

/** Drops gateways whose deletion has completed. */
function sweep(world: World, regionId: string): void {
  const now = world.clock.now();
  const gateways = world.store.region(regionId).vpnGateways;
  for (const [id, gw] of gateways) if (gw.deleteAt !== null && gw.deleteAt <= now) gateways.delete(id);
}

export function listGateways(world: World, regionId: string): VpnGatewayRecord[] {
  sweep(world, regionId);
  return [...world.store.region(regionId).vpnGateways.values()];
}

export function getGateway(world: World, regionId: string, id: string): VpnGatewayRecord {
  sweep(world, regionId);
  const gw = world.store.region(regionId).vpnGateways.get(id);
  if (!gw) throw Errors.vpnGatewayNotFound();
  return gw;
}

/** A gateway accepts a mutation only when paid up and settled. */
export function assertGatewayMutable(gw: VpnGatewayRecord, now: number): void {
  if (gw.BusinessStatus === 'FinancialLocked') throw Errors.financialLocked();
  const status = gatewayStatus(gw, now);
  if (status === 'deleting') throw Errors.gatewayIncorrectStatus();
  if (status !== 'active') throw Errors.configuring();
}

export function markBusy(world: World, gw: VpnGatewayRecord): void {
  gw.busyUntil = world.clock.now() + world.settings.busyMs;
}

export interface CreateVpnGatewayInput {
  readonly RegionId: string;
  readonly VpcId: string;
  readonly Name?: string;
  readonly VSwitchId?: string;
  /** Given: the gateway is dual-tunnel (a second vSwitch for the slave tunnel). */
  readonly DisasterRecoveryVSwitchId?: string;
  readonly Options: GatewayOptions;
}

/**
 * A new gateway is `init` for the first quarter of the gateway-ready time (the order), then `provisioning`, then
 * `active`; a PREPAY gateway bought without AutoPay stays `init` (its order waits for a payment that never comes).
 */
export function createVpnGateway(world: World, input: CreateVpnGatewayInput): VpnGatewayRecord {
  const now = world.clock.now();
  const readyMs = world.settings.gatewayReadyMs;
  const o = input.Options;
  const gw: VpnGatewayRecord = {
    VpnGatewayId: newId('vpn'),
    RegionId: input.RegionId,
    VpcId: input.VpcId,
    VSwitchId: input.VSwitchId ?? '',
    Name: input.Name ?? '',
    Description: '',
    VpnType: o.VpnType,
    BusinessStatus: 'Normal',
    InternetIp: newInternetIp(),
    ...tunnelModeFields(input.DisasterRecoveryVSwitchId),
    Bandwidth: o.Bandwidth,
    NetworkType: o.NetworkType,
    EnableIpsec: o.EnableIpsec,
    EnableSsl: o.EnableSsl,
    SslConnections: o.SslConnections,
    InstanceChargeType: o.InstanceChargeType,
    Period: o.Period,
    AutoPropagate: false,
    CreateTime: now,
    initUntil: now + Math.floor(readyMs / 4),
    awaitingPayment: o.InstanceChargeType === 'PREPAY' && !o.AutoPay,
    readyAt: now + readyMs,
    busyUntil: 0,
    deleteAt: null,
    Tags: [],
  };
  world.store.region(input.RegionId).vpnGateways.set(gw.VpnGatewayId, gw);
  return gw;
}

/** A dual-tunnel gateway gets the second vSwitch and a second public address. */
function tunnelModeFields(drVSwitchId: string | undefined, drInternetIp?: string) {
  return drVSwitchId === undefined
    ? { TunnelMode: 'single' as const, DisasterRecoveryVSwitchId: '', DisasterRecoveryInternetIp: '' }
    : { TunnelMode: 'dual' as const, DisasterRecoveryVSwitchId: drVSwitchId, DisasterRecoveryInternetIp: drInternetIp ?? newInternetIp() };
}

/** What a gateway from a seed was bought with. */
const PURCHASE_DEFAULTS = {
  NetworkType: 'public', EnableIpsec: true, EnableSsl: false, SslConnections: 0, InstanceChargeType: 'POSTPAY', Period: 0,
  AutoPropagate: false, initUntil: 0, awaitingPayment: false,
} as const;

function seededTunnelMode(seed: Partial<VpnGatewayRecord> & { VpnGatewayId: string }) {
  for (const key of ['DisasterRecoveryVSwitchId', 'DisasterRecoveryInternetIp'] as const) {
    if (seed[key] !== undefined && typeof seed[key] !== 'string') throw new Error(`seed: ${key} of ${seed.VpnGatewayId} must be a string`);
  }
  const mode = seed.TunnelMode ?? (seed.DisasterRecoveryVSwitchId ? 'dual' : 'single');
  if (!TUNNEL_MODES.includes(mode)) throw new Error(`seed: TunnelMode of ${seed.VpnGatewayId} must be one of ${TUNNEL_MODES.join(', ')}`);
  if (mode === 'single' && (seed.DisasterRecoveryVSwitchId || seed.DisasterRecoveryInternetIp)) {
    throw new Error(`seed: ${seed.VpnGatewayId} is single-tunnel but has DisasterRecovery fields`);
  }
  if (mode === 'single') return tunnelModeFields(undefined);
  return tunnelModeFields(seed.DisasterRecoveryVSwitchId || 'vsw-emulatordr', seed.DisasterRecoveryInternetIp || undefined);
}

/** Seeded gateways exist from the start and are already active. */
export function seedVpnGateway(world: World, seed: Partial<VpnGatewayRecord> & { VpnGatewayId: string; RegionId: string }): VpnGatewayRecord {
  const vpnType = seed.VpnType ?? 'Normal';
  const business = seed.BusinessStatus ?? 'Normal';
  if (!VPN_TYPES.includes(vpnType)) throw new Error(`seed: VpnType of ${seed.VpnGatewayId} must be one of ${VPN_TYPES.join(', ')}`);
  if (!BUSINESS_STATUSES.includes(business)) throw new Error(`seed: BusinessStatus of ${seed.VpnGatewayId} must be one of ${BUSINESS_STATUSES.join(', ')}`);
  const mode = seededTunnelMode(seed);
  const gw: VpnGatewayRecord = {
    VpnGatewayId: seed.VpnGatewayId,
    RegionId: seed.RegionId,
    VpcId: seed.VpcId ?? defaultVpcId(seed.RegionId),
    VSwitchId: seed.VSwitchId ?? '',
    Name: seed.Name ?? '',
    Description: seed.Description ?? '',
    VpnType: vpnType,
    BusinessStatus: business,
    InternetIp: seed.InternetIp ?? newInternetIp(),
    ...mode,
    Bandwidth: seed.Bandwidth ?? 10,
    ...PURCHASE_DEFAULTS,
    CreateTime: seed.CreateTime ?? world.clock.now(),
    readyAt: 0,
    busyUntil: 0,
    deleteAt: null,
    Tags: (seed.Tags as Tag[] | undefined) ?? [],
  };
  world.store.region(gw.RegionId).vpnGateways.set(gw.VpnGatewayId, gw);
  return gw;
}

/** A subscription gateway cannot be released before its period ends; one with connections cannot be deleted at all. */
export function deleteVpnGateway(world: World, regionId: string, id: string): void {
  const gw = getGateway(world, regionId, id);
  const now = world.clock.now();
  if (gw.InstanceChargeType === 'PREPAY') throw Errors.forbiddenRelease();
  const live = [...world.store.region(regionId).vpnConnections.values()].some((c) => !c.Deleted && c.VpnGatewayId === id);
  if (live) throw Errors.gatewayHasConnections();
  assertGatewayMutable(gw, now);
  gw.deleteAt = now + world.settings.busyMs;
}

export interface ModifyVpnGatewayInput {
  readonly Name?: string;
  readonly Description?: string;
  readonly AutoPropagate?: boolean;
}

/** ModifyVpnGatewayAttribute: only the fields given change; the gateway is updating for busy-ms afterwards. */
export function modifyVpnGateway(world: World, regionId: string, id: string, input: ModifyVpnGatewayInput): VpnGatewayRecord {
  const gw = getGateway(world, regionId, id);
  if (input.Name !== undefined) checkName(input.Name);
  if (input.Description !== undefined) checkDescription(input.Description);
  assertGatewayMutable(gw, world.clock.now());
  gw.Name = input.Name ?? gw.Name;
  gw.Description = input.Description ?? gw.Description;
  gw.AutoPropagate = input.AutoPropagate ?? gw.AutoPropagate;
  markBusy(world, gw);
  return gw;
}
