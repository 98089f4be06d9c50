// What `pulumi-resource-alicloudvpn --help` prints: the one place the plugin's command line is described,
// built from the subcommands main.ts registers, so a new subcommand is one entry there.

export const BINARY = 'pulumi-resource-alicloudvpn';

/** A command a person runs (`pulumi-resource-alicloudvpn <name> …`), beside the engine's way of starting the plugin. */
export interface Subcommand {
  name: string;
  /** Its arguments, e.g. `--stack NAME`; empty when it takes none. */
  args: string;
  /** One line for --help: what it does. */
  summary: string;
  /** Runs it; resolves with the process's exit code. */
  run(argv: readonly string[]): Promise<number>;
}

export const SYNOPSIS = `${BINARY} [--logtostderr] [-v=N] [--tracing URL] [ENGINE_ADDRESS]`;

export function usage(subcommands: readonly Subcommand[], version: string): string {
  const lines = [
    `${BINARY} ${version}: the Pulumi resource provider plugin for Alibaba Cloud IPsec-VPN connections (package alicloudvpn).`,
    '',
    'The Pulumi engine starts this binary itself, for `pulumi preview`, `up`, `refresh`, `destroy` and `import`;',
    "you do not run it to deploy anything. Started by the engine, it serves gRPC on a loopback port and prints the port's",
    'number as the first line of stdout, then runs until the engine goes away.',
    '',
    'Usage:',
    `  ${SYNOPSIS}`,
    '      as the engine starts it (ENGINE_ADDRESS is the engine\'s gRPC address)',
    `  ${BINARY} --help | -h`,
    '      print this text',
    `  ${BINARY} --version`,
    '      print the plugin version',
    ...subcommands.flatMap((c) => [`  ${BINARY} ${c.name}${c.args ? ` ${c.args}` : ''}`, `      ${c.summary}`]),
    '',
    'Documentation: the README of the alicloudvpn repository (provider settings, troubleshooting).',
  ];
  return `${lines.join('\n')}\n`;
}
