// Someone changes the IKE settings in the console: preview --refresh must report it, refresh must record it,
// and up must put the program's settings back.
import { strict as assert } from 'assert';
import { ModifyVpnConnectionAttributeRequest } from '@alicloud/vpc20160428';
import { seedGateways, vpcClient, waitForGatewayActive } from '../support/emulator';
import { resourcesOfType } from '../support/pulumi';
import { revealSecrets } from './support/secrets';
import { e2eContext, liveConnections, REGION, VPN_CONNECTION_TYPE } from './support/stacks';

describe('drift on a connection changed behind the engine', function () {
  const ctx = e2eContext();

  it('is reported by preview --refresh, recorded by refresh and undone by up', async function () {
    const emu = ctx.emu;
    const gw = await seedGateways(emu);
    const ws = await ctx.example('basic', { vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayId });
    await ws.cliOk(['config', 'set', '--secret', 'psk', 'e2e-drift-psk-1234']);
    await ws.up();
    const [conn] = await liveConnections(emu, [gw.vpnGatewayId]);
    assert.equal(conn.IkeConfig.IkeEncAlg, 'aes256');

    // Out of band, through the same official SDK a console user's tooling would use.
    await waitForGatewayActive(vpcClient(emu), REGION, gw.vpnGatewayId);
    await vpcClient(emu).modifyVpnConnectionAttribute(
      new ModifyVpnConnectionAttributeRequest({
        regionId: REGION,
        vpnConnectionId: conn.VpnConnectionId,
        ikeConfig: JSON.stringify({ IkeEncAlg: 'aes192', IkeLifetime: 3600 }),
      }),
    );

    const drift = await ws.preview(['--refresh', '--expect-no-changes', '--diff']);
    assert.notEqual(drift.code, 0, `preview --refresh must fail on drift:\n${drift.stdout}`);
    assert.match(drift.stdout, /ikeEncAlg/, `the drifted field is named:\n${drift.stdout}`);
    assert.match(drift.stdout, /ikeLifetime/, drift.stdout);
    assert.match(drift.stdout + drift.stderr, /no changes were expected.*but changes were proposed/i);

    await ws.cliOk(['refresh', '--yes', '--skip-preview']);
    const recorded = revealSecrets(resourcesOfType(await ws.exportStack(true), VPN_CONNECTION_TYPE)[0].outputs) as {
      ikeConfig: { ikeEncAlg: string; ikeLifetime: number };
    };
    assert.equal(recorded.ikeConfig.ikeEncAlg, 'aes192', 'refresh records the console change');
    assert.equal(recorded.ikeConfig.ikeLifetime, 3600);

    await ws.up();
    const [restored] = await liveConnections(emu, [gw.vpnGatewayId]);
    assert.equal(restored.VpnConnectionId, conn.VpnConnectionId, 'restored in place');
    assert.equal(restored.IkeConfig.IkeEncAlg, 'aes256');
    assert.equal(Number(restored.IkeConfig.IkeLifetime), 86400);
    const clean = await ws.preview(['--refresh', '--expect-no-changes']);
    assert.equal(clean.code, 0, clean.stdout + clean.stderr);

    await ws.destroy();
    assert.deepEqual(await liveConnections(emu, [gw.vpnGatewayId]), []);
  });
});
