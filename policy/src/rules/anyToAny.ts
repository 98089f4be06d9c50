// 0.0.0.0/0 on both sides: every address on either side may reach every address on the other through the tunnel.
import type { ResourceValidationPolicy } from '@pulumi/policy';
import { VPN_CONNECTION_TYPE, VpnConnectionProps } from '../connection';

const ANY = '0.0.0.0/0';

export function anyToAnyFindings(props: VpnConnectionProps): string[] {
  const local = (props.localSubnets ?? []).map((s) => String(s).trim());
  const remote = (props.remoteSubnets ?? []).map((s) => String(s).trim());
  if (local.includes(ANY) && remote.includes(ANY)) {
    return [`\`localSubnets\` and \`remoteSubnets\` are both ${ANY}: any address on either side can reach any address on the other. Name the CIDR blocks that need the tunnel (or, for a route-based VPN, accept this rule as advisory).`];
  }
  return [];
}

export const anyToAny: ResourceValidationPolicy = {
  name: 'alicloudvpn-any-to-any-subnets',
  description: `IPsec-VPN connections do not set ${ANY} as both their local and their remote subnet.`,
  enforcementLevel: 'advisory',
  validateResource: (args, reportViolation) => {
    if (args.type !== VPN_CONNECTION_TYPE) return;
    for (const finding of anyToAnyFindings(args.props as VpnConnectionProps)) reportViolation(finding);
  },
};
