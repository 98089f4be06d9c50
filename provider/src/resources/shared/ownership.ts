// Who made an object: every object the provider creates that takes tags carries two tags, the stack identity of
// the provider that made it and an ownership tag naming the resource within that stack. A create whose answer
// was lost, or a re-run whose ClientToken differs because the inputs changed, recognises its own object by the
// ownership tag, and refuses one whose stack tag names another stack; `orphans` lists a stack's connections by
// the stack tag. A URN alone is unique only within one backend, so both tags, like every ClientToken (seeded by
// tokenSeed, tags or not), are derived from the stack identity too (server/stackIdentity.ts).

import { createHash } from 'node:crypto';
import type { Tag } from '../../cloud';
import { TAG_VALUE_MAX } from './tagLimits';

/** The stack identity's tag: its value is the identity itself. */
export const STACK_TAG_KEY = 'alicloudvpn-stack';
/** The ownership tag: `<40 hex of sha256(identity, URN)>:<the resource's name>`. */
export const OWNER_TAG_KEY = 'alicloudvpn-owner';

const HASH_CHARS = 40;

/** Who an object belongs to: one resource (its URN) of one stack instance (its identity). */
export interface Owner {
  stack: string;
  urn: string;
}

/** The resource's name: the last segment of its URN. */
export function nameFromUrn(urn: string): string {
  const i = urn.lastIndexOf('::');
  return i < 0 ? urn : urn.slice(i + 2);
}

/** The seed of every ClientToken of this resource: the same stack and URN, the same tokens. */
export function tokenSeed(owner: Owner): string {
  return `${owner.stack}\0${owner.urn}`;
}

export function stackTag(stack: string): Tag {
  return { key: STACK_TAG_KEY, value: stack };
}

export function ownerTag(owner: Owner): Tag {
  const hash = createHash('sha256').update('alicloudvpn/owner/v1\0').update(tokenSeed(owner)).digest('hex').slice(0, HASH_CHARS);
  return { key: OWNER_TAG_KEY, value: `${hash}:${nameFromUrn(owner.urn)}`.slice(0, TAG_VALUE_MAX) };
}

/** The resource name an ownership tag records (cut at the tag's length limit for very long names). */
export function nameFromOwnerTag(value: string): string {
  return value.slice(HASH_CHARS + 1);
}

/** The tags that mark an object as made by this resource of this stack. */
export function ownershipTags(owner: Owner): Tag[] {
  return [stackTag(owner.stack), ownerTag(owner)];
}
