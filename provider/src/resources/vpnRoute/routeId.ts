// A route's identity: the API gives routes no id of their own, so a route is named by its gateway, its source
// (policy-based routes only), its destination and its next hop, and the resource id writes them joined by `:`
// (IPv4 CIDRs hold no colon). Parsing accepts the parts in any order by their shape, so an id written in another
// tool's order (gateway, next hop, source, destination) imports too; two CIDRs are read as source, then destination.

import { parseIpv4Cidr } from '../shared/cidr';
import { idForm, type RouteKind } from './descriptor';

export interface RouteKey {
  vpnGatewayId: string;
  /** Policy-based routes only. */
  routeSource?: string;
  routeDest: string;
  nextHop: string;
}

export const GATEWAY_ID_PATTERN = /^vpn-[A-Za-z0-9]+$/;
export const CONNECTION_ID_PATTERN = /^vco-[A-Za-z0-9]+$/;

export function formatRouteId(kind: RouteKind, key: RouteKey): string {
  return (kind === 'pbr' ? [key.vpnGatewayId, key.routeSource ?? '', key.routeDest, key.nextHop] : [key.vpnGatewayId, key.routeDest, key.nextHop]).join(':');
}

/** The key an id names; undefined when it is not an id of this kind. */
export function parseRouteId(kind: RouteKind, id: string): RouteKey | undefined {
  const parts = id.split(':').map((p) => p.trim());
  if (parts.length !== (kind === 'pbr' ? 4 : 3)) return undefined;
  const gateways = parts.filter((p) => GATEWAY_ID_PATTERN.test(p));
  const hops = parts.filter((p) => CONNECTION_ID_PATTERN.test(p));
  const cidrs = parts.filter((p) => parseIpv4Cidr(p).ok);
  if (gateways.length !== 1 || hops.length !== 1 || cidrs.length !== parts.length - 2) return undefined;
  const key: RouteKey = { vpnGatewayId: gateways[0], routeDest: cidrs[cidrs.length - 1], nextHop: hops[0] };
  if (kind === 'pbr') key.routeSource = cidrs[0];
  return key;
}

export function routeIdError(kind: RouteKind, id: string): Error {
  return new Error(`"${id}" is not the id of a ${kind === 'pbr' ? 'policy-based' : 'destination-based'} route; it is written ${idForm(kind)}`);
}

/** The key recorded in checked inputs or outputs. */
export function keyOf(values: Readonly<Record<string, unknown>>): RouteKey {
  const s = (k: string): string => (typeof values[k] === 'string' ? (values[k] as string) : '');
  const key: RouteKey = { vpnGatewayId: s('vpnGatewayId'), routeDest: s('routeDest'), nextHop: s('nextHop') };
  if (typeof values.routeSource === 'string') key.routeSource = values.routeSource;
  return key;
}
