// A VPN connection on a VPN gateway whose IPsec-VPN is disabled (`enableIpsec: false`): the gateway carries SSL-VPN
// only, so the connection never negotiates. Seen across resources: the gateway the connection names, through the
// property dependency of its `vpnGatewayId` (a gateway the same program declares) or by the gateway's id once it
// exists. A gateway the program only looks up (`getVpnGateway`) is not a resource here and is not judged.
import type { PolicyResource, StackValidationPolicy } from '@pulumi/policy';
import { VPN_CONNECTION_TYPE } from '../connection';

export const VPN_GATEWAY_TYPE = 'alicloudvpn:index:VpnGateway';

/** What the rule reads of a resource: the shape of `@pulumi/policy`'s PolicyResource it needs. */
export type StackResource = Pick<PolicyResource, 'type' | 'name' | 'props'> & { propertyDependencies?: Record<string, Array<Pick<PolicyResource, 'type' | 'name' | 'props'>>> };

/**
 * A property's value, or undefined when it is not known yet: during a preview `@pulumi/policy` throws on reading a
 * value known only after apply (a gateway being replaced makes its connections' `vpnGatewayId` one).
 */
function known(props: Record<string, unknown>, key: string): unknown {
  try {
    return props[key];
  } catch {
    return undefined;
  }
}

function gatewaysOf(connection: StackResource, gateways: readonly StackResource[]): StackResource[] {
  const declared = (connection.propertyDependencies?.vpnGatewayId ?? []).filter((r) => r.type === VPN_GATEWAY_TYPE);
  const id = known(connection.props, 'vpnGatewayId');
  const byId = typeof id === 'string' ? gateways.filter((g) => known(g.props, 'vpnGatewayId') === id) : [];
  return [...new Set([...declared, ...byId])];
}

export function ipsecDisabledFindings(resources: readonly StackResource[]): string[] {
  const gateways = resources.filter((r) => r.type === VPN_GATEWAY_TYPE);
  const findings: string[] = [];
  for (const connection of resources.filter((r) => r.type === VPN_CONNECTION_TYPE)) {
    for (const gateway of gatewaysOf(connection, gateways)) {
      if (known(gateway.props, 'enableIpsec') !== false) continue;
      findings.push(
        `VPN connection \`${connection.name}\` is on VPN gateway \`${gateway.name}\`, whose \`enableIpsec\` is false: the gateway carries no IPsec-VPN, ` +
          `so the connection never negotiates. Set \`enableIpsec: true\` on \`${gateway.name}\` (or put the connection on a gateway with IPsec-VPN enabled).`,
      );
    }
  }
  return findings;
}

export const ipsecDisabledGateway: StackValidationPolicy = {
  name: 'alicloudvpn-ipsec-disabled-gateway',
  description: 'IPsec-VPN connections hang on VPN gateways with IPsec-VPN enabled (`enableIpsec` not false).',
  enforcementLevel: 'mandatory',
  validateStack: (args, reportViolation) => {
    for (const finding of ipsecDisabledFindings(args.resources)) reportViolation(finding);
  },
};
