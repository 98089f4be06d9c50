// create/read/update/delete of a customer gateway against the cloud port, each action called by name with the
// parameters its descriptor wrote. Every call retries through the operation's Retrier (cloud/retry.ts); every
// mutating call carries a ClientToken derived from the stack identity and the URN; the create carries the
// stack and ownership tags. Customer gateways are never busy: no gateway serialisation applies.
// A create says whether it adopted a customer gateway that existed before it (the replacement guard,
// shared/replacementGuard.ts, keeps that one from the Delete of the resource it replaces).

import { CloudError, VpcPort, type ApiBody, type ApiRequest, CUSTOMER_GATEWAY_RESOURCE_TYPE, deriveClientToken, pollIntervals, tagParams, tagParamsFor, untagParamsFor } from '../../cloud';
import { isPlainObject } from '../../descriptor/coerce';
import { regionOf } from '../region';
import { CreateContext, CreateResult, OperationContext, PartialFailure, PropertyMap, ReadResult } from '../resource';
import { LifecycleDeps, LifecycleOperation, deps } from '../shared/operation';
import { ownerTag, ownershipTags, tokenSeed } from '../shared/ownership';
import { hasTagChanges, tagChanges } from '../shared/tagChanges';
import { sameValue } from '../../descriptor/diff';
import { CUSTOMER_GATEWAY_IN_USE, MODIFIABLE, inputsFrom, isCustomerGatewayNotFound, outputsFromBody, request } from './model';

/** The operation's budget and retries (shared/operation.ts), with the calls a customer gateway's lifecycle makes. */
class Operation extends LifecycleOperation {
  call(action: string, req: ApiRequest, what = action): Promise<ApiBody> {
    return this.retrier.run(what, () => this.port.call(action, req, { signal: this.ctx.signal }));
  }

  describe(regionId: string, id: string): Promise<ApiBody> {
    return this.call('DescribeCustomerGateway', { params: { RegionId: regionId, CustomerGatewayId: id }, secrets: [] }, `DescribeCustomerGateway ${id}`);
  }

  /** The customer gateways carrying this resource's ownership tag: DescribeCustomerGateways filtered by it, every page. */
  async ownedIds(regionId: string): Promise<Set<string>> {
    const filter = { RegionId: regionId, ...tagParams('Tag', [ownerTag(this.ctx)]), PageSize: String(PAGE_SIZE) };
    const ids = new Set<string>();
    for (let page = 1; ; page++) {
      const body = await this.call('DescribeCustomerGateways', { params: { ...filter, PageNumber: String(page) }, secrets: [] }, `DescribeCustomerGateways page ${page}`);
      const holder = body.CustomerGateways;
      const items = isPlainObject(holder) && Array.isArray(holder.CustomerGateway) ? holder.CustomerGateway.filter(isPlainObject) : [];
      for (const item of items) {
        const id = text(item.CustomerGatewayId);
        if (id !== undefined) ids.add(id);
      }
      const total = Number(body.TotalCount);
      if (items.length < PAGE_SIZE || (Number.isFinite(total) && page * PAGE_SIZE >= total)) return ids;
    }
  }

  /** The live outputs, or undefined when the service no longer knows the id. */
  async live(regionId: string, id: string): Promise<PropertyMap | undefined> {
    try {
      const body = await this.describe(regionId, id);
      // An answer about another id is no answer about this one.
      return body.CustomerGatewayId === id ? outputsFromBody(body, regionId) : undefined;
    } catch (e) {
      if (isCustomerGatewayNotFound(e)) return undefined;
      throw e;
    }
  }
}

/** The largest page DescribeCustomerGateways answers. */
const PAGE_SIZE = 50;

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * CreateCustomerGateway with the ownership tags; the token is derived from the stack, the URN and the request.
 * A token that replays a customer gateway since deleted (the same program run again after a destroy) moves to
 * the next token of the sequence. One that replays a live customer gateway adopts it; the answer cannot say
 * so (the tags come with the create), so the ones carrying this resource's ownership tag are listed first.
 */
export async function create(port: VpcPort, inputs: PropertyMap, ctx: CreateContext, overrides?: Partial<LifecycleDeps>): Promise<CreateResult> {
  const op = new Operation(port, ctx, deps(overrides));
  const regionId = regionOf(port, inputs);
  const userTags = (inputs.tags ?? {}) as Record<string, string>;
  const tags = { ...userTags, ...Object.fromEntries(ownershipTags(ctx).map((t) => [t.key, t.value])) };
  const base = request({ ...inputs, regionId, tags }, () => true, {});
  const existing = await op.ownedIds(regionId);
  for (let sequence = 0; sequence < op.deps.maxTokenSequence; sequence++) {
    const clientToken = deriveClientToken(tokenSeed(ctx), 'create', base.params, sequence);
    const body = await op.call('CreateCustomerGateway', { params: { ...base.params, ClientToken: clientToken }, secrets: base.secrets });
    const id = text(body.CustomerGatewayId);
    if (id === undefined) throw new Error('CreateCustomerGateway: the answer names no customer gateway (CustomerGatewayId); run `pulumi up` again');
    const outputs = await op.live(regionId, id);
    if (outputs !== undefined) {
      const adopted = existing.has(id);
      if (adopted) op.log('info', `adopting customer gateway ${id}: an earlier create of this resource made it (same ClientToken)`);
      return { id, outputs, adopted };
    }
    op.log('info', `CreateCustomerGateway replayed ${id}, which no longer exists; creating a new customer gateway`);
  }
  throw new Error(`CreateCustomerGateway: ${op.deps.maxTokenSequence} client tokens each replayed a deleted customer gateway; run \`pulumi up\` again`);
}

