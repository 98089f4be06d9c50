// The provider's resource types as a reviewer reads them: the type token, a label, and the label of a type in the
// summary table. Every other type (providers, components, other packages) is an "other resource".

export const VPN_CONNECTION_TYPE = 'alicloudvpn:index:VpnConnection';
export const VPN_GATEWAY_TYPE = 'alicloudvpn:index:VpnGateway';
export const CUSTOMER_GATEWAY_TYPE = 'alicloudvpn:index:CustomerGateway';
export const VPN_ROUTE_ENTRY_TYPE = 'alicloudvpn:index:VpnRouteEntry';
export const VPN_PBR_ROUTE_ENTRY_TYPE = 'alicloudvpn:index:VpnPbrRouteEntry';

/** What each type is called in the comment. */
export const RESOURCE_LABELS: Readonly<Record<string, string>> = {
  [VPN_GATEWAY_TYPE]: 'VPN gateway',
  [CUSTOMER_GATEWAY_TYPE]: 'customer gateway',
  [VPN_CONNECTION_TYPE]: 'VPN connection',
  [VPN_ROUTE_ENTRY_TYPE]: 'route entry',
  [VPN_PBR_ROUTE_ENTRY_TYPE]: 'policy-based route entry',
};

export function isReportedType(type: string): boolean {
  return Object.prototype.hasOwnProperty.call(RESOURCE_LABELS, type);
}

