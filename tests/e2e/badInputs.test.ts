// The bad-input corpus (support/badInputs.ts) through the real CLI and engine: every case is rejected by `pulumi
// preview` with its property path in the output, no preview crashes the plugin or echoes a planted PSK, and the
// emulator sees no mutating call. One emulator, one stack and one plugin build for the whole corpus. The program is
// an inline Automation API program (the CLI runs it through a language server in this process, so no Node program
// or language host starts per preview); the engine, the plugin's check and the CLI's output are the real ones. The
// engine stops a preview at the first resource that fails check, so a preview reports one resource's failures: cases
// that change independent properties of one base share that resource (packCases): 178 cases in 38 previews.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LocalWorkspace, PulumiCommand, type ProjectSettings, type Stack } from '@pulumi/pulumi/automation';
import { PASSPHRASE, pulumiBinDir, REPO_ROOT } from '../support/pulumi';
import { BAD_INPUTS, Batch, packCases, plantedValues, badInputProgram, VALID_DUAL, VALID_SINGLE } from './support/badInputs';
import { credentialEnv, e2eContext, providerConfig } from './support/stacks';

const MUTATING_ACTIONS = ['CreateVpnConnection', 'ModifyVpnConnectionAttribute', 'DeleteVpnConnection', 'TagResources', 'UnTagResources'];
/** Bounds how many cases one broken preview fails at once; above what packing reaches for most bases. */
const MAX_CASES_PER_PREVIEW = 32;
// What a provider that threw instead of failing check, or a program that could not run, leaves in the output.
const CRASH = /rpc error|TypeError|RangeError|ReferenceError|SyntaxError|Unhandled|panic:|stack trace/;

/** The output, cut down for an assertion message (some cases echo 20000-character values). */
function excerpt(text: string): string {
  return text.length > 6000 ? `${text.slice(0, 3000)}\n…\n${text.slice(-3000)}` : text;
}

interface BatchRun {
  ok: boolean;
  output: string;
  /** Mutating actions the emulator had seen once this preview ended. */
  mutating: string[];
}

describe('bad input corpus at preview under the real Pulumi CLI: every case fails check naming its property path, with no mutating call', function () {
  const ctx = e2eContext();
  const batches: Batch[] = packCases(BAD_INPUTS, MAX_CASES_PER_PREVIEW);
  const runs = new Map<number, Promise<BatchRun>>();
  let root: string | undefined;
  let stack: Stack | undefined;
  let started = 0;

  before(async function () {
    started = Date.now();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-bad-inputs-'));
    for (const dir of ['bin', 'backend', 'home', 'work']) fs.mkdirSync(path.join(root, dir));
    // PulumiCommand runs <root>/bin/pulumi: this clone's CLI.
    fs.symlinkSync(path.join(pulumiBinDir(), 'pulumi'), path.join(root, 'bin', 'pulumi'));
    const pulumiCommand = await PulumiCommand.get({ root, skipVersionCheck: true });
    stack = await LocalWorkspace.createOrSelectStack({ stackName: 'bad-inputs', projectName: 'alicloudvpn-bad-inputs', program: badInputProgram([]) }, {
      workDir: path.join(root, 'work'),
      pulumiCommand,
      // `plugins` is a Pulumi.yaml key the Automation API's ProjectSettings type leaves out; it writes it as given.
      projectSettings: {
        name: 'alicloudvpn-bad-inputs',
        runtime: 'nodejs',
        backend: { url: `file://${path.join(root, 'backend')}` },
        plugins: { providers: [{ name: 'alicloudvpn', path: path.join(REPO_ROOT, 'provider', 'bin') }] },
      } as ProjectSettings,
      envVars: {
        ...credentialEnv(ctx.emu),
        PULUMI_HOME: path.join(root, 'home'),
        PULUMI_CONFIG_PASSPHRASE: PASSPHRASE,
        PULUMI_SKIP_UPDATE_CHECK: 'true',
        PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: 'true',
        ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
        NO_COLOR: '1',
      },
    });
    await stack.setAllConfig(Object.fromEntries(Object.entries(providerConfig(ctx.emu)).map(([k, v]) => [k, { value: String(v) }])));
    await ctx.emu.control.clearStats();
  });

  after(async function () {
    if (root) fs.rmSync(root, { recursive: true, force: true });
    if (runs.size > 0) {
      console.log(`      bad input corpus: ${BAD_INPUTS.length} cases in ${runs.size} previews, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  });

  async function mutatingSoFar(): Promise<string[]> {
    const stats = await ctx.emu.control.stats();
    return MUTATING_ACTIONS.filter((a) => (stats[a]?.requests ?? 0) > 0);
  }

  async function preview(name: string, args: Record<string, unknown>[]): Promise<BatchRun> {
    if (!stack) throw new Error('the stack is created in the before hook');
    const program = badInputProgram(args.map((a, i) => ({ name: args.length === 1 ? name : `${name}-${i}`, args: a })));
    let output = '';
    const collect = (text: string) => (output += text);
    let ok = true;
    try {
      await stack.preview({ program, onOutput: collect, onError: collect });
    } catch (err) {
      ok = false;
      if (!output) output = String(err);
    }
    return { ok, output, mutating: await mutatingSoFar() };
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
    assert.ok(run.ok, `the bases every case breaks must be valid:\n${excerpt(run.output)}`);
    assert.deepEqual(run.mutating, []);
  });

  batches.forEach((batch, index) => {
    const resource = `batch-${String(index).padStart(2, '0')}`;
    for (const c of batch.cases) {
      it(`rejects ${c.category}: ${c.title}, naming ${c.paths.join(', ')}`, async function () {
        const { ok, output, mutating } = await runBatch(index);
        assert.ok(!ok, `pulumi preview accepted ${JSON.stringify(batch.args).slice(0, 400)}:\n${excerpt(output)}`);
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
