// How a resource's check failures go to the engine. The engine prints a failure with a property as
// "property <p> value <inputs[p]> has a problem: <reason>", looking <p> up as one top-level key of the
// program's inputs: a nested path (`localSubnets[0]`) or a missing key prints `{<nil>}`, and a key that
// holds a secret prints the secret. Those failures go without a property, their path leading the
// reason (which names the bad value itself where it is safe to).

import { CheckFailure } from '@pulumi/pulumi/proto/provider_pb';
import type { CheckFailure as ResourceCheckFailure, PropertyMap } from '../resources/resource';
import { topLevelKey } from './propertyPath';

export function toCheckFailures(
  failures: readonly ResourceCheckFailure[],
  news: PropertyMap,
  secretPaths: readonly string[],
  redact: (text: string) => string,
): CheckFailure[] {
  const holdsSecret = new Set(secretPaths.map(topLevelKey));
  return failures.map((f) => {
    const reason = redact(f.reason);
    const engineCanShow = Object.prototype.hasOwnProperty.call(news, f.property) && !holdsSecret.has(f.property);
    if (engineCanShow) return new CheckFailure().setProperty(f.property).setReason(reason);
    return new CheckFailure().setReason(f.property === '' ? reason : `${f.property}: ${reason}`);
  });
}
