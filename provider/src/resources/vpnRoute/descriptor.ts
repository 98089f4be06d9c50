// The VpnRouteEntry (destination-based) and VpnPbrRouteEntry (policy-based) routes of a VPN gateway, described
// once: each property with its type, description, default and replace flag, the API's key and the form its value
// travels in (CreateVpnRouteEntry / CreateVpnPbrRouteEntry, DescribeVpnRouteEntries / DescribeVpnPbrRouteEntries,
// VPC API 2016-04-28). The schema, every SDK, check's limits and defaults, request parameters and Describe parsing
// are derived from here; the rules a limit cannot say are in check.ts.

import type { ObjectDescriptor, Prop } from '../../descriptor/property';
import { regionIdProp } from '../region';

/** dbr: destination-based; pbr: policy-based (the API's RouteType values). */
export type RouteKind = 'dbr' | 'pbr';

export const VPN_ROUTE_ENTRY_TYPE = 'alicloudvpn:index:VpnRouteEntry';
export const VPN_PBR_ROUTE_ENTRY_TYPE = 'alicloudvpn:index:VpnPbrRouteEntry';

export const ROUTE_WEIGHTS: readonly number[] = [0, 100];
export const DEFAULT_WEIGHT = 100;
export const MIN_PRIORITY = 1;
export const MAX_PRIORITY = 100;
export const DEFAULT_PRIORITY = 10;

const ID_FORM: Readonly<Record<RouteKind, string>> = {
  dbr: '`<vpnGatewayId>:<routeDest>:<nextHop>`, for example `vpn-bp1q8bgx4xnkm1234:10.0.0.0/24:vco-bp15oes1py4i66rm1234`',
  pbr: '`<vpnGatewayId>:<routeSource>:<routeDest>:<nextHop>`, for example `vpn-bp1q8bgx4xnkm1234:192.168.1.0/24:10.0.0.0/24:vco-bp15oes1py4i66rm1234`',
};

/** How the resource's id reads, for its description and for messages. */
export function idForm(kind: RouteKind): string {
  return ID_FORM[kind];
}

function resourceDescription(kind: RouteKind): string {
  const what = kind === 'dbr'
    ? 'A destination-based route of an Alibaba Cloud VPN gateway: traffic to `routeDest` goes through the IPsec-VPN connection `nextHop`. '
    : 'A policy-based route of an Alibaba Cloud VPN gateway: traffic from `routeSource` to `routeDest` goes through the IPsec-VPN connection `nextHop`; among policy-based routes that match, the lowest `priority` wins. ';
  const publish = kind === 'pbr'
    ? 'PublishVpnRouteEntry names routes by destination and next hop only, so publishing or withdrawing one policy-based route does the same to every policy-based route of the gateway with that destination and next hop; give such routes the same `publishVpc`. '
    : '';
  return (
    what +
    `The weight${kind === 'pbr' ? ', the priority' : ''} and \`publishVpc\` change in place; the gateway, ${kind === 'pbr' ? 'source, ' : ''}destination, next hop and description cannot be changed (a change replaces the route; when the replacement would be the same route, the old one is deleted first). ` +
    publish +
    'Every change makes the gateway busy for a while: the provider queues the changes of one gateway (routes and connections alike) and waits for the gateway between them. ' +
    `A route has no id of its own in the API; its id is ${idForm(kind)}, which \`pulumi import\` takes (the region is the provider's or the resource's \`regionId\`). ` +
    'A create that finds the same route already on the gateway, not made by this resource, fails naming the `pulumi import` command instead of taking it over.'
  );
}

export const VPN_ROUTE_ENTRY_DESCRIPTION = resourceDescription('dbr');
export const VPN_PBR_ROUTE_ENTRY_DESCRIPTION = resourceDescription('pbr');

const CIDR_TEXT = 'an IPv4 network in CIDR notation with no host bits set, for example `10.0.0.0/24`';

