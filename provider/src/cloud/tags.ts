// Tags and tag filters as the API's flat parameters. Create carries them as `Tags.N.Key/Value`; TagResources as
// `Tag.N.Key/Value` with `ResourceId.1`; UnTagResources as `TagKey.N`; DescribeVpnConnections filters by `Tag.N.Key/Value`.

import type { ApiParams, Tag, TagVpnConnectionRequest, UntagVpnConnectionRequest } from './port';

/** TagResources/UnTagResources name an IPsec-VPN connection this way. */
export const VPN_CONNECTION_RESOURCE_TYPE = 'VPNCONNECTION';
/** … and a customer gateway this way. */
export const CUSTOMER_GATEWAY_RESOURCE_TYPE = 'CUSTOMERGATEWAY';

/** One resource of `resourceType` to tag or untag. */
export interface TaggedResource {
  regionId: string;
  resourceType: string;
  resourceId: string;
}

/** `Prefix.N.Key` / `Prefix.N.Value`, numbered from 1. */
export function tagParams(prefix: 'Tags' | 'Tag', tags: readonly Tag[]): Record<string, string> {
  const out: Record<string, string> = {};
  tags.forEach((t, i) => {
    out[`${prefix}.${i + 1}.Key`] = t.key;
    out[`${prefix}.${i + 1}.Value`] = t.value;
  });
  return out;
}

export function tagResourcesParams(req: TagVpnConnectionRequest): ApiParams {
  return tagParamsFor(connection(req), req.tags);
}

export function unTagResourcesParams(req: UntagVpnConnectionRequest): ApiParams {
  return untagParamsFor(connection(req), req.tagKeys);
}

/** TagResources' parameters for any resource type. */
export function tagParamsFor(r: TaggedResource, tags: readonly Tag[]): ApiParams {
  return { RegionId: r.regionId, ...resourceOf(r), ...tagParams('Tag', tags) };
}

/** UnTagResources' parameters for any resource type. */
export function untagParamsFor(r: TaggedResource, tagKeys: readonly string[]): ApiParams {
  // `All` stays unset: with it, the service drops every tag, including ones this stack never set.
  const keys = Object.fromEntries(tagKeys.map((k, i) => [`TagKey.${i + 1}`, k]));
  return { RegionId: r.regionId, ...resourceOf(r), ...keys };
}

function connection(req: { regionId: string; vpnConnectionId: string }): TaggedResource {
  return { regionId: req.regionId, resourceType: VPN_CONNECTION_RESOURCE_TYPE, resourceId: req.vpnConnectionId };
}

function resourceOf(r: TaggedResource): Record<string, string> {
  return { 'ResourceId.1': r.resourceId, ResourceType: r.resourceType };
}
