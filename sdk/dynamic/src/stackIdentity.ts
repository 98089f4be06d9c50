// The dynamic variant's stack identity (the plugin's is in its provider's checked inputs): one dynamic
// resource per stack whose create draws a random value. Every VpnConnection takes it as an input, so the
// engine records it before any connection is created, and it survives re-runs, kills and replacements;
// a stack in another backend, a new stack under a renamed stack's old name or a copied project draws its own.
import * as pulumi from '@pulumi/pulumi';
import { DYNAMIC_MODULE } from './names';

/** Draws the identity once; nothing else ever changes it. Self-contained: Pulumi serializes it into the state. */
const identityProvider: pulumi.dynamic.ResourceProvider = {
  async create() {
    // 32 hex digits, from Node's global Web Crypto (nothing to capture or import in the serialized text).
    const identity = globalThis.crypto.randomUUID().replace(/-/g, '');
    return { id: identity, outs: { identity } };
  },
  async diff() {
    return { changes: false };
  },
};

class StackIdentity extends pulumi.dynamic.Resource {
  declare readonly identity: pulumi.Output<string>;

  constructor(name: string) {
    super(identityProvider, name, { identity: undefined }, {}, DYNAMIC_MODULE, 'StackIdentity');
  }
}

/** The name of the one StackIdentity resource of a stack. */
export const STACK_IDENTITY_NAME = 'alicloudvpn-stack-identity';

const identities = new Map<string, StackIdentity>();

/** This stack's identity: the first call registers the StackIdentity resource, later calls share it. */
export function stackIdentity(): pulumi.Output<string> {
  const key = `${pulumi.getProject()}/${pulumi.getStack()}`;
  let resource = identities.get(key);
  if (resource === undefined) {
    resource = new StackIdentity(STACK_IDENTITY_NAME);
    identities.set(key, resource);
  }
  return resource.identity;
}

/** The URN a resource of this type and name gets under `parent` (the stack when there is none). */
export function urnUnder(type: string, name: string, parent: pulumi.Resource | undefined): pulumi.Output<string> {
  const root = `urn:pulumi:${pulumi.getStack()}::${pulumi.getProject()}`;
  if (parent === undefined) return pulumi.output(`${root}::${type}::${name}`);
  return parent.urn.apply((urn) => {
    const parentType = urn.split('::')[2] ?? '';
    const qualified = parentType === '' || parentType === 'pulumi:pulumi:Stack' ? type : `${parentType}$${type}`;
    return `${root}::${qualified}::${name}`;
  });
}
