// examples/basic as a `pulumi new` template, the way README.md ("Start your own project") says: a project outside
// the clone, offline, with the plugin and the SDK taken from the clone, deployed against the emulator.
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

describe('pulumi new from examples/basic', function () {
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

  it('starts a project outside the clone that deploys with the clone\'s plugin and SDK', async function () {
    const project = path.join(root, 'my-vpn');
    fs.mkdirSync(project);
    fs.mkdirSync(path.join(root, 'home'));
    fs.mkdirSync(path.join(root, 'state'));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // As a user's shell has it: the CLI, and the clone's plugin on PATH (no node_modules/.bin of this repository).
      PATH: [pulumiBinDir(), path.join(REPO_ROOT, 'provider', 'bin'), ...outsideNodeModules(process.env.PATH)].join(path.delimiter),
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
    const run = (cmd: string, args: string[]) => execFileAsync(cmd, args, { cwd: project, env, maxBuffer: 16 * 1024 * 1024 });
    const pulumi = (...args: string[]) => run('pulumi', [...args, '--non-interactive']);

    await pulumi('new', path.join(REPO_ROOT, 'examples', 'basic'), '--name', 'my-vpn', '--generate-only', '--yes');
    assert.match(fs.readFileSync(path.join(project, 'Pulumi.yaml'), 'utf8'), /^name: my-vpn$/m);
    assert.ok(fs.existsSync(path.join(project, 'index.ts')));
    assert.doesNotMatch(fs.readFileSync(path.join(project, 'Pulumi.yaml'), 'utf8'), /plugins:|\.\.\//, 'nothing points back into the clone');
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(REPO_ROOT, 'sdk', 'nodejs')]);

    const gw = await seedGateways(emu);
    await pulumi('stack', 'init', 'dev');
    for (const [key, value] of Object.entries({
      'alicloudvpn:region': 'cn-hangzhou', 'alicloudvpn:endpoint': emu.endpoint, 'alicloudvpn:protocol': 'http',
      vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayId,
    })) await pulumi('config', 'set', key, value);
    await pulumi('config', 'set', '--secret', 'psk', 'template-psk-1234');
    await pulumi('up', '--yes');
    assert.equal((await liveConnections(emu, [gw.vpnGatewayId])).length, 1);
    await pulumi('destroy', '--yes');
    assert.deepEqual(await liveConnections(emu, [gw.vpnGatewayId]), []);
  });
});

function outsideNodeModules(pathVar: string | undefined): string[] {
  return (pathVar ?? '').split(path.delimiter).filter((dir) => dir !== '' && !dir.includes('node_modules'));
}
