// Security-association lifetimes inside a configurable range: a lifetime of 0 or a few seconds rekeys constantly
// (or never, depending on the peer), a very long one keeps a key in use for too long.
import type { ResourceValidationPolicy } from '@pulumi/policy';
import { negotiations, VPN_CONNECTION_TYPE, VpnConnectionProps } from '../connection';

export interface SaLifetimeConfig {
  minIkeLifetime?: number;
  maxIkeLifetime?: number;
  minIpsecLifetime?: number;
  maxIpsecLifetime?: number;
}

export const SA_LIFETIME_DEFAULTS: Required<SaLifetimeConfig> = {
  minIkeLifetime: 3600,
  maxIkeLifetime: 86400,
  minIpsecLifetime: 900,
  maxIpsecLifetime: 86400,
};

export function saLifetimeFindings(props: VpnConnectionProps, config: SaLifetimeConfig = {}): string[] {
  const c = { ...SA_LIFETIME_DEFAULTS, ...config };
  const findings: string[] = [];
  const check = (path: string, value: number | undefined, min: number, max: number): void => {
    if (typeof value === 'number' && (value < min || value > max)) {
      findings.push(`\`${path}\` is ${value} seconds, outside the allowed range ${min} to ${max}.`);
    }
  };
  for (const n of negotiations(props)) {
    check(`${n.ikePath}.ikeLifetime`, n.ike?.ikeLifetime, c.minIkeLifetime, c.maxIkeLifetime);
    check(`${n.ipsecPath}.ipsecLifetime`, n.ipsec?.ipsecLifetime, c.minIpsecLifetime, c.maxIpsecLifetime);
  }
  return findings;
}

export const saLifetime: ResourceValidationPolicy = {
  name: 'alicloudvpn-sa-lifetime',
  description: 'IKE and IPsec security-association lifetimes of IPsec-VPN connections and their tunnels stay within a configured range (seconds).',
  enforcementLevel: 'advisory',
  configSchema: {
    properties: {
      minIkeLifetime: { type: 'integer', minimum: 0, default: SA_LIFETIME_DEFAULTS.minIkeLifetime },
      maxIkeLifetime: { type: 'integer', minimum: 0, default: SA_LIFETIME_DEFAULTS.maxIkeLifetime },
      minIpsecLifetime: { type: 'integer', minimum: 0, default: SA_LIFETIME_DEFAULTS.minIpsecLifetime },
      maxIpsecLifetime: { type: 'integer', minimum: 0, default: SA_LIFETIME_DEFAULTS.maxIpsecLifetime },
    },
  },
  validateResource: (args, reportViolation) => {
    if (args.type !== VPN_CONNECTION_TYPE) return;
    for (const finding of saLifetimeFindings(args.props as VpnConnectionProps, args.getConfig<SaLifetimeConfig>())) reportViolation(finding);
  },
};
