// Destination-based (…VpnRouteEntry…) and policy-based (…VpnPbrRouteEntry…) route actions: thin readers over
// models/vpnRoutes.
import { Errors } from '../errors';
import { idempotent } from '../models/idempotency';
import type { RouteKind } from '../models/types';
import {
  createRoute, deleteRoute, listRoutes, modifyRoute, publishRoutes, type RouteSelector,
} from '../models/vpnRoutes';
import { getGateway } from '../models/vpnGateway';
import type { Params } from '../protocol';
import { createdRoute, listedPbrRoute, listedRoute } from '../views/routeViews';
import { optional, optionalBoolean, optionalInteger, paginate, readPage, required } from './params';
import type { ActionContext, ActionHandler } from './types';

function requiredInteger(params: Params, name: string): number {
  required(params, name);
  return optionalInteger(params, name, 0, Number.MAX_SAFE_INTEGER) as number;
}

function requiredBoolean(params: Params, name: string): boolean {
  required(params, name);
  return optionalBoolean(params, name) as boolean;
}

/** The parameters that name one route in Modify…/Delete… requests. */
function selector(kind: RouteKind, { params, regionId }: ActionContext, weightRequired: boolean): RouteSelector {
  return {
    Kind: kind,
    RegionId: regionId,
    VpnGatewayId: required(params, 'VpnGatewayId'),
    RouteSource: kind === 'pbr' ? required(params, 'RouteSource') : undefined,
    RouteDest: required(params, 'RouteDest'),
    NextHop: required(params, 'NextHop'),
    Weight: weightRequired ? requiredInteger(params, 'Weight') : optionalInteger(params, 'Weight', 0, Number.MAX_SAFE_INTEGER),
    Priority: kind === 'pbr' ? optionalInteger(params, 'Priority', 0, Number.MAX_SAFE_INTEGER) : undefined,
  };
}

function createHandler(kind: RouteKind, action: string): ActionHandler {
  return {
    mutates: true,
    handle(ctx) {
      const { world, params, regionId } = ctx;
      const VpnGatewayId = required(params, 'VpnGatewayId');
      const RouteSource = kind === 'pbr' ? required(params, 'RouteSource') : undefined;
      const RouteDest = required(params, 'RouteDest');
      const NextHop = required(params, 'NextHop');
      const Weight = requiredInteger(params, 'Weight');
      const PublishVpc = requiredBoolean(params, 'PublishVpc');
      return idempotent(world, regionId, action, params, () => createdRoute(createRoute(world, {
        Kind: kind, RegionId: regionId, VpnGatewayId, RouteSource, RouteDest, NextHop, Weight, PublishVpc,
        Priority: kind === 'pbr' ? optionalInteger(params, 'Priority', 0, Number.MAX_SAFE_INTEGER) : undefined,
        Description: optional(params, 'Description'),
        OverlayMode: optional(params, 'OverlayMode'),
        DryRun: optionalBoolean(params, 'DryRun') ?? false,
      })));
    },
  };
}

function mutation(action: string, perform: (ctx: ActionContext) => void): ActionHandler {
  return {
    mutates: true,
    handle(ctx) {
      return idempotent(ctx.world, ctx.regionId, action, ctx.params, () => {
        perform(ctx);
        return {};
      });
    },
  };
}

function describeHandler(kind: RouteKind, view: (e: ReturnType<typeof listRoutes>[number]) => object, listKey: string, itemKey: string): ActionHandler {
  return {
    mutates: false,
    handle({ world, params, regionId }) {
      const page = readPage(params);
      const gw = getGateway(world, regionId, required(params, 'VpnGatewayId'));
      const type = kind === 'dbr' ? optional(params, 'RouteEntryType') : undefined;
      // Every route here is user-made: a filter for another type (bgp, vco…) matches none.
      const routes = listRoutes(world, regionId, gw.VpnGatewayId, kind).filter(() => type === undefined || type === 'custom');
      return {
        TotalCount: routes.length,
        PageNumber: page.PageNumber,
        PageSize: page.PageSize,
        [listKey]: { [itemKey]: paginate(routes, page).map(view) },
        ...(kind === 'dbr' ? { VpnRouteCounts: { VpnRouteCount: [{ Source: 'CUSTOM', RouteEntryType: 'custom', RouteCount: routes.length }] } } : {}),
      };
    },
  };
}

export const CreateVpnRouteEntry = createHandler('dbr', 'CreateVpnRouteEntry');
export const CreateVpnPbrRouteEntry = createHandler('pbr', 'CreateVpnPbrRouteEntry');
export const DescribeVpnRouteEntries = describeHandler('dbr', listedRoute, 'VpnRouteEntries', 'VpnRouteEntry');
export const DescribeVpnPbrRouteEntries = describeHandler('pbr', listedPbrRoute, 'VpnPbrRouteEntries', 'VpnPbrRouteEntry');

export const ModifyVpnRouteEntryWeight = mutation('ModifyVpnRouteEntryWeight', (ctx) => {
  modifyRoute(ctx.world, selector('dbr', ctx, true), { NewWeight: requiredInteger(ctx.params, 'NewWeight') });
});
export const ModifyVpnPbrRouteEntryWeight = mutation('ModifyVpnPbrRouteEntryWeight', (ctx) => {
  modifyRoute(ctx.world, selector('pbr', ctx, true), { NewWeight: requiredInteger(ctx.params, 'NewWeight') });
});
export const ModifyVpnPbrRouteEntryPriority = mutation('ModifyVpnPbrRouteEntryPriority', (ctx) => {
  modifyRoute(ctx.world, selector('pbr', ctx, true), { NewPriority: requiredInteger(ctx.params, 'NewPriority') });
});
/** NewWeight and/or NewPriority; at least one. */
export const ModifyVpnPbrRouteEntryAttribute = mutation('ModifyVpnPbrRouteEntryAttribute', (ctx) => {
  const NewWeight = optionalInteger(ctx.params, 'NewWeight', 0, Number.MAX_SAFE_INTEGER);
  const NewPriority = optionalInteger(ctx.params, 'NewPriority', 0, Number.MAX_SAFE_INTEGER);
  const sel = selector('pbr', ctx, false);
  if (NewWeight === undefined && NewPriority === undefined) throw Errors.missing('NewWeight');
  modifyRoute(ctx.world, sel, { NewWeight, NewPriority });
});
export const DeleteVpnRouteEntry = mutation('DeleteVpnRouteEntry', (ctx) => deleteRoute(ctx.world, selector('dbr', ctx, true)));
export const DeleteVpnPbrRouteEntry = mutation('DeleteVpnPbrRouteEntry', (ctx) => deleteRoute(ctx.world, selector('pbr', ctx, true)));

export const PublishVpnRouteEntry = mutation('PublishVpnRouteEntry', ({ world, params, regionId }) => {
  const VpnGatewayId = required(params, 'VpnGatewayId');
  const RouteDest = required(params, 'RouteDest');
  const NextHop = required(params, 'NextHop');
  const routeType = required(params, 'RouteType');
  const publish = requiredBoolean(params, 'PublishVpc');
  if (routeType !== 'dbr' && routeType !== 'pbr') throw Errors.illegal('RouteType', routeType);
  publishRoutes(world, { Kind: routeType, RegionId: regionId, VpnGatewayId, RouteDest, NextHop }, publish);
});
