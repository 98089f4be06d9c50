// examples/basic as its README deploys it (on our Node language host, tools/languageHost), then through the same
// stack with Pulumi's own Node host (sdk/v3 at PULUMI_LANGUAGE_HOSTS_VERSION, built into the cache by
// scripts/install-pulumi.sh but not linked beside the CLI) taking turns with ours: where both implement a call, a
// program run by one host must look the same to the engine as when run by the other.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pinnedVersion, pulumiCacheDir, type CliResult } from '../../support/pulumi';
import { nestedUpdate, noPerpetualDiff, replacementOnNewCustomerGateway, NESTED_UPDATE_AND_REPLACEMENT } from '../support/exampleLifecycle';
import { describeExampleReadme } from '../support/exampleReadme';

const THEIRS = path.join(pulumiCacheDir(), `pulumi-language-nodejs-v${pinnedVersion('PULUMI_LANGUAGE_HOSTS_VERSION')}`);

describeExampleReadme('basic', {
  proves: `${NESTED_UPDATE_AND_REPLACEMENT}; Pulumi's Node host previews what ours deployed as no change, applies the update, which ours then previews as no change, and both fail a program that throws`,
  deletes: 2,
  run: async (example) => {
    const { ws } = example;
    assert.ok(fs.existsSync(path.join(THEIRS, 'pulumi-language-nodejs')), `scripts/install-pulumi.sh built no Node host in ${THEIRS}`);
    // Pulumi's host first on PATH: the engine prefers it to the one beside the CLI, and says so.
    const withTheirs = { PATH: `${THEIRS}${path.delimiter}${ws.env.PATH ?? ''}` };
    const ranTheirs = (r: CliResult): void =>
      assert.ok(r.stderr.includes(`using pulumi-language-nodejs from $PATH at ${path.join(THEIRS, 'pulumi-language-nodejs')}`), `Pulumi's host ran:\n${r.stderr}`);
    const outputsOurs = await ws.outputs();

    ranTheirs(await noPerpetualDiff(example, withTheirs));
    ranTheirs(await nestedUpdate(example, { from: 'ikeLifetime: 86400', to: 'ikeLifetime: 28800', diffLine: /~ ikeLifetime\s*:\s*(?:86400|\[secret\]) => 28800/, parent: 'ikeConfig' }, withTheirs));
    const ours = await noPerpetualDiff(example);
    assert.ok(!ours.stderr.includes('pulumi-language-nodejs from $PATH'), ours.stderr);
    assert.deepEqual(Object.keys(await ws.outputs()).sort(), Object.keys(outputsOurs).sort(), 'the same stack outputs');
    await replacementOnNewCustomerGateway(example);

    const program = ws.readProgram();
    ws.writeProgram(`${program}\nthrow new Error("boom from the program");\n`);
    for (const env of [withTheirs, {}]) {
      const failed = await ws.cli(['preview'], { env });
      assert.notEqual(failed.code, 0);
      assert.match(failed.stdout + failed.stderr, /boom from the program/);
    }
    ws.writeProgram(program);
  },
});
