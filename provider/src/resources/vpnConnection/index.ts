// The VpnConnection resource as its callers (the gRPC server, the dynamic provider) see it.

import { CheckContext, CheckResult, PropertyMap } from '../resource';
import { checkInputs } from './validate';

export { SECRET_PATHS } from './fields';
export { VPN_CONNECTION_TYPE, VpnConnectionArgs, VpnConnectionState, IkeConfig, IpsecConfig, HealthCheckConfig, BgpConfig, TunnelOptions } from './types';
export { diff, DiffRequest } from './diff';
export { previewOutputs, InvalidInputsError } from './model';
export { create, read, update, remove, LifecycleDeps, DEFAULT_LIFECYCLE_DEPS } from './lifecycle';
export { fromDescribe, toCreateRequest, toModifyRequest, withClientToken } from './wire';

/** Validates and normalises inputs; `olds` is accepted for the protocol's sake and not needed. */
export function check(olds: PropertyMap, news: PropertyMap, ctx: CheckContext): CheckResult {
  void olds;
  return checkInputs(news, ctx);
}
