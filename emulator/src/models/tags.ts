// Tags: the limits every tagged resource shares, and TagResources / UnTagResources /
// ListTagResources on IPsec connections, VPN gateways and customer gateways. Tagging is not a configuration change: it works on a
// busy gateway and does not make it busy.
import { Errors } from '../errors';
import type { World } from './store';
import type { Tag } from './types';
import { listGateways } from './vpnGateway';

export const MAX_TAGS = 20;
export const MAX_TAG_KEY_LENGTH = 64;
export const MAX_TAG_VALUE_LENGTH = 128;
export const MAX_RESOURCE_IDS = 50;

const RESERVED_PREFIX = /^(aliyun|acs:)/i;
const URL_SCHEME = /https?:\/\//i;

export function checkTagKey(key: string): void {
  if (key.length < 1 || key.length > MAX_TAG_KEY_LENGTH || RESERVED_PREFIX.test(key) || URL_SCHEME.test(key)) {
    throw Errors.tagKeyMalformed();
  }
}

export function checkTagValue(value: string): void {
  if (value.length > MAX_TAG_VALUE_LENGTH || RESERVED_PREFIX.test(value) || URL_SCHEME.test(value)) throw Errors.tagValueMalformed();
}

/** The tags of one request: at most 20, each valid, keys unique. */
export function checkTags(tags: readonly Tag[]): void {
  if (tags.length > MAX_TAGS) throw Errors.tooManyTagsInRequest();
  for (const { Key, Value } of tags) {
    checkTagKey(Key);
    checkTagValue(Value);
  }
  if (new Set(tags.map((t) => t.Key)).size !== tags.length) throw Errors.duplicateTagKey();
}

/** True when every wanted tag is present; a wanted tag with an empty value matches any value. */
export function matchesTags(tags: readonly Tag[], wanted: readonly Tag[]): boolean {
  return wanted.every((w) => tags.some((t) => t.Key === w.Key && (w.Value === '' || t.Value === w.Value)));
}

/** The resource types these actions accept here (case-insensitive, as the service documents). */
export const TAGGABLE_RESOURCE_TYPES = ['VPNCONNECTION', 'VPNGATEWAY', 'CUSTOMERGATEWAY'] as const;
export type TaggableResourceType = (typeof TAGGABLE_RESOURCE_TYPES)[number];

export function resourceType(raw: string): TaggableResourceType {
  const upper = raw.toUpperCase();
  if (!(TAGGABLE_RESOURCE_TYPES as readonly string[]).includes(upper)) throw Errors.resourceTypeNotFound();
  return upper as TaggableResourceType;
}

function checkResourceIds(ids: readonly string[]): string[] {
  if (ids.length > MAX_RESOURCE_IDS) throw Errors.tooManyResourceIds();
  return [...new Set(ids)];
}

/** A live resource of a taggable type, as the tag actions see it. */
interface Tagged {
  readonly id: string;
  readonly CreateTime: number;
  Tags: Tag[];
}

function liveResources(world: World, regionId: string, type: TaggableResourceType): Tagged[] {
  const region = world.store.region(regionId);
  switch (type) {
    case 'VPNCONNECTION':
      return [...region.vpnConnections.values()].filter((c) => !c.Deleted).map((c) => holder(c.VpnConnectionId, c));
    case 'VPNGATEWAY':
      return listGateways(world, regionId).map((g) => holder(g.VpnGatewayId, g));
    case 'CUSTOMERGATEWAY':
      return [...region.customerGateways.values()].map((c) => holder(c.CustomerGatewayId, c));
  }
}

/** A view whose Tags reads and writes the record's. */
function holder(id: string, record: { CreateTime: number; Tags: Tag[] }): Tagged {
  return {
    id,
    CreateTime: record.CreateTime,
    get Tags() {
      return record.Tags;
    },
    set Tags(tags: Tag[]) {
      record.Tags = tags;
    },
  };
}

/** Every id must name a live resource of the type in the region, or nothing changes. */
function resolveResources(world: World, regionId: string, type: TaggableResourceType, ids: readonly string[]): Tagged[] {
  const byId = new Map(liveResources(world, regionId, type).map((r) => [r.id, r]));
  return checkResourceIds(ids).map((id) => {
    const resource = byId.get(id);
    if (!resource) throw Errors.resourceIdNotFound();
    return resource;
  });
}

/** Adds or overwrites tags on every resource, all or nothing; a resource never ends up with more than 20. */
export function tagResources(world: World, regionId: string, type: TaggableResourceType, ids: readonly string[], tags: readonly Tag[]): void {
  checkTags(tags);
  const targets = resolveResources(world, regionId, type, ids);
  const merged = targets.map((conn) => {
    const next = conn.Tags.map((t) => ({ ...t }));
    for (const tag of tags) {
      const existing = next.find((t) => t.Key === tag.Key);
      if (existing) existing.Value = tag.Value;
      else next.push({ Key: tag.Key, Value: tag.Value });
    }
    if (next.length > MAX_TAGS) throw Errors.tagQuotaExceeded();
    return next;
  });
  targets.forEach((conn, i) => {
    conn.Tags = merged[i];
  });
}

/** Removes the given keys (absent keys are ignored), or every tag with `all`. */
export function untagResources(
  world: World, regionId: string, type: TaggableResourceType, ids: readonly string[], keys: readonly string[], all: boolean,
): void {
  if (keys.length > MAX_TAGS) throw Errors.tooManyTagsInRequest();
  const targets = resolveResources(world, regionId, type, ids);
  for (const conn of targets) conn.Tags = all && keys.length === 0 ? [] : conn.Tags.filter((t) => !keys.includes(t.Key));
}

export interface TagResourceItem {
  readonly ResourceId: string;
  readonly ResourceType: TaggableResourceType;
  readonly TagKey: string;
  readonly TagValue: string;
}

/**
 * One item per (resource, tag) of the live resources that match both filters: `ids` (when given)
 * and every wanted tag (AND). Oldest resource first, tags in the order they were added.
 */
export function listTagResources(
  world: World, regionId: string, type: TaggableResourceType, ids: readonly string[], wanted: readonly Tag[],
): TagResourceItem[] {
  const idSet = new Set(checkResourceIds(ids));
  if (wanted.length > MAX_TAGS) throw Errors.tooManyTagsInRequest();
  for (const w of wanted) checkTagKey(w.Key);
  return liveResources(world, regionId, type)
    .filter((r) => idSet.size === 0 || idSet.has(r.id))
    .filter((r) => matchesTags(r.Tags, wanted))
    .sort((a, b) => a.CreateTime - b.CreateTime || a.id.localeCompare(b.id))
    .flatMap((r) => r.Tags.map((t) => ({ ResourceId: r.id, ResourceType: type, TagKey: t.Key, TagValue: t.Value })));
}
