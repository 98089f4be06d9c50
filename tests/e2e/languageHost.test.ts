// Our pulumi-language-nodejs (tools/languageHost) under the real CLI, on a program with no provider of ours: how it
// reports a program that does not compile (a program that throws fails the command on both Node hosts in
// tests/e2e/readmes/basic.test.ts). Config, secret config and dynamic resources through it run in
// every TypeScript example's README (tests/e2e/readmes/: basic and dynamic through up, an update, a replacement,
// a no-change preview and destroy). The examples are type-checked against the SDK by `tsc -b` (each example's
// tsconfig is a project reference of the root one).
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
});
