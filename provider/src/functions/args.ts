// A lookup function's arguments: each described from a property of its resource (argument), and their check: each
// by its descriptor (descriptor/check.ts), exactly one of the id and the name, the region (the provider's when not
// given), and no argument the function does not have. Every failure names the argument, what is allowed and the
// fix; none needs an API call.

import { checkObject } from '../descriptor/check';
import { isSet } from '../descriptor/coerce';
import type { ObjectDescriptor, Prop } from '../descriptor/property';
import { CheckContext, CheckResult, PropertyMap, isUnknown } from '../resources/resource';
import { Checker } from '../resources/shared/checker';
import type { LookupTarget } from './lookup';

/** A property's type and limits from the resource, with the text of a lookup argument. */
export function argument(p: Prop, description: string): Prop {
  return { type: p.type, ...(p.limits ? { limits: p.limits } : {}), description };
}

export function checkLookupArgs(d: ObjectDescriptor, t: LookupTarget, args: PropertyMap, ctx: CheckContext): CheckResult {
  const c = new Checker();
  const known = Object.keys(d.props);
  for (const k of Object.keys(args)) {
    if (!known.includes(k)) c.fail(k, `is not an argument of this function (its arguments: ${known.join(', ')}); remove it`);
  }
  const out = checkObject(c, d, args, '');
  // checkObject names paths from its prefix: `.regionId` at the top level.
  for (const f of c.failures) f.property = f.property.replace(/^\./, '');
  const failed = (k: string) => c.failures.some((f) => f.property === k);
  for (const k of [t.idArg, t.nameArg, 'regionId']) {
    if (args[k] === '' && !failed(k)) c.fail(k, `must not be empty; give the ${k === 'regionId' ? 'region ID (for example cn-hangzhou) or leave it out for the provider\'s region' : `${t.noun}'s ${k === t.idArg ? 'ID' : 'name'}`}`);
  }
  const hasId = isSet(args[t.idArg]);
  const hasName = isSet(args[t.nameArg]);
  if (hasId && hasName) {
    c.fail(t.nameArg, `give ${t.idArg} or ${t.nameArg}, not both: remove ${t.nameArg} (the ID names exactly one ${t.noun})`);
  } else if (!hasId && !hasName) {
    c.fail(t.idArg, `required unless ${t.nameArg} is given: give the ID or the name of the ${t.noun} to look up`);
  }
  if (!isSet(out.regionId)) {
    if (ctx.defaultRegion) out.regionId = ctx.defaultRegion;
    else c.fail('regionId', 'no region: give regionId, or set the provider\'s region (alicloudvpn:region or ALIBABA_CLOUD_REGION_ID)');
  }
  return { inputs: out, failures: c.failures };
}

/** Whether any checked argument is not known yet (a preview): the lookup then has nothing to answer. */
export function hasUnknownArgs(args: PropertyMap): boolean {
  return Object.values(args).some(isUnknown);
}
