// The engine's code generation goes through our Node language host to Pulumi's own generators
// (tools/codegen): `pulumi package gen-sdk` writes exactly the committed SDK, and `pulumi convert` turns a
// PCL program into TypeScript that runs against the emulator, with a config string in an enum input.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { seedGateways } from '../support/emulator';
import { pulumiBinDir, REPO_ROOT } from '../support/pulumi';
import { e2eContext, liveConnections } from './support/stacks';

function pulumiEnv(home: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // provider/bin on PATH: convert has no project whose plugins block would point at the plugin.
    PATH: [pulumiBinDir(), path.join(REPO_ROOT, 'provider', 'bin'), process.env.PATH].join(path.delimiter),
    PULUMI_HOME: home,
    PULUMI_SKIP_UPDATE_CHECK: 'true',
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: 'true',
  };
}

function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name === 'bin') return [];
    const rel = path.join(prefix, e.name);
    return e.isDirectory() ? listFiles(path.join(dir, e.name), rel) : [rel];
  });
}

describe('code generation through the language host', function () {
  const ctx = e2eContext();
  let root: string;

  before(function () {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-codegen-'));
    fs.mkdirSync(path.join(root, 'home'));
  });

  after(function () {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('pulumi package gen-sdk --language nodejs --local writes the committed sdk/nodejs, file for file', function () {
    const out = path.join(root, 'gen-sdk');
    execFileSync('pulumi', ['package', 'gen-sdk', path.join(REPO_ROOT, 'provider', 'schema.json'), '--language', 'nodejs', '--local', '--out', out], {
      env: pulumiEnv(path.join(root, 'home')),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const generated = path.join(out, 'nodejs');
    const committed = path.join(REPO_ROOT, 'sdk', 'nodejs');
    assert.deepEqual(listFiles(generated).sort(), listFiles(committed).sort());
    for (const file of listFiles(committed)) {
      assert.equal(fs.readFileSync(path.join(generated, file), 'utf8'), fs.readFileSync(path.join(committed, file), 'utf8'), file);
    }
    assert.match(fs.readFileSync(path.join(generated, 'vpnConnection.ts'), 'utf8'), /Do not edit by hand/);
  });

  it('pulumi convert --from pcl --language typescript gives a program that deploys, enum from config', async function () {
    const out = path.join(root, 'converted');
    // Outside the repository, whose own Pulumi.yaml (the quickstart) the CLI would otherwise pick up.
    const source = path.join(root, 'pcl');
    fs.cpSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'programs', 'pcl'), source, { recursive: true });
    execFileSync('pulumi', ['convert', '--from', 'pcl', '--language', 'typescript', '--out', out, '--generate-only'], {
      cwd: source,
      env: pulumiEnv(path.join(root, 'home')),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const program = fs.readFileSync(path.join(out, 'index.ts'), 'utf8');
    assert.match(program, /import \* as alicloudvpn from "pulumi-alicloudvpn";/);
    assert.match(program, /new alicloudvpn\.VpnConnection\("branch", \{/);
    assert.match(program, /ikeEncAlg: encAlg,/, 'a plain config string goes straight into an enum input');
    assert.match(program, /ipsecPfs: alicloudvpn\.IpsecPfs\.Disabled/);
    // Pulumi's generated project names the package at its published version; the plugin is this repo's build.
    fs.appendFileSync(path.join(out, 'Pulumi.yaml'), `plugins:\n  providers:\n    - name: alicloudvpn\n      path: ${path.join(REPO_ROOT, 'provider', 'bin')}\n`);

    const gw = await seedGateways(ctx.emu);
    const ws = await ctx.program({
      programDir: out,
      config: { vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayId, encAlg: 'aes192' },
    });
    await ws.up();
    const [conn] = await liveConnections(ctx.emu, [gw.vpnGatewayId]);
    assert.equal(conn.Name, 'converted-branch');
    assert.equal(conn.IkeConfig.IkeEncAlg, 'aes192');
    assert.equal((await ws.outputs()).connectionId, conn.VpnConnectionId);

    // A string the service does not take fails at check, naming the path and the allowed values, with no API call.
    await ws.cliOk(['config', 'set', 'encAlg', 'aes512']);
    const bad = await ws.preview();
    assert.notEqual(bad.code, 0);
    assert.match(bad.stdout + bad.stderr, /ikeConfig\.ikeEncAlg/);
    assert.match(bad.stdout + bad.stderr, /aes256/);
    await ws.cliOk(['config', 'set', 'encAlg', 'aes192']);
    await ws.destroy();
    assert.deepEqual(await liveConnections(ctx.emu, [gw.vpnGatewayId]), []);
  });
});
