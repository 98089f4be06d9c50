// create/read/update/delete against the cloud port. Changes on one VPN gateway are serialised in this
// process and wait for the gateway to be active before and after each change; API calls retry
// with backoff; every mutating call carries a ClientToken derived from the stack identity and the URN.

import {
  CloudError,
  GatewayNotUsableError,
  VpcPort,
  VpnConnectionBody,
  deriveClientToken,
  isAlreadyExists,
  isGatewayNotFound,
  isIdempotencyMismatch,
  isNotFound,
  pollIntervals,
} from '../../cloud';
import { CreateContext, CreateResult, OperationContext, PartialFailure, PropertyMap, ReadResult } from '../resource';
import { isPlainObject } from './coerce';
import { detailedDiff } from './diff';
import { assertGatewayFits, gatewayError, partialOutputs, tokenParams } from './gatewayFit';
import { foreignConnectionError, pairConflictError } from './foreign';
import { argsFromInputs, inputsFromOutputs, outputsFromState, projectInputs } from './model';
import { Args, LifecycleDeps, Operation, deps } from './operation';
import { FIRST_GENERATION, generationTag, liveGeneration, nextGeneration, raiseGeneration, supersededBy } from './generation';
import { carriesTag, foreignStack, ownerTag, ownershipTags, tokenSeed, type Owner } from './ownership';
import { hasTagChanges, tagChanges } from './tags';
import { VpnConnectionState } from './types';
import { fromDescribe, toCreateRequest, toModifyRequest } from './wire';

export { DEFAULT_LIFECYCLE_DEPS, LifecycleDeps } from './operation';

export async function create(
  port: VpcPort,
  inputs: PropertyMap,
  ctx: CreateContext,
  overrides?: Partial<LifecycleDeps>,
): Promise<CreateResult> {
  const op = new Operation(port, ctx, deps(overrides));
  const a = argsFromInputs(inputs, port.defaultRegion);
  // Only the change and the wait for the gateway to settle hold the gateway: the look-ups before and the Describe
  // after read nothing the gateway's state decides, so the next change queued on the gateway need not wait for them.
  const settledGateway = async (): Promise<void> => {
    const gw = await op.waitActive(a.regionId, a.vpnGatewayId).catch((e: unknown) => {
      throw gatewayError(e);
    });
    assertGatewayFits(gw, a);
  };
  const self: Owner = { stack: ctx.stack, urn: ctx.urn };
  const owner = ownerTag(self);
  const base = toCreateRequest(a);
  const request = { ...base, tags: [...(base.tags ?? []), ...ownershipTags(self), generationTag(FIRST_GENERATION)] };
  // What a partial create records: the connection carries the first generation from its create on.
  const partial = (id: string, createTime?: number): PropertyMap => ({ ...partialOutputs(a, id, createTime), generation: FIRST_GENERATION });
  const params = tokenParams(a);
  // A replacement never adopts the connection it replaces.
  const replaced = (id: string): boolean => ctx.replacingId !== undefined && id === ctx.replacingId;
  // A connection this resource made in an earlier attempt (whose answer was lost, or whose inputs have
  // changed since, so its ClientToken differs) is adopted and brought to the inputs, never duplicated.
  const owned = (): Promise<string[]> =>
    op
      .retry('DescribeVpnConnections', () => port.listVpnConnectionIds({ regionId: a.regionId, vpnGatewayId: a.vpnGatewayId, tag: owner }, { signal: ctx.signal }))
      .then((ids) => ids.filter((id) => !replaced(id)));
  const [mine] = await owned();
  if (mine !== undefined) {
    await op.exclusive(a.regionId, a.vpnGatewayId, settledGateway);
    return adoptOwned(op, a, mine, inputs);
  }
  // After a failure the operation's budget may be spent (a timeout is one such failure): the look-up
  // gets a few attempts of its own, so a connection that was made is never left outside the stack.
  const ownedAfterFailure = async (): Promise<string[]> => {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const ids = await port.listVpnConnectionIds({ regionId: a.regionId, vpnGatewayId: a.vpnGatewayId, tag: owner });
        return ids.filter((id) => !replaced(id));
      } catch {
        // The service may still be failing; try again, then give up with the original error.
      }
    }
    return [];
  };

  for (let n = 0; n <= op.deps.maxTokenSequence; n++) {
    const clientToken = deriveClientToken(tokenSeed(self), 'create', params, n);
    // undefined: this token was used with other parameters; try the next.
    const created = await op.exclusive(a.regionId, a.vpnGatewayId, async () => {
      await settledGateway();
      let made;
      try {
        made = await op.retry('CreateVpnConnection', () => port.createVpnConnection({ ...request, clientToken }, { signal: ctx.signal }), a);
      } catch (e) {
        if (isIdempotencyMismatch(e)) {
          op.log('debug', `ClientToken #${n} was used with other parameters; trying the next token`);
          return undefined;
        }
        if (isAlreadyExists(e)) throw await pairConflictError(op, a, self, e as CloudError);
        // The request may have been carried out even though no answer came back (a dropped connection,
        // a 5xx, a timeout): a connection carrying this resource's tag is recorded as a partial create.
        const [found] = await ownedAfterFailure();
        if (found !== undefined) {
          throw new PartialFailure(
            `VPN connection ${found} was created, but the service's answer was lost: ${(e as Error).message}. It is recorded in the stack; run \`pulumi up\` again to finish`,
            found,
            partial(found),
            inputs,
          );
        }
        throw gatewayError(e);
      }
      if (replaced(made.vpnConnectionId)) return made;
      // The gateway is settled before the connection is read, and for the change queued next.
      try {
        await op.waitActive(a.regionId, a.vpnGatewayId);
      } catch (e) {
        throw unsettled(partial, made, e, inputs);
      }
      return made;
    });
    if (created === undefined) continue;
    const id = created.vpnConnectionId;
    if (replaced(id)) {
      op.log('debug', `ClientToken #${n} replays ${id}, the connection being replaced; trying the next token`);
      continue;
    }
    // A token replays whatever it created first, even a connection deleted since: make sure
    // this one is alive before adopting it.
    let body: VpnConnectionBody;
    try {
      body = await op.describe(a.regionId, id);
    } catch (e) {
      if (isNotFound(e)) {
        op.log('debug', `ClientToken #${n} replays ${id}, which no longer exists; trying the next token`);
        continue;
      }
      throw unsettled(partial, created, e, inputs);
    }
    // What this request made carries the ownership tags it was sent with; any other answer is a token replay
    // of an earlier connection, which is adopted only when no other stack's tag is on it.
    if (carriesTag(body, owner)) return { id, outputs: outputsFromState(fromDescribe(body, a.regionId), inputs), adopted: false };
    if (foreignStack(body, ctx.stack) !== undefined) throw foreignConnectionError(body, a, 'its ClientToken replays it');
    op.log('info', `adopting ${id}, made by an earlier attempt of this create (same ClientToken)`);
    return adopt(op, a, id, body, inputs);
  }
  throw new Error(
    `CreateVpnConnection: the first ${op.deps.maxTokenSequence + 1} ClientTokens derived from this stack and ${ctx.urn} all replay earlier connections; giving up`,
  );
}

