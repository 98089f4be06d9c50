export { CloudSettings, CredentialSource, ResolvedCloudSettings, SettingsFailure, StaticCredentials, resolveCloudSettings, DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_READ_TIMEOUT_MS, READ_TIMEOUT_ENV } from './settings';
// client.ts loads the Alibaba clients: import it directly where it is wanted (see portFactory.ts).
export { createVpcPort } from './portFactory';
export { SdkTimeouts, requestWaitMs, sdkTimeouts } from './sdkTimeouts';
export { SettingHint, SettingKey, plainSettingHint, placeholder } from './settingHints';
export { ConnectionTarget, EMULATOR_STATE_FILE, connectionHint, emulatorStartCommand, explainConnectionError } from './connectionHints';
export { ACCESS_KEY_NOT_FOUND, CredentialTarget, NO_CREDENTIALS, SIGNATURE_DOES_NOT_MATCH, explainCredentialError } from './credentialHints';
export { explainGatewayError, gatewayNotFoundMessage } from './gatewayHints';
export { HintTarget, isSettingsError, withErrorHints } from './errorHints';
export {
  ApiBody,
  ApiParams,
  ApiRequest,
  CreateVpnConnectionResult,
  DeleteVpnConnectionRequest,
  DescribeVpnConnectionRequest,
  DescribeVpnGatewayRequest,
  ListVpnConnectionsRequest,
  RequestOptions,
  Tag,
  TagVpnConnectionRequest,
  UntagVpnConnectionRequest,
  VpcPort,
  VpnConnectionBody,
  VpnGatewayInfo,
} from './port';
export {
  CloudError,
  ErrorClass,
  ErrorContext,
  OperationAbortedError,
  ServiceErrorParts,
  classify,
  invalidResponse,
  serviceError,
  toCloudError,
  isNotFound,
  isGatewayNotFound,
  isAlreadyExists,
  isIdempotencyMismatch,
  BUSY_CODES,
  GATEWAY_STATE_CODES,
  GATEWAY_BUSY_CODES,
  isGatewayBusy,
  THROTTLING_CODES,
  NOT_FOUND_CODES,
  NETWORK_ERROR_CODES,
  VPN_CONNECTION_NOT_FOUND,
  VPN_GATEWAY_NOT_FOUND,
} from './errors';
export { redactSecrets, secretForms, stripRequestDetails, SECRET_MASK } from './errorText';
export { Clock, Deadline, systemClock, remainingMs } from './clock';
export { raceAbort } from './abort';
export { RetryObserver, RetryPolicy, RetryOptions, RetryProbe, RetryPace, DEFAULT_RETRY_POLICY, DEFAULT_OUTAGE_WINDOW_MS, OUTAGE_CODES, OUTAGE_MAX_DELAY_MS, OUTAGE_WINDOW_ENV, backoffDelay, attemptsFor, isOutage, outageWindowMs, retryPolicyFromEnv, withRetry, Retrier, AFTER_FAILURE_BUDGET } from './retry';
export { GatewayLocks, gatewayLocks, gatewayLockKey } from './gatewayLock';
export { GatewayPacing, PacingOptions, BusyBounds, DEFAULT_PACING, pacingFor } from './gatewayPacing';
export { MAX_POLL_MS, POLL_MS, PROGRESS_EVERY_MS, PollSchedule, geometricSchedule, pollIntervals } from './polling';
export { waitForGatewayActive, gatewayGoneProbe, isGatewayGoing, GatewayNotUsableError, WaitOptions } from './waiters';
export { GatewayAccess, GatewayAccessOptions, GatewayRef } from './gatewayAccess';
export { CUSTOMER_GATEWAY_RESOURCE_TYPE, TaggedResource, tagParams, tagParamsFor, untagParamsFor } from './tags';
export { deriveClientToken, canonicalJson, TokenOperation, CLIENT_TOKEN_MAX_LENGTH } from './clientToken';
