// What an update sends through TagResources / UnTagResources, which change every resource's tags (never its
// Modify action: a connection's would renegotiate nothing but still mark the gateway busy). The user's map is
// the whole set: a live key it no longer lists is removed.

import { isPlainObject } from '../../descriptor/coerce';

export interface TagChanges {
  /** New keys and keys whose value changed. */
  set: { key: string; value: string }[];
  /** Live keys the user no longer lists. */
  remove: string[];
}

export function tagChanges(next: unknown, live: unknown): TagChanges {
  const changes: TagChanges = { set: [], remove: [] };
  if (!isPlainObject(next)) return changes;
  const current = isPlainObject(live) ? live : {};
  for (const [key, value] of Object.entries(next)) {
    if (typeof value === 'string' && current[key] !== value) changes.set.push({ key, value });
  }
  for (const key of Object.keys(current)) if (!(key in next)) changes.remove.push(key);
  return changes;
}

export function hasTagChanges(c: TagChanges): boolean {
  return c.set.length > 0 || c.remove.length > 0;
}
