// The generated Go SDK (sdk/go/alicloudvpn) through the real CLI and engine: a Go Automation API program
// (tests/e2e/goProgram) runs up, a nested-diff preview, refresh after an out-of-band change, and destroy.
import { strict as assert } from 'assert';
import { execFileSync, execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ModifyVpnConnectionAttributeRequest } from '@alicloud/vpc20160428';
import { seedGateways, vpcClient, waitForGatewayActive } from '../support/emulator';
import { PASSPHRASE, pulumiBinDir, REPO_ROOT } from '../support/pulumi';
import { credentialEnv, e2eContext, liveConnections, REGION } from './support/stacks';

interface StepAnswer {
  summary: Record<string, number>;
  stdout: string;
  outputs?: Record<string, unknown>;
}

describe('the generated Go SDK under the real Pulumi CLI (Automation API)', function () {
  const ctx = e2eContext();
  let root: string;
  let driver: string;

  before(function () {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-e2e-go-'));
    driver = path.join(root, 'e2e-go');
    // The Go build cache is warm from the CLI build (same sdk/v3 version), so this takes seconds.
    execFileSync('go', ['build', '-o', driver, '.'], {
      cwd: path.join(REPO_ROOT, 'tests', 'e2e', 'goProgram'),
      env: { ...process.env, GOFLAGS: '-mod=mod' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  });

  after(function () {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('runs up, a nested-diff preview, refresh and destroy of a VpnConnection', async function () {
    const gw = await seedGateways(ctx.emu);
    for (const dir of ['backend', 'home', 'work', 'cli']) fs.mkdirSync(path.join(root, dir), { recursive: true });
    // The Automation API runs <root>/bin/pulumi: a link to the clone's .pulumi-bin makes one.
    fs.symlinkSync(pulumiBinDir(), path.join(root, 'cli', 'bin'), 'dir');
    const baseEnv: NodeJS.ProcessEnv = {
      ...process.env,
      ...credentialEnv(ctx.emu),
      PULUMI_ROOT: path.join(root, 'cli'),
      PROVIDER_BIN: path.join(REPO_ROOT, 'provider', 'bin'),
      WORK_DIR: path.join(root, 'work'),
      PULUMI_BACKEND_URL: `file://${path.join(root, 'backend')}`,
      PULUMI_HOME: path.join(root, 'home'),
      PULUMI_CONFIG_PASSPHRASE: PASSPHRASE,
      PULUMI_SKIP_UPDATE_CHECK: 'true',
      PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: 'true',
      REGION,
      ENDPOINT: ctx.emu.endpoint,
      VPN_GATEWAY_ID: gw.vpnGatewayId,
      CUSTOMER_GATEWAY_ID: gw.customerGatewayId,
      PSK: 'e2e-go-psk-7Hq2',
    };
    const step = (name: string, encAlg: string): Promise<StepAnswer> =>
      new Promise((resolve, reject) => {
        execFile(driver, [name], { env: { ...baseEnv, ENC_ALG: encAlg }, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
          if (err) reject(new Error(`e2e-go ${name} failed: ${err.message}\n${stdout}\n${stderr}`));
          else resolve(JSON.parse(stdout) as StepAnswer);
        });
      });

    const up = await step('up', 'aes256');
    assert.equal(up.summary.create, 2, JSON.stringify(up.summary)); // the stack and the connection
    const [conn] = await liveConnections(ctx.emu, [gw.vpnGatewayId]);
    assert.equal(up.outputs?.connectionId, conn.VpnConnectionId);
    assert.equal(conn.IkeConfig.IkeEncAlg, 'aes256');
    assert.equal(conn.IkeConfig.Psk, 'e2e-go-psk-7Hq2');

    const preview = await step('preview', 'aes192');
    assert.equal(preview.summary.update, 1, JSON.stringify(preview.summary));
    assert.equal(preview.summary.replace ?? 0, 0);
    assert.match(preview.stdout, /ikeEncAlg\s*:\s*"aes256"\s*=>\s*"aes192"/, preview.stdout);
    assert.doesNotMatch(preview.stdout, /e2e-go-psk-7Hq2/);

    await waitForGatewayActive(vpcClient(ctx.emu), REGION, gw.vpnGatewayId);
    await vpcClient(ctx.emu).modifyVpnConnectionAttribute(
      new ModifyVpnConnectionAttributeRequest({
        regionId: REGION,
        vpnConnectionId: conn.VpnConnectionId,
        ikeConfig: JSON.stringify({ IkeEncAlg: 'aes' }),
      }),
    );
    const refresh = await step('refresh', 'aes256');
    assert.equal(refresh.summary.update, 1, `refresh records the out-of-band change: ${JSON.stringify(refresh.summary)}`);
    // Stack outputs only change when the program runs: the next preview shows what refresh recorded.
    const back = await step('preview', 'aes256');
    assert.match(back.stdout, /ikeEncAlg\s*:\s*"aes"\s*=>\s*"aes256"/, back.stdout);

    const destroy = await step('destroy', 'aes256');
    assert.equal(destroy.summary.delete, 2, JSON.stringify(destroy.summary));
    assert.deepEqual(await liveConnections(ctx.emu, [gw.vpnGatewayId]), []);
  });
});
