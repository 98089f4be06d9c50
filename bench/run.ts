// `make bench`: prints one table per benchmark. Bounded to a few seconds in total.
import { checkThroughput, Row } from './checkThroughput';
import { createMany } from './createMany';

function table(rows: Row[]): string {
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (r: Row, c: string): string => String(r[c] ?? '');
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r, c).length)));
  const line = (vals: string[]): string => `| ${vals.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join(' | ')} |`;
  return [line(cols), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map((r) => line(cols.map((c) => cell(r, c))))].join('\n');
}

async function main(): Promise<void> {
  console.log(table(checkThroughput()));
  console.log();
  console.log(
    table(
      await createMany([
        { connections: 6, gateways: 1, busyMs: 200 },
        { connections: 6, gateways: 3, busyMs: 200 },
        { connections: 12, gateways: 6, busyMs: 200 },
      ]),
    ),
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
