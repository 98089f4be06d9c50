// What the dynamic-provider variant (package pulumi-alicloudvpn-dynamic) runs: the same resource code,
// cloud port and wire codec as the plugin, published through this package's `exports` map so that no
// other package reaches into dist/.

export { check, diff, create, read, update, remove } from './resources/vpnConnection';
export { TOP_LEVEL_INPUTS, COMPUTED_PROPERTIES, INPUT_FIELDS } from './resources/vpnConnection/fields';
export { PartialFailure, isUnknown } from './resources/resource';
export type { CheckFailure, OperationContext, PropertyMap } from './resources/resource';
export { createVpcPort, resolveCloudSettings } from './cloud';
export type { CloudSettings } from './cloud';
export { decodeWireObject, encodeWireObject } from './server/codec';
