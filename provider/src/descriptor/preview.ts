// A preview's outputs for a resource whose computed properties are a descriptor of their own: the inputs, and for
// each computed property the old output (on update) or an unknown of its type until the service answers.

import { PropertyMap, Unknown, isUnknown } from '../resources/resource';
import type { ObjectDescriptor } from './property';

export function previewWithComputed(computed: ObjectDescriptor, inputs: PropertyMap, oldOutputs?: PropertyMap): PropertyMap {
  const out: PropertyMap = { ...inputs };
  for (const [k, p] of Object.entries(computed.props)) {
    const old = oldOutputs?.[k];
    out[k] = old !== undefined && !isUnknown(old) ? old : new Unknown(p.type === 'number' || p.type === 'integer' ? 'number' : 'string');
  }
  return out;
}
