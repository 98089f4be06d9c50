// A create-before-delete replacement whose create gets the live connection back (the
// service allows one connection per gateway pair, and the resource finds its own by the ownership tag) must not
// let the engine's delete of the "old" resource remove it. The delete may come from another plugin process than
// the create (the old provider's), so only the connection's generation tag can tell the two apart. Moving a resource
// to another provider with the same settings, or changing the endpoint, replaces nothing (endpointChange.test.ts);
// a provider region change replaces only the connections whose effective regionId changes.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { seedGateways, type EmulatorProcess } from '../support/emulator';
import { resourcesOfType, type PulumiWorkspace } from '../support/pulumi';
import { e2eContext, emptyProgram, liveConnections, REGION, VPN_CONNECTION_TYPE } from './support/stacks';

const KEPT = /VPN connection vco-\w+ is kept: a newer generation of this resource adopted it/;

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

async function deletes(emu: EmulatorProcess): Promise<number> {
  return (await emu.control.stats()).DeleteVpnConnection?.requests ?? 0;
}

describe('a replacement that adopts the live connection under the real Pulumi CLI', function () {
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

  /** The stack still holds the live connection, at generation 2, through a refresh, and destroy removes it. */
  async function assertKept(ws: PulumiWorkspace, id: string, vpnGatewayId: string, text: string): Promise<void> {
    assert.equal(await deletes(ctx.emu), 0, `no DeleteVpnConnection was sent:\n${text}`);
    assert.match(text, KEPT, text);
    const live = await liveConnections(ctx.emu, [vpnGatewayId]);
    assert.deepEqual(live.map((c) => c.VpnConnectionId), [id], 'the live connection survived the replacement');
    const [recorded] = resourcesOfType(await ws.exportStack(), VPN_CONNECTION_TYPE);
    assert.equal(recorded.id, id, 'and the stack points at it');
    assert.equal(recorded.outputs?.generation, 2, 'recorded at the generation the adopting create raised');
    await ws.cliOk(['refresh', '--yes', '--skip-preview']);
    assert.equal(resourcesOfType(await ws.exportStack(), VPN_CONNECTION_TYPE)[0]?.id, id, 'a refresh keeps it');
    assert.equal((await ws.preview(['--expect-no-changes'])).code, 0);
    await ws.destroy();
    assert.deepEqual(await liveConnections(ctx.emu, [vpnGatewayId]), [], 'the current generation deletes it');
  }

  it('`pulumi up --replace` keeps the connection its create adopted (create and delete in one plugin process)', async function () {
    const { ws, id, vpnGatewayId } = await deployed('replace-adopts');
    const [resource] = resourcesOfType(await ws.exportStack(), VPN_CONNECTION_TYPE);
    await ctx.emu.control.clearStats();
    const replaced = await ws.up(['--replace', resource.urn]);
    assert.match(replaced.stdout, /1 replaced/, replaced.stdout);
    await assertKept(ws, id, vpnGatewayId, replaced.stdout + replaced.stderr);
  });

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
    await ws.destroy();
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
    await ws.destroy();
  });
});
