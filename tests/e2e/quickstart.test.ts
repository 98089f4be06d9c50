// The top-level quickstart (Pulumi.yaml + quickstart/) that `make demo` deploys, run as its own project.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { seedGateways } from '../support/emulator';
import { REPO_ROOT } from '../support/pulumi';
import { EmulatorConnection, e2eContext, liveConnections } from './support/stacks';

describe('quickstart under the real Pulumi CLI', function () {
  const ctx = e2eContext();
  let staging: string | undefined;

  after(function () {
    if (staging) fs.rmSync(staging, { recursive: true, force: true });
  });

  it('creates one dual-tunnel connection with service-generated PSKs exported as a secret output, previews clean and destroys', async function () {
    const gw = await seedGateways(ctx.emu, { tunnelMode: 'dual' });
    const [primary, backup] = gw.customerGatewayIds;
    staging = stageQuickstart();
    const ws = await ctx.program({
      programDir: staging,
      config: { vpnGatewayId: gw.vpnGatewayId, primaryCustomerGatewayId: primary, backupCustomerGatewayId: backup },
    });
    // The preview of a new stack runs the program's applies on preview values (make demo's `up` previews first).
    const preview = await ws.preview();
    assert.equal(preview.code, 0, preview.stdout + preview.stderr);
    await ws.up();
    const outputs = await ws.outputs();
    const [conn, ...others] = await liveConnections(ctx.emu, [gw.vpnGatewayId]);
    assert.deepEqual(others, []);
    assert.equal(outputs.connectionId, conn.VpnConnectionId);
    assert.equal(outputs.vpnGatewayId, gw.vpnGatewayId);
    assert.equal(outputs.state, 'active');
    assert.equal(outputs.status, conn.Status);
    assert.equal(conn.CustomerGatewayId, '', 'no connection-level customer gateway on a dual-tunnel connection');

    const live = liveTunnels(conn);
    assert.deepEqual(
      live.map((t) => [t.Role, t.CustomerGatewayId]),
      [['master', primary], ['slave', backup]],
      'the master tunnel goes to the primary uplink, the slave tunnel to the backup',
    );
    for (const t of live) assert.match(t.TunnelId, /^tun-/);
    assert.deepEqual(outputs.tunnels, live.map((t) => ({ role: t.Role, tunnelId: t.TunnelId, customerGatewayId: t.CustomerGatewayId })));
    const psks = live.map((t) => t.TunnelIkeConfig?.Psk);
    assert.ok(psks.every((p) => typeof p === 'string' && p.length > 0), 'the service generated a PSK for each tunnel');
    assert.notEqual(psks[0], psks[1]);
    assert.deepEqual(outputs.tunnelPsks, { master: psks[0], slave: psks[1] }, '--show-secrets shows each tunnel\'s generated PSK');
    const masked = (await ws.cliOk(['stack', 'output', '--json'])).stdout;
    assert.equal((JSON.parse(masked) as Record<string, unknown>).tunnelPsks, '[secret]');
    const checkpoint = JSON.stringify(await ws.exportStack());
    for (const psk of psks) {
      assert.ok(!masked.includes(String(psk)), 'no PSK in the outputs without --show-secrets');
      assert.ok(!checkpoint.includes(String(psk)), 'no PSK in plaintext in the state');
    }

    assert.deepEqual(outputs.localSubnets, ['10.0.0.0/16']);
    assert.deepEqual(outputs.remoteSubnets, ['192.168.10.0/24', '192.168.20.0/24']);
    const again = await ws.preview(['--expect-no-changes']);
    assert.equal(again.code, 0, again.stdout + again.stderr);
    await ws.destroy();
    assert.deepEqual(await liveConnections(ctx.emu, [gw.vpnGatewayId]), []);
  });
});

interface LiveTunnel {
  Role: string;
  TunnelId: string;
  CustomerGatewayId: string;
  TunnelIkeConfig?: { Psk?: string };
}

/** The tunnels of a dual-tunnel connection as the emulator's state lists them (master first). */
function liveTunnels(conn: EmulatorConnection): LiveTunnel[] {
  const spec = conn.TunnelOptionsSpecification as { TunnelOptions?: LiveTunnel[] } | undefined;
  return spec?.TunnelOptions ?? [];
}

/** The project file and program, without the demo's stackConfigDir (tests keep their stack file beside it). */
function stageQuickstart(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-quickstart-'));
  const project = fs.readFileSync(path.join(REPO_ROOT, 'Pulumi.yaml'), 'utf8');
  fs.writeFileSync(path.join(dir, 'Pulumi.yaml'), project.replace(/^stackConfigDir:.*$/m, '').replace(/path: provider\/bin/, `path: ${path.join(REPO_ROOT, 'provider', 'bin')}`));
  fs.cpSync(path.join(REPO_ROOT, 'quickstart'), path.join(dir, 'quickstart'), { recursive: true });
  return dir;
}
