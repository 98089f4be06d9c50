// A connection can be adopted by a newer generation of the same resource: a create-before-delete replacement
// (`pulumi up --replace`) finds the live connection by its ownership tag or ClientToken and keeps it instead of
// making a second one, and the engine then deletes the "old" resource, which is that same connection. That Delete
// may run in another plugin process than the Create, so what tells the two apart must live with the connection itself: a counter in
// a tag of its own, copied into the resource's outputs. An adopting create raises it; a Delete whose state
// recorded a lower value than the live tag belongs to a superseded generation and must not delete.

import type { Tag } from '../../cloud';
import { isPlainObject } from '../../descriptor/coerce';
import type { PropertyMap } from '../resource';
import type { Operation } from './operation';

/** The generation tag's key; its value is a positive integer in decimal. */
export const GENERATION_TAG_KEY = 'alicloudvpn-generation';

/** What a fresh connection carries, atomically with CreateVpnConnection. */
export const FIRST_GENERATION = 1;

export function generationTag(generation: number): Tag {
  return { key: GENERATION_TAG_KEY, value: String(generation) };
}

function parse(value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
  if (typeof value === 'string' && /^[1-9]\d{0,14}$/.test(value)) return Number(value);
  // A connection without the tag (one imported, or made outside the provider) or with a tag edited by hand
  // counts as generation 0: older than anything an adopting create records, and equal to what a state that
  // recorded no generation (an import's) holds.
  return 0;
}

/** The generation a connection's live tags carry (all of them, the provider's own included). */
export function liveGeneration(tags: unknown): number {
  return isPlainObject(tags) ? parse(tags[GENERATION_TAG_KEY]) : 0;
}

/** The generation a resource's outputs recorded. */
export function recordedGeneration(outputs: PropertyMap): number {
  return parse(outputs.generation);
}

/** The next generation after the live one: what an adopting create writes and records. */
export function nextGeneration(live: number): number {
  return live + 1;
}

/** Why a Delete must leave the connection alone, or undefined when the state is the live generation. */
export function supersededBy(outputs: PropertyMap, liveTags: unknown): { recorded: number; live: number } | undefined {
  const recorded = recordedGeneration(outputs);
  const live = liveGeneration(liveTags);
  return recorded < live ? { recorded, live } : undefined;
}

/**
 * Marks a connection as adopted by the create now running: the live generation plus one, written before the
 * create changes anything else, so even a create that fails later leaves the older state superseded.
 */
export async function raiseGeneration(op: Operation, regionId: string, vpnConnectionId: string, liveTags: unknown): Promise<number> {
  const generation = nextGeneration(liveGeneration(liveTags));
  await op.retry('TagResources', () =>
    op.port.tagVpnConnection({ regionId, vpnConnectionId, tags: [generationTag(generation)] }, { signal: op.ctx.signal }),
  );
  op.log('debug', `VPN connection ${vpnConnectionId}: generation ${generation}`);
  return generation;
}
