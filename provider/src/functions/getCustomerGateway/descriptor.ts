// getCustomerGateway, described from the CustomerGateway resource's descriptor: its arguments take their types and
// limits from the resource's properties, and its outputs are the resource's outputs, so a property added to the
// customer gateway is returned by the function too. Only what reads differently for a lookup is written here.

import type { ObjectDescriptor } from '../../descriptor/property';
import { CUSTOMER_GATEWAY, CUSTOMER_GATEWAY_COMPUTED } from '../../resources/customerGateway/descriptor';
import { argument } from '../args';
import type { LookupTarget } from '../lookup';
import { CUSTOMER_GATEWAY_NOT_FOUND } from '../../resources/customerGateway/model';

export const GET_CUSTOMER_GATEWAY_TOKEN = 'alicloudvpn:index:getCustomerGateway';

export const FUNCTION_DESCRIPTION =
  'Looks up a customer gateway of Alibaba Cloud IPsec-VPN that the program does not manage, by ID (`customerGatewayId`) or by exact name ' +
  '(`customerGatewayName`), in `regionId` or the provider\'s region (DescribeCustomerGateway / DescribeCustomerGateways). ' +
  'A name that matches no customer gateway, or several, is an error that lists them; look those up by ID.';

const { customerGatewayId } = CUSTOMER_GATEWAY_COMPUTED.props;
const { customerGatewayName, regionId, authKey, tags } = CUSTOMER_GATEWAY.props;

export const GET_CUSTOMER_GATEWAY_ARGS = {
  name: 'GetCustomerGatewayArgs',
  description: 'Which customer gateway to look up: its ID or its name (exactly one), and its region.',
  props: {
    customerGatewayId: argument(customerGatewayId, 'The ID of the customer gateway (`cgw-…`). Give this or `customerGatewayName`.'),
    customerGatewayName: argument(customerGatewayName, 'The exact name of the customer gateway. Give this or `customerGatewayId`; a name that several customer gateways share is an error listing their IDs.'),
    regionId: argument(regionId, 'The ID of the region of the customer gateway (for example `cn-shanghai`). Defaults to the provider\'s region.'),
    includeAuthKey: {
      type: 'boolean',
      default: false,
      description:
        'Return the BGP authentication key (`authKey`), as a secret. Off by default: a lookup rarely needs it, and Go\'s plain `LookupCustomerGateway` ' +
        'refuses a secret result (use `LookupCustomerGatewayOutput` with this set).',
    },
  },
} as const satisfies ObjectDescriptor;

/** The resource's outputs (computed, then inputs), with the texts that differ for a lookup. */
export const GET_CUSTOMER_GATEWAY_RESULT = {
  name: 'GetCustomerGatewayResult',
  description: 'The customer gateway found.',
  props: {
    ...CUSTOMER_GATEWAY_COMPUTED.props,
    ...CUSTOMER_GATEWAY.props,
    authKey: { ...authKey, outputDescription: 'The authentication key of BGP routing for the gateway device: returned, as a secret, only when `includeAuthKey` is true.' },
    tags: { ...tags, description: 'The tags of the customer gateway, without the provider\'s own `alicloudvpn-*` tags.' },
  },
} as const satisfies ObjectDescriptor;

export const CUSTOMER_GATEWAY_LOOKUP: LookupTarget = {
  noun: 'customer gateway',
  idArg: 'customerGatewayId',
  nameArg: 'customerGatewayName',
  describeAction: 'DescribeCustomerGateway',
  idKey: 'CustomerGatewayId',
  listAction: 'DescribeCustomerGateways',
  listPath: ['CustomerGateways', 'CustomerGateway'],
  notFoundCodes: [CUSTOMER_GATEWAY_NOT_FOUND],
};
