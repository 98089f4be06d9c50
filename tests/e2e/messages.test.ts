// The one message that needs the engine itself: `pulumi destroy` starts the provider with the settings the last
// update recorded, not the stack config as it is now. Every other message is checked through the plugin's
// answers to the engine's calls (tests/integration/server/statusMessages.test.ts, messages.test.ts). The run loads
// tests/support/networkGuard.js into its Node processes, so nothing here reaches off the machine.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { seedGateways } from '../support/emulator';
import { recordNetwork } from '../support/offMachine';
import { type CliResult } from '../support/pulumi';
import { e2eContext, emptyProgram, liveConnections, REGION } from './support/stacks';

const PROGRAM = `import * as pulumi from "@pulumi/pulumi";
import * as alicloudvpn from "pulumi-alicloudvpn";

const config = new pulumi.Config();
new alicloudvpn.VpnConnection("conn-0", {
    vpnGatewayId: config.require("vpnGatewayId"),
    customerGatewayId: config.require("customerGatewayId"),
    localSubnets: ["10.10.0.0/16"],
    remoteSubnets: ["172.16.1.0/24"],
    ikeConfig: { psk: config.requireSecret("psk") },
});
`;

function output(r: CliResult): string {
  return `${r.stdout}\n${r.stderr}`;
}

describe('messages that need the engine: destroy with the settings the last update recorded', function () {
  const ctx = e2eContext();

  it('destroy after moving the credentials into the stack config: says destroy uses the recorded settings, and --run-program applies the config', async function () {
    const gateways = await seedGateways(ctx.emu, { region: REGION });
    const programDir = emptyProgram('messages');
    fs.writeFileSync(path.join(programDir, 'index.ts'), PROGRAM);
    const network = recordNetwork();
    // The update records the provider's settings without credentials (they came from the environment); the
    // destroy below runs without them in the environment, with them in the stack config only.
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-nohome-'));
    try {
      const ws = await ctx.program({ programDir, config: { vpnGatewayId: gateways.vpnGatewayId, customerGatewayId: gateways.customerGatewayId }, env: network.env });
      await ws.cliOk(['config', 'set', '--secret', 'psk', 'messages-e2e-psk-7Qk2']);
      await ws.up();
      assert.equal((await liveConnections(ctx.emu, [gateways.vpnGatewayId])).length, 1);
      await ws.cliOk(['config', 'set', 'alicloudvpn:accessKeyId', ctx.emu.accessKeyId]);
      await ws.cliOk(['config', 'set', '--secret', 'alicloudvpn:accessKeySecret', ctx.emu.accessKeySecret]);
      const configOnly = { ALIBABA_CLOUD_ACCESS_KEY_ID: '', ALIBABA_CLOUD_ACCESS_KEY_SECRET: '', HOME: home };
      const recorded = await ws.cli(['destroy', '--yes', '--skip-preview'], { env: configOnly });
      assert.notEqual(recorded.code, 0, output(recorded));
      const text = output(recorded);
      assert.match(text, /no Alibaba Cloud credentials found/);
      assert.match(text, /Note: `pulumi destroy` uses the provider settings the stack's last update recorded, not the stack config as it is now\. If you have fixed them in the config since, run `pulumi destroy --run-program`/);
      assert.ok(!text.includes(ctx.emu.accessKeySecret), 'the output carries the AccessKey secret');
      const fixed = await ws.cli(['destroy', '--yes', '--skip-preview', '--run-program'], { env: configOnly });
      assert.equal(fixed.code, 0, output(fixed));
      assert.deepEqual(await liveConnections(ctx.emu, [gateways.vpnGatewayId]), []);
      assert.ok(network.guardedPids().length > 0, `no Node process ran with the network guard:\n${network.lines().join('\n')}`);
      assert.deepEqual(network.offMachine(), [], 'something tried to reach a destination off the machine');
    } finally {
      network.remove();
      fs.rmSync(home, { recursive: true, force: true });
      fs.rmSync(programDir, { recursive: true, force: true });
    }
  });
});
