// The connection's operation: the gateway operation every change of a VPN gateway shares (shared/operation.ts),
// with the connection's Describe, and the checked arguments its steps take.

import { VpnConnectionBody } from '../../cloud';
import { GatewayOperation } from '../shared/operation';
import { VpnConnectionArgs } from './types';

export type Args = VpnConnectionArgs & { regionId: string };

export class Operation extends GatewayOperation {
  describe(regionId: string, vpnConnectionId: string): Promise<VpnConnectionBody> {
    return this.retry(`DescribeVpnConnection ${vpnConnectionId}`, () =>
      this.port.describeVpnConnection({ regionId, vpnConnectionId }, { signal: this.ctx.signal }),
    );
  }
}
