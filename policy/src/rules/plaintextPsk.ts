// A pre-shared key written in plaintext: in the stack's config (set without --secret) or in the program's source.
import type { ResourceValidationPolicy } from '@pulumi/policy';
import { negotiations, VPN_CONNECTION_TYPE, VpnConnectionProps } from '../connection';
import { ProjectFiles } from '../projectFiles';

export interface PlaintextPskConfig {
  /** Look for the key in the project's files (default true). */
  searchProjectFiles?: boolean;
}

/** `urn:pulumi:<stack>::<project>::…` */
function stackAndProject(urn: string): { stack: string; project: string } {
  const [head, project = ''] = urn.split('::');
  return { stack: head.replace(/^urn:pulumi:/, ''), project };
}

export function plaintextPskFindings(props: VpnConnectionProps, urn: string, files: ProjectFiles, config: PlaintextPskConfig = {}): string[] {
  if (config.searchProjectFiles === false) return [];
  const { stack, project } = stackAndProject(urn);
  const findings: string[] = [];
  for (const n of negotiations(props)) {
    const psk = n.ike?.psk;
    if (typeof psk !== 'string') continue;
    const hit = files.findPlaintext(psk, project, stack);
    if (!hit) continue;
    findings.push(hit.configFile
      ? `\`${n.ikePath}.psk\` is stored in plaintext in ${hit.file}: set it with \`pulumi config set --secret <key>\` and read it with \`config.requireSecret\`.`
      : `\`${n.ikePath}.psk\` is written in plaintext in ${hit.file}: read it from secret config (\`pulumi config set --secret <key>\`, \`config.requireSecret\`) instead.`);
  }
  return findings;
}

export function plaintextPsk(files: ProjectFiles): ResourceValidationPolicy {
  return {
    name: 'alicloudvpn-plaintext-psk',
    description: 'The pre-shared keys of IPsec-VPN connections and their tunnels come from secret config, never from plaintext stack config or program source.',
    enforcementLevel: 'mandatory',
    configSchema: {
      properties: {
        searchProjectFiles: { type: 'boolean', default: true, description: 'Look for each PSK in the stack config file and the program files of the project.' },
      },
    },
    validateResource: (args, reportViolation) => {
      if (args.type !== VPN_CONNECTION_TYPE) return;
      for (const finding of plaintextPskFindings(args.props as VpnConnectionProps, args.urn, files, args.getConfig<PlaintextPskConfig>())) reportViolation(finding);
    },
  };
}
