// getCustomerGateway as the gRPC server sees it: what the CustomerGateway resource would report of the customer
// gateway found (the auth key only when asked for).

import { outputsFromBody } from '../../resources/customerGateway/model';
import { lookupFunction } from '../lookupFunction';
import { CUSTOMER_GATEWAY_LOOKUP, GET_CUSTOMER_GATEWAY_ARGS, GET_CUSTOMER_GATEWAY_RESULT } from './descriptor';

export { GET_CUSTOMER_GATEWAY_TOKEN as TOKEN, FUNCTION_DESCRIPTION, GET_CUSTOMER_GATEWAY_ARGS as ARGS, GET_CUSTOMER_GATEWAY_RESULT as RESULT } from './descriptor';

export const { SECRET_PATHS, check, invoke } = lookupFunction({
  args: GET_CUSTOMER_GATEWAY_ARGS,
  result: GET_CUSTOMER_GATEWAY_RESULT,
  target: CUSTOMER_GATEWAY_LOOKUP,
  outputs(body, args, regionId) {
    const outputs = outputsFromBody(body, regionId);
    if (args.includeAuthKey !== true) delete outputs.authKey;
    return outputs;
  },
});
