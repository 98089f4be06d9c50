import * as grpc from '@grpc/grpc-js';

// The engine serves grpc.health.v1; an empty HealthCheckRequest encodes to zero bytes and any reply means alive,
// so no generated stubs are needed.
const CHECK_PATH = '/grpc.health.v1.Health/Check';
const INTERVAL_MS = 2000;
const FAILURES_BEFORE_GONE = 2;

/**
 * Polls the engine and calls `onGone` once it stops answering. The engine starts plugins in process
 * groups of their own, so a killed `pulumi` CLI would otherwise leave them running forever.
 * Returns a function that stops polling. (The language host in tools/ uses it too.)
 */
export function watchEngine(engineAddress: string, onGone: () => void): () => void {
  const client = new grpc.Client(engineAddress, grpc.credentials.createInsecure());
  let failures = 0;
  let stopped = false;
  const check = (): void => {
    client.makeUnaryRequest(
      CHECK_PATH,
      () => Buffer.alloc(0),
      (b: Buffer) => b,
      {},
      { deadline: Date.now() + INTERVAL_MS },
      (err) => {
        if (stopped) return;
        // UNIMPLEMENTED still proves something is listening at the address.
        failures = err && err.code !== grpc.status.UNIMPLEMENTED ? failures + 1 : 0;
        if (failures >= FAILURES_BEFORE_GONE) {
          stop();
          onGone();
        }
      },
    );
  };
  const timer = setInterval(check, INTERVAL_MS);
  timer.unref();
  function stop(): void {
    stopped = true;
    clearInterval(timer);
    client.close();
  }
  return stop;
}
