// Weak algorithms in phase one or phase two, on the connection or on either tunnel.
import type { ResourceValidationPolicy } from '@pulumi/policy';
import { negotiations, VPN_CONNECTION_TYPE, VpnConnectionProps } from '../connection';

export interface WeakCryptoConfig {
  weakEncryption?: string[];
  weakIntegrity?: string[];
  weakDhGroups?: string[];
  allowAggressiveMode?: boolean;
}

export const WEAK_CRYPTO_DEFAULTS: Required<WeakCryptoConfig> = {
  weakEncryption: ['des', '3des'],
  weakIntegrity: ['md5', 'sha1'],
  weakDhGroups: ['group1', 'group2'],
  allowAggressiveMode: false,
};

const STRONG = {
  encryption: '`aes256` (or `aes`, `aes192`)',
  integrity: '`sha256`, `sha384` or `sha512`',
  dhGroup: '`group14` (or `group5`)',
};

/** The violations for one connection's checked inputs. */
export function weakCryptoFindings(props: VpnConnectionProps, config: WeakCryptoConfig = {}): string[] {
  const c = { ...WEAK_CRYPTO_DEFAULTS, ...config };
  const findings: string[] = [];
  const check = (path: string, value: string | undefined, weak: readonly string[], what: string, use: string): void => {
    if (typeof value === 'string' && weak.includes(value.toLowerCase())) {
      findings.push(`\`${path}\` is \`${value}\`, a weak ${what}: use ${use}.`);
    }
  };
  for (const n of negotiations(props)) {
    check(`${n.ikePath}.ikeEncAlg`, n.ike?.ikeEncAlg, c.weakEncryption, 'cipher', STRONG.encryption);
    check(`${n.ikePath}.ikeAuthAlg`, n.ike?.ikeAuthAlg, c.weakIntegrity, 'integrity algorithm (md5 is also the service\'s default when unset)', STRONG.integrity);
    check(`${n.ikePath}.ikePfs`, n.ike?.ikePfs, c.weakDhGroups, 'Diffie-Hellman group (group2 is also the service\'s default when unset)', STRONG.dhGroup);
    check(`${n.ipsecPath}.ipsecEncAlg`, n.ipsec?.ipsecEncAlg, c.weakEncryption, 'cipher', STRONG.encryption);
    check(`${n.ipsecPath}.ipsecAuthAlg`, n.ipsec?.ipsecAuthAlg, c.weakIntegrity, 'integrity algorithm (md5 is also the service\'s default when unset)', STRONG.integrity);
    check(`${n.ipsecPath}.ipsecPfs`, n.ipsec?.ipsecPfs, c.weakDhGroups, 'Diffie-Hellman group (group2 is also the service\'s default when unset)', STRONG.dhGroup);
    const version = n.ike?.ikeVersion ?? 'ikev1';
    if (!c.allowAggressiveMode && version === 'ikev1' && n.ike?.ikeMode === 'aggressive') {
      findings.push(`\`${n.ikePath}.ikeMode\` is \`aggressive\` with IKEv1: the peer's identity and a hash of the PSK travel unencrypted and can be cracked offline; use \`main\` mode or \`ikeVersion: ikev2\`.`);
    }
  }
  return findings;
}

export const weakCrypto: ResourceValidationPolicy = {
  name: 'alicloudvpn-weak-crypto',
  description: 'IPsec-VPN connections and their tunnels use no weak cipher (des, 3des), integrity algorithm (md5, sha1), Diffie-Hellman group (group1, group2) or IKEv1 aggressive mode.',
  enforcementLevel: 'mandatory',
  configSchema: {
    properties: {
      weakEncryption: { type: 'array', items: { type: 'string' }, default: WEAK_CRYPTO_DEFAULTS.weakEncryption, description: 'ikeEncAlg/ipsecEncAlg values refused.' },
      weakIntegrity: { type: 'array', items: { type: 'string' }, default: WEAK_CRYPTO_DEFAULTS.weakIntegrity, description: 'ikeAuthAlg/ipsecAuthAlg values refused.' },
      weakDhGroups: { type: 'array', items: { type: 'string' }, default: WEAK_CRYPTO_DEFAULTS.weakDhGroups, description: 'ikePfs/ipsecPfs values refused.' },
      allowAggressiveMode: { type: 'boolean', default: false, description: 'Accept IKEv1 aggressive mode.' },
    },
  },
  validateResource: (args, reportViolation) => {
    if (args.type !== VPN_CONNECTION_TYPE) return;
    for (const finding of weakCryptoFindings(args.props as VpnConnectionProps, args.getConfig<WeakCryptoConfig>())) reportViolation(finding);
  },
};
