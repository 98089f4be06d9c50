import { strict as assert } from 'node:assert';
import Client from '@alicloud/vpc20160428';
import { seedGateways, vpcClient, type EmulatorProcess } from '../../support/emulator';
import { emulatorSuite } from './fixture';
import { connectionRequest, settle } from './helpers';

describe('emulator concurrency under one VPN gateway', () => {
  let emu: EmulatorProcess;
  let client: Client;
  emulatorSuite({ start: { busyMs: 2000 } }, (s) => ({ emu, client } = s));

  it('lets exactly one of two simultaneous creates through; the other gets VpnGateway.Configuring', async () => {
    const gw = await seedGateways(emu, { count: 2 });
    await settle(emu);
    const results = await Promise.allSettled([
      client.createVpnConnection(connectionRequest(gw, { customerGatewayId: gw.customerGatewayIds[0] })),
      vpcClient(emu).createVpnConnection(connectionRequest(gw, { customerGatewayId: gw.customerGatewayIds[1] })),
    ]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(ok.length, 1);
    assert.equal(failed.length, 1);
    assert.equal(failed[0].reason.code, 'VpnGateway.Configuring');
    assert.equal(failed[0].reason.statusCode, 400);
    const state = await emu.control.state();
    assert.equal(state.vpnConnections.filter((c) => c.VpnGatewayId === gw.vpnGatewayId).length, 1);
  });

  it('lets creates on different gateways proceed in parallel', async () => {
    const a = await seedGateways(emu);
    const b = await seedGateways(emu);
    await settle(emu);
    const results = await Promise.all([
      client.createVpnConnection(connectionRequest(a)),
      client.createVpnConnection(connectionRequest(b)),
    ]);
    assert.notEqual(results[0].body!.vpnConnectionId, results[1].body!.vpnConnectionId);
  });
});
