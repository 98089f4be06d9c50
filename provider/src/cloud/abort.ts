// Cancellation: every wait that the engine's Cancel (an AbortSignal) must end promptly goes through raceAbort.
// The work behind the promise is not stopped, only no longer waited for; a ClientToken makes re-sending safe.

import { OperationAbortedError } from './errors';

/**
 * Settles as `p` does, or rejects with OperationAbortedError(message, 'cancelled') as soon as `signal` aborts
 * (at once when it already has), whichever comes first. The listener is removed either way.
 */
export function raceAbort<T>(p: Promise<T>, signal: AbortSignal | undefined, message: string): Promise<T> {
  if (!signal) return p;
  if (signal.aborted) return Promise.reject(new OperationAbortedError(message, 'cancelled'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new OperationAbortedError(message, 'cancelled'));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
