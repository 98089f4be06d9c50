// Per-action request counts for tests and benchmarks: how many calls each action received (after the
// signature check) and how each ended, so a test can say "no ModifyVpnConnectionAttribute was sent" and a
// benchmark can count API calls and busy errors without a proxy in front of the emulator.

export interface ActionStats {
  requests: number;
  succeeded: number;
  /** Error code → how many answers carried it (injected faults included). */
  errors: Record<string, number>;
}

export class Stats {
  private readonly actions = new Map<string, ActionStats>();

  private entry(action: string): ActionStats {
    let s = this.actions.get(action);
    if (!s) {
      s = { requests: 0, succeeded: 0, errors: {} };
      this.actions.set(action, s);
    }
    return s;
  }

  request(action: string): void {
    this.entry(action).requests++;
  }

  success(action: string): void {
    this.entry(action).succeeded++;
  }

  error(action: string, code: string): void {
    const e = this.entry(action).errors;
    e[code] = (e[code] ?? 0) + 1;
  }

  snapshot(): Record<string, ActionStats> {
    return Object.fromEntries([...this.actions].map(([a, s]) => [a, { ...s, errors: { ...s.errors } }]));
  }

  clear(): void {
    this.actions.clear();
  }
}
