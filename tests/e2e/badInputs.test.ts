// The bad-input corpus (support/badInputs.ts) through the real CLI: every case is rejected by `pulumi preview`
// with its property path in the output, no preview crashes the plugin or echoes a planted PSK, and the emulator
// sees no mutating call. One emulator, one workspace and one program for the whole corpus. The engine stops a
// preview at the first resource that fails check, so a preview reports one resource's failures: cases that change
// independent properties of one base share that resource (packCases), 178 cases in 38 previews.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { CliResult, PulumiWorkspace } from '../support/pulumi';
import { BAD_INPUTS, Batch, packCases, plantedValues, setCase, badInputProgram, VALID_DUAL, VALID_SINGLE } from './support/badInputs';
import { credentialEnv, e2eContext, providerConfig } from './support/stacks';

const MUTATING_ACTIONS = ['CreateVpnConnection', 'ModifyVpnConnectionAttribute', 'DeleteVpnConnection', 'TagResources', 'UnTagResources'];
/** Bounds how many cases one broken preview fails at once; above what packing reaches for most bases. */
const MAX_CASES_PER_PREVIEW = 32;
const PREVIEW_TIMEOUT_MS = 120_000;
// What a provider that threw instead of failing check, or a program that could not run, leaves in the output.
const CRASH = /rpc error|TypeError|RangeError|ReferenceError|SyntaxError|Unhandled|panic:|stack trace/;

/** The output, cut down for an assertion message (some cases echo 20000-character values). */
function excerpt(text: string): string {
  return text.length > 6000 ? `${text.slice(0, 3000)}\n…\n${text.slice(-3000)}` : text;
}

interface BatchRun {
  result: CliResult;
  output: string;
  /** Mutating actions the emulator had seen once this preview ended. */
  mutating: string[];
}

describe('bad input corpus at preview under the real Pulumi CLI: every case fails check naming its property path, with no mutating call', function () {
  const ctx = e2eContext();
  const batches: Batch[] = packCases(BAD_INPUTS, MAX_CASES_PER_PREVIEW);
  const runs = new Map<number, Promise<BatchRun>>();
  let programDir: string | undefined;
  let ws: PulumiWorkspace | undefined;
  let started = 0;

  before(async function () {
    started = Date.now();
    programDir = badInputProgram();
    ws = await PulumiWorkspace.create({
      programDir,
      config: providerConfig(ctx.emu),
      env: { ...credentialEnv(ctx.emu), ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' },
    });
    await ctx.emu.control.clearStats();
  });

  after(async function () {
    await ws?.dispose();
    if (programDir) fs.rmSync(programDir, { recursive: true, force: true });
    if (runs.size > 0) {
      console.log(`      bad input corpus: ${BAD_INPUTS.length} cases in ${runs.size} previews, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  });

  async function mutatingSoFar(): Promise<string[]> {
    const stats = await ctx.emu.control.stats();
    return MUTATING_ACTIONS.filter((a) => (stats[a]?.requests ?? 0) > 0);
  }

  async function preview(name: string, args: Record<string, unknown>[]): Promise<BatchRun> {
    if (!ws) throw new Error('the workspace is created in the before hook');
    setCase(ws, args.map((a, i) => ({ name: args.length === 1 ? name : `${name}-${i}`, args: a })));
    const result = await ws.cli(['preview'], { timeoutMs: PREVIEW_TIMEOUT_MS });
    return { result, output: `${result.stdout}\n${result.stderr}`, mutating: await mutatingSoFar() };
  }

  /** Each batch is previewed once, by the first of its cases to run. */
  function runBatch(index: number): Promise<BatchRun> {
    let run = runs.get(index);
    if (!run) {
      run = preview(`batch-${String(index).padStart(2, '0')}`, [batches[index].args]);
      runs.set(index, run);
    }
    return run;
  }

  it('previews the valid single-tunnel and dual-tunnel bases cleanly, without an API call that changes anything', async function () {
    const run = await preview('valid', [VALID_SINGLE, VALID_DUAL]);
    assert.equal(run.result.code, 0, `the bases every case breaks must be valid:\n${excerpt(run.output)}`);
    assert.deepEqual(run.mutating, []);
  });

  batches.forEach((batch, index) => {
    const resource = `batch-${String(index).padStart(2, '0')}`;
    for (const c of batch.cases) {
      it(`rejects ${c.category}: ${c.title}, naming ${c.paths.join(', ')}`, async function () {
        const { result, output, mutating } = await runBatch(index);
        assert.notEqual(result.code, 0, `pulumi preview accepted ${JSON.stringify(batch.args).slice(0, 400)}:\n${excerpt(output)}`);
        assert.doesNotMatch(output, CRASH, `the preview crashed instead of failing check:\n${excerpt(output)}`);
        for (const p of c.paths) {
          // A property that holds a secret is named in the reason instead, so the engine does not print its value.
          const named = output.includes(`resource '${resource}': property ${p} value `) || output.includes(`resource '${resource}' has a problem: ${p}: `);
          assert.ok(named, `no check failure names ${p}:\n${excerpt(output)}`);
        }
        for (const planted of plantedValues(c.args)) {
          assert.ok(!output.includes(planted), `the preview output shows the planted PSK ${JSON.stringify(planted.slice(0, 40))}:\n${excerpt(output)}`);
        }
        assert.deepEqual(mutating, [], 'a rejected preview must not change anything');
      });
    }
  });

  it('made no mutating API call for the whole corpus', async function () {
    const stats = await ctx.emu.control.stats();
    for (const action of MUTATING_ACTIONS) assert.equal(stats[action], undefined, `${action} was called: ${JSON.stringify(stats[action])}`);
  });
});
