// The region an operation addresses: the resource's own, else the provider's.

import type { PropertyMap } from './resource';

export function regionOf(port: { readonly defaultRegion?: string }, ...sources: (PropertyMap | undefined)[]): string {
  for (const s of sources) if (typeof s?.regionId === 'string' && s.regionId !== '') return s.regionId;
  if (port.defaultRegion) return port.defaultRegion;
  throw new Error('regionId: unknown; set regionId on the resource or the provider region (ALIBABA_CLOUD_REGION_ID)');
}
