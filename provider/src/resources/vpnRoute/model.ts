// A route's values in each shape the lifecycle needs, read from its descriptor: the actions of each kind, the
// parameters that create a route and those that name it in Modify/Delete requests, outputs from a Describe list
// item, the inputs a refresh or import reconstructs, and a preview's outputs.

import { CloudError, type ApiBody } from '../../cloud';
import { fromBody, toParams } from '../../descriptor/wire';
import { previewWithComputed } from '../../descriptor/preview';
import { PropertyMap, Unknown } from '../resource';
import {
  ROUTE_COMPUTED, VPN_PBR_ROUTE_ENTRY_TYPE, VPN_ROUTE_ENTRY_TYPE, routeDescriptor, type RouteKind,
} from './descriptor';
import { formatRouteId, keyOf, type RouteKey } from './routeId';

/** What differs between the two kinds: the type, the words, and the actions. */
export interface RouteSpec {
  readonly kind: RouteKind;
  readonly type: string;
  /** `destination-based route` / `policy-based route`, for messages. */
  readonly label: string;
  readonly create: string;
  readonly describe: string;
  /** The list and item keys of the Describe answer. */
  readonly listKeys: readonly [string, string];
  readonly modifyWeight: string;
  readonly modifyPriority?: string;
  readonly remove: string;
}

export const ROUTE_SPECS: Readonly<Record<RouteKind, RouteSpec>> = {
  dbr: {
    kind: 'dbr',
    type: VPN_ROUTE_ENTRY_TYPE,
    label: 'destination-based route',
    create: 'CreateVpnRouteEntry',
    describe: 'DescribeVpnRouteEntries',
    listKeys: ['VpnRouteEntries', 'VpnRouteEntry'],
    modifyWeight: 'ModifyVpnRouteEntryWeight',
    remove: 'DeleteVpnRouteEntry',
  },
  pbr: {
    kind: 'pbr',
    type: VPN_PBR_ROUTE_ENTRY_TYPE,
    label: 'policy-based route',
    create: 'CreateVpnPbrRouteEntry',
    describe: 'DescribeVpnPbrRouteEntries',
    listKeys: ['VpnPbrRouteEntries', 'VpnPbrRouteEntry'],
    modifyWeight: 'ModifyVpnPbrRouteEntryWeight',
    modifyPriority: 'ModifyVpnPbrRouteEntryPriority',
    remove: 'DeleteVpnPbrRouteEntry',
  },
};

/** Codes the route actions answer. */
export const ROUTE_NOT_FOUND = 'InvalidRouteEntry.NotFound';
export const ROUTE_ALREADY_EXISTS = 'VpnRouteEntry.AlreadyExists';
export const NEXT_HOP_NOT_FOUND = 'InvalidVpnConnectionInstanceId.NotFound';

export function hasCode(e: unknown, code: string): boolean {
  return e instanceof CloudError && e.code === code;
}

/** The Create request's parameters from checked inputs (the region included). */
export function createParams(kind: RouteKind, inputs: PropertyMap): Record<string, string> {
  return toParams(routeDescriptor(kind), inputs);
}

/** The parameters that name a live route in Modify/Delete requests: its key and its current weight (and priority). */
export function selectorParams(kind: RouteKind, regionId: string, live: PropertyMap): Record<string, string> {
  const d = routeDescriptor(kind);
  const naming = new Set(['vpnGatewayId', 'routeSource', 'routeDest', 'nextHop', 'weight', 'priority']);
  return { RegionId: regionId, ...toParams(d, live, (k) => naming.has(k)) };
}

/** Whether a Describe list item is the route the key names. */
export function isRoute(item: ApiBody, key: RouteKey): boolean {
  return item.RouteDest === key.routeDest && item.NextHop === key.nextHop && (key.routeSource === undefined || item.RouteSource === key.routeSource);
}

/**
 * Outputs from a Describe list item: the key, weight and priority as the service reports them, `publishVpc` from
 * the state (the list reports no PublishVpc), the description as recorded (the list reports none either).
 */
export function outputsFromItem(kind: RouteKind, item: ApiBody, key: RouteKey, regionId: string, recorded: PropertyMap): PropertyMap {
  const live = { ...fromBody(routeDescriptor(kind), item), ...fromBody(ROUTE_COMPUTED, item) };
  const out: PropertyMap = { ...live, ...key, regionId };
  if (typeof live.state === 'string') out.publishVpc = live.state === 'published';
  if (typeof recorded.description === 'string') out.description = recorded.description;
  return out;
}

/** The id of the route the outputs describe. */
export function idOf(kind: RouteKind, outputs: PropertyMap): string {
  return formatRouteId(kind, keyOf(outputs));
}

/** Refresh keeps the inputs the user set, with live values; import writes every input the service reports. */
export function inputsFrom(kind: RouteKind, outputs: PropertyMap, oldInputs: PropertyMap | undefined): PropertyMap {
  const inputs: PropertyMap = {};
  const given = oldInputs !== undefined && Object.keys(oldInputs).length > 0 ? oldInputs : undefined;
  for (const k of Object.keys(routeDescriptor(kind).props)) {
    if (outputs[k] !== undefined && (given === undefined || k in given)) inputs[k] = outputs[k];
  }
  return inputs;
}

/** A preview's outputs: the inputs, and unknowns for what the service computes (kept from the old outputs on update). */
export function previewOutputs(inputs: PropertyMap, oldOutputs?: PropertyMap): PropertyMap {
  const out = previewWithComputed(ROUTE_COMPUTED, inputs, oldOutputs);
  if (oldOutputs !== undefined && inputs.publishVpc !== oldOutputs.publishVpc) out.state = new Unknown('string');
  return out;
}

/** The items of one Describe page. */
export function itemsOf(spec: RouteSpec, body: ApiBody): ApiBody[] {
  const list = body[spec.listKeys[0]];
  const items = typeof list === 'object' && list !== null ? (list as Record<string, unknown>)[spec.listKeys[1]] : undefined;
  return Array.isArray(items) ? items.filter((i): i is ApiBody => typeof i === 'object' && i !== null) : [];
}
