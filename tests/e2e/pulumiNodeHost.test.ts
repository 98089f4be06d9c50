// Pulumi's own Node language host (sdk/v3 at PULUMI_LANGUAGE_HOSTS_VERSION, built into the cache by
// scripts/install-pulumi.sh but not linked beside the CLI) against ours (tools/languageHost) on one stack: where both
// implement a call, a program run by one host must look the same to the engine as when run by the other.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { seedGateways } from '../support/emulator';
import { CliResult, pinnedVersion, pulumiCacheDir } from '../support/pulumi';
import { e2eContext, liveConnections } from './support/stacks';

function pulumiNodeHostDir(): string {
  return path.join(pulumiCacheDir(), `pulumi-language-nodejs-v${pinnedVersion('PULUMI_LANGUAGE_HOSTS_VERSION')}`);
}

describe('Pulumi\'s own Node language host and ours, on one stack', function () {
  const ctx = e2eContext();

  it('agree on examples/basic: what one deploys, the other previews as no change', async function () {
    const theirs = pulumiNodeHostDir();
    assert.ok(fs.existsSync(path.join(theirs, 'pulumi-language-nodejs')), `scripts/install-pulumi.sh built no Node host in ${theirs}`);
    const gw = await seedGateways(ctx.emu, { count: 2 });
    const ws = await ctx.example('basic', { vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayIds[0] });
    await ws.cliOk(['config', 'set', '--secret', 'psk', 'e2e-host-psk-3Wq9']);
    // Pulumi's host first on PATH: the engine prefers it to the one beside the CLI, and says so.
    const withTheirs = { PATH: `${theirs}${path.delimiter}${ws.env.PATH ?? ''}` };
    const ranTheirs = (r: CliResult): void =>
      assert.ok(r.stderr.includes(`using pulumi-language-nodejs from $PATH at ${path.join(theirs, 'pulumi-language-nodejs')}`), `Pulumi's host ran:\n${r.stderr}`);

    const up = await ws.cliOk(['up', '--yes', '--skip-preview'], { env: withTheirs });
    ranTheirs(up);
    assert.match(up.stdout, /\+ 2 created/, up.stdout);
    const outputsTheirs = await ws.outputs();
    const same = await ws.preview(['--expect-no-changes', '--diff']);
    assert.equal(same.code, 0, `our host plans no change to what Pulumi's deployed:\n${same.stdout}\n${same.stderr}`);
    assert.ok(!same.stderr.includes('pulumi-language-nodejs from $PATH'), same.stderr);

    // A replacement planned by ours, applied by ours, then previewed by theirs as no change.
    await ws.cliOk(['config', 'set', 'customerGatewayId', gw.customerGatewayIds[1]]);
    const replaced = await ws.up();
    assert.match(replaced.stdout, /1 replaced/, replaced.stdout);
    const back = await ws.cli(['preview', '--expect-no-changes', '--diff'], { env: withTheirs });
    ranTheirs(back);
    assert.equal(back.code, 0, `Pulumi's host plans no change to what ours deployed:\n${back.stdout}\n${back.stderr}`);
    const [conn] = await liveConnections(ctx.emu, [gw.vpnGatewayId]);
    assert.deepEqual(Object.keys(await ws.outputs()).sort(), Object.keys(outputsTheirs).sort(), 'the same stack outputs');
    assert.equal(conn.CustomerGatewayId, gw.customerGatewayIds[1]);

    // A program that throws: both fail the command with the program's message.
    ws.writeProgram(`${ws.readProgram()}\nthrow new Error("boom from the program");\n`);
    for (const env of [withTheirs, {}]) {
      const failed = await ws.cli(['preview'], { env });
      assert.notEqual(failed.code, 0);
      assert.match(failed.stdout + failed.stderr, /boom from the program/);
    }
  });
});
