// Bringing a live connection's settings and tags to the inputs: the in-place part of an update, and of a create
// that adopts a connection.

import { deriveClientToken, isNotFound } from '../../cloud';
import { PartialFailure, PropertyMap } from '../resource';
import { isPlainObject } from '../../descriptor/coerce';
import { detailedDiff } from './diff';
import { partialOutputs, readyGatewayFor, tokenParams } from './gatewayFit';
import { outputsFromState } from './model';
import type { Args, Operation } from './operation';
import { tokenSeed } from '../shared/ownership';
import { hasTagChanges, tagChanges } from '../shared/tagChanges';
import { fromDescribe, toModifyRequest, withClientToken } from './wire';

/** The tunnel ids by role, from the outputs last read. */
function tunnelIdsOf(outputs: PropertyMap): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const t of Array.isArray(outputs.tunnels) ? outputs.tunnels : []) {
    if (isPlainObject(t) && typeof t.role === 'string' && typeof t.tunnelId === 'string') ids[t.role] = t.tunnelId;
  }
  return ids;
}

/** The paths an update must still change besides tags. */
export function settingChanges(newInputs: PropertyMap, outputs: PropertyMap): string[] {
  return Object.keys(detailedDiff(newInputs, outputs)).filter((p) => p !== 'tags' && !p.startsWith('tags.') && !p.startsWith('tags['));
}

export async function applyTags(op: Operation, a: Args, id: string, liveTags: unknown): Promise<void> {
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
export async function modifySettings(op: Operation, a: Args, req: { id: string; oldOutputs: PropertyMap; newInputs: PropertyMap }): Promise<PropertyMap> {
  const request = toModifyRequest(req.id, a, tunnelIdsOf(req.oldOutputs));
  const params = tokenParams(a);
  let outputs: PropertyMap = req.oldOutputs;
  for (let n = 0; n < op.deps.maxModifyRounds; n++) {
    const clientToken = deriveClientToken(tokenSeed(op.ctx), 'modify', params, n);
    await op.gateways.exclusive(a, async () => {
      await readyGatewayFor(op, a);
      try {
        await op.gateways.change(a, 'ModifyVpnConnectionAttribute', () => op.port.modifyVpnConnectionAttribute(withClientToken(request, clientToken), { signal: op.ctx.signal }));
      } catch (e) {
        if (isNotFound(e)) throw new Error(`VPN connection ${req.id} no longer exists; run \`pulumi refresh\` to drop it from the stack`);
        throw e;
      }
      try {
        await op.gateways.settle(a);
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

