// The region an operation addresses: the resource's own, else the provider's.

import { isSet } from '../descriptor/coerce';
import { isUnknown, type CheckContext, type PropertyMap } from './resource';

export function regionOf(port: { readonly defaultRegion?: string }, ...sources: (PropertyMap | undefined)[]): string {
  for (const s of sources) if (typeof s?.regionId === 'string' && s.regionId !== '') return s.regionId;
  if (port.defaultRegion) return port.defaultRegion;
  throw new Error('regionId: unknown; set regionId on the resource or the provider region (ALIBABA_CLOUD_REGION_ID)');
}

/** check's region rule: a given regionId must not be empty; none given takes the provider's, or fails naming both. */
export function checkRegionInput(c: { fail(path: string, reason: string): void }, out: PropertyMap, ctx: CheckContext): void {
  if (!isSet(out.regionId)) {
    if (ctx.defaultRegion) out.regionId = ctx.defaultRegion;
    else c.fail('regionId', 'no region: set regionId on the resource or the provider\'s region (alicloudvpn:region or ALIBABA_CLOUD_REGION_ID)');
  } else if (!isUnknown(out.regionId) && out.regionId === '') c.fail('regionId', 'must not be empty');
}
