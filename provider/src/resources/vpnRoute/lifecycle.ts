// create/read/update/delete of a route against the cloud port, each action called by name. A route change is a
// configuration change of its VPN gateway, so every change goes through op.gateways exactly as a connection's
// does: queued behind the gateway's other changes in this process, sent once the gateway is active, retried while
// it is busy, and settled before the next change. Every call retries through the operation's Retrier; every
// mutating call carries a ClientToken derived from the stack identity and the URN.
//
// Ownership without tags: a create's token replays the route it made, and the replay's CreateTime is the live
// route's; a route already on the gateway that no token of this resource made is refused (VpnRouteEntry.AlreadyExists)
// with the `pulumi import` command that takes it over deliberately. A create says whether it adopted a route that
// existed before it (the replacement guard, shared/replacementGuard.ts, keeps that one from the Delete of the
// resource it replaces): the route's list is read before the create, since a replay's answer looks like a new route's.

import { VpcPort, deriveClientToken, isGatewayGoing, isGatewayNotFound, isIdempotencyMismatch, pollIntervals, type ApiBody, type GatewayRef, type VpnGatewayInfo } from '../../cloud';
import { regionOf } from '../region';
import { CreateContext, CreateResult, OperationContext, PartialFailure, PropertyMap, ReadResult } from '../resource';
import { gatewayError } from '../shared/gatewayRefusals';
import { LifecycleDeps, deps } from '../shared/operation';
import { tokenSeed } from '../shared/ownership';
import { RouteOperation } from './operation';
import { createError, assertRouteFits } from './refusals';
import { createParams, hasCode, idOf, inputsFrom, outputsFromItem, ROUTE_NOT_FOUND, selectorParams, type RouteSpec } from './model';
import { keyOf, parseRouteId, routeIdError, type RouteKey } from './routeId';

type Deps = Partial<LifecycleDeps> | undefined;

function gatewayOf(regionId: string, key: RouteKey): GatewayRef {
  return { regionId, vpnGatewayId: key.vpnGatewayId };
}

/** A replay answers with the CreateTime of the route it made; a live route with another CreateTime is another route. */
function sameCreation(answer: ApiBody, item: ApiBody): boolean {
  const made = Number(answer.CreateTime);
  const live = Number(item.CreateTime);
  return !Number.isFinite(made) || !Number.isFinite(live) || made === live;
}

/** The route's list item before the create, or undefined (none, or no such gateway: the create says which). */
async function existingRoute(op: RouteOperation, regionId: string, key: RouteKey): Promise<ApiBody | undefined> {
  try {
    return await op.find(regionId, key);
  } catch (e) {
    if (isGatewayNotFound(e)) return undefined;
    throw e;
  }
}

