// A provider region change updates the provider in place; each connection's own check and diff decide whether it
// moves: one whose regionId is its own stays (no mutating call), one that takes its region from the provider is
// another connection and is replaced. This runs on the real CLI because what it proves is the engine's side: that a
// provider updated in place re-checks and re-diffs its resources, and that a reverted region previews no replace.
// `up --replace` and a replacement's create and delete in two plugin processes run in-process
// (tests/integration/server/lifecycle.test.ts).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { seedGateways } from '../support/emulator';
import { type PulumiWorkspace } from '../support/pulumi';
import { e2eContext, emptyProgram, liveConnections, REGION } from './support/stacks';

/** One connection through the default provider, its region set on the resource itself. */
const PROGRAM = [
  'import * as pulumi from "@pulumi/pulumi";',
  'import * as alicloudvpn from "pulumi-alicloudvpn";',
  'const config = new pulumi.Config();',
  'export const id = new alicloudvpn.VpnConnection("office", {',
  `    regionId: "${REGION}",`,
  '    vpnGatewayId: config.require("vpnGatewayId"),',
  '    customerGatewayId: config.require("customerGatewayId"),',
  '    localSubnets: ["10.81.0.0/16"],',
  '    remoteSubnets: ["172.29.1.0/24"],',
  '}).vpnConnectionId;',
  '',
].join('\n');

describe('a provider region change under the real Pulumi CLI', function () {
  const ctx = e2eContext();
  const dirs: string[] = [];

  after(function () {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function deployed(name: string): Promise<{ ws: PulumiWorkspace; id: string; vpnGatewayId: string }> {
    const gw = await seedGateways(ctx.emu);
    const dir = emptyProgram(name);
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'index.ts'), PROGRAM);
    const ws = await ctx.program({ programDir: dir, config: { vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayId } });
    await ws.up();
    const live = await liveConnections(ctx.emu, [gw.vpnGatewayId]);
    assert.equal(live.length, 1);
    return { ws, id: live[0].VpnConnectionId, vpnGatewayId: gw.vpnGatewayId };
  }

  it('a provider region change replaces nothing whose effective region is unchanged, and its revert previews no replace', async function () {
    const { ws, id, vpnGatewayId } = await deployed('provider-region-own');
    await ws.cliOk(['config', 'set', 'alicloudvpn:region', 'cn-shanghai']);
    await ctx.emu.control.clearStats();
    const plan = await ws.cliOk(['preview', '--diff']);
    assert.doesNotMatch(plan.stdout, /\+-\s*alicloudvpn:index:VpnConnection|to replace/, `a connection with its own regionId stays:\n${plan.stdout}`);
    await ws.up();
    const stats = await ctx.emu.control.stats();
    for (const action of ['CreateVpnConnection', 'DeleteVpnConnection', 'ModifyVpnConnectionAttribute', 'TagResources']) {
      assert.equal(stats[action]?.requests ?? 0, 0, `no ${action} for a provider region change`);
    }
    await ws.cliOk(['config', 'set', 'alicloudvpn:region', REGION]);
    const revert = await ws.cliOk(['preview', '--diff']);
    assert.doesNotMatch(revert.stdout, /to replace|\+-/, revert.stdout);
    await ws.up();
    assert.deepEqual((await liveConnections(ctx.emu, [vpnGatewayId])).map((c) => c.VpnConnectionId), [id]);
  });

  it('a provider region change replaces a connection that takes its region from the provider', async function () {
    const gw = await seedGateways(ctx.emu);
    const ws = await ctx.example('basic', { vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayId });
    await ws.cliOk(['config', 'set', '--secret', 'psk', 'region-psk-8Rd2']);
    await ws.up();
    await ws.cliOk(['config', 'set', 'alicloudvpn:region', 'cn-shanghai']);
    const plan = await ws.cliOk(['preview', '--diff']);
    assert.match(plan.stdout, /\+-\s*alicloudvpn:index:VpnConnection/, `its regionId changes, so it is another connection:\n${plan.stdout}`);
    assert.match(plan.stdout, /regionId/);
    await ws.cliOk(['config', 'set', 'alicloudvpn:region', REGION]);
    assert.equal((await ws.preview(['--expect-no-changes'])).code, 0, 'reverted before any up: nothing to do');
  });
});
