// Destination-based (dbr) and policy-based (pbr) routes of a VPN gateway. Every change is a configuration change
// of the gateway: refused while it is busy (VpnGateway.Configuring), and it leaves the gateway updating for
// busy-ms. A route's next hop is a live IPsec connection of the same gateway.
import ipaddr from 'ipaddr.js';
import { Errors } from '../errors';
import { isIpv4Network } from './connectionRules';
import { routeKey, type World } from './store';
import type { RouteKind, VpnRouteEntryRecord } from './types';
import { assertGatewayMutable, getGateway, markBusy } from './vpnGateway';
import { checkDescription } from './vpnGatewayOptions';

export const ROUTE_WEIGHTS: readonly number[] = [0, 100];
export const MIN_PRIORITY = 1;
export const MAX_PRIORITY = 100;
export const DEFAULT_PRIORITY = 10;
export const OVERLAY_MODES: readonly string[] = ['Ipsec'];

/** The weight every route of a dual-tunnel gateway has. */
export const DUAL_TUNNEL_WEIGHT = 100;

const SHARED_RANGE = ipaddr.IPv4.parseCIDR('100.64.0.0/10');

/** Whether a CIDR is 100.64.0.0/10, inside it or contains it: no destination of a single-tunnel gateway's route. */
export function overlapsSharedRange(cidr: string): boolean {
  const [addr, prefix] = ipaddr.IPv4.parseCIDR(cidr);
  return prefix <= SHARED_RANGE[1] ? SHARED_RANGE[0].match([addr, prefix]) : addr.match(SHARED_RANGE);
}

/** A route CIDR: an IPv4 network address; a destination-based route may not be the default route. */
export function checkRouteCidr(name: 'RouteDest' | 'RouteSource', value: string, kind: RouteKind): void {
  if (!isIpv4Network(value)) throw Errors.illegal(name, value);
  if (kind === 'dbr' && name === 'RouteDest' && value === '0.0.0.0/0') throw Errors.illegal(name, value);
}

export function checkWeight(name: 'Weight' | 'NewWeight', value: number): void {
  if (!ROUTE_WEIGHTS.includes(value)) throw Errors.illegal(name, String(value));
}

export function checkPriority(name: 'Priority' | 'NewPriority', value: number): void {
  if (!Number.isInteger(value) || value < MIN_PRIORITY || value > MAX_PRIORITY) throw Errors.illegal(name, String(value));
}

/** `published` once advertised to the VPC's route table, `normal` otherwise. */
export function routeState(entry: VpnRouteEntryRecord): 'published' | 'normal' {
  return entry.PublishVpc ? 'published' : 'normal';
}

/** What names a route: its gateway, kind, source (policy-based only), destination and next hop. */
export interface RouteId {
  readonly Kind: RouteKind;
  readonly RegionId: string;
  readonly VpnGatewayId: string;
  readonly RouteSource?: string;
  readonly RouteDest: string;
  readonly NextHop: string;
}

export interface CreateRouteInput extends RouteId {
  readonly Weight: number;
  readonly Priority?: number;
  readonly PublishVpc: boolean;
  readonly Description?: string;
  readonly OverlayMode?: string;
  readonly DryRun: boolean;
}

function checkNextHop(world: World, regionId: string, gatewayId: string, nextHop: string): void {
  const conn = world.store.region(regionId).vpnConnections.get(nextHop);
  if (!conn || conn.Deleted || conn.VpnGatewayId !== gatewayId) throw Errors.vpnConnectionNotFound();
}

export function createRoute(world: World, input: CreateRouteInput): VpnRouteEntryRecord {
  const gw = getGateway(world, input.RegionId, input.VpnGatewayId);
  if (gw.BusinessStatus === 'FinancialLocked') throw Errors.financialLocked();
  if (input.Kind === 'pbr') checkRouteCidr('RouteSource', input.RouteSource as string, input.Kind);
  checkRouteCidr('RouteDest', input.RouteDest, input.Kind);
  checkWeight('Weight', input.Weight);
  if (input.Priority !== undefined) checkPriority('Priority', input.Priority);
  if (input.Description !== undefined) checkDescription(input.Description);
  const overlay = input.OverlayMode ?? 'Ipsec';
  if (!OVERLAY_MODES.includes(overlay)) throw Errors.illegal('OverlayMode', overlay);
  if (input.Kind === 'dbr' && gw.TunnelMode === 'single' && overlapsSharedRange(input.RouteDest)) throw Errors.illegal('RouteDest', input.RouteDest);
  checkNextHop(world, input.RegionId, gw.VpnGatewayId, input.NextHop);
  assertGatewayMutable(gw, world.clock.now());
  const entry: VpnRouteEntryRecord = {
    Kind: input.Kind,
    RegionId: input.RegionId,
    VpnGatewayId: gw.VpnGatewayId,
    RouteSource: input.Kind === 'pbr' ? (input.RouteSource as string) : '',
    RouteDest: input.RouteDest,
    NextHop: input.NextHop,
    // On a dual-tunnel gateway the two tunnels are the active and standby links; a weight given does not take effect.
    Weight: gw.TunnelMode === 'dual' ? DUAL_TUNNEL_WEIGHT : input.Weight,
    Priority: input.Kind === 'pbr' ? (input.Priority ?? DEFAULT_PRIORITY) : 0,
    PublishVpc: input.PublishVpc,
    Description: input.Description ?? '',
    OverlayMode: overlay,
    CreateTime: world.clock.now(),
  };
  const routes = world.store.region(input.RegionId).vpnRouteEntries;
  if (routes.has(routeKey(entry))) throw Errors.routeEntryAlreadyExists();
  if (input.DryRun) throw Errors.dryRun();
  routes.set(routeKey(entry), entry);
  markBusy(world, gw);
  return entry;
}

