// A DescribeVpnConnection answer as the service writes it (PascalCase JSON), turned into what the SDK hands
// the cloud port (its DescribeVpnConnectionResponseBody: the same names, first letter lower-case).
import type { VpnConnectionBody } from 'pulumi-resource-alicloudvpn/dist/cloud';

function camel(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(camel);
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.charAt(0).toLowerCase() + k.slice(1), camel(x)]));
}

export function sdkBody(serviceJson: Record<string, unknown>): VpnConnectionBody {
  return camel(serviceJson) as VpnConnectionBody;
}
