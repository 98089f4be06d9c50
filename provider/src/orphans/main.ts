// The `orphans` subcommand's command line: reads the export from standard input (or --file), writes one
// `pulumi import` line per orphan to standard output and everything else to standard error.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { findOrphans, importLine } from './orphans';
import { ExportError, parseStackExport } from './stackExport';

export const ORPHANS_USAGE = `usage: pulumi stack export --show-secrets | pulumi-resource-alicloudvpn orphans [--region <region-id>]... [--file <export.json>]

Lists the VPN connections this stack's provider made that the stack's state does not record (for example after
the plugin was killed during pulumi up), and prints for each the pulumi import line that brings it into the stack.
Credentials come from the export (--show-secrets) or the ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET environment variables.`;

export async function orphansMain(argv: readonly string[], io = { stdout: process.stdout, stderr: process.stderr, stdin: 0 as number | string }): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: [...argv], options: { region: { type: 'string', multiple: true }, file: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    io.stderr.write(`pulumi-resource-alicloudvpn orphans: ${(e as Error).message}\n${ORPHANS_USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    io.stdout.write(`${ORPHANS_USAGE}\n`);
    return 0;
  }
  let exported;
  try {
    exported = parseStackExport(readFileSync(args.values.file ?? io.stdin, 'utf8'));
  } catch (e) {
    const why = e instanceof ExportError ? e.message : `cannot read the export: ${(e as NodeJS.ErrnoException).code ?? 'error'}`;
    io.stderr.write(`pulumi-resource-alicloudvpn orphans: ${why}\n`);
    return 2;
  }
  if (exported.providers.length === 0) {
    io.stderr.write('pulumi-resource-alicloudvpn orphans: the export has no alicloudvpn provider with a stack identity; run `pulumi up` once, then try again\n');
    return 2;
  }
  const { orphans, problems } = await findOrphans(exported, process.env, args.values.region ?? []);
  for (const p of problems) io.stderr.write(`pulumi-resource-alicloudvpn orphans: ${p}\n`);
  for (const o of orphans) io.stdout.write(`${importLine(o)}\n`);
  io.stderr.write(
    orphans.length === 0
      ? 'no connection of this stack is missing from its state\n'
      : `${orphans.length} connection(s) of this stack are not in its state; run the line(s) above in the project directory to import them\n`,
  );
  return problems.length > 0 ? 1 : 0;
}
