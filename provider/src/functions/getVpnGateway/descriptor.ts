// getVpnGateway, described once: its arguments and the properties it returns of a VPN gateway, each with its type,
// description and where DescribeVpnGateway / DescribeVpnGateways report it. Properties the service reports in
// another form (`Spec` `10M`, `IpsecVpn` `enable`, `ChargeType` `PostPaid`) have no `api` here: model.ts reads them.
// The names are those the VpnGateway resource's inputs take (as `@pulumi/alicloud` names them).

import type { ObjectDescriptor } from '../../descriptor/property';
import { VPN_GATEWAY_NOT_FOUND } from '../../cloud';
import type { LookupTarget } from '../lookup';

export const GET_VPN_GATEWAY_TOKEN = 'alicloudvpn:index:getVpnGateway';

export const FUNCTION_DESCRIPTION =
  'Looks up a VPN gateway of Alibaba Cloud IPsec-VPN that the program does not manage, by ID (`vpnGatewayId`) or by exact name ' +
  '(`vpnGatewayName`), in `regionId` or the provider\'s region (DescribeVpnGateway / DescribeVpnGateways). ' +
  'A name that matches no VPN gateway, or several, is an error that lists them; look those up by ID.';

export const GET_VPN_GATEWAY_ARGS = {
  name: 'GetVpnGatewayArgs',
  description: 'Which VPN gateway to look up: its ID or its name (exactly one), and its region.',
  props: {
    vpnGatewayId: { type: 'string', description: 'The ID of the VPN gateway (`vpn-…`). Give this or `vpnGatewayName`.' },
    vpnGatewayName: {
      type: 'string',
      limits: { maxLength: 100 },
      description: 'The exact name of the VPN gateway. Give this or `vpnGatewayId`; a name that several VPN gateways share is an error listing their IDs.',
    },
    regionId: { type: 'string', description: 'The ID of the region of the VPN gateway (for example `cn-shanghai`). Defaults to the provider\'s region.' },
  },
} as const satisfies ObjectDescriptor;

export const GET_VPN_GATEWAY_RESULT = {
  name: 'GetVpnGatewayResult',
  description: 'The VPN gateway found.',
  props: {
    vpnGatewayId: { type: 'string', alwaysOutput: true, description: 'The ID of the VPN gateway (`vpn-…`).', api: { key: 'VpnGatewayId', form: 'text' } },
    vpcId: { type: 'string', description: 'The ID of the VPC the VPN gateway belongs to.', api: { key: 'VpcId', form: 'text' } },
    vswitchId: { type: 'string', description: 'The ID of the vSwitch of the VPN gateway (of its first tunnel, on a dual-tunnel gateway).', api: { key: 'VSwitchId', form: 'text' } },
    disasterRecoveryVswitchId: {
      type: 'string',
      description: 'The ID of the vSwitch of the second tunnel; set only on a dual-tunnel gateway.',
      api: { key: 'DisasterRecoveryVSwitchId', form: 'text' },
    },
    internetIp: { type: 'string', description: 'The public IP address of the VPN gateway (of its first tunnel, on a dual-tunnel gateway).', api: { key: 'InternetIp', form: 'text' } },
    disasterRecoveryInternetIp: {
      type: 'string',
      description: 'The public IP address of the second tunnel; set only on a dual-tunnel gateway.',
      api: { key: 'DisasterRecoveryInternetIp', form: 'text' },
    },
    status: { type: 'string', description: 'The state of the VPN gateway: `init`, `provisioning`, `active`, `updating` or `deleting`.', api: { key: 'Status', form: 'text' } },
    bandwidth: { type: 'integer', description: 'The maximum bandwidth of the VPN gateway, in Mbit/s (the service\'s `Spec`).' },
    enableIpsec: { type: 'boolean', description: 'Whether IPsec-VPN is enabled on the VPN gateway.' },
    enableSsl: { type: 'boolean', description: 'Whether SSL-VPN is enabled on the VPN gateway.' },
    sslConnections: { type: 'integer', description: 'The maximum number of concurrent SSL-VPN connections.', api: { key: 'SslMaxConnections', form: 'number' } },
    networkType: { type: 'string', description: 'The network type of the VPN gateway: `public` or `private`.', api: { key: 'NetworkType', form: 'text' } },
    vpnType: { type: 'string', description: 'The type of the VPN gateway: `Normal` or `NationalStandard` (SM algorithms).', api: { key: 'VpnType', form: 'text' } },
    paymentType: { type: 'string', description: 'How the VPN gateway is billed: `PayAsYouGo` or `Subscription` (the service\'s `PostPaid` / `PrePaid`).' },
    tunnelMode: {
      type: 'string',
      description: 'Which connections the VPN gateway takes: `dual` (dual-tunnel, with a second vSwitch and address) or `single`.',
    },
    vpnGatewayName: { type: 'string', description: 'The name of the VPN gateway.', api: { key: 'Name', form: 'text' } },
    description: { type: 'string', description: 'The description of the VPN gateway.', api: { key: 'Description', form: 'text' } },
    tags: { type: 'string{}', description: 'The tags of the VPN gateway, without the provider\'s own `alicloudvpn-*` tags.', api: { key: 'Tags', form: 'tags' } },
    regionId: { type: 'string', alwaysOutput: true, description: 'The ID of the region of the VPN gateway.' },
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
