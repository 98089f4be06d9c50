// One example's README through the real CLI, as written (support/readmeShell.ts): every marked block in one shell,
// against the emulator the README starts, on a free port in place of the README's fixed one. An example whose README
// deploys in its first block and tears down in its second is deployed once: between the two the shell pauses and
// the test takes the README's own stack through more of a user's lifecycle.
import { strict as assert } from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import { emulatorControl, type EmulatorProcess } from '../../support/emulator';
import { freePort } from '../../support/ports';
import { pulumiBinDir, PulumiWorkspace, REPO_ROOT } from '../../support/pulumi';
import { runnableBlocks } from './readmeBlocks';
import { PAUSE, runInCopy, type PausedShell } from './readmeShell';

const execFileAsync = promisify(execFile);

/** The port every example README starts its emulator on. */
const EXAMPLE_PORT = '18080';

/** The deployed example, while its README's shell waits before the teardown. */
export interface PausedExample {
  /** The README's stack, in the shell's directory and environment. */
  ws: PulumiWorkspace;
  /** The emulator the README started, reached with the README's credentials. */
  emu: Pick<EmulatorProcess, 'endpoint' | 'accessKeyId' | 'accessKeySecret' | 'control'>;
  shell: PausedShell;
  /** `alicloudvpn-emulator customer-gateway create` on the README's emulator: the new customer gateway's id. */
  newCustomerGateway(flags?: string[]): Promise<string>;
}

/** What a test does with an example between its README's deploy and teardown. */
export interface BetweenDeployAndTeardown {
  /** What it proves, for the test's title. */
  proves: string;
  /** Resources the README's teardown then deletes (the stack included). */
  deletes: number;
  /** Settings for the stack's commands beyond the README's environment. */
  env?: Record<string, string>;
  run(example: PausedExample): Promise<void>;
  /** Checks the whole run's output, and what the README's directory holds, once the README's teardown is done. */
  afterTeardown?(run: { output: string; cwd: string }): void | Promise<void>;
}

/** Declares the test of examples/<example>/README.md. */
export function describeExampleReadme(example: string, between?: BetweenDeployAndTeardown): void {
  describe(`examples/${example}/README.md, as written`, function () {
    const copies: string[] = [];
    before(function () {
      pulumiBinDir();
    });
    after(function () {
      for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
    });

    it(`every marked block, in one shell${between ? `; between deploy and teardown, ${between.proves}` : ''}`, async function () {
      const blocks = runnableBlocks(fs.readFileSync(path.join(REPO_ROOT, 'examples', example, 'README.md'), 'utf8'));
      assert.ok(blocks.length > 0, 'the README marks the blocks a user runs');
      if (between) assert.equal(blocks.length, 2, 'the README deploys in its first block and tears down in its second');
      const port = String(await freePort());
      const script = (between ? [blocks[0], PAUSE, blocks[1]] : blocks).join('\n').replaceAll(EXAMPLE_PORT, port);
      let cwd = '';
      const run = await runInCopy(copies, script, {}, between && ((shell) => {
        cwd = shell.cwd;
        return between.run(paused(shell, `127.0.0.1:${port}`, between.env));
      }));
      assert.equal(run.code, 0, run.output);
      assert.match(run.output, /\+ \d+ created/, run.output);
      assert.match(run.output, between ? new RegExp(`- ${between.deletes} deleted`) : /- \d+ deleted/, run.output);
      await between?.afterTeardown?.({ output: run.output, cwd });
    });
  });
}

function paused(shell: PausedShell, endpoint: string, env: Record<string, string> = {}): PausedExample {
  return {
    ws: PulumiWorkspace.attach(shell.cwd, 'dev', { ...shell.env, ...env }),
    emu: {
      endpoint,
      accessKeyId: String(shell.env.ALIBABA_CLOUD_ACCESS_KEY_ID),
      accessKeySecret: String(shell.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET),
      control: emulatorControl(`http://${endpoint}`),
    },
    shell,
    newCustomerGateway: async (flags = []) => {
      const args = ['customer-gateway', 'create', '--endpoint', endpoint, '--ip-address', '198.51.100.11', ...flags];
      return (await execFileAsync('alicloudvpn-emulator', args, { cwd: shell.cwd, env: shell.env })).stdout.trim();
    },
  };
}
