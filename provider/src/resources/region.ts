// The region an operation addresses: the resource's own, else the provider's.

import { type CheckContext, type PropertyMap, isUnknown } from './resource';
import { isSet } from '../descriptor/coerce';
import { notARegionId } from '../cloud/settings';

/**
 * The `regionId` input every resource takes, as its descriptor declares it: `of` names what the region is the
 * region of, `replaced` what a change of it replaces.
 */
export function regionIdProp(of: string, replaced: string) {
  return {
    type: 'string',
    description: `The ID of the region of the ${of} (for example \`cn-shanghai\`). Defaults to the provider's region. Changing it replaces the ${replaced}.`,
    outputDescription: `The ID of the region of the ${of}.`,
    alwaysOutput: true,
    replaceOnChange: true,
    api: { key: 'RegionId', form: 'text' },
  } as const;
}

export function regionOf(port: { readonly defaultRegion?: string }, ...sources: (PropertyMap | undefined)[]): string {
  for (const s of sources) if (typeof s?.regionId === 'string' && s.regionId !== '') return s.regionId;
  if (port.defaultRegion) return port.defaultRegion;
  throw new Error('regionId: unknown; set regionId on the resource or the provider region (ALIBABA_CLOUD_REGION_ID)');
}

/**
 * check's rule for `regionId`, on the value the type checks left in `out`: the provider's region fills an unset
 * one; an empty one or one that is not a region id fails.
 */
export function checkRegion(c: { fail(path: string, reason: string): void }, out: PropertyMap, ctx: CheckContext): void {
  const v = out.regionId;
  if (isUnknown(v)) return;
  if (!isSet(v)) {
    if (ctx.defaultRegion) out.regionId = ctx.defaultRegion;
    else c.fail('regionId', 'required: set regionId on the resource or the provider\'s region (config alicloudvpn:region or ALIBABA_CLOUD_REGION_ID), for example cn-hangzhou');
  } else if (v === '') c.fail('regionId', 'must not be empty; give a region id such as cn-hangzhou, or leave it out for the provider\'s region');
  else if (typeof v === 'string') {
    const bad = notARegionId(v);
    if (bad !== undefined) c.fail('regionId', bad);
  }
}
