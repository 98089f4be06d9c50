// alicloudvpn-report [FILE] [--format markdown|json] [--output FILE]: reads `pulumi preview --json` from FILE or
// stdin, writes the report, and exits 0 (no change), 2 (changes), 3 (drift) or 1 (error).
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { buildReport } from './changes';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import { EXIT_CODES, outcomeOf } from './outcome';
import { parsePreview } from './previewJson';

export const USAGE = `Usage: alicloudvpn-report [FILE] [--format markdown|json] [--output FILE]

Reads the JSON of \`pulumi preview --json\` (or \`preview --refresh --json\`, \`refresh --preview-only --json\`)
from FILE, or from stdin when FILE is absent or "-", and writes a report of the VPN gateways, customer gateways,
connections and route entries it changes: Markdown for a pull-request comment (default) or JSON.

Exit codes: 0 no changes, 2 changes, 3 drift found by a refresh, 1 error (bad input, or the preview failed).
`;

export interface CliIo {
  readStdin(): string;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const PROCESS_IO: CliIo = {
  readStdin: () => fs.readFileSync(0, 'utf8'),
  readFile: (path) => fs.readFileSync(path, 'utf8'),
  writeFile: (path, text) => fs.writeFileSync(path, text),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs the command and returns its exit code. */
export function run(argv: readonly string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'markdown' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    io.stderr(`alicloudvpn-report: ${(err as Error).message}\n\n${USAGE}`);
    return EXIT_CODES.error;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const format = values.format;
  if (format !== 'markdown' && format !== 'json') {
    io.stderr(`alicloudvpn-report: --format must be markdown or json, not ${JSON.stringify(format)}\n`);
    return EXIT_CODES.error;
  }
  if (positionals.length > 1) {
    io.stderr(`alicloudvpn-report: one input file at most (got ${positionals.length})\n\n${USAGE}`);
    return EXIT_CODES.error;
  }
  try {
    const input = positionals[0];
    const text = input === undefined || input === '-' ? io.readStdin() : io.readFile(input);
    const report = buildReport(parsePreview(text));
    const rendered = format === 'json' ? renderJson(report) : renderMarkdown(report);
    if (values.output) io.writeFile(values.output, rendered);
    else io.stdout(rendered);
    return EXIT_CODES[outcomeOf(report)];
  } catch (err) {
    io.stderr(`alicloudvpn-report: ${(err as Error).message}\n`);
    return EXIT_CODES.error;
  }
}

export function main(argv: readonly string[]): void {
  process.exitCode = run(argv, PROCESS_IO);
}
