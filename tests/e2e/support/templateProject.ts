// The project README.md's "Start your own project" makes from examples/basic with `pulumi new`, deployed as a user
// would: outside the clone, offline, with nothing of the clone on PATH but the CLI, on the plugin `make
// plugin-install` put in PULUMI_HOME, against an emulator of its own.
import { strict as assert } from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { liveConnections, seedGateways, startEmulator } from '../../support/emulator';
import { pulumiBinDir, REPO_ROOT } from '../../support/pulumi';

const execFileAsync = promisify(execFile);
const PROVIDER_VERSION = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'provider', 'package.json'), 'utf8')) as { version: string }).version;

/**
 * Checks what `pulumi new` wrote in `project` and what the README's PULUMI_HOME (in `readmeEnv`) holds, then deploys
 * the project in a backend of its own: up, a no-change preview and destroy, none warning that a plugin came from $PATH.
 */
export async function deployTemplateProject(project: string, readmeEnv: NodeJS.ProcessEnv): Promise<void> {
  assert.match(fs.readFileSync(path.join(project, 'Pulumi.yaml'), 'utf8'), /^name: my-vpn$/m);
  assert.doesNotMatch(fs.readFileSync(path.join(project, 'Pulumi.yaml'), 'utf8'), /plugins:|\.\.\//, 'nothing points back into the clone');
  // The one dependency by path is the SDK the README installs from the clone; the template itself names none.
  const manifest = JSON.parse(fs.readFileSync(path.join(project, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  const byPath = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies }).filter(([, spec]) => spec.startsWith('file:'));
  assert.deepEqual(byPath.map(([name]) => name), ['pulumi-alicloudvpn'], `no dependency by a path that only the clone has: ${JSON.stringify(byPath)}`);

  const state = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-template-state-'));
  const emu = await startEmulator();
  try {
    const env: NodeJS.ProcessEnv = {
      ...readmeEnv,
      // As a user's shell has it: the CLI and nothing of the clone's (no provider/bin, no node_modules/.bin).
      PATH: [pulumiBinDir(), ...String(readmeEnv.PATH).split(path.delimiter).filter((dir) => dir !== '' && !dir.includes('node_modules'))].join(path.delimiter),
      PULUMI_BACKEND_URL: `file://${state}`,
      PULUMI_CONFIG_PASSPHRASE: 'template',
      PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: 'true',
      ALIBABA_CLOUD_ACCESS_KEY_ID: emu.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: emu.accessKeySecret,
    };
    const warnings: string[] = [];
    const pulumi = async (...args: string[]) => {
      const out = await execFileAsync('pulumi', [...args, '--non-interactive'], { cwd: project, env, maxBuffer: 16 * 1024 * 1024 });
      if (/from \$PATH/.test(out.stdout + out.stderr)) warnings.push(`pulumi ${args.join(' ')}:\n${out.stdout}${out.stderr}`);
      return out;
    };

    const plugins = JSON.parse((await pulumi('plugin', 'ls', '--json')).stdout) as Array<{ name: string; kind: string; version: string }>;
    assert.deepEqual(plugins.map((p) => [p.name, p.kind, p.version]), [['alicloudvpn', 'resource', PROVIDER_VERSION]]);
    const schema = JSON.parse((await pulumi('package', 'get-schema', 'alicloudvpn')).stdout) as { name: string };
    assert.equal(schema.name, 'alicloudvpn');

    const gw = await seedGateways(emu);
    await pulumi('stack', 'init', 'dev');
    for (const [key, value] of Object.entries({
      'alicloudvpn:region': 'cn-hangzhou', 'alicloudvpn:endpoint': emu.endpoint, 'alicloudvpn:protocol': 'http',
      vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayId,
    })) await pulumi('config', 'set', key, value);
    await pulumi('config', 'set', '--secret', 'psk', 'template-psk-1234');
    await pulumi('up', '--yes');
    assert.equal((await liveConnections(emu, [gw.vpnGatewayId])).length, 1);
    await pulumi('preview', '--expect-no-changes');
    await pulumi('destroy', '--yes');
    assert.deepEqual(await liveConnections(emu, [gw.vpnGatewayId]), []);
    assert.deepEqual(warnings, [], 'the engine runs the installed plugin, with no `using ... from $PATH` warning');
  } finally {
    await emu.stop();
    fs.rmSync(state, { recursive: true, force: true });
  }
}
