// What a route create says when the service, or the gateway, refuses it in a way the program can fix: the route
// already exists without being this resource's (never adopted: the message names the import), the next hop is not
// a connection of the gateway, the gateway is locked or does not take the destination.

import ipaddr from 'ipaddr.js';
import { CloudError, type VpnGatewayInfo } from '../../cloud';
import { assertGatewayNotLocked } from '../shared/gatewayRefusals';
import { nameFromUrn } from '../shared/ownership';
import { DEFAULT_WEIGHT as DUAL_TUNNEL_WEIGHT } from './descriptor';
import { NEXT_HOP_NOT_FOUND, ROUTE_ALREADY_EXISTS, type RouteSpec } from './model';
import { formatRouteId, type RouteKey } from './routeId';

const SHARED_RANGE = ipaddr.IPv4.parseCIDR('100.64.0.0/10');

function overlapsShared(cidr: string): boolean {
  const [addr, prefix] = ipaddr.IPv4.parseCIDR(cidr);
  return prefix <= SHARED_RANGE[1] ? SHARED_RANGE[0].match([addr, prefix]) : addr.match(SHARED_RANGE);
}

/** Refusals the gateway's description decides before anything is sent: for the route, and the weight it is to have. */
export function assertRouteFits(spec: RouteSpec, gw: VpnGatewayInfo, key: RouteKey, weight: unknown): void {
  assertGatewayNotLocked(gw);
  if (spec.kind === 'dbr' && gw.tunnelMode === 'single' && overlapsShared(key.routeDest)) {
    throw new Error(
      `routeDest: ${key.routeDest} overlaps 100.64.0.0/10, which a single-tunnel VPN gateway (${gw.vpnGatewayId}) does not take as a route destination; use a block outside 100.64.0.0/10`,
    );
  }
  if (gw.tunnelMode === 'dual' && weight !== undefined && weight !== DUAL_TUNNEL_WEIGHT) {
    throw new Error(
      `weight: VPN gateway ${gw.vpnGatewayId} is a dual-tunnel gateway, whose two tunnels are the active and standby links themselves; a route's weight does not take effect there. ` +
        `Remove weight (or set it to ${DUAL_TUNNEL_WEIGHT}); to prefer another link, use another connection as nextHop`,
    );
  }
}

/** A create's failure in the program's terms; any other error as it was. */
export function createError(spec: RouteSpec, e: unknown, key: RouteKey, regionId: string, urn: string): unknown {
  if (!(e instanceof CloudError)) return e;
  const id = formatRouteId(spec.kind, key);
  if (e.code === ROUTE_ALREADY_EXISTS) {
    return new Error(
      `${ROUTE_ALREADY_EXISTS}: the ${spec.label} ${id} already exists on VPN gateway ${key.vpnGatewayId}, and this resource did not make it (its create would have replayed it; request ${e.requestId ?? 'unknown'}). ` +
        'Another stack or the console may manage it, so this create leaves it untouched. ' +
        `To manage it from this stack, run \`pulumi import ${spec.type} ${nameFromUrn(urn)} ${id}\` (and \`pulumi state delete\` it in any other stack that manages it); ` +
        'the same command takes over a route an interrupted `pulumi up` of this resource made with other inputs.',
      { cause: e },
    );
  }
  if (e.code === NEXT_HOP_NOT_FOUND) {
    return new Error(
      `nextHop: ${key.nextHop} is not an IPsec-VPN connection of VPN gateway ${key.vpnGatewayId} in region ${regionId} (${e.code}, request ${e.requestId ?? 'unknown'}). ` +
        'Set nextHop to the id of a connection on this gateway, for example a VpnConnection resource\'s id.',
      { cause: e },
    );
  }
  return e;
}
