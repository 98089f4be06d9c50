// create/read/update/delete against the cloud port. Every change goes to the connection's gateway through
// op.gateways (serialised, paced, waited for); every API call retries through op.retrier; every mutating call
// carries a ClientToken derived from the stack identity and the URN. Create's steps are in create.ts.

import { VpcPort, VpnConnectionBody, deriveClientToken, isGatewayGoing, isNotFound, pollIntervals } from '../../cloud';
import { regionOf } from '../region';
import { CreateContext, CreateResult, OperationContext, PropertyMap, ReadResult } from '../resource';
import { create as createSteps } from './create';
import { supersededBy } from './generation';
import { argsFromInputs, inputsFromOutputs, outputsFromState, projectInputs } from './model';
import { applyTags, modifySettings, settingChanges } from './modify';
import { LifecycleDeps, deps } from '../shared/operation';
import { tokenSeed } from '../shared/ownership';
import { hasTagChanges, tagChanges } from '../shared/tagChanges';
import { Operation } from './operation';
import { VpnConnectionState } from './types';
import { fromDescribe } from './wire';

export { DEFAULT_LIFECYCLE_DEPS, LifecycleDeps } from '../shared/operation';

export async function create(port: VpcPort, inputs: PropertyMap, ctx: CreateContext, overrides?: Partial<LifecycleDeps>): Promise<CreateResult> {
  return createSteps(new Operation(port, ctx, deps(overrides)), inputs, ctx);
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
  // wait is paced from this change's answer and, once the busy period is learned, ends without a look at the
  // gateway (the next change is the look), so a destroy does not look at each gateway once more per connection.
  const gateway = { regionId, vpnGatewayId };
  const accepted = await op.gateways.exclusive(gateway, async (): Promise<boolean> => {
    try {
      await op.gateways.ready(gateway);
    } catch (e) {
      if (isGatewayGoing(e)) return false;
      throw e;
    }
    const clientToken = deriveClientToken(tokenSeed(ctx), 'delete', { regionId, vpnConnectionId: req.id });
    try {
      await op.gateways.change(gateway, 'DeleteVpnConnection', () => port.deleteVpnConnection({ regionId, vpnConnectionId: req.id, clientToken }, { signal: ctx.signal }));
    } catch (e) {
      if (isNotFound(e) || isGatewayGoing(e)) return false;
      throw e;
    }
    return true;
  });
  if (accepted) await confirmGone(op, regionId, req.id);
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
