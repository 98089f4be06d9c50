// `pulumi up --replace` (engineSteps.ts upReplace) of a resource whose create takes the live one back: the plugin
// keeps what the engine then asks it to delete, and says so in a warning.
import { strict as assert } from 'node:assert';
import { LogSeverity } from '@pulumi/pulumi/proto/engine_pb';
import { DiffResponse } from '@pulumi/pulumi/proto/provider_pb';
import type { FakeEngine, Wire } from '../../support/plugin';
import type { EngineResource } from './engineSteps';

const WAIT_MS = 5_000;

/** Asserts that the engine has received `count` "kept" warnings for the resource's current id (logs arrive asynchronously). */
export async function assertKeptWarnings(engine: FakeEngine, res: EngineResource, kind: string, count: number): Promise<void> {
  const prefix = `${kind} ${res.id} is kept: the replacement of this resource took it over (a replayed create returns the same ${kind}), so the stack still manages it.`;
  const kept = () => engine.logs.filter((l) => l.urn === res.urn && l.message.startsWith(prefix));
  const deadline = Date.now() + WAIT_MS;
  while (kept().length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const got = kept();
  assert.equal(got.length, count, `"kept" warnings for ${res.urn}:\n${engine.logs.filter((l) => l.urn === res.urn).map((l) => l.message).join('\n')}`);
  for (const l of got) {
    assert.equal(l.severity, LogSeverity.WARNING);
    assert.ok(!l.ephemeral, 'a warning stays among the run\'s diagnostics');
    assert.ok(l.message.endsWith('To re-create it instead, use the resource option deleteBeforeReplace: true.'), l.message);
  }
}

/**
 * Two rounds of `up --replace` with the inputs of the last `up`: each leaves the same id in the state, what `live`
 * reads of the service unchanged (the one live object, the state's), a "kept" warning, and a preview without changes.
 */
export async function assertReplaceKeeps(engine: FakeEngine, res: EngineResource, inputs: Wire, kind: string, live: () => Promise<unknown>): Promise<void> {
  const id = res.id;
  const before = await live();
  for (let round = 1; round <= 2; round++) {
    await res.upReplace(inputs);
    assert.equal(res.id, id, `the replayed create returns the same ${kind}`);
    assert.deepEqual(await live(), before, `the live ${kind} is still the one the state records`);
    await assertKeptWarnings(engine, res, kind, round);
    assert.equal((await res.preview(inputs)).getChanges(), DiffResponse.DiffChanges.DIFF_NONE);
  }
}