/** A connection that was made but could not be seen settled: recorded in the stack as a partial create. */
function unsettled(
  partial: (id: string, createTime?: number) => PropertyMap,
  created: { vpnConnectionId: string; createTime?: number },
  e: unknown,
  inputs: PropertyMap,
): PartialFailure {
  return new PartialFailure(
    `VPN connection ${created.vpnConnectionId} was created but did not settle: ${(e as Error).message}`,
    created.vpnConnectionId,
    partial(created.vpnConnectionId, created.createTime),
    inputs,
  );
}

/** Takes over a connection this resource of this stack made earlier (its ownership tag says so). */
async function adoptOwned(op: Operation, a: Args, id: string, inputs: PropertyMap): Promise<CreateResult> {
  op.log('info', `adopting ${id}: it carries this resource's ownership tag (an earlier create of this resource in this stack made it)`);
  return adopt(op, a, id, await op.describe(a.regionId, id), inputs);
}

/**
 * Raises the connection's generation, then brings it to the inputs (settings, then tags). From the raise on,
 * the state that recorded the connection before is superseded, so any failure is a partial create: the new
 * state records the connection, and no live connection is left that no state records.
 */
async function adopt(op: Operation, a: Args, id: string, body: VpnConnectionBody, inputs: PropertyMap): Promise<CreateResult> {
  const live = fromDescribe(body, a.regionId);
  let outputs: PropertyMap = { ...outputsFromState(live, inputs), generation: nextGeneration(liveGeneration(live.tags)) };
  try {
    outputs.generation = await raiseGeneration(op, a.regionId, id, live.tags);
    if (settingChanges(inputs, outputs).length > 0) outputs = await modifySettings(op, a, { id, oldOutputs: outputs, newInputs: inputs });
    if (hasTagChanges(tagChanges(a.tags, outputs.tags))) {
      await applyTags(op, a, id, outputs.tags);
      outputs = outputsFromState(fromDescribe(await op.describe(a.regionId, id), a.regionId), inputs);
    }
  } catch (e) {
    if (e instanceof PartialFailure) throw e;
    throw new PartialFailure(
      `VPN connection ${id} was adopted but not brought to the inputs: ${(e as Error).message}. It is recorded in the stack; run \`pulumi up\` again to finish`,
      id,
      outputs,
      inputs,
    );
  }
  return { id, outputs, adopted: true };
}

