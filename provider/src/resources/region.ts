// The region an operation addresses: the resource's own, else the provider's.

import { type CheckContext, type PropertyMap, isUnknown } from './resource';
import { isSet } from '../descriptor/coerce';

export function regionOf(port: { readonly defaultRegion?: string }, ...sources: (PropertyMap | undefined)[]): string {
  for (const s of sources) if (typeof s?.regionId === 'string' && s.regionId !== '') return s.regionId;
  if (port.defaultRegion) return port.defaultRegion;
  throw new Error('regionId: unknown; set regionId on the resource or the provider region (ALIBABA_CLOUD_REGION_ID)');
}

/** check's rule for `regionId`: the provider's region fills an unset one; an empty one fails. */
export function checkRegion(c: { fail(path: string, reason: string): void }, out: PropertyMap, ctx: CheckContext): void {
  if (!isSet(out.regionId)) {
    if (ctx.defaultRegion) out.regionId = ctx.defaultRegion;
    else c.fail('regionId', 'no region: set regionId on the resource or the provider\'s region (alicloudvpn:region or ALIBABA_CLOUD_REGION_ID)');
  } else if (!isUnknown(out.regionId) && out.regionId === '') c.fail('regionId', 'must not be empty');
}
