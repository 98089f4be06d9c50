// The action table the router dispatches on, keyed by the API's action names verbatim.
import {
  CreateCustomerGateway, DeleteCustomerGateway, DescribeCustomerGateway, DescribeCustomerGateways, ModifyCustomerGatewayAttribute,
} from './customerGatewayHandlers';
import {
  CreateVpnPbrRouteEntry, CreateVpnRouteEntry, DeleteVpnPbrRouteEntry, DeleteVpnRouteEntry, DescribeVpnPbrRouteEntries,
  DescribeVpnRouteEntries, ModifyVpnPbrRouteEntryAttribute, ModifyVpnPbrRouteEntryPriority, ModifyVpnPbrRouteEntryWeight,
  ModifyVpnRouteEntryWeight, PublishVpnRouteEntry,
} from './routeHandlers';
import { ListTagResources, TagResources, UnTagResources } from './tagHandlers';
import { DescribeVpcs, DescribeVSwitches } from './vpcHandlers';
import type { ActionHandler } from './types';
import {
  CreateVpnConnection, DeleteVpnConnection, DescribeVpnConnection, DescribeVpnConnections, ModifyVpnConnectionAttribute,
} from './vpnConnectionHandlers';
import {
  CreateVpnGateway, DeleteVpnGateway, DescribeVpnGateway, DescribeVpnGateways, ModifyVpnGatewayAttribute,
} from './vpnGatewayHandlers';

export const ACTIONS: Readonly<Record<string, ActionHandler>> = {
  CreateVpnConnection,
  DescribeVpnConnection,
  DescribeVpnConnections,
  ModifyVpnConnectionAttribute,
  DeleteVpnConnection,
  CreateVpnGateway,
  DescribeVpnGateway,
  DescribeVpnGateways,
  ModifyVpnGatewayAttribute,
  DeleteVpnGateway,
  CreateCustomerGateway,
  DescribeCustomerGateway,
  DescribeCustomerGateways,
  ModifyCustomerGatewayAttribute,
  DeleteCustomerGateway,
  CreateVpnRouteEntry,
  DescribeVpnRouteEntries,
  ModifyVpnRouteEntryWeight,
  DeleteVpnRouteEntry,
  PublishVpnRouteEntry,
  CreateVpnPbrRouteEntry,
  DescribeVpnPbrRouteEntries,
  ModifyVpnPbrRouteEntryWeight,
  ModifyVpnPbrRouteEntryPriority,
  ModifyVpnPbrRouteEntryAttribute,
  DeleteVpnPbrRouteEntry,
  DescribeVpcs,
  DescribeVSwitches,
  TagResources,
  UnTagResources,
  ListTagResources,
};

export function findAction(name: string): ActionHandler | undefined {
  return Object.prototype.hasOwnProperty.call(ACTIONS, name) ? ACTIONS[name] : undefined;
}
