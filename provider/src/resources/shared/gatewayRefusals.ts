// What a change on a VPN gateway says when the gateway refuses it before anything is sent: the gateway is
// unknown, or financially locked. Both are blamed on vpnGatewayId, the property every such resource names it by.

import { CloudError, VpnGatewayInfo, isGatewayNotFound } from '../../cloud';

/** An unknown gateway, blamed on vpnGatewayId; the port's message names the region and the settings that choose it. */
export function gatewayError(e: unknown): unknown {
  if (isGatewayNotFound(e)) return new Error(`vpnGatewayId: ${(e as CloudError).message}`);
  return e;
}

/** A gateway locked for overdue payment takes no change until the account is settled. */
export function assertGatewayNotLocked(gw: VpnGatewayInfo): void {
  if (gw.businessStatus === 'FinancialLocked') {
    throw new Error(`vpnGatewayId: VPN gateway ${gw.vpnGatewayId} is financially locked (overdue payment); settle the account first`);
  }
}
