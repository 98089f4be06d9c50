// A customer gateway's values in each shape the lifecycle needs, all read from its descriptor: the request
// parameters of Create and Modify (and the secrets among them), outputs from a Describe answer, the inputs a
// refresh or import reconstructs, and a preview's outputs.

import { CloudError, type ApiBody, type ApiRequest } from '../../cloud';
import type { Prop } from '../../descriptor/property';
import { isPlainObject } from '../../descriptor/coerce';
import { fromBody, secretPaths, secretValues, toParams } from '../../descriptor/wire';
import { PropertyMap } from '../resource';
import { previewWithComputed } from '../../descriptor/preview';
import { withoutProviderTags } from '../shared/providerTags';
import { CUSTOMER_GATEWAY, CUSTOMER_GATEWAY_COMPUTED } from './descriptor';

export const CUSTOMER_GATEWAY_NOT_FOUND = 'InvalidCustomerGatewayInstanceId.NotFound';
/** DeleteCustomerGateway while a connection (or a tunnel) uses the customer gateway. */
export const CUSTOMER_GATEWAY_IN_USE = 'DependencyViolation.VpnConnection';

export const SECRET_PATHS: readonly string[] = secretPaths(CUSTOMER_GATEWAY, []);

const PROPS: Readonly<Record<string, Prop>> = CUSTOMER_GATEWAY.props;

/** Properties ModifyCustomerGatewayAttribute changes: those neither replaced nor tags. */
export const MODIFIABLE: readonly string[] = Object.entries(PROPS)
  .filter(([, p]) => !p.replaceOnChange && p.api?.form !== 'tags')
  .map(([k]) => k);

export function isCustomerGatewayNotFound(e: unknown): boolean {
  return e instanceof CloudError && e.code === CUSTOMER_GATEWAY_NOT_FOUND;
}

/** A request from checked inputs (`pick` chooses the properties), carrying the secret values for masking. */
export function request(inputs: PropertyMap, pick: (name: string) => boolean, extra: Record<string, string>): ApiRequest {
  const params = { ...toParams(CUSTOMER_GATEWAY, inputs, (k) => pick(k)), ...extra };
  return { params, secrets: secretValues(CUSTOMER_GATEWAY, inputs) };
}

/** What a Describe answer says, as outputs: the user's tags only, the ASN as text, the region as asked. */
export function outputsFromBody(body: ApiBody, regionId: string): PropertyMap {
  const out: PropertyMap = { ...fromBody(CUSTOMER_GATEWAY, body), ...fromBody(CUSTOMER_GATEWAY_COMPUTED, body), regionId };
  if (typeof out.asn === 'number') out.asn = String(out.asn);
  out.tags = withoutProviderTags(out.tags ?? {});
  return out;
}

/** Refresh keeps the inputs the user set, with live values; import writes the program's inputs, without secrets. */
export function inputsFrom(outputs: PropertyMap, oldInputs: PropertyMap | undefined): PropertyMap {
  const inputs: PropertyMap = {};
  const given = oldInputs !== undefined && Object.keys(oldInputs).length > 0 ? oldInputs : undefined;
  for (const [k, p] of Object.entries(PROPS)) {
    const live = outputs[k];
    if (live === undefined) continue;
    if (given !== undefined ? k in given : !p.secret && !(k === 'tags' && isPlainObject(live) && Object.keys(live).length === 0)) inputs[k] = live;
  }
  return inputs;
}

/** A preview's outputs: the inputs, and unknowns for what the service computes (kept from the old outputs on update). */
export function previewOutputs(inputs: PropertyMap, oldOutputs?: PropertyMap): PropertyMap {
  return previewWithComputed(CUSTOMER_GATEWAY_COMPUTED, inputs, oldOutputs);
}
