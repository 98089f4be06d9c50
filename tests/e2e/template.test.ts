// The plugin installed as users install providers (`make plugin-install`: `pulumi plugin install resource alicloudvpn
// <version> -f <tarball>`) and examples/basic as a `pulumi new` template, the way README.md says: a project outside
// the clone, offline, with nothing of the clone on PATH but the CLI, deployed against the emulator.
import { strict as assert } from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { seedGateways, startEmulator, type EmulatorProcess } from '../support/emulator';
import { pulumiBinDir, REPO_ROOT } from '../support/pulumi';
import { liveConnections } from './support/stacks';

const execFileAsync = promisify(execFile);
const PROVIDER_VERSION = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'provider', 'package.json'), 'utf8')) as { version: string }).version;

describe('the plugin installed from its tarball, and pulumi new from examples/basic', function () {
  let root: string;
  let emu: EmulatorProcess;
  before(async function () {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-template-'));
    emu = await startEmulator();
  });
  after(async function () {
    await emu?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('lists the plugin, serves its schema by name, and deploys a new project without $PATH warnings', async function () {
    const project = path.join(root, 'my-vpn');
    fs.mkdirSync(project);
    fs.mkdirSync(path.join(root, 'home'));
    fs.mkdirSync(path.join(root, 'state'));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // As a user's shell has it: the CLI and nothing of this clone's (no provider/bin, no node_modules/.bin).
      PATH: [pulumiBinDir(), ...outsideNodeModules(process.env.PATH)].join(path.delimiter),
      PULUMI_HOME: path.join(root, 'home'),
      PULUMI_BACKEND_URL: `file://${path.join(root, 'state')}`,
      PULUMI_CONFIG_PASSPHRASE: 'template',
      PULUMI_SKIP_UPDATE_CHECK: 'true',
      PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: 'true',
      PULUMI_NODEJS_TRANSPILE_ONLY: 'true',
      ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
      ALIBABA_CLOUD_ACCESS_KEY_ID: emu.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: emu.accessKeySecret,
      npm_config_update_notifier: 'false',
      NO_COLOR: '1',
    };
    const run = (cmd: string, args: string[], cwd = project) => execFileAsync(cmd, args, { cwd, env, maxBuffer: 16 * 1024 * 1024 });
    const pulumi = (...args: string[]) => run('pulumi', [...args, '--non-interactive']);
    const warnings: string[] = [];
    const noPathWarning = async (...args: string[]) => {
      const out = await pulumi(...args);
      if (/from \$PATH/.test(out.stdout + out.stderr)) warnings.push(`pulumi ${args.join(' ')}:\n${out.stdout}${out.stderr}`);
      return out;
    };

    await run('make', ['-s', 'plugin-install'], REPO_ROOT);
    const plugins = JSON.parse((await pulumi('plugin', 'ls', '--json')).stdout) as Array<{ name: string; kind: string; version: string }>;
    assert.deepEqual(plugins.map((p) => [p.name, p.kind, p.version]), [['alicloudvpn', 'resource', PROVIDER_VERSION]]);
    const schema = JSON.parse((await noPathWarning('package', 'get-schema', 'alicloudvpn')).stdout) as { name: string; version: string };
    assert.equal(schema.name, 'alicloudvpn');

    await pulumi('new', path.join(REPO_ROOT, 'examples', 'basic'), '--name', 'my-vpn', '--generate-only', '--yes');
    assert.match(fs.readFileSync(path.join(project, 'Pulumi.yaml'), 'utf8'), /^name: my-vpn$/m);
    assert.doesNotMatch(fs.readFileSync(path.join(project, 'Pulumi.yaml'), 'utf8'), /plugins:|\.\.\//, 'nothing points back into the clone');
    assert.doesNotMatch(fs.readFileSync(path.join(project, 'package.json'), 'utf8'), /file:/, 'no dependency by a path that only the clone has');
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(REPO_ROOT, 'sdk', 'nodejs')]);
    await noPathWarning('install');

    const gw = await seedGateways(emu);
    await pulumi('stack', 'init', 'dev');
    for (const [key, value] of Object.entries({
      'alicloudvpn:region': 'cn-hangzhou', 'alicloudvpn:endpoint': emu.endpoint, 'alicloudvpn:protocol': 'http',
      vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayId,
    })) await pulumi('config', 'set', key, value);
    await pulumi('config', 'set', '--secret', 'psk', 'template-psk-1234');
    await noPathWarning('up', '--yes');
    assert.equal((await liveConnections(emu, [gw.vpnGatewayId])).length, 1);
    await noPathWarning('preview', '--expect-no-changes');
    await noPathWarning('destroy', '--yes');
    assert.deepEqual(await liveConnections(emu, [gw.vpnGatewayId]), []);
    assert.deepEqual(warnings, [], 'the engine runs the installed plugin, with no `using ... from $PATH` warning');
  });
});

function outsideNodeModules(pathVar: string | undefined): string[] {
  return (pathVar ?? '').split(path.delimiter).filter((dir) => dir !== '' && !dir.includes('node_modules'));
}