export async function read(port: VpcPort, req: { id: string; oldOutputs?: PropertyMap; oldInputs?: PropertyMap }, ctx: OperationContext, overrides?: Partial<LifecycleDeps>): Promise<ReadResult> {
  const op = new Operation(port, ctx, deps(overrides));
  const outputs = await op.live(regionOf(port, req.oldOutputs, req.oldInputs), req.id);
  if (outputs === undefined) return { id: '', outputs: {}, inputs: {} };
  return { id: req.id, outputs, inputs: inputsFrom(outputs, req.oldInputs) };
}

/** The modifiable properties whose live value differs from the new inputs. */
function attributeChanges(newInputs: PropertyMap, live: PropertyMap): string[] {
  return MODIFIABLE.filter((k) => newInputs[k] !== undefined && !sameValue(newInputs[k], live[k]));
}

export async function update(
  port: VpcPort,
  req: { id: string; oldOutputs: PropertyMap; oldInputs: PropertyMap; newInputs: PropertyMap },
  ctx: OperationContext,
  overrides?: Partial<LifecycleDeps>,
): Promise<PropertyMap> {
  const op = new Operation(port, ctx, deps(overrides));
  const regionId = regionOf(port, req.newInputs, req.oldOutputs);
  let live: PropertyMap = req.oldOutputs;
  // A token replays an earlier identical change (a value set back and forth): the next one of the sequence then applies it.
  for (let round = 0; attributeChanges(req.newInputs, live).length > 0; round++) {
    if (round >= op.deps.maxModifyRounds) throw new PartialFailure(`customer gateway ${req.id}: ModifyCustomerGatewayAttribute was accepted but ${attributeChanges(req.newInputs, live).join(', ')} did not change; run \`pulumi up\` again`, req.id, live, req.oldInputs);
    const changed = new Set(attributeChanges(req.newInputs, live));
    const base = request({ ...req.newInputs, regionId }, (k) => changed.has(k) || k === 'regionId', { CustomerGatewayId: req.id });
    const clientToken = deriveClientToken(tokenSeed(ctx), 'modify', base.params, round);
    await op.call('ModifyCustomerGatewayAttribute', { params: { ...base.params, ClientToken: clientToken }, secrets: base.secrets });
    live = (await op.live(regionId, req.id)) ?? live;
  }
  const changes = tagChanges(req.newInputs.tags, live.tags);
  if (hasTagChanges(changes)) {
    const resource = { regionId, resourceType: CUSTOMER_GATEWAY_RESOURCE_TYPE, resourceId: req.id };
    if (changes.remove.length > 0) await op.call('UnTagResources', { params: untagParamsFor(resource, changes.remove), secrets: [] });
    if (changes.set.length > 0) await op.call('TagResources', { params: tagParamsFor(resource, changes.set), secrets: [] });
    live = (await op.live(regionId, req.id)) ?? live;
  }
  return live;
}

/** DeleteCustomerGateway, then success once the service no longer knows the id. */
export async function remove(port: VpcPort, req: { id: string; outputs: PropertyMap }, ctx: OperationContext, overrides?: Partial<LifecycleDeps>): Promise<void> {
  const op = new Operation(port, ctx, deps(overrides));
  const regionId = regionOf(port, req.outputs);
  const params = { RegionId: regionId, CustomerGatewayId: req.id };
  const clientToken = deriveClientToken(tokenSeed(ctx), 'delete', params);
  try {
    await op.call('DeleteCustomerGateway', { params: { ...params, ClientToken: clientToken }, secrets: [] });
  } catch (e) {
    if (isCustomerGatewayNotFound(e)) return;
    if (e instanceof CloudError && e.code === CUSTOMER_GATEWAY_IN_USE) throw await inUse(op, regionId, req.id, e);
    throw e;
  }
  for (const delay of pollIntervals()) {
    if ((await op.live(regionId, req.id)) === undefined) return;
    if (op.deps.clock.now() + delay > op.deadline.at) break;
    op.log('info', `waiting for customer gateway ${req.id} to be deleted`);
    await op.deps.clock.sleep(delay, ctx.signal);
  }
  throw new Error(`customer gateway ${req.id}: DeleteCustomerGateway was accepted but the customer gateway still exists; run \`pulumi destroy\` again`);
}

/** The in-use refusal, naming the connections that hold the customer gateway when the service lists them. */
async function inUse(op: Operation, regionId: string, id: string, cause: CloudError): Promise<Error> {
  const users = await op.port.listVpnConnectionIds({ regionId, customerGatewayId: id }, { signal: op.ctx.signal }).catch(() => [] as string[]);
  const which = users.length > 0 ? `VPN connection${users.length > 1 ? 's' : ''} ${users.join(', ')}` : 'a VPN connection';
  return new Error(
    `customer gateway ${id} cannot be deleted: ${which} still use${users.length > 1 ? '' : 's'} it (${cause.code}). ` +
      'Delete those connections or point them at another customer gateway first, then run `pulumi destroy` (or `pulumi up`) again.',
    { cause },
  );
}
