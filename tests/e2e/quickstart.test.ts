// The top-level quickstart (Pulumi.yaml + quickstart/) that `make demo` deploys, run as its own project.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { seedGateways } from '../support/emulator';
import { REPO_ROOT } from '../support/pulumi';
import { e2eContext, liveConnections } from './support/stacks';

describe('quickstart under the real Pulumi CLI', function () {
  const ctx = e2eContext();
  let staging: string | undefined;

  after(function () {
    if (staging) fs.rmSync(staging, { recursive: true, force: true });
  });

  it('creates one connection with a service-generated PSK, previews clean and destroys', async function () {
    const gw = await seedGateways(ctx.emu);
    staging = stageQuickstart();
    const ws = await ctx.program({ programDir: staging, config: { vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayId } });
    await ws.up();
    const outputs = await ws.outputs();
    const [conn] = await liveConnections(ctx.emu, [gw.vpnGatewayId]);
    assert.equal(outputs.connectionId, conn.VpnConnectionId);
    assert.equal(outputs.state, 'active');
    assert.deepEqual(outputs.remoteSubnets, ['192.168.10.0/24', '192.168.20.0/24']);
    const again = await ws.preview(['--expect-no-changes']);
    assert.equal(again.code, 0, again.stdout + again.stderr);
    await ws.destroy();
    assert.deepEqual(await liveConnections(ctx.emu, [gw.vpnGatewayId]), []);
  });
});

/** The project file and program, without the demo's stackConfigDir (tests keep their stack file beside it). */
function stageQuickstart(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-quickstart-'));
  const project = fs.readFileSync(path.join(REPO_ROOT, 'Pulumi.yaml'), 'utf8');
  fs.writeFileSync(path.join(dir, 'Pulumi.yaml'), project.replace(/^stackConfigDir:.*$/m, '').replace(/path: provider\/bin/, `path: ${path.join(REPO_ROOT, 'provider', 'bin')}`));
  fs.cpSync(path.join(REPO_ROOT, 'quickstart'), path.join(dir, 'quickstart'), { recursive: true });
  return dir;
}
