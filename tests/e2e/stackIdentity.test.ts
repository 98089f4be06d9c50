// Stack identity through the real CLI: a URN is unique only within one backend, so twin stacks (same project,
// stack and resource names, two backends), a new stack under a renamed stack's old name, and two dynamic
// connections of one name under different parents must each keep to their own connections. Each test asserts
// the service's state (the emulator's) and each stack's state.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { seedGateways, type EmulatorProcess } from '../support/emulator';
import { PulumiWorkspace, REPO_ROOT, resourcesOfType } from '../support/pulumi';
import { e2eContext, liveConnections, providerConfig, type EmulatorConnection, VPN_CONNECTION_TYPE } from './support/stacks';

const PSK_A = 'stack-a-psk-7Hq2';
const PSK_B = 'stack-b-psk-3Lm9';

/** A connection as the service holds it, without what changes over time by itself (status, timestamps). */
function settings(c: EmulatorConnection | undefined): unknown {
  if (c === undefined) return undefined;
  const { CustomerGatewayId, LocalSubnet, RemoteSubnet, IkeConfig, IpsecConfig, Name, Tags } = c as unknown as Record<string, unknown>;
  return { CustomerGatewayId, LocalSubnet, RemoteSubnet, IkeConfig, IpsecConfig, Name, Tags };
}

async function connection(emu: EmulatorProcess, id: string): Promise<EmulatorConnection | undefined> {
  return (await liveConnections(emu)).find((c) => c.VpnConnectionId === id);
}

