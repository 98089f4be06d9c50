// Every connection the provider creates carries, atomically with CreateVpnConnection, a tag naming the stack
// resource that made it. A create whose answer was lost, or a re-run whose ClientToken differs because the
// inputs changed, can then find its own connection by that tag instead of leaving it outside the stack.

import { createHash } from 'node:crypto';
import type { Tag, VpnConnectionBody } from '../../cloud';
import { GENERATION_TAG_KEY } from './generation';

/** The ownership tag's key; its value is the first 40 hex digits of sha256(URN). */
export const OWNER_TAG_KEY = 'alicloudvpn-owner';

export function ownerTag(urn: string): Tag {
  return { key: OWNER_TAG_KEY, value: createHash('sha256').update(urn).digest('hex').slice(0, 40) };
}

/** The tags the provider keeps on its connections: reserved, never the user's, never part of a diff. */
export const PROVIDER_TAG_KEYS: readonly string[] = [OWNER_TAG_KEY, GENERATION_TAG_KEY];

/** The user's tags: the live tags without the provider's own. */
export function withoutProviderTags(tags: unknown): unknown {
  if (typeof tags !== 'object' || tags === null || Array.isArray(tags)) return tags;
  if (!PROVIDER_TAG_KEYS.some((k) => k in tags)) return tags;
  return Object.fromEntries(Object.entries(tags).filter(([k]) => !PROVIDER_TAG_KEYS.includes(k)));
}

/** Whether a Describe answer shows the tag (the ownership tag: a connection made by that resource). */
export function carriesTag(body: VpnConnectionBody, tag: Tag): boolean {
  return (body.tags?.tag ?? []).some((t) => t?.key === tag.key && t?.value === tag.value);
}
