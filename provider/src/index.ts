// Public entry of the provider package: the resource implementation and the cloud port, for the
// gRPC server, the SDK's dynamic provider and tests.

export {
  VPN_CONNECTION_TYPE,
  SECRET_PATHS,
  check,
  diff,
  previewOutputs,
  create,
  read,
  update,
  remove,
  InvalidInputsError,
  VpnConnectionArgs,
  VpnConnectionState,
} from './resources/vpnConnection';
export {
  Unknown,
  isUnknown,
  PropertyMap,
  PropertyValue,
  OperationContext,
  CreateContext,
  CheckContext,
  CheckResult,
  CheckFailure,
  DiffResult,
  PropertyDiff,
  PropertyDiffKind,
  CreateResult,
  ReadResult,
  PartialFailure,
  LogLevel,
} from './resources/resource';
export { CloudSettings, ResolvedCloudSettings, resolveCloudSettings, createVpcPort, VpcPort, CloudError, OperationAbortedError } from './cloud';
