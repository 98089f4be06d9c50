// Shared set-up for the e2e tier: an example program on a fresh backend, configured for one emulator process.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EmulatorProcess, startEmulator } from '../../support/emulator';
import { PulumiWorkspace, REPO_ROOT, WorkspaceOptions } from '../../support/pulumi';

export const REGION = 'cn-hangzhou';
export const VPN_CONNECTION_TYPE = 'alicloudvpn:index:VpnConnection';
/** Long enough that the provider meets VpnGateway.Configuring between calls, short enough for 2 cores. */
export const E2E_BUSY_MS = 250;

export function examplePath(name: string): string {
  return path.join(REPO_ROOT, 'examples', name);
}

/** Stack config pointing the provider at the emulator; credentials travel in the environment (see below). */
export function providerConfig(emu: EmulatorProcess): Record<string, string> {
  return {
    'alicloudvpn:region': REGION,
    'alicloudvpn:endpoint': emu.endpoint,
    'alicloudvpn:protocol': 'http',
  };
}

/** The variables Alibaba's tools read, so no credential is ever written into a stack file. */
export function credentialEnv(emu: EmulatorProcess): Record<string, string> {
  return {
    ALIBABA_CLOUD_ACCESS_KEY_ID: emu.accessKeyId,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: emu.accessKeySecret,
  };
}

export function exampleWorkspace(
  example: string,
  emu: EmulatorProcess,
  config: Record<string, string | number | boolean>,
): Promise<PulumiWorkspace> {
  return PulumiWorkspace.create({
    programDir: examplePath(example),
    config: { ...providerConfig(emu), ...config },
    env: credentialEnv(emu),
  });
}

export { liveConnections, type EmulatorConnection } from '../../support/emulator';

export interface E2eContext {
  /** The emulator process of this test file (started in `before`). */
  readonly emu: EmulatorProcess;
  /** An example on a fresh backend, pointed at the emulator; disposed after the test. */
  example(name: string, config: Record<string, string | number | boolean>): Promise<PulumiWorkspace>;
  /** Any program on a fresh backend, pointed at the emulator; disposed after the test. */
  program(opts: WorkspaceOptions): Promise<PulumiWorkspace>;
}

/** Registers the hooks every e2e file needs: one emulator per file, every workspace removed after its test. */
export function e2eContext(): E2eContext {
  let emu: EmulatorProcess | undefined;
  const workspaces: PulumiWorkspace[] = [];
  const track = (ws: PulumiWorkspace): PulumiWorkspace => {
    workspaces.push(ws);
    return ws;
  };
  before(async function () {
    emu = await startEmulator({ busyMs: E2E_BUSY_MS });
  });
  afterEach(async function () {
    for (const ws of workspaces.splice(0)) await ws.dispose();
  });
  after(async function () {
    await emu?.stop();
  });
  const ctx: E2eContext = {
    get emu(): EmulatorProcess {
      if (!emu) throw new Error('the emulator starts in the before hook');
      return emu;
    },
    example: async (name, config) => track(await exampleWorkspace(name, ctx.emu, config)),
    program: async (opts) =>
      track(
        await PulumiWorkspace.create({
          ...opts,
          config: { ...providerConfig(ctx.emu), ...opts.config },
          env: { ...credentialEnv(ctx.emu), ...opts.env },
        }),
      ),
  };
  return ctx;
}

/** A project with no resources yet, as a user has before running `pulumi import` (the caller removes it). */
export function emptyProgram(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `alicloudvpn-${name}-`));
  fs.writeFileSync(
    path.join(dir, 'Pulumi.yaml'),
    [`name: alicloudvpn-${name}`, 'runtime: nodejs', 'plugins:', '  providers:', '    - name: alicloudvpn', `      path: ${path.join(REPO_ROOT, 'provider', 'bin')}`, ''].join('\n'),
  );
  fs.writeFileSync(path.join(dir, 'index.ts'), 'export {};\n');
  fs.copyFileSync(path.join(REPO_ROOT, 'examples', 'basic', 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
  return dir;
}
