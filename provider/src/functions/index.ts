// The provider functions (Pulumi invokes), in schema order: the server serves them (server/functionModule.ts) and
// the schema writer describes them (schema/packageSpec.ts) from this one list.

import * as getCustomerGateway from './getCustomerGateway';
import * as getVpnGateway from './getVpnGateway';

export const FUNCTION_MODULES = [getCustomerGateway, getVpnGateway] as const;
