// The action table the router dispatches on, keyed by the API's action names verbatim.
import {
  CreateCustomerGateway, DeleteCustomerGateway, DescribeCustomerGateway, DescribeCustomerGateways,
} from './customerGatewayHandlers';
import { ListTagResources, TagResources, UnTagResources } from './tagHandlers';
import type { ActionHandler } from './types';
import {
  CreateVpnConnection, DeleteVpnConnection, DescribeVpnConnection, DescribeVpnConnections, ModifyVpnConnectionAttribute,
} from './vpnConnectionHandlers';
import { CreateVpnGateway, DeleteVpnGateway, DescribeVpnGateway, DescribeVpnGateways } from './vpnGatewayHandlers';

export const ACTIONS: Readonly<Record<string, ActionHandler>> = {
  CreateVpnConnection,
  DescribeVpnConnection,
  DescribeVpnConnections,
  ModifyVpnConnectionAttribute,
  DeleteVpnConnection,
  CreateVpnGateway,
  DescribeVpnGateway,
  DescribeVpnGateways,
  DeleteVpnGateway,
  CreateCustomerGateway,
  DescribeCustomerGateway,
  DescribeCustomerGateways,
  DeleteCustomerGateway,
  TagResources,
  UnTagResources,
  ListTagResources,
};

export function findAction(name: string): ActionHandler | undefined {
  return Object.prototype.hasOwnProperty.call(ACTIONS, name) ? ACTIONS[name] : undefined;
}
