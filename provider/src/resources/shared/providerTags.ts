// The tags the provider keeps for itself: reserved on every resource, never the user's, never part of a diff.

import { GENERATION_TAG_KEY } from '../vpnConnection/generation';
import { OWNER_TAG_KEY, STACK_TAG_KEY } from './ownership';
import { TAGS_MAX } from './tagLimits';

/** The stack and ownership tags (shared/ownership.ts), and the connection's generation tag (vpnConnection/generation.ts). */
export const PROVIDER_TAG_KEYS: readonly string[] = [STACK_TAG_KEY, OWNER_TAG_KEY, GENERATION_TAG_KEY];

/** The tags a user may set on one resource: the service's limit less the provider's own. */
export const USER_TAGS_MAX = TAGS_MAX - PROVIDER_TAG_KEYS.length;

/** The user's tags: the live tags without the provider's own. */
export function withoutProviderTags(tags: unknown): unknown {
  if (typeof tags !== 'object' || tags === null || Array.isArray(tags)) return tags;
  if (!PROVIDER_TAG_KEYS.some((k) => k in tags)) return tags;
  return Object.fromEntries(Object.entries(tags).filter(([k]) => !PROVIDER_TAG_KEYS.includes(k)));
}
