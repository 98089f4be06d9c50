// TagResources, UnTagResources, ListTagResources: thin readers over models/tags.
import { Errors } from '../errors';
import { listTagResources, resourceType, tagResources, untagResources } from '../models/tags';
import { readValues, type Params } from '../protocol';
import { optional, optionalBoolean, optionalInteger, readTags, required } from './params';
import type { ActionHandler } from './types';

function resourceIds(params: Params): string[] {
  const ids = readValues(params, 'ResourceId');
  if (ids.length === 0) throw Errors.missing('ResourceId');
  return ids;
}

export const TagResources: ActionHandler = {
  mutates: true,
  handle({ world, params, regionId }) {
    const type = resourceType(required(params, 'ResourceType'));
    const ids = resourceIds(params);
    const tags = readTags(params, 'Tag');
    if (tags.length === 0) throw Errors.missing('Tag');
    tagResources(world, regionId, type, ids, tags);
    return {};
  },
};

export const UnTagResources: ActionHandler = {
  mutates: true,
  handle({ world, params, regionId }) {
    const type = resourceType(required(params, 'ResourceType'));
    const ids = resourceIds(params);
    untagResources(world, regionId, type, ids, readValues(params, 'TagKey'), optionalBoolean(params, 'All') ?? false);
    return {};
  },
};

export const MAX_RESULTS = 50;

/** NextToken is the opaque form of the offset of the next item. */
function encodeToken(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

function decodeToken(token: string | undefined): number {
  if (token === undefined) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match) throw Errors.illegal('NextToken', token);
  return Number(match[1]);
}

export const ListTagResources: ActionHandler = {
  mutates: false,
  handle({ world, params, regionId }) {
    const type = resourceType(required(params, 'ResourceType'));
    const ids = readValues(params, 'ResourceId');
    const wanted = readTags(params, 'Tag');
    // The service needs something to look for: resource ids, tags, or both.
    if (ids.length === 0 && wanted.length === 0) throw Errors.missing('ResourceId');
    const maxResults = optionalInteger(params, 'MaxResults', 1, MAX_RESULTS) ?? MAX_RESULTS;
    const offset = decodeToken(optional(params, 'NextToken'));
    const items = listTagResources(world, regionId, type, ids, wanted);
    const page = items.slice(offset, offset + maxResults);
    const next = offset + maxResults < items.length ? encodeToken(offset + maxResults) : '';
    return { NextToken: next, TagResources: { TagResource: page } };
  },
};
