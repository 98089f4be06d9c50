// Issue scenario: every CreateVpnConnection attempt is carried out and every answer lost. `pulumi up`
// fails, yet the connection must be in the stack (a partial create found by the ownership tag); a re-run
// with changed inputs finishes it in place, and destroy leaves nothing running: no orphan.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { seedGateways } from '../support/emulator';
import { resourcesOfType } from '../support/pulumi';
import { e2eContext, emptyProgram, liveConnections, VPN_CONNECTION_TYPE } from './support/stacks';

const PSK = 'Zx#9&y=Q+(w)';
const ENCODED_PSK_FORMS = [PSK, encodeURIComponent(PSK), JSON.stringify(PSK).slice(1, -1), encodeURIComponent(JSON.stringify({ Psk: PSK }))];

describe('ownership after an ambiguous create under the real Pulumi CLI', function () {
  const ctx = e2eContext();
  const dirs: string[] = [];

  after(function () {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a connection whose every create answer was lost in the stack, finishes it on re-run and destroys it', async function () {
    const emu = ctx.emu;
    const gw = await seedGateways(emu);
    const dir = emptyProgram('ownership');
    dirs.push(dir);
    fs.writeFileSync(
      path.join(dir, 'index.ts'),
      [
        'import * as pulumi from "@pulumi/pulumi";',
        'import * as alicloudvpn from "pulumi-alicloudvpn";',
        'const config = new pulumi.Config();',
        'export const id = new alicloudvpn.VpnConnection("lossy", {',
        '    vpnGatewayId: config.require("vpnGatewayId"),',
        '    customerGatewayId: config.require("customerGatewayId"),',
        '    localSubnets: ["10.70.0.0/16"],',
        '    remoteSubnets: ["172.27.1.0/24"],',
        '    ikeConfig: { psk: config.requireSecret("psk"), ikeAuthAlg: config.require("ikeAuthAlg") },',
        '}, { customTimeouts: { create: "20s" } }).vpnConnectionId;',
        '',
      ].join('\n'),
    );
    const ws = await ctx.program({ programDir: dir, config: { vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayId, ikeAuthAlg: 'sha1' } });
    await ws.cliOk(['config', 'set', '--secret', 'psk', PSK]);

    await emu.control.faults({ action: 'CreateVpnConnection', kind: 'drop-after-commit', count: 50 });
    const failed = await ws.cli(['up', '--yes', '--skip-preview']);
    assert.notEqual(failed.code, 0, 'every answer was lost, so up fails');
    const text = failed.stdout + failed.stderr;
    for (const form of ENCODED_PSK_FORMS) assert.ok(!text.includes(form), `the PSK (as ${form}) must not appear in the CLI's output:\n${text}`);
    const [made] = await liveConnections(emu, [gw.vpnGatewayId]);
    assert.ok(made, 'the service did make the connection');
    assert.match(text, new RegExp(`${made.VpnConnectionId} was created, but the service's answer was lost`), text);
    const recorded = resourcesOfType(await ws.exportStack(), VPN_CONNECTION_TYPE);
    assert.equal(recorded.length, 1, 'the engine recorded the partial create');
    assert.equal(recorded[0].id, made.VpnConnectionId);

    await emu.control.clearFaults();
    await ws.cliOk(['config', 'set', 'ikeAuthAlg', 'sha256']);
    await ws.up();
    const live = await liveConnections(emu, [gw.vpnGatewayId]);
    assert.deepEqual(live.map((c) => c.VpnConnectionId), [made.VpnConnectionId], 'no duplicate: the same connection, brought to the new inputs');
    assert.equal(live[0].IkeConfig.IkeAuthAlg, 'sha256');
    assert.equal((await ws.preview(['--expect-no-changes'])).code, 0);

    await ws.destroy();
    assert.deepEqual(await liveConnections(emu, [gw.vpnGatewayId]), [], 'nothing left running');
  });
});
