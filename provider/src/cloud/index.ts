export { CloudSettings, CredentialSource, ResolvedCloudSettings, SettingsFailure, StaticCredentials, resolveCloudSettings, DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_READ_TIMEOUT_MS } from './settings';
export { createVpcPort, createSdkClient, SdkVpcPort } from './client';
export {
  CreateVpnConnectionRequest,
  CreateVpnConnectionResult,
  DeleteVpnConnectionRequest,
  DescribeVpnConnectionRequest,
  DescribeVpnGatewayRequest,
  ListVpnConnectionsRequest,
  ModifyVpnConnectionAttributeRequest,
  RequestOptions,
  VpcPort,
  VpnConnectionAttributes,
  VpnConnectionBody,
  VpnGatewayInfo,
} from './port';
export {
  CloudError,
  ErrorClass,
  OperationAbortedError,
  classify,
  toCloudError,
  isNotFound,
  isGatewayNotFound,
  isAlreadyExists,
  isIdempotencyMismatch,
  BUSY_CODES,
  THROTTLING_CODES,
  NOT_FOUND_CODES,
  NETWORK_ERROR_CODES,
} from './errors';
export { Clock, Deadline, systemClock, remainingMs } from './clock';
export { RetryPolicy, RetryOptions, DEFAULT_RETRY_POLICY, backoffDelay, withRetry } from './retry';
export { GatewayLocks, gatewayLocks, gatewayLockKey } from './gatewayLock';
export { waitForGatewayActive, GatewayNotUsableError, WaitOptions } from './waiters';
export { deriveClientToken, canonicalJson, TokenOperation, CLIENT_TOKEN_MAX_LENGTH } from './clientToken';
