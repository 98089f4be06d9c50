// What a connection's live tags say of its owner (shared/ownership.ts): whether it carries a tag of this resource,
// and which other stack made it.

import type { Tag, VpnConnectionBody } from '../../cloud';
import { STACK_TAG_KEY } from '../shared/ownership';
import { describedTags } from './wire';

function liveTag(body: VpnConnectionBody, key: string): string | undefined {
  return describedTags(body)[key];
}

/** Whether a Describe answer shows the tag. */
export function carriesTag(body: VpnConnectionBody, tag: Tag): boolean {
  return liveTag(body, tag.key) === tag.value;
}

/** The stack identity a connection's tags name, when it is not this one: another stack made it. */
export function foreignStack(body: VpnConnectionBody, stack: string): string | undefined {
  const found = liveTag(body, STACK_TAG_KEY);
  return found !== undefined && found !== stack ? found : undefined;
}
