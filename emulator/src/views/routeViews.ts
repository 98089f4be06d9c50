// Response shapes for VPN gateway routes, typed as the SDK's Create…/Describe…RouteEntries response models expect.
import { routeState } from '../models/vpnRoutes';
import type { VpnRouteEntryRecord } from '../models/types';

/** CreateVpnRouteEntry's answer (CreateVpnPbrRouteEntry adds RouteSource and Priority). */
export function createdRoute(e: VpnRouteEntryRecord) {
  return {
    VpnInstanceId: e.VpnGatewayId, RouteDest: e.RouteDest, NextHop: e.NextHop, Weight: e.Weight, OverlayMode: e.OverlayMode,
    Description: e.Description, State: routeState(e), CreateTime: e.CreateTime,
    ...(e.Kind === 'pbr' ? { RouteSource: e.RouteSource, Priority: e.Priority } : {}),
  };
}

/** An item of DescribeVpnRouteEntries: every route here is one the user made (RouteEntryType custom). */
export function listedRoute(e: VpnRouteEntryRecord) {
  return {
    VpnInstanceId: e.VpnGatewayId, RouteDest: e.RouteDest, NextHop: e.NextHop, NextHopTunnelId: '', Weight: e.Weight,
    State: routeState(e), CreateTime: e.CreateTime, RouteEntryType: 'custom', Source: 'CUSTOM', AsPath: '', Community: '',
  };
}

/** An item of DescribeVpnPbrRouteEntries. */
export function listedPbrRoute(e: VpnRouteEntryRecord) {
  return {
    VpnInstanceId: e.VpnGatewayId, RouteSource: e.RouteSource, RouteDest: e.RouteDest, NextHop: e.NextHop, NextHopTunnelId: '',
    Weight: e.Weight, Priority: e.Priority, State: routeState(e), CreateTime: e.CreateTime,
  };
}