function regionOf(port: VpcPort, ...sources: (PropertyMap | undefined)[]): string {
  for (const s of sources) if (typeof s?.regionId === 'string' && s.regionId !== '') return s.regionId;
  if (port.defaultRegion) return port.defaultRegion;
  throw new Error('regionId: unknown; set regionId on the resource or the provider region (ALIBABA_CLOUD_REGION_ID)');
}

export async function read(
  port: VpcPort,
  req: { id: string; oldOutputs?: PropertyMap; oldInputs?: PropertyMap },
  ctx: OperationContext,
  overrides?: Partial<LifecycleDeps>,
): Promise<ReadResult> {
  const op = new Operation(port, ctx, deps(overrides));
  const regionId = regionOf(port, req.oldOutputs, req.oldInputs);
  let body: VpnConnectionBody;
  try {
    body = await op.describe(regionId, req.id);
  } catch (e) {
    if (isNotFound(e)) return { id: '', outputs: {}, inputs: {} };
    throw e;
  }
  const fallback = { ...(req.oldInputs ?? {}), ...(req.oldOutputs ?? {}) };
  const outputs = outputsFromState(fromDescribe(body, regionId), fallback);
  if (outputs.autoConfigRoute === undefined) outputs.autoConfigRoute = true;
  const hasOldInputs = req.oldInputs !== undefined && Object.keys(req.oldInputs).length > 0;
  const inputs = hasOldInputs ? projectInputs(req.oldInputs as PropertyMap, outputs) : inputsFromOutputs(outputs);
  return { id: req.id, outputs, inputs };
}

/** The tunnel ids by role, from the outputs last read. */
function tunnelIdsOf(outputs: PropertyMap): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const t of Array.isArray(outputs.tunnels) ? outputs.tunnels : []) {
    if (isPlainObject(t) && typeof t.role === 'string' && typeof t.tunnelId === 'string') ids[t.role] = t.tunnelId;
  }
  return ids;
}

/** The paths an update must still change besides tags. */
function settingChanges(newInputs: PropertyMap, outputs: PropertyMap): string[] {
  return Object.keys(detailedDiff(newInputs, outputs)).filter((p) => p !== 'tags' && !p.startsWith('tags.') && !p.startsWith('tags['));
}

async function applyTags(op: Operation, a: Args, id: string, liveTags: unknown): Promise<void> {
  const changes = tagChanges(a.tags, liveTags);
  if (!hasTagChanges(changes)) return;
  const signal = op.ctx.signal;
  if (changes.remove.length > 0) {
    await op.retry('UnTagResources', () =>
      op.port.untagVpnConnection({ regionId: a.regionId, vpnConnectionId: id, tagKeys: changes.remove }, { signal }),
    );
  }
  if (changes.set.length > 0) {
    await op.retry('TagResources', () => op.port.tagVpnConnection({ regionId: a.regionId, vpnConnectionId: id, tags: changes.set }, { signal }));
  }
}

/** Brings the connection's settings to the inputs; holds the gateway only for each change and its settling. */
async function modifySettings(op: Operation, a: Args, req: { id: string; oldOutputs: PropertyMap; newInputs: PropertyMap }): Promise<PropertyMap> {
  const request = toModifyRequest(req.id, a, tunnelIdsOf(req.oldOutputs));
  const params = tokenParams(a);
  let outputs: PropertyMap = req.oldOutputs;
  for (let n = 0; n < op.deps.maxModifyRounds; n++) {
    const clientToken = deriveClientToken(tokenSeed(op.ctx), 'modify', params, n);
    await op.exclusive(a.regionId, a.vpnGatewayId, async () => {
      const gw = await op.waitActive(a.regionId, a.vpnGatewayId).catch((e: unknown) => {
        throw gatewayError(e);
      });
      assertGatewayFits(gw, a);
      try {
        await op.retry('ModifyVpnConnectionAttribute', () => op.port.modifyVpnConnectionAttribute({ ...request, clientToken }, { signal: op.ctx.signal }), a);
      } catch (e) {
        if (isNotFound(e)) throw new Error(`VPN connection ${req.id} no longer exists; run \`pulumi refresh\` to drop it from the stack`);
        throw e;
      }
      try {
        await op.waitActive(a.regionId, a.vpnGatewayId);
      } catch (e) {
        throw unsettledModify(a, req, e);
      }
    });
    try {
      outputs = outputsFromState(fromDescribe(await op.describe(a.regionId, req.id), a.regionId), req.newInputs);
    } catch (e) {
      throw unsettledModify(a, req, e);
    }
    // A token replays an earlier identical update (A→B, B→A, A→B) without effect: if the live
    // state still differs, the next token in the sequence makes the service apply it.
    const pending = settingChanges(req.newInputs, outputs);
    if (pending.length === 0) return outputs;
    op.log('debug', `ModifyVpnConnectionAttribute with ClientToken #${n} left ${pending.join(', ')} unchanged; trying the next token`);
  }
  op.log('warning', `VPN connection ${req.id}: the service did not apply every change; \`pulumi preview\` will show what differs`);
  return outputs;
}

