// getVpnGateway, described from the VpnGateway resource's descriptor: its arguments take their types and limits
// from the resource's properties, and its result is the resource's outputs without what counts at purchase only
// (the service does not report it), so a property added to the VPN gateway is returned by the function too. Only
// what reads differently for a lookup is written here.

import type { ObjectDescriptor } from '../../descriptor/property';
import { VPN_GATEWAY_NOT_FOUND } from '../../cloud';
import { VPN_GATEWAY, VPN_GATEWAY_COMPUTED } from '../../resources/vpnGateway/descriptor';
import { PURCHASE_ONLY } from '../../resources/vpnGateway/model';
import { argument } from '../args';
import type { LookupTarget } from '../lookup';

export const GET_VPN_GATEWAY_TOKEN = 'alicloudvpn:index:getVpnGateway';

export const FUNCTION_DESCRIPTION =
  'Looks up a VPN gateway of Alibaba Cloud IPsec-VPN that the program does not manage, by ID (`vpnGatewayId`) or by exact name ' +
  '(`vpnGatewayName`), in `regionId` or the provider\'s region (DescribeVpnGateway / DescribeVpnGateways). ' +
  'A name that matches no VPN gateway, or several, is an error that lists them; look those up by ID.';

const { vpnGatewayId } = VPN_GATEWAY_COMPUTED.props;
const { vpnGatewayName, regionId, tags } = VPN_GATEWAY.props;

export const GET_VPN_GATEWAY_ARGS = {
  name: 'GetVpnGatewayArgs',
  description: 'Which VPN gateway to look up: its ID or its name (exactly one), and its region.',
  props: {
    vpnGatewayId: argument(vpnGatewayId, 'The ID of the VPN gateway (`vpn-…`). Give this or `vpnGatewayName`.'),
    vpnGatewayName: argument(vpnGatewayName, 'The exact name of the VPN gateway. Give this or `vpnGatewayId`; a name that several VPN gateways share is an error listing their IDs.'),
    regionId: argument(regionId, 'The ID of the region of the VPN gateway (for example `cn-shanghai`). Defaults to the provider\'s region.'),
  },
} as const satisfies ObjectDescriptor;

const reported = Object.fromEntries(Object.entries(VPN_GATEWAY.props).filter(([k]) => !PURCHASE_ONLY.includes(k)));

/** The resource's outputs (computed, then inputs) but those used at purchase only, with the texts that differ for a lookup. */
export const GET_VPN_GATEWAY_RESULT = {
  name: 'GetVpnGatewayResult',
  description: 'The VPN gateway found.',
  props: {
    ...VPN_GATEWAY_COMPUTED.props,
    ...reported,
    tags: { ...tags, description: 'The tags of the VPN gateway, without the provider\'s own `alicloudvpn-*` tags.' },
  },
} as const satisfies ObjectDescriptor;

export const VPN_GATEWAY_LOOKUP: LookupTarget = {
  noun: 'VPN gateway',
  idArg: 'vpnGatewayId',
  nameArg: 'vpnGatewayName',
  describeAction: 'DescribeVpnGateway',
  idKey: 'VpnGatewayId',
  listAction: 'DescribeVpnGateways',
  listPath: ['VpnGateways', 'VpnGateway'],
  notFoundCodes: [VPN_GATEWAY_NOT_FOUND],
};
