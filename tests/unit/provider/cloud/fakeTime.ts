import type * as sinon from 'sinon';

/** Runs the fake clock until `p` settles, then settles as it did. */
export async function settleWith<T>(clock: sinon.SinonFakeTimers, p: Promise<T>): Promise<T> {
  const caught = p.then(
    (v) => ({ v }),
    (e: unknown) => ({ e }),
  );
  await clock.runAllAsync();
  const r = (await caught) as { v?: T; e?: unknown };
  if ('e' in r) throw r.e;
  return r.v as T;
}
