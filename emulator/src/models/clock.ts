/**
 * Model time. Runs with the wall clock; the control API can move it forward so tests can
 * skip a busy window without sleeping. Signature timestamps always use the real clock.
 */
export class Clock {
  private offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
