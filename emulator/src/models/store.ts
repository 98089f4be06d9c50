// All emulated resources, kept per region like the real service partitions them.
import type { Clock } from './clock';
import type { CustomerGatewayRecord, IdempotencyRecord, VpnConnectionRecord, VpnGatewayRecord, VpnRouteEntryRecord } from './types';

export interface Settings {
  /** How long a VPN gateway stays provisioning/updating after each mutation. */
  readonly busyMs: number;
  /** How long a new VPN gateway takes to become active (init, then provisioning). */
  readonly gatewayReadyMs: number;
  /** Maximum live IPsec connections per VPN gateway. */
  readonly quota: number;
  /** Maximum policy-based routes per VPN gateway. */
  readonly routeQuota: number;
}

export interface RegionState {
  readonly vpnGateways: Map<string, VpnGatewayRecord>;
  readonly customerGateways: Map<string, CustomerGatewayRecord>;
  /** Deleted connections stay here, flagged, so the state dump can show them. */
  readonly vpnConnections: Map<string, VpnConnectionRecord>;
  /** Destination- and policy-based routes of every gateway, keyed by routeKey(). */
  readonly vpnRouteEntries: Map<string, VpnRouteEntryRecord>;
  /** Keyed by `${Action}\n${ClientToken}`. */
  readonly tokens: Map<string, IdempotencyRecord>;
}

/** Plain JSON form of the store, for --state files. */
export interface Snapshot {
  readonly version: 1;
  readonly vpnGateways: VpnGatewayRecord[];
  readonly customerGateways: CustomerGatewayRecord[];
  readonly vpnConnections: VpnConnectionRecord[];
  readonly vpnRouteEntries?: VpnRouteEntryRecord[];
  readonly idempotency: IdempotencyRecord[];
}

export class Store {
  private readonly regions = new Map<string, RegionState>();

  region(regionId: string): RegionState {
    let state = this.regions.get(regionId);
    if (!state) {
      state = { vpnGateways: new Map(), customerGateways: new Map(), vpnConnections: new Map(), vpnRouteEntries: new Map(), tokens: new Map() };
      this.regions.set(regionId, state);
    }
    return state;
  }

  clear(): void {
    this.regions.clear();
  }

  /** Regions that hold anything. */
  regionIds(): string[] {
    return [...this.regions.keys()];
  }

  snapshot(): Snapshot {
    const all = [...this.regions.values()];
    return {
      version: 1,
      vpnGateways: all.flatMap((r) => [...r.vpnGateways.values()]),
      customerGateways: all.flatMap((r) => [...r.customerGateways.values()]),
      vpnConnections: all.flatMap((r) => [...r.vpnConnections.values()]),
      vpnRouteEntries: all.flatMap((r) => [...r.vpnRouteEntries.values()]),
      idempotency: all.flatMap((r) => [...r.tokens.values()]),
    };
  }

  load(snapshot: Snapshot): void {
    this.clear();
    for (const g of snapshot.vpnGateways ?? []) this.region(g.RegionId).vpnGateways.set(g.VpnGatewayId, g);
    for (const c of snapshot.customerGateways ?? []) this.region(c.RegionId).customerGateways.set(c.CustomerGatewayId, c);
    for (const v of snapshot.vpnConnections ?? []) this.region(v.RegionId).vpnConnections.set(v.VpnConnectionId, v);
    for (const e of snapshot.vpnRouteEntries ?? []) this.region(e.RegionId).vpnRouteEntries.set(routeKey(e), e);
    for (const t of snapshot.idempotency ?? []) this.region(t.RegionId).tokens.set(tokenKey(t.Action, t.ClientToken), t);
  }
}

/** A route is identified by its gateway, kind, source (pbr), destination and next hop. */
export function routeKey(e: Pick<VpnRouteEntryRecord, 'VpnGatewayId' | 'Kind' | 'RouteSource' | 'RouteDest' | 'NextHop'>): string {
  return [e.VpnGatewayId, e.Kind, e.RouteSource, e.RouteDest, e.NextHop].join('\n');
}

export function tokenKey(action: string, token: string): string {
  return `${action}\n${token}`;
}

/** What every model function works against. */
export interface World {
  readonly store: Store;
  readonly clock: Clock;
  readonly settings: Settings;
}
