// The CLI bench's table: one row per measured figure, with the issue's target beside the ones it sets
// (N = 48 over G = 4 at busy 2000 ms, cold start, RSS, preview and refresh).
export type Cells = Record<string, string | number>;
import { FleetResult, LargeStackResult, StepResult } from './cliScenarios';

export interface BenchResults {
  mode: string;
  machine: string;
  startedAt: string;
  emptyPreviewMs: number;
  /** Absent when BENCH_ONLY picked some fleets. */
  coldStart?: { medianMs: number; p90Ms: number; spawns: number };
  fleets: FleetResult[];
  large?: LargeStackResult;
}

const SHORT: Record<string, string> = {
  DescribeVpnGateway: 'gw',
  DescribeVpnConnections: 'list',
  CreateVpnConnection: 'create',
  DescribeVpnConnection: 'describe',
  ModifyVpnConnectionAttribute: 'modify',
  DeleteVpnConnection: 'delete',
  TagResources: 'tag',
  UnTagResources: 'untag',
};

const s1 = (ms: number): string => (ms / 1000).toFixed(1);
const x2 = (v: number): string => v.toFixed(2);

function perConnection(step: StepResult, n: number): string {
  return Object.entries(step.calls.byAction)
    .filter(([, c]) => c > 0)
    .map(([a, c]) => `${SHORT[a] ?? a} ${(c / n).toFixed(2)}`)
    .join(', ');
}

const isTargetFleet = (f: FleetResult): boolean => f.connections === 48 && f.gateways === 4 && f.busyMs === 2000 && f.parallel === undefined;
const isLargeTargetFleet = (f: FleetResult): boolean => f.connections === 500 && f.gateways === 50 && f.busyMs === 2000 && f.parallel === 64 && !f.skipCheckpoints;
const label = (f: FleetResult): string =>
  `N=${f.connections} G=${f.gateways} busy ${f.busyMs} ms${f.parallel === undefined ? '' : ` --parallel ${f.parallel}`}${f.skipCheckpoints ? ' PULUMI_SKIP_CHECKPOINTS' : ''}`;
const CALL_TARGET: Record<string, number> = { rollout: 5, update: 4, destroy: 4 };

const verdict = (ok: boolean, what: string): string => `${what} ${ok ? 'met' : 'MISSED'}`;

function fleetRows(f: FleetResult): Cells[] {
  const target = isTargetFleet(f);
  return (['rollout', 'update', 'destroy'] as const).map((name) => {
    const step = f[name];
    const gross = step.wallMs / f.boundMs;
    const net = (step.wallMs - f.preview.wallMs) / f.boundMs;
    const perConn = step.calls.total / f.connections;
    const row: Cells = {
      figure: `${name} ${label(f)}`,
      'bound s': s1(f.boundMs),
      'wall s': s1(step.wallMs),
      '×bound': x2(gross),
      '×bound net': x2(net),
      'calls/conn': x2(perConn),
      'by action (per conn)': perConnection(step, f.connections),
      'busy errs': step.calls.busyErrors,
      'RSS MB': step.peakRssMb ?? '',
      target: '',
    };
    if (isLargeTargetFleet(f) && name === 'rollout') {
      row.target = [verdict(net <= 1.25, 'net ≤ 1.25'), verdict(perConn <= 5, '≤ 5 calls'), verdict((step.peakRssMb ?? Infinity) <= 130, 'RSS ≤ 130 MB')].join(', ');
    }
    if (target) {
      row.target = [
        verdict(net <= 1.05, 'net ≤ 1.05'),
        verdict(gross <= 1.2, 'gross ≤ 1.20'),
        verdict(perConn <= CALL_TARGET[name], `≤ ${CALL_TARGET[name]} calls`),
      ].join(', ');
    }
    return row;
  });
}

export function rows(r: BenchResults): Cells[] {
  const out: Cells[] = [{ figure: 'engine fixed cost: no-change preview of an empty stack', 'wall s': s1(r.emptyPreviewMs) }];
  if (r.coldStart) {
    out.push({
      figure: `plugin cold start, ${r.coldStart.spawns} spawns (median / p90 ms)`,
      'wall s': `${r.coldStart.medianMs} / ${r.coldStart.p90Ms}`,
      target: `${r.coldStart.medianMs <= 200 ? 'met' : 'MISSED'}: median ≤ 200 ms`,
    });
  }
  for (const f of r.fleets) {
    out.push({ figure: `no-change preview ${label(f)} (subtracted for net)`, 'wall s': s1(f.preview.wallMs), 'calls/conn': x2(f.preview.calls.total / f.connections) });
    out.push(...fleetRows(f));
  }
  const rss = r.fleets.filter((f) => f.connections === 96).map((f) => f.rollout.peakRssMb ?? 0);
  if (rss.length > 0) {
    const peak = Math.max(...rss);
    out.push({ figure: 'plugin peak RSS, 96-connection rollouts', 'RSS MB': peak, target: `${peak <= 100 ? 'met' : 'MISSED'}: ≤ 100 MB` });
  }
  if (r.large) {
    const l = r.large;
    out.push({
      figure: `no-change preview of ${l.connections} connections`,
      'wall s': s1(l.preview.wallMs),
      'calls/conn': x2(l.preview.calls.total / l.connections),
      target: `${l.preview.calls.total === 0 ? 'met' : 'MISSED'}: 0 calls`,
    });
    const perRes = l.refresh.calls.total / l.connections;
    out.push({
      figure: `refresh of ${l.connections} connections`,
      'wall s': s1(l.refresh.wallMs),
      'calls/conn': x2(perRes),
      'by action (per conn)': perConnection(l.refresh, l.connections),
      target: `${perRes <= 1 ? 'met' : 'MISSED'}: 1 call per resource`,
    });
    if (l.rolloutPeakRssMb !== undefined) out.push({ figure: `plugin peak RSS, ${l.connections}-connection rollout (busy 0)`, 'RSS MB': l.rolloutPeakRssMb });
  }
  return out;
}
