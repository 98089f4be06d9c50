// Our pulumi-language-nodejs (tools/languageHost) under the real CLI, on a program with no provider of ours:
// what a broken host would break first (config, secrets, dynamic providers, error reporting). The examples are
// type-checked against the SDK by `tsc -b` (each example's tsconfig is a project reference of the root one).
import { strict as assert } from 'assert';
import * as path from 'path';
import { PulumiWorkspace, REPO_ROOT } from '../support/pulumi';

const ECHO_PROGRAM = path.join(REPO_ROOT, 'tests', 'fixtures', 'programs', 'echo');

describe('the Node language host under the real CLI', function () {
  let ws: PulumiWorkspace | undefined;

  afterEach(async function () {
    await ws?.dispose();
    ws = undefined;
  });

  it('runs a TypeScript program with config, a secret and a dynamic resource through up, preview and destroy', async function () {
    ws = await PulumiWorkspace.create({ programDir: ECHO_PROGRAM, config: { 'langhost-echo:text': 'world' } });
    await ws.cliOk(['config', 'set', '--secret', 'token', 's3cr3t-token']);
    const up = await ws.up();
    assert.match(up.stdout, /\+ 2 created/, up.stdout);
    assert.deepEqual(await ws.outputs(), { greeting: 'hi from langhost-echo/e2e', echoed: 'world', token: 's3cr3t-token' });
    const plain = await ws.cliOk(['stack', 'output', '--json']);
    assert.ok(!plain.stdout.includes('s3cr3t-token'), 'a secret config value stays secret in outputs');
    const preview = await ws.preview(['--expect-no-changes']);
    assert.equal(preview.code, 0, preview.stdout + preview.stderr);
    const destroyed = await ws.destroy();
    assert.match(destroyed.stdout, /- 2 deleted/, destroyed.stdout);
  });

  it('reports a TypeScript error in the program with its location and fails the command', async function () {
    ws = await PulumiWorkspace.create({ programDir: ECHO_PROGRAM });
    await ws.cliOk(['config', 'set', '--secret', 'token', 'x']);
    ws.writeProgram(`${ws.readProgram()}\nconst wrong: number = "not a number";\n`);
    const preview = await ws.preview();
    const previewTypeChecked = await ws.cli(['preview'], { env: { PULUMI_NODEJS_TRANSPILE_ONLY: 'false' } });
    assert.notEqual(previewTypeChecked.code, 0);
    assert.match(previewTypeChecked.stdout + previewTypeChecked.stderr, /index\.ts\(\d+,\d+\): error TS2322/);
    assert.equal(preview.code, 0, 'transpile-only runs do not type-check');
  });

  it('fails the command when the program throws', async function () {
    ws = await PulumiWorkspace.create({ programDir: ECHO_PROGRAM });
    await ws.cliOk(['config', 'set', '--secret', 'token', 'x']);
    ws.writeProgram(`${ws.readProgram()}\nthrow new Error("boom from the program");\n`);
    const preview = await ws.preview();
    assert.notEqual(preview.code, 0);
    assert.match(preview.stdout + preview.stderr, /boom from the program/);
  });
});
