// Every connection the provider creates carries, atomically with CreateVpnConnection, a tag naming the stack
// resource that made it. A create whose answer was lost, or a re-run whose ClientToken differs because the
// inputs changed, can then find its own connection by that tag instead of leaving it outside the stack.

import { createHash } from 'node:crypto';
import type { Tag, VpnConnectionBody } from '../../cloud';

/** The ownership tag's key; its value is the first 40 hex digits of sha256(URN). */
export const OWNER_TAG_KEY = 'alicloudvpn-owner';

export function ownerTag(urn: string): Tag {
  return { key: OWNER_TAG_KEY, value: createHash('sha256').update(urn).digest('hex').slice(0, 40) };
}

/** The user's tags: the ownership tag is the provider's own and never part of a diff. */
export function withoutOwnerTag(tags: unknown): unknown {
  if (typeof tags !== 'object' || tags === null || Array.isArray(tags) || !(OWNER_TAG_KEY in tags)) return tags;
  const { [OWNER_TAG_KEY]: _owner, ...rest } = tags as Record<string, unknown>;
  return rest;
}

/** Whether a Describe answer shows the tag (the ownership tag: a connection made by that resource). */
export function carriesTag(body: VpnConnectionBody, tag: Tag): boolean {
  return (body.tags?.tag ?? []).some((t) => t?.key === tag.key && t?.value === tag.value);
}
