// create/read/update/delete of a VPN gateway against the cloud port, each action called by name. Every call
// retries through the operation's Retrier (cloud/retry.ts); every change to the gateway goes through
// op.gateways (cloud/gatewayAccess.ts: serialised with the connection and route changes on the same gateway,
// paced, waited for); every mutating call carries a ClientToken derived from the stack identity and the URN.
// CreateVpnGateway takes no tags or description: the stack and ownership tags (and the user's) follow at once
// through TagResources, the description and route propagation once the gateway is active.

import { GatewayRef, VpcPort, deriveClientToken, isGatewayGoing, isGatewayNotFound, pollIntervals, tagParamsFor, untagParamsFor, type ApiBody, type ApiParams } from '../../cloud';
import { sameValue } from '../../descriptor/diff';
import { regionOf } from '../region';
import { CreateContext, CreateResult, OperationContext, PartialFailure, PropertyMap, ReadResult } from '../resource';
import { GatewayOperation, LifecycleDeps, deps } from '../shared/operation';
import { OWNER_TAG_KEY, STACK_TAG_KEY, ownerTag, ownershipTags, tokenSeed } from '../shared/ownership';
import { PROVIDER_TAG_KEYS } from '../shared/providerTags';
import { hasTagChanges, tagChanges } from '../shared/tagChanges';
import { foreignGatewayError, gatewayInUseError, prepaidError } from './messages';
import {
  AFTER_CREATE, FORBIDDEN_RELEASE, GATEWAY_IN_USE, MODIFIABLE, VPN_GATEWAY_RESOURCE_TYPE, createParams, hasCode, inputsFrom, liveTags, modifyParams, outputsFromBody,
} from './model';

/** The gateway operation (budget, retries, gateway access), with the calls a gateway's lifecycle makes. */
class Operation extends GatewayOperation {
  /** A call that changes nothing on the gateway's configuration (a read, a tag), retried within the budget. */
  call(action: string, params: ApiParams, what = action): Promise<ApiBody> {
    return this.retrier.run(what, () => this.port.call(action, { params, secrets: [] }, { signal: this.ctx.signal }));
  }

  /** One change to the gateway: queued behind the other changes to it, sent once it is active, waited for. */
  async change(gw: GatewayRef, action: string, params: ApiParams): Promise<void> {
    await this.gateways.exclusive(gw, async () => {
      await this.gateways.ready(gw);
      await this.gateways.change(gw, action, () => this.port.call(action, { params, secrets: [] }, { signal: this.ctx.signal }));
      await this.gateways.settle(gw);
    });
  }

  /** The Describe answer, or undefined when the service no longer knows the id. */
  async body(regionId: string, id: string): Promise<ApiBody | undefined> {
    try {
      const body = await this.call('DescribeVpnGateway', { RegionId: regionId, VpnGatewayId: id }, `DescribeVpnGateway ${id}`);
      // An answer about another id is no answer about this one.
      return body.VpnGatewayId === id ? body : undefined;
    } catch (e) {
      if (isGatewayNotFound(e)) return undefined;
      throw e;
    }
  }

  /** The live outputs (undefined: gone), the purchase-only inputs kept from `recorded`. */
  async live(regionId: string, id: string, recorded?: PropertyMap): Promise<PropertyMap | undefined> {
    const body = await this.body(regionId, id);
    return body === undefined ? undefined : outputsFromBody(body, regionId, recorded);
  }

