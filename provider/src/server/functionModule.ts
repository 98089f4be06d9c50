// What the server needs from a provider function (an invoke), and the table of the ones it serves. Functions are
// plain functions over plain values, like resources (resources/resource.ts); everything about the wire stays in
// server/.

import { FUNCTION_MODULES } from '../functions';
import type { CheckContext, CheckResult, OperationContext, PropertyMap } from '../resources/resource';
import type { VpcPort } from '../cloud';

export interface FunctionModule {
  /** Paths of the result that are always secret. */
  readonly secretPaths: readonly string[];
  /** The arguments checked, with their defaults (the provider's region); no API call. */
  check(args: PropertyMap, ctx: CheckContext): CheckResult;
  /** The result, for checked arguments. */
  invoke(port: VpcPort, args: PropertyMap, ctx: OperationContext): Promise<PropertyMap>;
}

/** What a function's module (functions/<name>/index.ts) exports. */
interface FunctionExports extends Omit<FunctionModule, 'secretPaths'> {
  readonly TOKEN: string;
  readonly SECRET_PATHS: readonly string[];
}

function served(m: FunctionExports): [string, FunctionModule] {
  const { TOKEN, SECRET_PATHS, check, invoke } = m;
  return [TOKEN, { secretPaths: SECRET_PATHS, check, invoke }];
}

const FUNCTIONS: ReadonlyMap<string, FunctionModule> = new Map<string, FunctionModule>(FUNCTION_MODULES.map(served));

export function functionModule(token: string): FunctionModule | undefined {
  return FUNCTIONS.get(token);
}

export function functionTokens(): string[] {
  return [...FUNCTIONS.keys()];
}
