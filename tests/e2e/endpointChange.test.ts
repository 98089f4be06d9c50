// Issue #13, point 1: an endpoint is how the API is reached, not where a connection lives. Moving
// `alicloudvpn:endpoint` (stack config, the default provider) or an explicit provider's `endpoint` to another
// address of the same service must plan no replacement, and the next `up` must send no mutating call.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { seedGateways, type EmulatorProcess } from '../support/emulator';
import { resourcesOfType, type PulumiWorkspace } from '../support/pulumi';
import { e2eContext, emptyProgram, liveConnections, REGION, VPN_CONNECTION_TYPE } from './support/stacks';

const MUTATING_ACTIONS = ['CreateVpnConnection', 'ModifyVpnConnectionAttribute', 'DeleteVpnConnection', 'TagResources', 'UnTagResources'];
const PROVIDER_TYPE = 'pulumi:providers:alicloudvpn';

/** A one-connection program; with `explicit`, through a provider resource whose endpoint is the `apiEndpoint` config key. */
function programText(explicit: boolean): string {
  return [
    'import * as pulumi from "@pulumi/pulumi";',
    'import * as alicloudvpn from "pulumi-alicloudvpn";',
    'const config = new pulumi.Config();',
    ...(explicit
      ? [`const provider = new alicloudvpn.Provider("emulator", { region: "${REGION}", endpoint: config.require("apiEndpoint"), protocol: "http" });`]
      : []),
    'export const id = new alicloudvpn.VpnConnection("office", {',
    '    vpnGatewayId: config.require("vpnGatewayId"),',
    '    customerGatewayId: config.require("customerGatewayId"),',
    '    localSubnets: ["10.80.0.0/16"],',
    '    remoteSubnets: ["172.28.1.0/24"],',
    `}${explicit ? ', { provider }' : ''}).vpnConnectionId;`,
    '',
  ].join('\n');
}

async function mutatingCalls(emu: EmulatorProcess): Promise<Record<string, number>> {
  const stats = await emu.control.stats();
  return Object.fromEntries(MUTATING_ACTIONS.filter((a) => (stats[a]?.requests ?? 0) > 0).map((a) => [a, stats[a].requests]));
}

function providerEndpoint(exported: Awaited<ReturnType<PulumiWorkspace['exportStack']>>): unknown {
  const [provider] = resourcesOfType(exported, PROVIDER_TYPE);
  return provider?.inputs?.endpoint;
}

describe('changing the provider endpoint under the real Pulumi CLI', function () {
  const ctx = e2eContext();
  const dirs: string[] = [];

  after(function () {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function deployed(name: string, explicit: boolean): Promise<{ ws: PulumiWorkspace; id: string; vpnGatewayId: string }> {
    const gw = await seedGateways(ctx.emu);
    const dir = emptyProgram(name);
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'index.ts'), programText(explicit));
    const ws = await ctx.program({
      programDir: dir,
      config: { vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayId, ...(explicit ? { apiEndpoint: ctx.emu.endpoint } : {}) },
    });
    await ws.up();
    const live = await liveConnections(ctx.emu, [gw.vpnGatewayId]);
    assert.equal(live.length, 1);
    return { ws, id: live[0].VpnConnectionId, vpnGatewayId: gw.vpnGatewayId };
  }

  /** Preview, then up, after the endpoint moved: nothing replaced, nothing sent but reads, the same connection. */
  async function assertUntouched(ws: PulumiWorkspace, id: string, vpnGatewayId: string, newEndpoint: string): Promise<void> {
    await ctx.emu.control.clearStats();
    const plan = await ws.cliOk(['preview', '--diff']);
    assert.doesNotMatch(plan.stdout, /replace/i, `an endpoint change must plan no replacement:\n${plan.stdout}`);
    const up = await ws.up();
    const summary = up.stdout.slice(up.stdout.indexOf('Resources:'));
    assert.doesNotMatch(summary, /created|replaced|deleted/, up.stdout);
    assert.match(summary, /unchanged/, up.stdout);
    assert.deepEqual(await mutatingCalls(ctx.emu), {}, 'preview and up send no mutating call');
    const live = await liveConnections(ctx.emu, [vpnGatewayId]);
    assert.deepEqual(live.map((c) => c.VpnConnectionId), [id], 'the same connection, still live');
    const exported = await ws.exportStack();
    assert.equal(resourcesOfType(exported, VPN_CONNECTION_TYPE)[0].id, id);
    assert.equal(providerEndpoint(exported), newEndpoint, 'the provider itself was updated to the new endpoint');
    assert.equal((await ws.preview(['--expect-no-changes'])).code, 0, 'and the next preview is clean');
    await ws.destroy();
    assert.deepEqual(await liveConnections(ctx.emu, [vpnGatewayId]), [], 'destroy goes through the new endpoint');
  }

  it('stack config: moving alicloudvpn:endpoint from 127.0.0.1:PORT to localhost:PORT replaces nothing and the next up touches nothing', async function () {
    const { ws, id, vpnGatewayId } = await deployed('endpoint-alias', false);
    const alias = `localhost:${ctx.emu.port}`;
    await ws.cliOk(['config', 'set', 'alicloudvpn:endpoint', alias]);
    await assertUntouched(ws, id, vpnGatewayId, alias);
  });

  it("explicit provider: moving the provider resource's endpoint to another address of the same service replaces nothing", async function () {
    const { ws, id, vpnGatewayId } = await deployed('endpoint-alias-explicit', true);
    const alias = `localhost:${ctx.emu.port}`;
    await ws.cliOk(['config', 'set', 'apiEndpoint', alias]);
    await assertUntouched(ws, id, vpnGatewayId, alias);
  });
});
