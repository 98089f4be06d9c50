// getVpnGateway as the gRPC server sees it: what the VpnGateway resource would report of the VPN gateway found.

import { outputsFromBody } from '../../resources/vpnGateway/model';
import { lookupFunction } from '../lookupFunction';
import { GET_VPN_GATEWAY_ARGS, GET_VPN_GATEWAY_RESULT, VPN_GATEWAY_LOOKUP } from './descriptor';

export { GET_VPN_GATEWAY_TOKEN as TOKEN, FUNCTION_DESCRIPTION, GET_VPN_GATEWAY_ARGS as ARGS, GET_VPN_GATEWAY_RESULT as RESULT } from './descriptor';

export const { SECRET_PATHS, check, invoke } = lookupFunction({
  args: GET_VPN_GATEWAY_ARGS,
  result: GET_VPN_GATEWAY_RESULT,
  target: VPN_GATEWAY_LOOKUP,
  outputs: (body, _args, regionId) => outputsFromBody(body, regionId),
});
