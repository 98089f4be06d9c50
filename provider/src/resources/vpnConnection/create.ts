// Create: never two connections for one resource, never one left outside the stack. Each guarantee has one step:
// - findOwn: a connection an earlier attempt of this resource made (ownership tag) is adopted, not duplicated;
// - sendCreate: the ClientToken makes a retried create return what the first one made; a create whose answer was
//   lost, or that did not settle, is recorded as a partial create (PartialFailure);
// - claim: what a token returned is this create's, or an earlier attempt's (adopted), or another stack's (refused),
//   or gone or the connection being replaced (the next token);
// - adopt: an adopted connection's generation is raised before anything else changes it.

import { CloudError, VpnConnectionBody, deriveClientToken, isAlreadyExists, isIdempotencyMismatch, isNotFound } from '../../cloud';
import { CreateContext, CreateResult, PartialFailure, PropertyMap } from '../resource';
import { foreignConnectionError, pairConflictError } from './foreign';
import { partialOutputs, readyGatewayFor, tokenParams } from './gatewayFit';
import { FIRST_GENERATION, generationTag, liveGeneration, nextGeneration, raiseGeneration } from './generation';
import { argsFromInputs, outputsFromState } from './model';
import { applyTags, modifySettings, settingChanges } from './modify';
import { Args, Operation } from './operation';
import { carriesTag, foreignStack } from './ownership';
import { gatewayError } from '../shared/gatewayRefusals';
import { ownerTag, ownershipTags, tokenSeed, type Owner } from '../shared/ownership';
import { hasTagChanges, tagChanges } from '../shared/tagChanges';
import { fromDescribe, toCreateRequest, withClientToken } from './wire';

type CreateRequest = ReturnType<typeof toCreateRequest>;
type Made = Awaited<ReturnType<Operation['port']['createVpnConnection']>>;

/** What every step of one create works from. */
interface Plan {
  a: Args;
  inputs: PropertyMap;
  self: Owner;
  /** The request without its ClientToken: the user's tags, then the ownership tags and the first generation. */
  request: CreateRequest;
  /** The connection this create replaces, when a Diff said so: never adopted. */
  replacingId?: string;
}

export async function create(op: Operation, inputs: PropertyMap, ctx: CreateContext): Promise<CreateResult> {
  const plan = planCreate(op, inputs, ctx);
  const mine = await findOwn(op, plan);
  if (mine !== undefined) {
    op.log('info', `adopting ${mine}: it carries this resource's ownership tag (an earlier create of this resource in this stack made it)`);
    await op.gateways.exclusive(plan.a, () => readyGatewayFor(op, plan.a));
    return adopt(op, plan, mine, await op.describe(plan.a.regionId, mine));
  }
  for (let n = 0; n <= op.deps.maxTokenSequence; n++) {
    const made = await sendCreate(op, plan, n);
    if (made === undefined) continue;
    const result = await claim(op, plan, made, n);
    if (result !== undefined) return result;
  }
  throw new Error(
    `CreateVpnConnection: the first ${op.deps.maxTokenSequence + 1} ClientTokens derived from this stack and ${ctx.urn} all replay earlier connections; giving up`,
  );
}

function planCreate(op: Operation, inputs: PropertyMap, ctx: CreateContext): Plan {
  const a = argsFromInputs(inputs, op.port.defaultRegion);
  const self: Owner = { stack: ctx.stack, urn: ctx.urn };
  const request = toCreateRequest(a, [...ownershipTags(self), generationTag(FIRST_GENERATION)]);
  return { a, inputs, self, request, replacingId: ctx.replacingId };
}

/** The connection on the gateway that carries this resource's ownership tag, other than the one being replaced. */
async function findOwn(op: Operation, plan: Plan, afterFailure = false): Promise<string | undefined> {
  const { regionId, vpnGatewayId } = plan.a;
  // After a failure the look-up runs on a budget of its own, and even when the operation was cancelled.
  const retrier = afterFailure ? op.retrier.afterFailure() : op.retrier;
  const signal = afterFailure ? undefined : op.ctx.signal;
  const ids = await retrier.run('DescribeVpnConnections', () =>
    op.port.listVpnConnectionIds({ regionId, vpnGatewayId, tag: ownerTag(plan.self) }, { signal }),
  );
  return ids.find((id) => id !== plan.replacingId);
}

