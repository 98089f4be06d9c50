// A DescribeVpnConnection answer as the service writes it (PascalCase JSON): what the cloud port returns.
import type { VpnConnectionBody } from 'pulumi-resource-alicloudvpn/dist/cloud';

export function serviceBody(serviceJson: Record<string, unknown>): VpnConnectionBody {
  return serviceJson;
}
