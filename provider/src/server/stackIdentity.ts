// The identity of one stack instance. A URN is unique only within one backend: two stacks of the same
// project and stack name in two backends, a new stack under a renamed stack's old name, or a project copied
// from the same template give the same URNs. What tells them apart is a random value that CheckConfig adds
// to the provider's own checked inputs and carries forward from the old ones: the engine records it with
// the provider resource before any resource that uses the provider is created, so it survives an
// interrupted first `pulumi up`, re-runs, kills and replacements of the same provider.

import { randomBytes } from 'node:crypto';
import type { PropertyMap } from '../resources/resource';

/** The provider input that holds it: not configuration, never set by the user. */
export const STACK_IDENTITY_KEY = 'stackIdentity';

const FORM = /^[0-9a-f]{32}$/;

export function isStackIdentity(value: unknown): value is string {
  return typeof value === 'string' && FORM.test(value);
}

export function newStackIdentity(): string {
  return randomBytes(16).toString('hex');
}

/** CheckConfig's inputs: the recorded identity (olds first: a refresh may send the recorded inputs as news), or a new one. */
export function withStackIdentity(olds: PropertyMap, news: PropertyMap): PropertyMap {
  const identity = [olds[STACK_IDENTITY_KEY], news[STACK_IDENTITY_KEY]].find(isStackIdentity) ?? newStackIdentity();
  return { ...news, [STACK_IDENTITY_KEY]: identity };
}
