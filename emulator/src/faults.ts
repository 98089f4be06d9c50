// Fault injection for tests: per action (or every action), by count or by seeded rate.

export const FAULT_KINDS = ['throttle', 'server-error', 'forbidden', 'drop-after-commit', 'latency'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSpec {
  /** API action name; omitted or "*" matches every action. */
  readonly action?: string;
  readonly kind: FaultKind;
  /** Fire this many times, then retire. */
  readonly count?: number;
  /** Fire with this probability per matching request (0..1). */
  readonly rate?: number;
  /** Seeds the PRNG behind `rate`, so a run is reproducible. */
  readonly seed?: number;
  /** Delay for `latency` faults. */
  readonly latencyMs?: number;
}

/** What a request suffers. */
export interface FaultPlan {
  readonly reject?: 'throttle' | 'server-error' | 'forbidden';
  readonly latencyMs: number;
  readonly dropAfterCommit: boolean;
}

interface Rule {
  readonly spec: FaultSpec;
  remaining: number;
  readonly random: () => number;
}

/** mulberry32: tiny, fast and good enough to make rate faults repeatable. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultSpecError extends Error {}

export function parseFaultSpec(value: unknown): FaultSpec {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new FaultSpecError('fault spec must be a JSON object');
  const v = value as Record<string, unknown>;
  if (!FAULT_KINDS.includes(v.kind as FaultKind)) throw new FaultSpecError(`kind must be one of ${FAULT_KINDS.join(', ')}`);
  if (v.action !== undefined && typeof v.action !== 'string') throw new FaultSpecError('action must be a string');
  if (v.count !== undefined && !(Number.isInteger(v.count) && (v.count as number) >= 1)) throw new FaultSpecError('count must be an integer >= 1');
  if (v.rate !== undefined && !(typeof v.rate === 'number' && v.rate >= 0 && v.rate <= 1)) throw new FaultSpecError('rate must be a number in [0, 1]');
  if (v.seed !== undefined && !Number.isInteger(v.seed)) throw new FaultSpecError('seed must be an integer');
  if (v.latencyMs !== undefined && !(Number.isInteger(v.latencyMs) && (v.latencyMs as number) >= 0)) throw new FaultSpecError('latencyMs must be an integer >= 0');
  if (v.kind === 'latency' && v.latencyMs === undefined) throw new FaultSpecError('latency faults need latencyMs');
  return {
    action: v.action as string | undefined,
    kind: v.kind as FaultKind,
    count: v.count as number | undefined,
    rate: v.rate as number | undefined,
    seed: v.seed as number | undefined,
    latencyMs: v.latencyMs as number | undefined,
  };
}

export class Faults {
  private rules: Rule[] = [];

  /** Without count or rate, a fault fires on every matching request until cleared. */
  add(spec: FaultSpec): void {
    this.rules.push({
      spec,
      remaining: spec.count ?? Number.POSITIVE_INFINITY,
      random: spec.seed !== undefined ? seeded(spec.seed) : Math.random,
    });
  }

  clear(): void {
    this.rules = [];
  }

  list(): Array<FaultSpec & { remaining: number | null }> {
    return this.rules.map((r) => ({ ...r.spec, remaining: Number.isFinite(r.remaining) ? r.remaining : null }));
  }

  draw(action: string): FaultPlan {
    let reject: FaultPlan['reject'];
    let latencyMs = 0;
    let dropAfterCommit = false;
    for (const rule of this.rules) {
      const { spec } = rule;
      if (spec.action !== undefined && spec.action !== '*' && spec.action !== action) continue;
      if (rule.remaining <= 0) continue;
      if (spec.rate !== undefined && rule.random() >= spec.rate) continue;
      rule.remaining -= 1;
      if (spec.kind === 'latency') latencyMs += spec.latencyMs ?? 0;
      else if (spec.kind === 'drop-after-commit') dropAfterCommit = true;
      else reject ??= spec.kind;
    }
    this.rules = this.rules.filter((r) => r.remaining > 0);
    return { reject, latencyMs, dropAfterCommit };
  }
}
