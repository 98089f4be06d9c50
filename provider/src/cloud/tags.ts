// Tags and tag filters as the API's flat parameters. Create carries them as `Tags.N.Key/Value`; TagResources as
// `Tag.N.Key/Value` with `ResourceId.1`; UnTagResources as `TagKey.N`; DescribeVpnConnections filters by `Tag.N.Key/Value`.

import type { ApiParams, Tag, TagVpnConnectionRequest, UntagVpnConnectionRequest } from './port';

/** TagResources/UnTagResources name an IPsec-VPN connection this way. */
export const VPN_CONNECTION_RESOURCE_TYPE = 'VPNCONNECTION';

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
  return { RegionId: req.regionId, ...resourceOf(req), ...tagParams('Tag', req.tags) };
}

export function unTagResourcesParams(req: UntagVpnConnectionRequest): ApiParams {
  // `All` stays unset: with it, the service drops every tag, including ones this stack never set.
  const keys = Object.fromEntries(req.tagKeys.map((k, i) => [`TagKey.${i + 1}`, k]));
  return { RegionId: req.regionId, ...resourceOf(req), ...keys };
}

function resourceOf(req: { vpnConnectionId: string }): Record<string, string> {
  return { 'ResourceId.1': req.vpnConnectionId, ResourceType: VPN_CONNECTION_RESOURCE_TYPE };
}
