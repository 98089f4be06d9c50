// Tags (port) → the SDK's tag request models. Create carries them as `Tags.N.Key/Value`;
// TagResources as `Tag.N.Key/Value` with `ResourceId.1`; UnTagResources as `TagKey.N`.

import { $Vpc } from './vpcSdk';
import { Tag, TagVpnConnectionRequest, UntagVpnConnectionRequest } from './port';

/** TagResources/UnTagResources name an IPsec-VPN connection this way. */
export const VPN_CONNECTION_RESOURCE_TYPE = 'VPNCONNECTION';

export function createTags(tags: readonly Tag[]): $Vpc.CreateVpnConnectionRequestTags[] {
  return tags.map((t) => new $Vpc.CreateVpnConnectionRequestTags({ key: t.key, value: t.value }));
}

export function tagResourcesRequest(req: TagVpnConnectionRequest): $Vpc.TagResourcesRequest {
  const out = new $Vpc.TagResourcesRequest({
    regionId: req.regionId,
    resourceType: VPN_CONNECTION_RESOURCE_TYPE,
    resourceId: [req.vpnConnectionId],
  });
  out.tag = req.tags.map((t) => new $Vpc.TagResourcesRequestTag({ key: t.key, value: t.value }));
  return out;
}

export function unTagResourcesRequest(req: UntagVpnConnectionRequest): $Vpc.UnTagResourcesRequest {
  // `All` stays unset: with it, the service drops every tag, including ones this stack never set.
  return new $Vpc.UnTagResourcesRequest({
    regionId: req.regionId,
    resourceType: VPN_CONNECTION_RESOURCE_TYPE,
    resourceId: [req.vpnConnectionId],
    tagKey: [...req.tagKeys],
  });
}
