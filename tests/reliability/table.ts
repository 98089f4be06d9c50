// The matrix as a Markdown table (the form docs/reliability.md quotes), plus totals.
import { ScenarioResult, scenarioLabel, scenarioTarget } from './matrix';

type Row = Record<string, string>;

function runs(r: ScenarioResult): string {
  const n = (v: number | undefined): string => (v === undefined ? '-' : String(v));
  return `${n(r.runs.create)} / ${n(r.runs.update)} / ${n(r.runs.delete)}`;
}

function row(r: ScenarioResult): Row {
  const serviceErrors = Object.values(r.serviceErrors).reduce((a, b) => a + b, 0);
  const k = r.kill;
  const label = k
    ? `${scenarioLabel(r.scenario)} (+${k.delayMs} ms${k.killedWhileRunning ? '' : ', after it ended'}; ${k.locked ? 'locked' : 'unlocked'}, ${k.pendingAfterKill} pending)`
    : scenarioLabel(r.scenario);
  const recoveries = [...new Set(r.recoveries)].map((c) => `${c} ×${r.recoveries.filter((x) => x === c).length}`);
  return {
    scenario: label,
    'fault on': scenarioTarget(r.scenario),
    'runs up / update / destroy': runs(r),
    'recovery commands': recoveries.length > 0 ? recoveries.join(', ') : '-',
    'API calls': String(r.apiCalls),
    throttled: String(r.faults.throttled),
    '5xx': String(r.faults.serverErrors),
    'answers dropped': String(r.faults.dropped),
    'answers too slow': String(r.faults.slow),
    'busy / not-found answers': String(serviceErrors),
    'untracked between runs': String(r.untrackedBetweenRuns),
    'wall s': (r.wallMs / 1000).toFixed(1),
    'left after destroy': String(r.leftAfterDestroy),
    invariants: r.violations.length === 0 ? 'hold' : `${r.violations.length} broken`,
  };
}

export function formatTable(results: readonly ScenarioResult[]): string {
  const rows = results.map(row);
  if (rows.length === 0) return '';
  const cols = Object.keys(rows[0]);
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (vals: string[]): string => `| ${vals.map((v, i) => (i < 4 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i < 4 ? `${'-'.repeat(w + 2)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(cols), rule, ...rows.map((r) => line(cols.map((c) => r[c])))].join('\n');
}

export function formatTotals(results: readonly ScenarioResult[]): string {
  const sum = (f: (r: ScenarioResult) => number): number => results.reduce((n, r) => n + f(r), 0);
  const faults = sum((r) => r.faults.throttled + r.faults.serverErrors + r.faults.dropped + r.faults.slow);
  const kills = results.filter((r) => r.kill?.killedWhileRunning).length;
  const failed = results.filter((r) => r.violations.length > 0);
  const size = results[0]?.size;
  return [
    `${results.length} scenarios on a fleet of ${size?.connections} connections over ${size?.gateways} VPN gateways`,
    `${faults} injected faults answered (${sum((r) => r.faults.throttled)} throttled, ${sum((r) => r.faults.serverErrors)} 5xx, ` +
      `${sum((r) => r.faults.dropped)} answers dropped after commit, ${sum((r) => r.faults.slow)} answers slower than the SDK waits), ${kills} CLI SIGKILLs`,
    `${sum((r) => r.apiCalls)} API calls, ${sum((r) => Object.keys(r.runs).length)} phases, ${sum((r) => Object.values(r.runs).reduce((a, b) => a + (b ?? 0), 0))} CLI runs`,
    `connections left after destroy: ${sum((r) => Math.max(0, r.leftAfterDestroy))}`,
    `scenarios with a broken invariant: ${failed.length}${failed.length > 0 ? ` (${failed.map((r) => r.scenario.id).join(', ')})` : ''}`,
    `wall time: ${(sum((r) => r.wallMs) / 1000).toFixed(0)} s`,
  ].join('\n');
}

/** Everything a failed scenario recorded, for the log. */
export function formatDetails(r: ScenarioResult): string {
  const lines = [`${r.scenario.id}:`];
  for (const v of r.violations) lines.push(`  violated: ${v}`);
  for (const f of r.failedRuns) lines.push(`  failed run: ${f}`);
  if (Object.keys(r.serviceErrors).length > 0) lines.push(`  service errors: ${JSON.stringify(r.serviceErrors)}`);
  if (r.kill) lines.push(`  kill: ${JSON.stringify(r.kill)}`);
  return lines.join('\n');
}