function unsettledModify(a: Args, req: { id: string; oldOutputs: PropertyMap; newInputs: PropertyMap }, e: unknown): PartialFailure {
  return new PartialFailure(
    `VPN connection ${req.id} was modified but did not settle: ${(e as Error).message}`,
    req.id,
    { ...req.oldOutputs, ...partialOutputs(a, req.id) },
    req.newInputs,
  );
}

export async function update(
  port: VpcPort,
  req: { id: string; oldOutputs: PropertyMap; oldInputs: PropertyMap; newInputs: PropertyMap },
  ctx: OperationContext,
  overrides?: Partial<LifecycleDeps>,
): Promise<PropertyMap> {
  const op = new Operation(port, ctx, deps(overrides));
  const a = argsFromInputs(req.newInputs, port.defaultRegion);
  let outputs = req.oldOutputs;
  // Tags are not configuration: a tag-only change neither waits for the gateway nor marks it busy.
  if (settingChanges(req.newInputs, req.oldOutputs).length > 0) {
    outputs = await modifySettings(op, a, req);
  }
  if (!hasTagChanges(tagChanges(a.tags, outputs.tags))) return outputs;
  await applyTags(op, a, req.id, outputs.tags);
  return outputsFromState(fromDescribe(await op.describe(a.regionId, req.id), a.regionId), req.newInputs);
}

export async function remove(
  port: VpcPort,
  req: { id: string; outputs: PropertyMap },
  ctx: OperationContext,
  overrides?: Partial<LifecycleDeps>,
): Promise<void> {
  const op = new Operation(port, ctx, deps(overrides));
  const regionId = regionOf(port, req.outputs);
  let live: VpnConnectionState;
  try {
    live = fromDescribe(await op.describe(regionId, req.id), regionId);
  } catch (e) {
    if (isNotFound(e)) return;
    throw e;
  }
  const superseded = supersededBy(req.outputs, live.tags);
  if (superseded !== undefined) {
    op.log(
      'warning',
      `VPN connection ${req.id} is kept: a newer generation of this resource adopted it (its generation tag is ${superseded.live}, this state recorded ${superseded.recorded}), ` +
        'so the stack still manages it. To re-create a connection instead, use the resource option deleteBeforeReplace: true.',
    );
    return;
  }
  const recordedGateway = typeof req.outputs.vpnGatewayId === 'string' ? req.outputs.vpnGatewayId : '';
  const vpnGatewayId = recordedGateway !== '' ? recordedGateway : live.vpnGatewayId;
  // The gateway is held for the change only. Its settling is left to whatever is sent to it next: that operation's
  // wait is paced from this change's answer, so a destroy does not look at each gateway once more per connection.
  const accepted = await op.exclusive(regionId, vpnGatewayId, async (): Promise<boolean> => {
    try {
      await op.waitActive(regionId, vpnGatewayId);
    } catch (e) {
      if (gatewayGoing(e)) return false;
      throw e;
    }
    const clientToken = deriveClientToken(tokenSeed(ctx), 'delete', { regionId, vpnConnectionId: req.id });
    try {
      await op.retry('DeleteVpnConnection', () => port.deleteVpnConnection({ regionId, vpnConnectionId: req.id, clientToken }, { signal: ctx.signal }), {
        regionId,
        vpnGatewayId,
      });
    } catch (e) {
      if (isNotFound(e) || gatewayGoing(e)) return false;
      throw e;
    }
    return true;
  });
  if (accepted) await confirmGone(op, regionId, req.id);
}

/** A connection cannot outlive its gateway: a gateway gone or being deleted takes it along. */
function gatewayGoing(e: unknown): boolean {
  return isGatewayNotFound(e) || (e instanceof GatewayNotUsableError && e.gateway.status === 'deleting');
}

/**
 * An accepted DeleteVpnConnection is not a deleted connection: success is reported only once the
 * service no longer knows the id, so a delete that did not happen never drops a live connection from
 * the stack.
 */
async function confirmGone(op: Operation, regionId: string, id: string): Promise<void> {
  for (const delay of pollIntervals()) {
    try {
      await op.describe(regionId, id);
    } catch (e) {
      if (isNotFound(e)) return;
      throw e;
    }
    if (op.deps.clock.now() + delay > op.deadline.at) {
      throw new Error(`VPN connection ${id}: DeleteVpnConnection was accepted but the connection still exists; run \`pulumi destroy\` again`);
    }
    op.log('info', `waiting for VPN connection ${id} to be deleted`);
    await op.deps.clock.sleep(delay, op.ctx.signal);
  }
}
