// The VpnGateway resource as its callers (the gRPC server) see it.

import { CheckContext, CheckResult, DiffResult, PropertyMap } from '../resource';
import { DiffRequest, diffResult, flatDetailedDiff } from '../../descriptor/diff';
import { checkInputs } from './check';
import { VPN_GATEWAY } from './descriptor';
import { PURCHASE_ONLY } from './model';

export { VPN_GATEWAY_TYPE, VPN_GATEWAY, VPN_GATEWAY_COMPUTED, GATEWAY_ENUMS, RESOURCE_DESCRIPTION } from './descriptor';
export { SECRET_PATHS, previewOutputs } from './model';
export { create, read, update, remove } from './lifecycle';

/** The replacement guard's name for it (resources/shared/replacementGuard.ts). */
export const GUARDED_KIND = 'VPN gateway';

export function check(olds: PropertyMap, news: PropertyMap, ctx: CheckContext): CheckResult {
  void olds;
  return checkInputs(news, ctx);
}

/**
 * The network, bandwidth, features, type and billing replace (the API changes none of them in place); the name,
 * description, route propagation and tags change in place; period and autoPay count at purchase only.
 */
export function diff(req: DiffRequest): DiffResult {
  const compared = Object.fromEntries(Object.entries(req.newInputs).filter(([k]) => !PURCHASE_ONLY.includes(k)));
  return diffResult(flatDetailedDiff(VPN_GATEWAY, compared, req.oldOutputs ?? {}), req.ignoreChanges);
}
