// The port with every failure a setting can fix explained in the user's terms: connection failures
// (connectionHints.ts), a bad AccessKey pair (credentialHints.ts) and an unknown VPN gateway
// (gatewayHints.ts). Code, class and action stay, so retry decisions do not change.

import { explainConnectionError, type ConnectionTarget } from './connectionHints';
import { ACCESS_KEY_NOT_FOUND, NO_CREDENTIALS, SIGNATURE_DOES_NOT_MATCH, explainCredentialError, type CredentialTarget } from './credentialHints';
import { CloudError } from './errors';
import { explainGatewayError } from './gatewayHints';
import type { DescribeVpnGatewayRequest, VpcPort } from './port';
import type { SettingHint } from './settingHints';

export type HintTarget = ConnectionTarget & CredentialTarget;

/** Failures that only a change of the provider's settings (credentials, endpoint, protocol) fixes. */
const SETTINGS_CODES: readonly string[] = [
  NO_CREDENTIALS,
  SIGNATURE_DOES_NOT_MATCH,
  ACCESS_KEY_NOT_FOUND,
  'ECONNREFUSED',
  'ENOTFOUND',
  'EPROTO',
  'ERR_SSL_WRONG_VERSION_NUMBER',
];

export function isSettingsError(e: unknown): boolean {
  return e instanceof CloudError && SETTINGS_CODES.includes(e.code);
}

export function withErrorHints(port: VpcPort, target: HintTarget, hint: SettingHint): VpcPort {
  const explain = (e: unknown): unknown => explainCredentialError(explainConnectionError(e, target, hint), target, hint);
  const explained = <T>(p: Promise<T>): Promise<T> =>
    p.catch((e: unknown) => {
      throw explain(e);
    });
  // The calls that name a gateway: the service answers either with the gateway's not-found code.
  const onGateway = <T>(p: Promise<T>, req: DescribeVpnGatewayRequest): Promise<T> =>
    p.catch((e: unknown) => {
      throw explainGatewayError(explain(e), req, target, hint);
    });
  return {
    get defaultRegion() {
      return port.defaultRegion;
    },
    call: (action, req, opts) => explained(port.call(action, req, opts)),
    createVpnConnection: (req, opts) => onGateway(port.createVpnConnection(req, opts), { regionId: req.params.RegionId ?? '', vpnGatewayId: req.params.VpnGatewayId ?? '' }),
    modifyVpnConnectionAttribute: (req, opts) => explained(port.modifyVpnConnectionAttribute(req, opts)),
    deleteVpnConnection: (req, opts) => explained(port.deleteVpnConnection(req, opts)),
    describeVpnConnection: (req, opts) => explained(port.describeVpnConnection(req, opts)),
    describeVpnGateway: (req, opts) => onGateway(port.describeVpnGateway(req, opts), req),
    listVpnConnectionIds: (req, opts) => explained(port.listVpnConnectionIds(req, opts)),
    tagVpnConnection: (req, opts) => explained(port.tagVpnConnection(req, opts)),
    untagVpnConnection: (req, opts) => explained(port.untagVpnConnection(req, opts)),
  };
}
