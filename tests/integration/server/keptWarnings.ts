// The warning the plugin leaves when it keeps the resource the engine asked it to delete after a targeted replace
// (`pulumi up --replace`, engineSteps.ts upReplace): the replacement's create took that resource over.
import { strict as assert } from 'node:assert';
import { LogSeverity } from '@pulumi/pulumi/proto/engine_pb';
import type { FakeEngine } from '../../support/plugin';
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
