// A provider region change replaces the provider, and with it every resource of that provider: the replacement's
// create runs in the new provider's plugin process and gets the live connection back (one connection per gateway
// pair; the resource finds its own by the ownership tag), and the delete of the "old" resource runs in the old
// provider's process, where only the connection's generation tag can tell the two apart. This stays on the real CLI
// because what it proves is the engine's side: that it replaces the resources of a replaced provider and sends the
// create and the delete to two processes in that order. The provider's side of the same sequence runs in-process in
// tests/integration/server/lifecycle.test.ts ('keeps an adopted connection when the old generation's Delete arrives in
// another plugin process'), and so does `up --replace` in one process ('keeps the connection when `up --replace` ...').
// Moving the endpoint replaces nothing (tests/integration/server/endpointChange.test.ts).
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

  it('a provider region change keeps a connection whose regionId is its own (create and delete in two plugin processes)', async function () {
    const { ws, id, vpnGatewayId } = await deployed('provider-region-adopts');
    // The default provider is replaced: the replacement's create runs in the new provider's plugin process and
    // finds the live connection by its ownership tag; the delete of the old resource runs in the old one's.
    await ws.cliOk(['config', 'set', 'alicloudvpn:region', 'cn-shanghai']);
    await ctx.emu.control.clearStats();
    const plan = await ws.cliOk(['preview', '--diff']);
    assert.match(plan.stdout, /\+-\s*alicloudvpn:index:VpnConnection/, `the engine replaces the resources of a replaced provider:\n${plan.stdout}`);
    const moved = await ws.up();
    assert.match(moved.stdout, /1 replaced/, moved.stdout);
    await assertKept(ws, id, vpnGatewayId, moved.stdout + moved.stderr);
  });
});
