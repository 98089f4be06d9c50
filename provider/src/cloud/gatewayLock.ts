// Per-gateway serialization inside this process: the service rejects concurrent create/modify/delete
// on one VPN gateway (VpnGateway.Configuring), so work on a gateway queues here instead of colliding
// there. Different gateways run in parallel.

import { raceAbort } from './abort';

export class GatewayLocks {
  private readonly tails = new Map<string, Promise<void>>();

  /** Number of gateways with queued or running work (for tests and diagnostics). */
  get size(): number {
    return this.tails.size;
  }

  /**
   * Runs fn once every earlier holder of `key` has finished. A caller whose signal aborts while
   * queued leaves the queue without running fn.
   */
  async runExclusive<T>(key: string, fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    try {
      await raceAbort(previous, signal, 'cancelled while waiting for the gateway lock');
      return await fn();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}

/** The process-wide lock table every lifecycle operation shares. */
export const gatewayLocks = new GatewayLocks();

export function gatewayLockKey(regionId: string, vpnGatewayId: string): string {
  return `${regionId}/${vpnGatewayId}`;
}