/** The one program every twin runs: same project name, same resource name. */
function writeProgram(name: string, source: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `alicloudvpn-${name}-`));
  fs.writeFileSync(path.join(dir, 'Pulumi.yaml'), `name: alicloudvpn-${name}\nruntime: nodejs\n`);
  fs.writeFileSync(path.join(dir, 'index.ts'), source.join('\n'));
  fs.copyFileSync(path.join(REPO_ROOT, 'examples', 'basic', 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
  return dir;
}

const NATIVE = [
  'import * as pulumi from "@pulumi/pulumi";',
  'import * as alicloudvpn from "pulumi-alicloudvpn";',
  'const config = new pulumi.Config();',
  'export const id = new alicloudvpn.VpnConnection("branch", {',
  '    vpnGatewayId: config.require("vpnGatewayId"),',
  '    customerGatewayId: config.require("customerGatewayId"),',
  '    localSubnets: ["10.10.0.0/16"],',
  '    remoteSubnets: [config.require("remoteSubnet")],',
  '    ikeConfig: { psk: config.requireSecret("psk") },',
  '}).vpnConnectionId;',
  '',
];

function recordedIds(exported: Awaited<ReturnType<PulumiWorkspace['exportStack']>>, type = VPN_CONNECTION_TYPE): string[] {
  return resourcesOfType(exported, type).map((r) => r.id ?? '').sort();
}

describe('stack identity: a stack never changes or deletes a connection another stack records', function () {
  const ctx = e2eContext();
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  async function stack(dir: string, config: Record<string, string>, psk: string): Promise<PulumiWorkspace> {
    const ws = await ctx.program({ programDir: dir, config });
    await ws.cliOk(['config', 'set', '--secret', 'psk', psk]);
    return ws;
  }

  it('twin stacks in two backends: the same customer gateway is refused naming the first connection, another one gets its own; neither touches the other', async function () {
    const emu = ctx.emu;
    const gw = await seedGateways(emu, { count: 2 });
    const dir = writeProgram('twin', NATIVE);
    dirs.push(dir);
    const base = { vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayIds[0] };
    const a = await stack(dir, { ...base, remoteSubnet: '172.16.1.0/24' }, PSK_A);
    const b = await stack(dir, { ...base, remoteSubnet: '172.17.1.0/24' }, PSK_B);
    await a.up();
    const [aId] = recordedIds(await a.exportStack());
    const before = settings(await connection(emu, aId));

    const refused = await b.cli(['up', '--yes', '--skip-preview']);
    assert.notEqual(refused.code, 0);
    const text = refused.stdout + refused.stderr;
    assert.match(text, new RegExp(`${aId}, made by another stack`), text);
    assert.match(text, new RegExp(`pulumi import alicloudvpn:index:VpnConnection <name> ${aId}`));
    assert.ok(!text.includes('adopting'), text);
    assert.ok(!text.includes(PSK_A) && !text.includes(PSK_B), 'no PSK in the output');
    assert.deepEqual(settings(await connection(emu, aId)), before, "the first stack's connection is exactly as it recorded it");
    assert.deepEqual(recordedIds(await b.exportStack()), [], 'the twin records nothing');
    await b.destroy();
    assert.deepEqual(settings(await connection(emu, aId)), before, "the twin's destroy leaves it");

    await b.cliOk(['config', 'set', 'customerGatewayId', gw.customerGatewayIds[1]]);
    await b.up();
    const [bId] = recordedIds(await b.exportStack());
    assert.notEqual(bId, aId, 'the twin made its own connection');
    assert.deepEqual(settings(await connection(emu, aId)), before);
    await b.destroy();
    assert.equal(await connection(emu, bId), undefined, "the twin's destroy deleted its own connection");
    assert.deepEqual(settings(await connection(emu, aId)), before, 'and only that one');
    // After everything the twin did, the first stack still sees its connection as it recorded it.
    assert.equal((await a.preview(['--refresh', '--expect-no-changes'])).code, 0);
    await a.destroy();
    assert.deepEqual(await liveConnections(emu, [gw.vpnGatewayId]), []);
  });

  it('a new stack under a renamed stack\'s old name makes its own connection, and its destroy leaves the renamed stack\'s', async function () {
    const emu = ctx.emu;
    const gw = await seedGateways(emu, { count: 2 });
    const dir = writeProgram('rename', NATIVE);
    dirs.push(dir);
    const ws = await stack(dir, { vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayIds[0], remoteSubnet: '172.16.1.0/24' }, PSK_A);
    await ws.up();
    const [stagingId] = recordedIds(await ws.exportStack());
    const before = settings(await connection(emu, stagingId));
    await ws.cliOk(['stack', 'rename', 'staging']);
    await ws.cliOk(['stack', 'init', ws.stack]);
    ws.appendConfig({ ...providerConfig(emu), vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayIds[1], remoteSubnet: '172.18.1.0/24' });
    await ws.cliOk(['config', 'set', '--secret', 'psk', PSK_B]);
    const up = await ws.up();
    assert.ok(!(up.stdout + up.stderr).includes('adopting'), up.stdout);
    const [devId] = recordedIds(await ws.exportStack());
    assert.notEqual(devId, stagingId);
    await ws.destroy();
    assert.equal(await connection(emu, devId), undefined);
    assert.deepEqual(settings(await connection(emu, stagingId)), before, "the renamed stack's connection is untouched");
    await ws.cliOk(['stack', 'select', 'staging']);
    await ws.cliOk(['refresh', '--yes', '--skip-preview']);
    assert.deepEqual(recordedIds(await ws.exportStack()), [stagingId], 'staging still records it after a refresh');
    await ws.destroy();
    assert.deepEqual(await liveConnections(emu, [gw.vpnGatewayId]), []);
  });

  it('dynamic variant: two "conn" children of components of different types keep their own connections when the second is added later', async function () {
    const emu = ctx.emu;
    const gw = await seedGateways(emu, { count: 2 });
    const dir = writeProgram('dynamic-parents', [
      'import * as pulumi from "@pulumi/pulumi";',
      'import { VpnConnection } from "pulumi-alicloudvpn-dynamic";',
      'const cloud = new pulumi.Config("alicloudvpn");',
      'const config = new pulumi.Config();',
      'class Site extends pulumi.ComponentResource {',
      '    constructor(type: string, name: string, customerGatewayId: string, remoteSubnet: string) {',
      '        super(type, name);',
      '        new VpnConnection("conn", {',
      '            cloud: { region: cloud.get("region"), endpoint: cloud.get("endpoint"), protocol: cloud.get("protocol") },',
      '            vpnGatewayId: config.require("vpnGatewayId"), customerGatewayId,',
      '            localSubnets: ["10.10.0.0/16"], remoteSubnets: [remoteSubnet],',
      '            ikeConfig: { psk: config.requireSecret("psk") },',
      '        }, { parent: this });',
      '    }',
      '}',
      'new Site("acme:site:Office", "hq", config.require("officeCgw"), "172.16.1.0/24");',
      'if (config.getBoolean("withLab")) new Site("acme:site:Lab", "hq", config.require("labCgw"), "172.19.1.0/24");',
      '',
    ]);
    dirs.push(dir);
    const ws = await stack(dir, { vpnGatewayId: gw.vpnGatewayId, officeCgw: gw.customerGatewayIds[0], labCgw: gw.customerGatewayIds[1] }, PSK_A);
    await ws.up();
    const dynamicType = 'pulumi-nodejs:dynamic/alicloudvpn:VpnConnection';
    const [officeId] = recordedIds(await ws.exportStack(), dynamicType);
    const office = settings(await connection(emu, officeId));
    await ws.cliOk(['config', 'set', 'withLab', 'true']);
    await ws.up();
    const ids = recordedIds(await ws.exportStack(), dynamicType);
    assert.equal(ids.length, 2);
    assert.deepEqual(settings(await connection(emu, officeId)), office, "adding the lab's conn leaves the office's as it was");
    await ws.up();
    assert.deepEqual((await liveConnections(emu, [gw.vpnGatewayId])).map((c) => c.VpnConnectionId).sort(), ids, 'the next up keeps both, as recorded');
    await ws.destroy();
    assert.deepEqual(await liveConnections(emu, [gw.vpnGatewayId]), []);
  });
});
