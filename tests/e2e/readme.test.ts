// Runs README.md's commands as written (support/readmeShell.ts), so they cannot drift from what the code does: the
// quickstart's `make demo` and every marked block, in one shell, in its own copy of the clone. Only the port is
// substituted: a free one for the README's fixed port, through the override the README documents for the demo.
// This is the quickstart's one deployment in the e2e tier, and the one run of the installed plugin and the
// `pulumi new` template: once the blocks are done the shell pauses while the test deploys the project the README
// made from the template (with nothing of the clone on PATH but the CLI), then checks the quickstart as deployed and
// takes the demo through a re-run on another port and demo-destroy (support/quickstartDemo.ts).
// The examples' READMEs run in tests/e2e/readmes/.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { freePort } from '../support/ports';
import { pulumiBinDir, PulumiWorkspace, REPO_ROOT } from '../support/pulumi';
import { assertDemoLifecycle, assertFirstRun } from './support/quickstartDemo';
import { firstBlock, runnableBlocks } from './support/readmeBlocks';
import { PAUSE, runInCopy } from './support/readmeShell';
import { deployTemplateProject } from './support/templateProject';

const DEMO_PORT = '17788';

describe('README.md commands, as written', function () {
  const copies: string[] = [];
  before(function () {
    pulumiBinDir();
  });
  after(function () {
    for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('make demo, then every marked block ("Look around", "Practise drift", installing the plugin, a project of your own); then the new project deployed on the installed plugin, the quickstart as deployed, make demo on another port changing nothing, and make demo-destroy', async function () {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const makeDemo = firstBlock(readme).split('\n').find((l) => /^make demo\b/.test(l));
    assert.ok(makeDemo, 'the README opens with make demo');
    const blocks = runnableBlocks(readme);
    assert.ok(blocks.some((b) => b.includes('make -s demo-emulator &')), 'Look around starts the demo\'s own emulator');
    const port = String(await freePort());
    // The re-run's port and demo-destroy's, each another than the first run's.
    const ports: [number, number] = [await freePort(), await freePort()];
    const script = [makeDemo, ...blocks, PAUSE].join('\n').replaceAll(DEMO_PORT, port);
    const run = await runInCopy(copies, script, { ALICLOUDVPN_DEMO_PORT: port }, async (shell) => {
      await deployTemplateProject(path.join(String(shell.env.HOME), 'my-vpn'), shell.env);
      await assertDemoLifecycle({ dir: shell.cwd, ws: PulumiWorkspace.attach(shell.cwd, 'demo', shell.env), env: shell.env }, ports);
    });
    assert.equal(run.code, 0, run.output);
    assertFirstRun(run.output);
    assert.match(run.output, /^\s+tunnelPsks\s+\{"master":"[^"]+","slave":"[^"]+"\}$/m, `--show-secrets shows the generated PSKs:\n${run.output}`);
    assert.match(run.output, /^vpn-\w+\tdual-tunnel\t/m, 'gateway list shows the demo\'s dual-tunnel gateway');
    assert.match(run.output, /^alicloudvpn\s+resource\s+\d+\.\d+\.\d+\s/m, `pulumi plugin ls lists the installed plugin:\n${run.output}`);
    assert.match(run.output, /^vco-\w+: changed Name, RemoteSubnet$/m, `connection modify names what it changed:\n${run.output}`);
    assert.match(run.output, /drift found/, `the report finds the drift:\n${run.output}`);
    const refresh = run.output.slice(run.output.indexOf('Refreshing'));
    assert.doesNotMatch(refresh.slice(0, refresh.indexOf('Previewing')), /deleted/, `refresh keeps the demo's connection:\n${run.output}`);
  });
});