export async function create(spec: RouteSpec, port: VpcPort, inputs: PropertyMap, ctx: CreateContext, overrides?: Deps): Promise<CreateResult> {
  const op = new RouteOperation(spec, port, ctx, deps(overrides));
  const regionId = regionOf(port, inputs);
  const a: PropertyMap = { ...inputs, regionId };
  const key = keyOf(a);
  const gw = gatewayOf(regionId, key);
  const params = createParams(spec.kind, a);
  const id = idOf(spec.kind, a);
  // One route per key: a create that succeeds while this route was already listed replayed it.
  const before = await existingRoute(op, regionId, key);
  for (let n = 0; n < op.deps.maxTokenSequence; n++) {
    const clientToken = deriveClientToken(tokenSeed(ctx), 'create', { action: spec.create, params }, n);
    const answer = await op.gateways.exclusive(gw, async (): Promise<ApiBody | undefined> => {
      assertRouteFits(spec, await readyGateway(op, gw), key, a.weight);
      let body: ApiBody;
      try {
        body = await op.gateways.change(gw, spec.create, () => op.send(spec.create, { ...params, ClientToken: clientToken }));
      } catch (e) {
        if (isIdempotencyMismatch(e)) return undefined;
        throw createError(spec, e, key, regionId, ctx.urn);
      }
      try {
        await op.gateways.settle(gw);
      } catch (e) {
        const createTime = Number(body.CreateTime);
        const outputs = Number.isFinite(createTime) ? { ...a, createTime } : a;
        throw new PartialFailure(`${spec.label} ${id} was created but its VPN gateway did not settle: ${(e as Error).message}. It is recorded in the stack; run \`pulumi up\` again to finish`, id, outputs, inputs);
      }
      return body;
    });
    if (answer !== undefined) {
      const item = await op.find(regionId, key);
      if (item !== undefined && sameCreation(answer, item)) {
        const adopted = before !== undefined && sameCreation(before, item);
        if (adopted) op.log('info', `taking back ${spec.label} ${id}: an earlier create of this resource made it (same ClientToken)`);
        return { id, outputs: outputsFromItem(spec.kind, item, key, regionId, a), adopted };
      }
      op.log('info', `${spec.create} with ClientToken #${n} replays a ${spec.label} this resource made before and that is gone since; creating it anew with the next token`);
    }
  }
  throw new Error(`${spec.create}: the first ${op.deps.maxTokenSequence} ClientTokens derived from this stack and ${ctx.urn} all replay earlier routes; run \`pulumi up\` again`);
}

/** The gateway ready for a change; an unknown gateway is blamed on vpnGatewayId. */
function readyGateway(op: RouteOperation, gw: GatewayRef): Promise<VpnGatewayInfo> {
  return op.gateways.ready(gw).catch((e: unknown) => {
    throw gatewayError(e);
  });
}

export async function read(spec: RouteSpec, port: VpcPort, req: { id: string; oldOutputs?: PropertyMap; oldInputs?: PropertyMap }, ctx: OperationContext, overrides?: Deps): Promise<ReadResult> {
  const key = parseRouteId(spec.kind, req.id);
  if (key === undefined) throw routeIdError(spec.kind, req.id);
  const op = new RouteOperation(spec, port, ctx, deps(overrides));
  const outputs = await op.live(regionOf(port, req.oldOutputs, req.oldInputs), key, { ...(req.oldInputs ?? {}), ...(req.oldOutputs ?? {}) });
  if (outputs === undefined) return { id: '', outputs: {}, inputs: {} };
  return { id: req.id, outputs, inputs: inputsFrom(spec.kind, outputs, req.oldInputs) };
}

interface Change {
  action: string;
  params: Record<string, string>;
}

/** The next in-place change the live route needs: weight, then priority, then publication. */
function nextChange(spec: RouteSpec, regionId: string, want: PropertyMap, live: PropertyMap): Change | undefined {
  const selector = selectorParams(spec.kind, regionId, live);
  if (want.weight !== undefined && want.weight !== live.weight) return { action: spec.modifyWeight, params: { ...selector, NewWeight: String(want.weight) } };
  if (spec.modifyPriority !== undefined && want.priority !== undefined && want.priority !== live.priority) {
    return { action: spec.modifyPriority, params: { ...selector, NewPriority: String(want.priority) } };
  }
  if (want.publishVpc !== undefined && want.publishVpc !== live.publishVpc) {
    const { RegionId, VpnGatewayId, RouteDest, NextHop } = selector;
    return { action: 'PublishVpnRouteEntry', params: { RegionId, VpnGatewayId, RouteDest, NextHop, RouteType: spec.kind, PublishVpc: String(want.publishVpc) } };
  }
  return undefined;
}

