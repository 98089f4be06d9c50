// A VPN gateway the service does not know, in the user's terms: gateways belong to one region, so the
// message names the region asked and the settings that choose it; on the local emulator, the command
// that lists the gateways it serves.

import { emulatorTargetOf, type ConnectionTarget } from './connectionHints';
import { answerRef, CloudError, isGatewayNotFound, reworded } from './errors';
import type { DescribeVpnGatewayRequest } from './port';
import type { SettingHint } from './settingHints';

export function gatewayNotFoundMessage(req: DescribeVpnGatewayRequest, target: ConnectionTarget, hint: SettingHint): string {
  const emulator = emulatorTargetOf(target);
  const list =
    emulator !== undefined
      ? ` On the emulator, \`npx alicloudvpn-emulator gateway list --endpoint ${emulator} --region ${req.regionId}\` lists the gateways of that region.`
      : '';
  return (
    `VPN gateway ${req.vpnGatewayId} does not exist in region ${req.regionId}. Check the gateway id, and that the region is the gateway's: ` +
    `set regionId on the resource, or the provider's region with ${hint('region')}.${list}`
  );
}

/** A gateway not-found answer (to DescribeVpnGateway or CreateVpnConnection), rewritten to name the region and the fix; any other error as it was. */
export function explainGatewayError(error: unknown, req: DescribeVpnGatewayRequest, target: ConnectionTarget, hint: SettingHint): unknown {
  if (!(error instanceof CloudError) || !isGatewayNotFound(error)) return error;
  return reworded(error, `${gatewayNotFoundMessage(req, target, hint)} (${error.code}, ${answerRef(error.statusCode ?? 404, error.requestId)})`);
}
