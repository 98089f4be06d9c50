// The provider object Pulumi serializes into the resource's `__provider` property. Closure
// serialization would capture an imported module by value when it lives outside a node_modules
// directory (a workspace or `npm link` install), dragging the gRPC and Alibaba SDKs into the
// serialized text. So each method only `require`s the run-time half when the host calls it: the
// text stays tiny and the host loads the installed package from the program's node_modules.
import type * as pulumi from '@pulumi/pulumi';
import type * as runtime from './provider';

const RUNTIME_MODULE = 'pulumi-alicloudvpn-dynamic/runtime';

const load = (): typeof runtime => require(RUNTIME_MODULE);

export const serializedProvider: pulumi.dynamic.ResourceProvider = {
  check: (olds, news) => load().check(olds, news),
  diff: (id, olds, news) => load().diff(id, olds, news),
  create: (inputs) => load().create(inputs),
  read: (id, props) => load().read(id, props),
  update: (id, olds, news) => load().update(id, olds, news),
  delete: (id, props) => load().remove(id, props),
};
