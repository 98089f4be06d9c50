// What the server needs from a resource implementation, and the table of the ones it serves.
// Resources are plain functions over plain values (resources/resource.ts); everything about the
// wire stays in server/.

import * as customerGateway from '../resources/customerGateway';
import * as vpnConnection from '../resources/vpnConnection';
import * as vpnGateway from '../resources/vpnGateway';
import { VPN_PBR_ROUTE_ENTRY_TYPE, VPN_ROUTE_ENTRY_TYPE, vpnPbrRouteEntry, vpnRouteEntry } from '../resources/vpnRoute';
import type {
  CheckContext,
  CheckResult,
  CreateContext,
  CreateResult,
  DiffResult,
  OperationContext,
  PropertyMap,
  ReadResult,
} from '../resources/resource';
import type { VpcPort } from '../cloud';

export interface ResourceModule {
  /** Paths that are always secret in outputs and checked inputs (a generated PSK, say). */
  readonly secretPaths: readonly string[];
  /**
   * What the replacement guard (resources/shared/replacementGuard.ts) calls the resource; undefined for a resource
   * that guards its replacements itself (the connection's generation tag).
   */
  readonly guardedKind?: string;
  check(olds: PropertyMap, news: PropertyMap, ctx: CheckContext): CheckResult;
  diff(req: { id: string; oldOutputs: PropertyMap; oldInputs: PropertyMap; newInputs: PropertyMap; ignoreChanges?: string[] }): DiffResult;
  previewOutputs(inputs: PropertyMap, oldOutputs?: PropertyMap): PropertyMap;
  create(port: VpcPort, inputs: PropertyMap, ctx: CreateContext): Promise<CreateResult>;
  read(port: VpcPort, req: { id: string; oldOutputs?: PropertyMap; oldInputs?: PropertyMap }, ctx: OperationContext): Promise<ReadResult>;
  update(
    port: VpcPort,
    req: { id: string; oldOutputs: PropertyMap; oldInputs: PropertyMap; newInputs: PropertyMap },
    ctx: OperationContext,
  ): Promise<PropertyMap>;
  remove(port: VpcPort, req: { id: string; outputs: PropertyMap }, ctx: OperationContext): Promise<void>;
}

/** What a resource's module (resources/<name>/index.ts) exports. */
interface ResourceExports extends Omit<ResourceModule, 'secretPaths' | 'guardedKind'> {
  readonly SECRET_PATHS: readonly string[];
  readonly GUARDED_KIND?: string;
}

function served(m: ResourceExports): ResourceModule {
  const { SECRET_PATHS, GUARDED_KIND, check, diff, previewOutputs, create, read, update, remove } = m;
  return { secretPaths: SECRET_PATHS, guardedKind: GUARDED_KIND, check, diff, previewOutputs, create, read, update, remove };
}

const RESOURCES: ReadonlyMap<string, ResourceModule> = new Map<string, ResourceModule>([
  [vpnConnection.VPN_CONNECTION_TYPE, served(vpnConnection)],
  [customerGateway.CUSTOMER_GATEWAY_TYPE, served(customerGateway)],
  [vpnGateway.VPN_GATEWAY_TYPE, served(vpnGateway)],
  [VPN_ROUTE_ENTRY_TYPE, served(vpnRouteEntry)],
  [VPN_PBR_ROUTE_ENTRY_TYPE, served(vpnPbrRouteEntry)],
]);

export function resourceModule(type: string): ResourceModule | undefined {
  return RESOURCES.get(type);
}

export function resourceTypes(): string[] {
  return [...RESOURCES.keys()];
}
