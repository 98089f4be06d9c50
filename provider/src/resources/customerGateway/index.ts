// The CustomerGateway resource as its callers (the gRPC server) see it.

import { CheckContext, CheckResult, DiffResult, PropertyMap } from '../resource';
import { DiffRequest, diffResult, flatDetailedDiff } from '../../descriptor/diff';
import { checkInputs } from './check';
import { CUSTOMER_GATEWAY } from './descriptor';

export { CUSTOMER_GATEWAY_TYPE, CUSTOMER_GATEWAY, CUSTOMER_GATEWAY_COMPUTED, RESOURCE_DESCRIPTION } from './descriptor';
export { SECRET_PATHS, previewOutputs } from './model';
export { create, read, update, remove } from './lifecycle';

/** The replacement guard's name for it (resources/shared/replacementGuard.ts). */
export const GUARDED_KIND = 'customer gateway';

export function check(olds: PropertyMap, news: PropertyMap, ctx: CheckContext): CheckResult {
  void olds;
  return checkInputs(news, ctx);
}

/** ipAddress, asn and regionId replace (the API cannot change them); the rest change in place. */
export function diff(req: DiffRequest): DiffResult {
  return diffResult(flatDetailedDiff(CUSTOMER_GATEWAY, req.newInputs, req.oldOutputs ?? {}), req.ignoreChanges);
}
