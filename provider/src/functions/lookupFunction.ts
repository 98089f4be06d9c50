// A lookup function (getCustomerGateway, getVpnGateway) from its descriptors, its lookup target and how a found
// object's answer becomes its result: the secret paths of the result, check of the arguments, and the invoke.

import type { ApiBody, VpcPort } from '../cloud';
import type { ObjectDescriptor } from '../descriptor/property';
import { secretPaths } from '../descriptor/wire';
import type { CheckContext, CheckResult, OperationContext, PropertyMap } from '../resources/resource';
import { checkLookupArgs } from './args';
import { lookup, type LookupTarget } from './lookup';

export interface LookupFunctionSpec {
  readonly args: ObjectDescriptor;
  readonly result: ObjectDescriptor;
  readonly target: LookupTarget;
  /** The result, from the found object's answer and the checked arguments (regionId set). */
  outputs(body: ApiBody, args: PropertyMap, regionId: string): PropertyMap;
}

export interface LookupFunction {
  readonly SECRET_PATHS: readonly string[];
  check(args: PropertyMap, ctx: CheckContext): CheckResult;
  /** `args` are checked: regionId is set, and exactly one of the id and the name. */
  invoke(port: VpcPort, args: PropertyMap, ctx: OperationContext): Promise<PropertyMap>;
}

export function lookupFunction(spec: LookupFunctionSpec): LookupFunction {
  const t = spec.target;
  return {
    SECRET_PATHS: secretPaths(spec.result, []),
    check: (args, ctx) => checkLookupArgs(spec.args, t, args, ctx),
    async invoke(port, args, ctx) {
      const regionId = args.regionId as string;
      const query = { regionId, id: args[t.idArg] as string | undefined, name: args[t.nameArg] as string | undefined };
      return spec.outputs(await lookup(port, t, query, ctx), args, regionId);
    },
  };
}
