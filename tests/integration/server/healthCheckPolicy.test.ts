// The health check's policy (revoke_route / reserve_route) through the engine's calls against the emulator:
// created as given, reported back by Describe with no diff, changed in place by one Modify, refused by check
// before any call when it is neither.
import { strict as assert } from 'node:assert';
import { DiffResponse } from '@pulumi/pulumi/proto/provider_pb';
import { liveConnections, seedGateways, type SeededGateways } from '../../support/emulator';
import type { Wire } from '../../support/plugin';
import { EngineResource } from './engineSteps';
import { connectedSuite } from './fixture';

function program(gw: SeededGateways, policy: string): Wire {
  return {
    vpnGatewayId: gw.vpnGatewayId,
    customerGatewayId: gw.customerGatewayId,
    localSubnets: ['10.30.0.0/16'],
    remoteSubnets: ['192.168.40.0/24'],
    healthCheckConfig: { enable: true, dip: '192.168.40.1', sip: '10.30.0.1', policy },
  };
}

describe('the health check policy through the engine\'s calls', function () {
  this.timeout(60_000);
  const suite = connectedSuite();

  it('creates with reserve_route, reads it back without a diff and changes it in place to revoke_route', async () => {
    const { emu, plugin } = suite;
    const gw = await seedGateways(emu);
    const conn = new EngineResource(plugin, 'health');
    assert.equal(await conn.up(program(gw, 'reserve_route')), 'create');
    const [live] = await liveConnections(emu, [gw.vpnGatewayId]);
    assert.equal((live.VcoHealthCheck as { Policy: string }).Policy, 'reserve_route');
    assert.equal((conn.outputs.healthCheckConfig as Wire).policy, 'reserve_route');
    await conn.refresh();
    assert.equal((await conn.preview(program(gw, 'reserve_route'))).getChanges(), DiffResponse.DiffChanges.DIFF_NONE);

    await emu.control.advanceClock(10_000);
    const plan = await conn.preview(program(gw, 'revoke_route'));
    assert.deepEqual([...plan.getDetaileddiffMap().keys()], ['healthCheckConfig.policy']);
    assert.equal(await conn.up(program(gw, 'revoke_route')), 'update');
    const [after] = await liveConnections(emu, [gw.vpnGatewayId]);
    assert.equal(after.VpnConnectionId, live.VpnConnectionId, 'changed in place');
    assert.equal((after.VcoHealthCheck as { Policy: string }).Policy, 'revoke_route');
    await conn.destroy();
  });

  it('refuses any other policy at check, naming the path and the allowed values', async () => {
    const gw = await seedGateways(suite.emu);
    const failures = await new EngineResource(suite.plugin, 'bad-policy').checkFailures(program(gw, 'keep_route'));
    assert.equal(failures.length, 1, failures.join('; '));
    assert.match(failures[0], /healthCheckConfig\.policy: "keep_route" is not a valid value; allowed values: revoke_route, reserve_route$/);
  });
});
