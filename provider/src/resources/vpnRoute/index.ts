// The VpnRouteEntry and VpnPbrRouteEntry resources as their callers (the gRPC server) see them: one
// implementation, bound to each kind's descriptor and actions.

import type { VpcPort } from '../../cloud';
import { DiffRequest, diffResult, flatDetailedDiff } from '../../descriptor/diff';
import { CheckContext, CheckResult, CreateContext, CreateResult, DiffResult, OperationContext, PropertyMap, ReadResult } from '../resource';
import { checkInputs } from './check';
import { routeDescriptor, type RouteKind } from './descriptor';
import { create, read, remove, update } from './lifecycle';
import { ROUTE_SPECS, previewOutputs } from './model';

export {
  VPN_ROUTE_ENTRY_TYPE, VPN_PBR_ROUTE_ENTRY_TYPE, VPN_ROUTE_ENTRY, VPN_PBR_ROUTE_ENTRY, ROUTE_COMPUTED, VPN_ROUTE_ENTRY_DESCRIPTION, VPN_PBR_ROUTE_ENTRY_DESCRIPTION,
} from './descriptor';
export { formatRouteId, parseRouteId } from './routeId';

/** The properties that name the route: a change to any of them makes a different route. */
const KEY_PROPERTIES = ['vpnGatewayId', 'routeSource', 'routeDest', 'nextHop', 'regionId'];

export interface RouteResource {
  readonly SECRET_PATHS: readonly string[];
  /** The replacement guard's name for it (resources/shared/replacementGuard.ts). */
  readonly GUARDED_KIND: string;
  check(olds: PropertyMap, news: PropertyMap, ctx: CheckContext): CheckResult;
  diff(req: DiffRequest): DiffResult;
  previewOutputs(inputs: PropertyMap, oldOutputs?: PropertyMap): PropertyMap;
  create(port: VpcPort, inputs: PropertyMap, ctx: CreateContext): Promise<CreateResult>;
  read(port: VpcPort, req: { id: string; oldOutputs?: PropertyMap; oldInputs?: PropertyMap }, ctx: OperationContext): Promise<ReadResult>;
  update(port: VpcPort, req: { id: string; oldOutputs: PropertyMap; oldInputs: PropertyMap; newInputs: PropertyMap }, ctx: OperationContext): Promise<PropertyMap>;
  remove(port: VpcPort, req: { id: string; outputs: PropertyMap }, ctx: OperationContext): Promise<void>;
}

function routeResource(kind: RouteKind): RouteResource {
  const spec = ROUTE_SPECS[kind];
  return {
    SECRET_PATHS: [],
    GUARDED_KIND: spec.label,
    check: (_olds, news, ctx) => checkInputs(kind, news, ctx),
    // Weight, priority and publishVpc change in place; the rest replaces. A replacement that names the same route
    // (only the description changed) deletes the old route first: the gateway never holds the same route twice.
    diff: (req) =>
      diffResult(flatDetailedDiff(routeDescriptor(kind), req.newInputs, req.oldOutputs ?? {}), req.ignoreChanges, (detailed) => !KEY_PROPERTIES.some((k) => k in detailed)),
    previewOutputs,
    create: (port, inputs, ctx) => create(spec, port, inputs, ctx),
    read: (port, req, ctx) => read(spec, port, req, ctx),
    update: (port, req, ctx) => update(spec, port, req, ctx),
    remove: (port, req, ctx) => remove(spec, port, req, ctx),
  };
}

export const vpnRouteEntry: RouteResource = routeResource('dbr');
export const vpnPbrRouteEntry: RouteResource = routeResource('pbr');