export async function update(
  spec: RouteSpec,
  port: VpcPort,
  req: { id: string; oldOutputs: PropertyMap; oldInputs: PropertyMap; newInputs: PropertyMap },
  ctx: OperationContext,
  overrides?: Deps,
): Promise<PropertyMap> {
  const op = new RouteOperation(spec, port, ctx, deps(overrides));
  const regionId = regionOf(port, req.newInputs, req.oldOutputs);
  const key = keyOf(req.oldOutputs);
  const gw = gatewayOf(regionId, key);
  const gone = (): Error => new Error(`${spec.label} ${req.id} no longer exists; run \`pulumi refresh\` to drop it from the stack, then \`pulumi up\` to create it again`);
  let live = await op.live(regionId, key, req.newInputs);
  if (live === undefined) throw gone();
  // A token replays an earlier identical change (a weight set back and forth) without effect: the next one of its
  // sequence then applies it. The route's CreateTime is in every token, so a route made anew never replays the old one's.
  const sent = new Map<string, number>();
  for (let change = nextChange(spec, regionId, req.newInputs, live); change !== undefined; change = nextChange(spec, regionId, req.newInputs, live)) {
    const n = sent.get(change.action) ?? 0;
    if (n >= op.deps.maxModifyRounds) throw new PartialFailure(`${spec.label} ${req.id}: ${change.action} was accepted but did not take effect; run \`pulumi up\` again`, req.id, live, req.oldInputs);
    sent.set(change.action, n + 1);
    const clientToken = deriveClientToken(tokenSeed(ctx), 'modify', { action: change.action, params: change.params, createTime: live.createTime }, n);
    const before = live;
    await op.gateways.exclusive(gw, async () => {
      assertRouteFits(spec, await readyGateway(op, gw), key, req.newInputs.weight);
      try {
        await op.gateways.change(gw, change.action, () => op.send(change.action, { ...change.params, ClientToken: clientToken }));
      } catch (e) {
        if (hasCode(e, ROUTE_NOT_FOUND)) throw gone();
        throw e;
      }
      try {
        await op.gateways.settle(gw);
      } catch (e) {
        throw new PartialFailure(`${spec.label} ${req.id}: ${change.action} was accepted but the VPN gateway did not settle: ${(e as Error).message}`, req.id, before, req.oldInputs);
      }
    });
    live = await op.live(regionId, key, req.newInputs);
    if (live === undefined) throw gone();
  }
  return live;
}

/** The Delete action for the live route, then success once the service no longer lists it. */
export async function remove(spec: RouteSpec, port: VpcPort, req: { id: string; outputs: PropertyMap }, ctx: OperationContext, overrides?: Deps): Promise<void> {
  const op = new RouteOperation(spec, port, ctx, deps(overrides));
  const regionId = regionOf(port, req.outputs);
  const key = parseRouteId(spec.kind, req.id) ?? keyOf(req.outputs);
  const gw = gatewayOf(regionId, key);
  const live = await op.live(regionId, key, req.outputs);
  if (live === undefined) return;
  // The gateway is held for the change only; its settling is left to whatever is sent to it next (paced from this answer).
  const accepted = await op.gateways.exclusive(gw, async (): Promise<boolean> => {
    try {
      await op.gateways.ready(gw);
    } catch (e) {
      if (isGatewayGoing(e)) return false;
      throw e;
    }
    const params = selectorParams(spec.kind, regionId, live);
    const clientToken = deriveClientToken(tokenSeed(ctx), 'delete', { action: spec.remove, params, createTime: live.createTime });
    try {
      await op.gateways.change(gw, spec.remove, () => op.send(spec.remove, { ...params, ClientToken: clientToken }));
    } catch (e) {
      if (hasCode(e, ROUTE_NOT_FOUND) || isGatewayGoing(e) || isGatewayNotFound(e)) return false;
      throw e;
    }
    return true;
  });
  if (!accepted) return;
  for (const delay of pollIntervals()) {
    if ((await op.live(regionId, key, req.outputs)) === undefined) return;
    if (op.deps.clock.now() + delay > op.deadline.at) break;
    op.log('info', `waiting for ${spec.label} ${req.id} to be deleted`);
    await op.deps.clock.sleep(delay, ctx.signal);
  }
  throw new Error(`${spec.label} ${req.id}: ${spec.remove} was accepted but the route is still listed; run \`pulumi destroy\` again`);
}