/**
 * CreateVpnConnection with the n-th ClientToken, holding the gateway for the change and its settling only.
 * Undefined: that token was used with other parameters. A connection made whose answer was lost, or that did not
 * settle, ends the create as a partial create that records it.
 */
async function sendCreate(op: Operation, plan: Plan, n: number): Promise<Made | undefined> {
  const { a } = plan;
  const clientToken = deriveClientToken(tokenSeed(plan.self), 'create', tokenParams(a), n);
  return op.gateways.exclusive(a, async () => {
    await readyGatewayFor(op, a);
    let made: Made;
    try {
      made = await op.gateways.change(a, 'CreateVpnConnection', () => op.port.createVpnConnection(withClientToken(plan.request, clientToken), { signal: op.ctx.signal }));
    } catch (e) {
      if (isIdempotencyMismatch(e)) {
        op.log('debug', `ClientToken #${n} was used with other parameters; trying the next token`);
        return undefined;
      }
      if (isAlreadyExists(e)) throw await pairConflictError(op, a, plan.self, e as CloudError);
      throw await lostAnswer(op, plan, e);
    }
    if (made.vpnConnectionId === plan.replacingId) return made;
    // The gateway is settled before the connection is read, and for the change queued next.
    try {
      await op.gateways.settle(a);
    } catch (e) {
      throw partialCreate(plan, made, `was created but did not settle: ${(e as Error).message}`);
    }
    return made;
  });
}

/**
 * The request may have been carried out though no answer came back (a dropped connection, a 5xx, a timeout): a
 * connection carrying this resource's tag is recorded as a partial create.
 */
async function lostAnswer(op: Operation, plan: Plan, e: unknown): Promise<unknown> {
  const found = await findOwn(op, plan, true).catch(() => undefined);
  if (found === undefined) return gatewayError(e);
  return partialCreate(
    plan,
    { vpnConnectionId: found },
    `was created, but the service's answer was lost: ${(e as Error).message}. It is recorded in the stack; run \`pulumi up\` again to finish`,
  );
}

/** A connection that was made but whose create did not finish: the stack records it with the first generation. */
function partialCreate(plan: Plan, made: { vpnConnectionId: string; createTime?: number }, what: string): PartialFailure {
  const id = made.vpnConnectionId;
  return new PartialFailure(`VPN connection ${id} ${what}`, id, { ...partialOutputs(plan.a, id, made.createTime), generation: FIRST_GENERATION }, plan.inputs);
}

/**
 * What the n-th token returned. This request's connection carries the ownership tags it was sent with; any other
 * is a replay of an earlier connection, adopted only when no other stack's tag is on it. Undefined: try the next
 * token (the replayed connection is the one being replaced, or no longer exists).
 */
async function claim(op: Operation, plan: Plan, made: Made, n: number): Promise<CreateResult | undefined> {
  const { a, inputs } = plan;
  const id = made.vpnConnectionId;
  if (id === plan.replacingId) {
    op.log('debug', `ClientToken #${n} replays ${id}, the connection being replaced; trying the next token`);
    return undefined;
  }
  // A token replays whatever it created first, even a connection deleted since.
  let body: VpnConnectionBody;
  try {
    body = await op.describe(a.regionId, id);
  } catch (e) {
    if (isNotFound(e)) {
      op.log('debug', `ClientToken #${n} replays ${id}, which no longer exists; trying the next token`);
      return undefined;
    }
    throw partialCreate(plan, made, `was created but did not settle: ${(e as Error).message}`);
  }
  if (carriesTag(body, ownerTag(plan.self))) return { id, outputs: outputsFromState(fromDescribe(body, a.regionId), inputs), adopted: false };
  if (foreignStack(body, plan.self.stack) !== undefined) throw foreignConnectionError(body, a, 'its ClientToken replays it');
  op.log('info', `adopting ${id}, made by an earlier attempt of this create (same ClientToken)`);
  return adopt(op, plan, id, body);
}

/**
 * Raises the connection's generation, then brings it to the inputs (settings, then tags). From the raise on,
 * the state that recorded the connection before is superseded, so any failure is a partial create: the new
 * state records the connection, and no live connection is left that no state records.
 */
async function adopt(op: Operation, plan: Plan, id: string, body: VpnConnectionBody): Promise<CreateResult> {
  const { a, inputs } = plan;
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