  /** Refuses a gateway another stack made (its stack tag names another identity). */
  refuseForeign(body: ApiBody, id: string, doing: 'create' | 'update' | 'delete'): void {
    const stack = liveTags(body)[STACK_TAG_KEY];
    if (stack !== undefined && stack !== this.ctx.stack) throw foreignGatewayError(id, doing, this.ctx.urn);
  }
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * CreateVpnGateway with a token derived from the stack, the URN and the request; a token that replays a gateway
 * since deleted, or the one this create replaces, moves to the next token of the sequence. A replayed gateway
 * is adopted (an earlier attempt of this create made it), unless another stack's tag is on it.
 */
export async function create(port: VpcPort, inputs: PropertyMap, ctx: CreateContext, overrides?: Partial<LifecycleDeps>): Promise<CreateResult> {
  const op = new Operation(port, ctx, deps(overrides));
  const regionId = regionOf(port, inputs);
  const params = createParams({ ...inputs, regionId });
  for (let sequence = 0; sequence < op.deps.maxTokenSequence; sequence++) {
    const clientToken = deriveClientToken(tokenSeed(ctx), 'create', params, sequence);
    const made = await op.call('CreateVpnGateway', { ...params, ClientToken: clientToken });
    const id = text(made.VpnGatewayId);
    if (id === undefined) throw new Error('CreateVpnGateway: the answer names no VPN gateway (VpnGatewayId); run `pulumi up` again');
    if (id === ctx.replacingId) {
      op.log('debug', `ClientToken #${sequence} replays ${id}, the VPN gateway being replaced; trying the next token`);
      continue;
    }
    const body = await op.body(regionId, id);
    if (body === undefined) {
      op.log('info', `CreateVpnGateway replayed ${id}, which no longer exists; creating a new VPN gateway`);
      continue;
    }
    op.refuseForeign(body, id, 'create');
    const adopted = liveTags(body)[OWNER_TAG_KEY] === ownerTag(ctx).value;
    op.log('info', adopted ? `adopting VPN gateway ${id}: an earlier create of this resource made it (same ClientToken)` : `VPN gateway ${id} ordered`);
    return finish(op, { regionId, vpnGatewayId: id }, inputs, body, adopted);
  }
  throw new Error(`CreateVpnGateway: ${op.deps.maxTokenSequence} client tokens each replayed a deleted VPN gateway; run \`pulumi up\` again`);
}

/**
 * Tags the gateway (the stack's and the user's), waits until it is active, then sets what only
 * ModifyVpnGatewayAttribute takes. The gateway exists from the first step on: a failure is a partial create
 * that records it in the stack.
 */
async function finish(op: Operation, gw: GatewayRef, inputs: PropertyMap, body: ApiBody, adopted: boolean): Promise<CreateResult> {
  const id = gw.vpnGatewayId;
  let outputs = outputsFromBody(body, gw.regionId, inputs);
  try {
    const wanted = { ...((inputs.tags ?? {}) as Record<string, string>), ...Object.fromEntries(ownershipTags(op.ctx).map((t) => [t.key, t.value])) };
    await applyTags(op, gw, wanted, liveTags(body));
    if (text(body.Status) !== 'active') {
      const unpaid = inputs.paymentType === 'Subscription' && inputs.autoPay !== true;
      op.log('info', `waiting for VPN gateway ${id} to become active${unpaid ? ' (autoPay is not set: pay its order in the console)' : ''}`);
    }
    await op.gateways.settle(gw);
    outputs = (await op.live(gw.regionId, id, inputs)) ?? outputs;
    outputs = await modifyAttributes(op, gw, inputs, outputs, adopted ? [...MODIFIABLE] : [...AFTER_CREATE]);
  } catch (e) {
    throw new PartialFailure(
      `VPN gateway ${id} was created but not finished: ${(e as Error).message}. It is recorded in the stack; run \`pulumi up\` again to finish`,
      id,
      outputs,
      inputs,
    );
  }
  op.log('info', `VPN gateway ${id} is active`);
  return { id, outputs, adopted };
}

/** TagResources/UnTagResources to bring `live` (every tag on the gateway) to `wanted`. */
async function applyTags(op: Operation, gw: GatewayRef, wanted: Record<string, string>, live: Record<string, string>): Promise<void> {
  const changes = tagChanges(wanted, live);
  if (!hasTagChanges(changes)) return;
  const resource = { regionId: gw.regionId, resourceType: VPN_GATEWAY_RESOURCE_TYPE, resourceId: gw.vpnGatewayId };
  if (changes.remove.length > 0) await op.call('UnTagResources', untagParamsFor(resource, changes.remove));
  if (changes.set.length > 0) await op.call('TagResources', tagParamsFor(resource, changes.set));
}

/** Which of `keys` the inputs set to something other than the live value. */
function attributeChanges(inputs: PropertyMap, live: PropertyMap, keys: readonly string[]): string[] {
  return keys.filter((k) => inputs[k] !== undefined && !sameValue(inputs[k], live[k]));
}

/**
 * ModifyVpnGatewayAttribute with the changed attributes only. A token replays an earlier identical change (a
 * value set back and forth): the next one of the sequence then applies it.
 */
async function modifyAttributes(op: Operation, gw: GatewayRef, inputs: PropertyMap, live: PropertyMap, keys: readonly string[]): Promise<PropertyMap> {
  let outputs = live;
  for (let round = 0; attributeChanges(inputs, outputs, keys).length > 0; round++) {
    const changed = attributeChanges(inputs, outputs, keys);
    if (round >= op.deps.maxModifyRounds) {
      throw new Error(`VPN gateway ${gw.vpnGatewayId}: ModifyVpnGatewayAttribute was accepted but ${changed.join(', ')} did not change; run \`pulumi up\` again`);
    }
    const params = modifyParams(gw.vpnGatewayId, gw.regionId, inputs, changed);
    const clientToken = deriveClientToken(tokenSeed(op.ctx), 'modify', params, round);
    op.log('info', `changing ${changed.join(', ')} of VPN gateway ${gw.vpnGatewayId}`);
    await op.change(gw, 'ModifyVpnGatewayAttribute', { ...params, ClientToken: clientToken });
    outputs = (await op.live(gw.regionId, gw.vpnGatewayId, inputs)) ?? outputs;
  }
  return outputs;
}

export async function read(port: VpcPort, req: { id: string; oldOutputs?: PropertyMap; oldInputs?: PropertyMap }, ctx: OperationContext, overrides?: Partial<LifecycleDeps>): Promise<ReadResult> {
  const op = new Operation(port, ctx, deps(overrides));
  const regionId = regionOf(port, req.oldOutputs, req.oldInputs);
  const body = await op.body(regionId, req.id);
  if (body === undefined) return { id: '', outputs: {}, inputs: {} };
  const stack = liveTags(body)[STACK_TAG_KEY];
  if (stack !== undefined && stack !== ctx.stack) {
    op.log('warning', `VPN gateway ${req.id} carries another stack's ${STACK_TAG_KEY} tag: this stack will refuse to change or delete it while that tag is on it`);
  }
  const outputs = outputsFromBody(body, regionId, { ...(req.oldInputs ?? {}), ...(req.oldOutputs ?? {}) });
  return { id: req.id, outputs, inputs: inputsFrom(outputs, req.oldInputs) };
}

export async function update(
  port: VpcPort,
  req: { id: string; oldOutputs: PropertyMap; oldInputs: PropertyMap; newInputs: PropertyMap },
  ctx: OperationContext,
  overrides?: Partial<LifecycleDeps>,
): Promise<PropertyMap> {
  const op = new Operation(port, ctx, deps(overrides));
  const gw = { regionId: regionOf(port, req.newInputs, req.oldOutputs), vpnGatewayId: req.id };
  const body = await op.body(gw.regionId, req.id);
  if (body === undefined) throw new Error(`VPN gateway ${req.id} no longer exists; run \`pulumi refresh\` to drop it from the stack`);
  op.refuseForeign(body, req.id, 'update');
  let live = outputsFromBody(body, gw.regionId, req.newInputs);
  live = await modifyAttributes(op, gw, req.newInputs, live, MODIFIABLE);
  const userTags = req.newInputs.tags;
  if (userTags !== undefined && hasTagChanges(tagChanges(userTags, live.tags))) {
    // The provider's own tags stay as they are: the user's map is the whole set of the others.
    const all = liveTags(body);
    const provider = Object.fromEntries(Object.entries(all).filter(([k]) => PROVIDER_TAG_KEYS.includes(k)));
    await applyTags(op, gw, { ...provider, ...(userTags as Record<string, string>) }, all);
    live = (await op.live(gw.regionId, req.id, req.newInputs)) ?? live;
  }
  return live;
}

/**
 * DeleteVpnGateway, then success once the service no longer knows the id. Refused, with what to do, for a
 * gateway another stack made, one that connections still use, and a Subscription gateway within its period.
 */
export async function remove(port: VpcPort, req: { id: string; outputs: PropertyMap }, ctx: OperationContext, overrides?: Partial<LifecycleDeps>): Promise<void> {
  const op = new Operation(port, ctx, deps(overrides));
  const gw = { regionId: regionOf(port, req.outputs), vpnGatewayId: req.id };
  const body = await op.body(gw.regionId, req.id);
  if (body === undefined) return;
  op.refuseForeign(body, req.id, 'delete');
  const params = { RegionId: gw.regionId, VpnGatewayId: req.id };
  const clientToken = deriveClientToken(tokenSeed(ctx), 'delete', params);
  // A Subscription gateway's answer (ForbiddenRelease) does not depend on its state: one still waiting for its
  // payment in `init` is not waited for.
  const prepaid = outputsFromBody(body, gw.regionId).paymentType === 'Subscription';
  try {
    await op.gateways.exclusive(gw, async () => {
      if (!prepaid) await op.gateways.ready(gw);
      await op.gateways.change(gw, 'DeleteVpnGateway', () => port.call('DeleteVpnGateway', { params: { ...params, ClientToken: clientToken }, secrets: [] }, { signal: ctx.signal }));
    });
  } catch (e) {
    if (isGatewayGoing(e)) return confirmGone(op, gw);
    if (hasCode(e, GATEWAY_IN_USE)) throw gatewayInUseError(req.id, await connectionsOn(op, gw), e);
    if (hasCode(e, FORBIDDEN_RELEASE)) throw prepaidError(req.id, ctx.urn, body.EndTime, e);
    throw e;
  }
  return confirmGone(op, gw);
}

async function connectionsOn(op: Operation, gw: GatewayRef): Promise<string[]> {
  return op.port.listVpnConnectionIds(gw, { signal: op.ctx.signal }).catch(() => [] as string[]);
}

/** An accepted DeleteVpnGateway is not a deleted gateway: success only once the service no longer knows the id. */
async function confirmGone(op: Operation, gw: GatewayRef): Promise<void> {
  for (const delay of pollIntervals()) {
    const body = await op.body(gw.regionId, gw.vpnGatewayId);
    if (body === undefined) return;
    if (op.deps.clock.now() + delay > op.deadline.at) break;
    op.log('info', `waiting for VPN gateway ${gw.vpnGatewayId} to be deleted (${text(body.Status) ?? 'unknown state'})`);
    await op.deps.clock.sleep(delay, op.ctx.signal);
  }
  throw new Error(`VPN gateway ${gw.vpnGatewayId}: DeleteVpnGateway was accepted but the gateway still exists; run \`pulumi destroy\` again`);
}

