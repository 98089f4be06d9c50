// Every error the emulator can answer, with the HTTP status and message the real
// service uses. Codes marked "guess" in README.md are plausible stand-ins where the
// real code is not documented.

export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly httpStatus: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Factory = (...args: string[]) => ApiError;

function fixed(code: string, status: number, message: string): () => ApiError {
  return () => new ApiError(code, status, message);
}

/** `%s` placeholders are filled in order, as the real messages are templated. */
function templated(code: string, status: number, template: string): Factory {
  return (...args: string[]) => {
    let i = 0;
    return new ApiError(code, status, template.replace(/%s/g, () => args[i++] ?? ''));
  };
}

export const Errors = {
  // Authentication and gateway-level (POP) errors.
  signatureDoesNotMatch: fixed('SignatureDoesNotMatch', 400, 'Specified signature is not matched with our calculation.'),
  accessKeyNotFound: fixed('InvalidAccessKeyId.NotFound', 404, 'Specified access key is not found.'),
  timestampExpired: fixed('InvalidTimeStamp.Expired', 400, 'Specified time stamp or date value is expired.'),
  timestampFormat: fixed('InvalidTimeStamp.Format', 400, 'Specified time stamp or date value is not well formatted.'),
  nonceUsed: fixed('SignatureNonceUsed', 400, 'Specified signature nonce was used already.'),
  missingSignature: fixed('IncompleteSignature', 400, 'The request signature does not conform to Aliyun standards.'),
  contentSha256Mismatch: fixed('ContentSHA256NotMatched', 400, 'The x-acs-content-sha256 header does not match the hash of the request body.'),
  securityTokenMismatch: fixed('InvalidSecurityToken.Mismatch', 403, 'Specified SecurityToken mismatch with the AccessKey.'),
  unsupportedSignatureMethod: fixed('InvalidSignatureMethod', 400, 'Specified signature method is not supported.'),
  actionNotFound: fixed('InvalidAction.NotFound', 404, 'Specified api is not found, please check your url and method.'),
  invalidVersion: fixed('InvalidVersion', 400, 'Specified parameter Version is not valid.'),
  throttling: fixed('Throttling.User', 400, 'Request was denied due to user flow control.'),
  serviceUnavailable: fixed('ServiceUnavailable', 503, 'The request has failed due to a temporary failure of the server.'),
  internalError: fixed('InternalError', 500, 'The request processing has failed due to some unknown error, exception or failure.'),
  forbidden: fixed('Forbidden', 403, 'User not authorized to operate on the specified resource.'),
  forbiddenSubUser: fixed('Forbbiden.SubUser', 403, 'User not authorized to operate on the specified resource as your account is created by another user.'),

  /** POP answers a missing mandatory parameter with `Missing<Name>`. */
  missing: (name: string) => new ApiError(`Missing${name}`, 400, `${name} is mandatory for this action.`),

  // Idempotency and dry run.
  idempotentMismatch: fixed('IdempotentParameterMismatch', 400, 'Request uses a client token in a previous request but is not identical to that request.'),
  clientTokenMalformed: fixed('InvalidClientToken.Malformed', 400, 'The specified parameter "ClientToken" is not valid.'),
  dryRun: fixed('DryRunOperation', 400, 'Request validation has been passed with DryRun flag set.'),

  // VPN resources (from the seed document and the error centre).
  vpnConnectionNotFound: fixed('InvalidVpnConnectionInstanceId.NotFound', 404, 'The specified vpn connection instance id does not exist.'),
  vpnGatewayNotFound: fixed('InvalidVpnGatewayInstanceId.NotFound', 404, 'The specified vpn gateway instance id does not exist.'),
  customerGatewayNotFound: fixed('InvalidCustomerGatewayInstanceId.NotFound', 404, 'The specified customer gateway instance id does not exist.'),
  configuring: fixed('VpnGateway.Configuring', 400, 'The specified service is configuring.'),
  financialLocked: fixed('VpnGateway.FinancialLocked', 400, 'The specified service is financial locked.'),
  alreadyExists: fixed('InvalidVpnConnection.AlreadyExists', 400, 'Vpn connection already exists.'),
  quotaFull: fixed('Resource.QuotaFull', 400, 'The quota of resource is full'),
  policyRouteQuota: templated('QuotaExceeded.PolicyBasedRoute', 400,
    'The maximum number of policy-based routes is exceeded. Existing routes: %s. Routes to be created: %s. Maximum routes: %s.'),
  illegalLocalSubnet: templated('IllegalParam.LocalSubnet', 400, 'The specified "LocalSubnet" (%s) is invalid.'),
  illegalRemoteSubnet: templated('IllegalParam.RemoteSubnet', 400, 'The specified "RemoteSubnet" (%s) is invalid.'),
  gatewayHasConnections: fixed('VpnDependencyViolation.VpnConnection', 400, 'The specified vpn gateway has vpn connections.'),
  customerGatewayInUse: fixed('DependencyViolation.VpnConnection', 400, 'The specified customer gateway is used by vpn connections.'),
  tunnelCidrConflict: fixed('InvalidTunnelCidr.AlreadyExists', 400, 'The specified tunnel cidr is already used by another tunnel of the vpn gateway.'),
  gatewayIncorrectStatus: fixed('IncorrectStatus.VpnGateway', 400, 'The status of the specified vpn gateway is incorrect.'),
  forbiddenRelease: fixed('ForbiddenRelease', 400, 'Forbidden to release a prepaid instance within validity period.'),

  // Networks (the VPC API's codes for unknown VPCs and vSwitches).
  vpcNotFound: fixed('InvalidVpcId.NotFound', 404, 'Specified VPC does not exist.'),
  vswitchNotFound: fixed('InvalidVSwitchId.NotFound', 404, 'Specified virtual switch does not exist.'),

  // VPN gateway routes.
  routeEntryNotFound: fixed('InvalidRouteEntry.NotFound', 404, 'The specified route entry does not exist.'),
  routeEntryAlreadyExists: fixed('VpnRouteEntry.AlreadyExists', 400, 'The specified route entry already exists.'),
  connectionHasRoutes: fixed('DependencyViolation.VpnRouteEntry', 400, 'The specified vpn connection is the next hop of vpn route entries.'),

  /**
   * Generic invalid value, modelled on IllegalParam.LocalSubnet. Secrets are never echoed:
   * pass `undefined` as the value to leave it out of the message.
   */
  illegal: (name: string, value?: string) =>
    new ApiError(`IllegalParam.${name}`, 400,
      value === undefined ? `The specified "${name}" is invalid.` : `The specified "${name}" (${value}) is invalid.`),

  // Tunnel mode: the parameter sets of single- and dual-tunnel mode exclude each other (guesses).
  singleTunnelParameter: (name: string) =>
    new ApiError('OperationUnsupported.SingleTunnelParameter', 400, `The parameter "${name}" is not supported in dual-tunnel mode.`),
  dualTunnelParameter: (name: string) =>
    new ApiError('OperationUnsupported.DualTunnelParameter', 400, `The parameter "${name}" is not supported in single-tunnel mode.`),
  tunnelNotFound: fixed('InvalidTunnelId.NotFound', 404, 'The specified tunnel id does not exist.'),

  // Tags: the codes and messages of Alibaba Cloud's shared tag service (TagResources & co.).
  tagKeyMalformed: fixed('InvalidTagKey.Malformed', 400, 'The specified Tag.n.Key is not valid.'),
  tagValueMalformed: fixed('InvalidTagValue.Malformed', 400, 'The specified Tag.n.Value is not valid.'),
  duplicateTagKey: fixed('Duplicate.TagKey', 400, 'The Tag.N.Key contain duplicate key.'),
  tooManyTagsInRequest: fixed('NumberExceed.Tags', 400, "The Tags parameter's number is exceed , Valid : 20"),
  tooManyResourceIds: fixed('NumberExceed.ResourceIds', 400, "The ResourceIds parameter's number is exceed , Valid : 50"),
  tagQuotaExceeded: fixed('OperationDenied.QuotaExceed', 400, 'The quota of tags on resource is beyond permitted range.'),
  resourceTypeNotFound: fixed('InvalidResourceType.NotFound', 404, 'The ResourceType provided does not exist in our records.'),
  resourceIdNotFound: fixed('InvalidResourceId.NotFound', 404, 'The specified ResourceIds are not found in our records.'),
} as const;
