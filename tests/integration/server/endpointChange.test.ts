// An endpoint is how the API is reached, not where a connection lives: after `alicloudvpn:endpoint` (or an explicit
// provider's `endpoint`) moves to another address of the same service, the calls the engine makes, through the real
// plugin processes against the real emulator process: DiffConfig plans no replacement of the provider, and a provider
// configured with the new endpoint (a plugin process of its own, as the engine starts one) finds no change, sends no
// mutating call, refreshes the same connection and destroys it. The engine treats the default provider and an
// explicit provider resource alike here (both through DiffConfig), so one sequence stands for both. Not here: the
// engine's plan rendering and checkpoint, and an explicit provider resource's update; the real CLI changes a deployed
// stack's endpoint (the default provider's) in tests/e2e/readme.test.ts (`make demo` with ALICLOUDVPN_DEMO_PORT
// changed and changed back, support/quickstartDemo.ts).
import { strict as assert } from 'node:assert';
import { DiffRequest, DiffResponse } from '@pulumi/pulumi/proto/provider_pb';
import { liveConnections, seedGateways, type EmulatorProcess } from '../../support/emulator';
import { startPlugin, struct, type Wire } from '../../support/plugin';
import { EngineResource } from './engineSteps';
import { configureForEmulator, connectedSuite, REGION } from './fixture';

const MUTATING_ACTIONS = ['CreateVpnConnection', 'ModifyVpnConnectionAttribute', 'DeleteVpnConnection', 'TagResources', 'UnTagResources'];

async function mutatingCalls(emu: EmulatorProcess): Promise<Record<string, number>> {
  const stats = await emu.control.stats();
  return Object.fromEntries(MUTATING_ACTIONS.filter((a) => (stats[a]?.requests ?? 0) > 0).map((a) => [a, stats[a].requests]));
}

function providerConfig(emu: EmulatorProcess, endpoint: string): Wire {
  return { region: REGION, accessKeyId: emu.accessKeyId, endpoint, protocol: 'http' };
}

describe('changing the provider endpoint to another address of the same service replaces nothing and sends no mutating call', function () {
  this.timeout(120_000);
  const suite = connectedSuite({ busyMs: 250 });

  it('moving the endpoint from 127.0.0.1:PORT to localhost:PORT: no provider replacement, no diff, the same connection, destroyed through the new endpoint', async () => {
    const { emu, plugin, engine } = suite;
    const gw = await seedGateways(emu);
    const program = { vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayId, localSubnets: ['10.80.0.0/16'], remoteSubnets: ['172.28.1.0/24'] };
    const office = new EngineResource(plugin, 'office');
    assert.equal(await office.up(program), 'create');
    const id = office.id;

    const alias = `localhost:${emu.port}`;
    const providerDiff = await plugin.rpc.diffConfig(
      new DiffRequest()
        .setUrn(`urn:pulumi:dev::proj::pulumi:providers:alicloudvpn::default`)
        .setType('pulumi:providers:alicloudvpn')
        .setName('default')
        .setOlds(struct(providerConfig(emu, emu.endpoint)))
        .setOldInputs(struct(providerConfig(emu, emu.endpoint)))
        .setNews(struct(providerConfig(emu, alias))),
    );
    assert.deepEqual(providerDiff.getReplacesList(), [], 'the provider is updated in place');
    assert.deepEqual(providerDiff.getDiffsList(), ['endpoint']);

    const moved = await startPlugin({ engineAddress: engine.address });
    try {
      await configureForEmulator(moved, emu, { endpoint: alias });
      office.plugin = moved;
      await emu.control.clearStats();
      assert.equal((await office.preview(program)).getChanges(), DiffResponse.DiffChanges.DIFF_NONE, 'an endpoint change plans no change of the connection');
      assert.equal(await office.up(program), 'same');
      await office.refresh();
      assert.equal(office.id, id, 'the same connection, read through the new endpoint');
      assert.equal((await office.preview(program)).getChanges(), DiffResponse.DiffChanges.DIFF_NONE, 'and the next preview is clean');
      assert.deepEqual(await mutatingCalls(emu), {}, 'preview, up and refresh send no mutating call');
      assert.deepEqual((await liveConnections(emu, [gw.vpnGatewayId])).map((c) => c.VpnConnectionId), [id]);
      await office.destroy();
      assert.deepEqual(await liveConnections(emu, [gw.vpnGatewayId]), [], 'destroy goes through the new endpoint');
    } finally {
      await moved.stop();
    }
  });
});
