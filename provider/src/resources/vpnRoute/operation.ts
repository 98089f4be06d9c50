// One route operation: the budget, retries (cloud/retry.ts Retrier) and access to the VPN gateway
// (cloud/gatewayAccess.ts) every gateway change shares, and the look-up of the live route in the gateway's route list.

import { VpcPort, isGatewayNotFound, type ApiBody } from '../../cloud';
import { OperationContext, PropertyMap } from '../resource';
import { GatewayOperation, LifecycleDeps } from '../shared/operation';
import { isRoute, itemsOf, outputsFromItem, type RouteSpec } from './model';
import type { RouteKey } from './routeId';

/** The largest page DescribeVpnRouteEntries and DescribeVpnPbrRouteEntries answer. */
const PAGE_SIZE = 50;

/** The gateway-change operation every resource on a gateway shares, with the route's look-up. */
export class RouteOperation extends GatewayOperation {
  constructor(
    readonly spec: RouteSpec,
    port: VpcPort,
    ctx: OperationContext,
    deps: LifecycleDeps,
  ) {
    super(port, ctx, deps);
  }

  /** One call, as is (the caller retries it: a change through op.gateways.change). Routes carry no secrets. */
  send(action: string, params: Record<string, string>): Promise<ApiBody> {
    return this.port.call(action, { params, secrets: [] }, { signal: this.ctx.signal });
  }

  /** The list item of the route the key names, or undefined; every page of the gateway's routes of this kind. */
  async find(regionId: string, key: RouteKey): Promise<ApiBody | undefined> {
    const { describe } = this.spec;
    for (let page = 1; ; page++) {
      const params: Record<string, string> = { RegionId: regionId, VpnGatewayId: key.vpnGatewayId, PageNumber: String(page), PageSize: String(PAGE_SIZE) };
      // Without it the list may also hold the gateway's BGP-learned routes.
      if (this.spec.kind === 'dbr') params.RouteEntryType = 'custom';
      const body = await this.retrier.run(`${describe} ${key.vpnGatewayId}`, () => this.send(describe, params));
      const items = itemsOf(this.spec, body);
      const hit = items.find((i) => isRoute(i, key));
      if (hit !== undefined) return hit;
      const total = Number(body.TotalCount);
      if (items.length < PAGE_SIZE || !Number.isFinite(total) || page * PAGE_SIZE >= total) return undefined;
    }
  }

  /** The live outputs, or undefined when the route or its gateway no longer exists. */
  async live(regionId: string, key: RouteKey, recorded: PropertyMap): Promise<PropertyMap | undefined> {
    let item: ApiBody | undefined;
    try {
      item = await this.find(regionId, key);
    } catch (e) {
      if (isGatewayNotFound(e)) return undefined;
      throw e;
    }
    return item === undefined ? undefined : outputsFromItem(this.spec.kind, item, key, regionId, recorded);
  }
}
