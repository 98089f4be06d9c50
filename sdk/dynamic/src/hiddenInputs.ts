// Dynamic providers see only their resource's own properties: no URN, no provider config, no old
// inputs on diff. These hidden properties carry what the shared resource code needs instead.
import type { PropertyMap } from 'pulumi-resource-alicloudvpn/dynamic';

/** Where and as whom to call the VPC API, snapshotted at deploy time (secret in state). */
export const CLOUD_KEY = '__cloud';
/** The resource's URN, computed by the program (dynamic providers never see it): ClientTokens and ownership. */
export const SEED_KEY = '__clientTokenSeed';
/** The stack identity (stackIdentity.ts): with the URN, what ClientTokens and ownership tags are derived from. */
export const STACK_KEY = '__stackIdentity';
/** The checked inputs of the last create/update/refresh, kept in outputs because diff gets no old inputs. */
export const INPUTS_KEY = '__inputs';
/** The serialized provider, added and read by the dynamic-provider host itself. */
export const PROVIDER_KEY = '__provider';

const HIDDEN_KEYS: readonly string[] = [CLOUD_KEY, SEED_KEY, STACK_KEY, INPUTS_KEY, PROVIDER_KEY];

export interface SplitProperties {
  /** The VpnConnection's own properties. */
  resource: PropertyMap;
  cloud: unknown;
  seed: unknown;
  stack: unknown;
  inputs: unknown;
}

export function splitHidden(props: PropertyMap): SplitProperties {
  const resource: PropertyMap = {};
  for (const [key, value] of Object.entries(props)) {
    if (!HIDDEN_KEYS.includes(key)) resource[key] = value;
  }
  return { resource, cloud: props[CLOUD_KEY], seed: props[SEED_KEY], stack: props[STACK_KEY], inputs: props[INPUTS_KEY] };
}