/** Names one route the way Modify/Delete requests do; Weight (and Priority, when given) must match too. */
export interface RouteSelector extends RouteId {
  readonly Weight?: number;
  readonly Priority?: number;
}

export function findRoute(world: World, sel: RouteSelector): VpnRouteEntryRecord {
  getGateway(world, sel.RegionId, sel.VpnGatewayId);
  const entry = world.store.region(sel.RegionId).vpnRouteEntries.get(routeKey({ ...sel, RouteSource: sel.RouteSource ?? '' }));
  if (!entry || (sel.Weight !== undefined && entry.Weight !== sel.Weight) || (sel.Priority !== undefined && entry.Priority !== sel.Priority)) {
    throw Errors.routeEntryNotFound();
  }
  return entry;
}

export interface RouteChange {
  readonly NewWeight?: number;
  readonly NewPriority?: number;
}

/** Modify…Weight / …Priority / …Attribute: one change of the gateway, whatever it touches. */
export function modifyRoute(world: World, sel: RouteSelector, change: RouteChange): VpnRouteEntryRecord {
  const entry = findRoute(world, sel);
  if (change.NewWeight !== undefined) checkWeight('NewWeight', change.NewWeight);
  if (change.NewPriority !== undefined) checkPriority('NewPriority', change.NewPriority);
  const gw = getGateway(world, sel.RegionId, sel.VpnGatewayId);
  assertGatewayMutable(gw, world.clock.now());
  if (gw.TunnelMode !== 'dual') entry.Weight = change.NewWeight ?? entry.Weight;
  entry.Priority = change.NewPriority ?? entry.Priority;
  markBusy(world, gw);
  return entry;
}

export function deleteRoute(world: World, sel: RouteSelector): void {
  const entry = findRoute(world, sel);
  const gw = getGateway(world, sel.RegionId, sel.VpnGatewayId);
  assertGatewayMutable(gw, world.clock.now());
  world.store.region(sel.RegionId).vpnRouteEntries.delete(routeKey(entry));
  markBusy(world, gw);
}

/** PublishVpnRouteEntry names routes without source or weight: every route of the kind to that destination via that hop. */
export function publishRoutes(world: World, sel: Omit<RouteSelector, 'Weight' | 'Priority' | 'RouteSource'>, publish: boolean): void {
  const gw = getGateway(world, sel.RegionId, sel.VpnGatewayId);
  const matches = listRoutes(world, sel.RegionId, gw.VpnGatewayId, sel.Kind)
    .filter((e) => e.RouteDest === sel.RouteDest && e.NextHop === sel.NextHop);
  if (matches.length === 0) throw Errors.routeEntryNotFound();
  assertGatewayMutable(gw, world.clock.now());
  for (const e of matches) e.PublishVpc = publish;
  markBusy(world, gw);
}

/** The gateway's routes of one kind, newest first. */
export function listRoutes(world: World, regionId: string, gatewayId: string, kind: RouteKind): VpnRouteEntryRecord[] {
  return [...world.store.region(regionId).vpnRouteEntries.values()]
    .filter((e) => e.VpnGatewayId === gatewayId && e.Kind === kind)
    .sort((a, b) => b.CreateTime - a.CreateTime || routeKey(a).localeCompare(routeKey(b)));
}

/** An IPsec connection that is the next hop of a route cannot be deleted. */
export function assertNoRoutesVia(world: World, regionId: string, connectionId: string): void {
  for (const e of world.store.region(regionId).vpnRouteEntries.values()) {
    if (e.NextHop === connectionId) throw Errors.connectionHasRoutes();
  }
}