function routeProps(kind: RouteKind): Record<string, Prop> {
  const route = kind === 'dbr' ? 'destination-based route' : 'policy-based route';
  const props: Record<string, Prop> = {
    vpnGatewayId: {
      type: 'string',
      description: `The ID of the VPN gateway (\`vpn-…\`) the route belongs to. Changing it replaces the route.`,
      required: true,
      alwaysOutput: true,
      replaceOnChange: true,
      api: { key: 'VpnGatewayId', form: 'text', aliases: ['VpnInstanceId'] },
    },
  };
  if (kind === 'pbr') {
    props.routeSource = {
      type: 'string',
      description: `The source CIDR block of the policy-based route: ${CIDR_TEXT}. Changing it replaces the route.`,
      required: true,
      alwaysOutput: true,
      replaceOnChange: true,
      api: { key: 'RouteSource', form: 'text' },
    };
  }
  props.routeDest = {
    type: 'string',
    description:
      `The destination CIDR block of the ${route}: ${CIDR_TEXT}${kind === 'dbr' ? '; not `0.0.0.0/0`, and on a single-tunnel gateway nothing that overlaps `100.64.0.0/10`' : ''}. Changing it replaces the route.`,
    required: true,
    alwaysOutput: true,
    replaceOnChange: true,
    api: { key: 'RouteDest', form: 'text' },
  };
  props.nextHop = {
    type: 'string',
    description: 'The next hop: the ID of an IPsec-VPN connection (`vco-…`) of the same VPN gateway, for example a `VpnConnection` resource\'s id. Changing it replaces the route.',
    required: true,
    alwaysOutput: true,
    replaceOnChange: true,
    api: { key: 'NextHop', form: 'text' },
  };
  props.weight = {
    type: 'integer',
    description:
      `The weight of the route: \`100\` (the active link, the default) or \`0\` (the standby link, used when the active link's health check fails). On a dual-tunnel gateway, whose two tunnels are the active and standby links, a weight does not take effect and only \`100\` is accepted. Changed in place (${kind === 'dbr' ? 'ModifyVpnRouteEntryWeight' : 'ModifyVpnPbrRouteEntryWeight'}).`,
    outputDescription: 'The weight of the route: `100` (active link) or `0` (standby link).',
    alwaysOutput: true,
    default: DEFAULT_WEIGHT,
    api: { key: 'Weight', form: 'numberText' },
  };
  if (kind === 'pbr') {
    props.priority = {
      type: 'integer',
      description: `The priority of the policy-based route, from ${MIN_PRIORITY} to ${MAX_PRIORITY} (default ${DEFAULT_PRIORITY}); a smaller number is a higher priority. Changed in place (ModifyVpnPbrRouteEntryPriority).`,
      outputDescription: 'The priority of the policy-based route; a smaller number is a higher priority.',
      alwaysOutput: true,
      default: DEFAULT_PRIORITY,
      limits: { min: MIN_PRIORITY, max: MAX_PRIORITY },
      api: { key: 'Priority', form: 'numberText' },
    };
  }
  props.publishVpc = {
    type: 'boolean',
    description:
      'Whether the route is advertised to the system route table of the gateway\'s VPC (default `true`); without it, the VPC needs its own route to the VPN gateway. Changed in place (PublishVpnRouteEntry).',
    outputDescription: 'Whether the route is advertised to the system route table of the gateway\'s VPC.',
    alwaysOutput: true,
    default: true,
    api: { key: 'PublishVpc', form: 'boolText' },
  };
  props.description = {
    type: 'string',
    description:
      `The description of the ${route}: 1 to 100 characters, not starting with \`http://\` or \`https://\`. Set with the create only (the API has no action that changes it and does not report it): changing it replaces the route.`,
    replaceOnChange: true,
    limits: { maxLength: 100 },
    api: { key: 'Description', form: 'text' },
  };
  props.regionId = regionIdProp('VPN gateway', 'route');
  return props;
}

export const VPN_ROUTE_ENTRY: ObjectDescriptor = { name: 'VpnRouteEntry', description: 'The inputs of a destination-based route.', props: routeProps('dbr') };
export const VPN_PBR_ROUTE_ENTRY: ObjectDescriptor = { name: 'VpnPbrRouteEntry', description: 'The inputs of a policy-based route.', props: routeProps('pbr') };

/** What the service reports beyond the inputs; never inputs. */
export const ROUTE_COMPUTED: ObjectDescriptor = {
  name: 'VpnRouteEntry',
  description: 'The computed properties of a route of a VPN gateway.',
  props: {
    state: {
      type: 'string',
      description: 'The state of the route: `published` when it is advertised to the VPC, `normal` when it is not.',
      api: { key: 'State', form: 'text' },
    },
    createTime: {
      type: 'number',
      description: 'When the route was created, in milliseconds since the Unix epoch.',
      api: { key: 'CreateTime', form: 'number' },
    },
  },
};

/** The descriptor of one kind. */
export function routeDescriptor(kind: RouteKind): ObjectDescriptor {
  return kind === 'dbr' ? VPN_ROUTE_ENTRY : VPN_PBR_ROUTE_ENTRY;
}
