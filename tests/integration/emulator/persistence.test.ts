import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CreateVpnRouteEntryRequest, DescribeVpnGatewayRequest, DescribeVpnRouteEntriesRequest } from '@alicloud/vpc20160428';
import { seedGateways, startEmulator, vpcClient, waitForGatewayActive } from '../../support/emulator';
import { connectionRequest, describeConnection, REGION } from './helpers';

describe('emulator persistence (--state)', () => {
  let dir: string;
  let stateFile: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'emu-state-'));
    stateFile = path.join(dir, 'state.json');
  });

  it('keeps connections, PSKs and client tokens across a SIGTERM restart', async () => {
    const first = await startEmulator({ stateFile });
    const gw = await seedGateways(first);
    const created = await vpcClient(first).createVpnConnection(connectionRequest(gw, { clientToken: 'persist-1', ikeConfig: '{"Psk":"persisted-key"}' }));
    const id = created.body!.vpnConnectionId!;
    await first.stop();
    assert.equal(first.child.exitCode, 0);

    const second = await startEmulator({ stateFile });
    try {
      const client = vpcClient(second);
      const d = await describeConnection(client, id);
      assert.equal(d.ikeConfig!.psk, 'persisted-key');
      const g = await client.describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: REGION, vpnGatewayId: gw.vpnGatewayId }));
      assert.equal(g.body!.internetIp, gw.vpnGatewayIp);
      // The restored gateway is busy with the first create until its busy window ends.
      await waitForGatewayActive(client, REGION, gw.vpnGatewayId);
      const replay = await client.createVpnConnection(connectionRequest(gw, { clientToken: 'persist-1', ikeConfig: '{"Psk":"persisted-key"}' }));
      assert.equal(replay.body!.vpnConnectionId, id);
    } finally {
      await second.stop();
    }
  });

  it('keeps routes and the gateway purchase attributes across a restart', async () => {
    const first = await startEmulator({ stateFile });
    const gw = await seedGateways(first);
    const client = vpcClient(first);
    const vco = (await client.createVpnConnection(connectionRequest(gw))).body!.vpnConnectionId!;
    await first.control.advanceClock(10_000);
    await client.createVpnRouteEntry(new CreateVpnRouteEntryRequest({
      regionId: REGION, vpnGatewayId: gw.vpnGatewayId, routeDest: '172.20.0.0/16', nextHop: vco, weight: 0, publishVpc: false,
    }));
    await first.stop();

    const second = await startEmulator({ stateFile });
    try {
      const routes = (await vpcClient(second).describeVpnRouteEntries(new DescribeVpnRouteEntriesRequest({ regionId: REGION, vpnGatewayId: gw.vpnGatewayId }))).body!;
      assert.deepEqual(routes.vpnRouteEntries!.vpnRouteEntry!.map((r) => [r.routeDest, r.nextHop, r.weight, r.state]), [['172.20.0.0/16', vco, 0, 'normal']]);
      const g = (await vpcClient(second).describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: REGION, vpnGatewayId: gw.vpnGatewayId }))).body!;
      assert.deepEqual([g.networkType, g.chargeType, g.ipsecVpn], ['public', 'PostPaid', 'enable']);
    } finally {
      await second.stop();
    }
  });

  it('writes the state file after every mutation, atomically, leaving no temporary files', async () => {
    const emu = await startEmulator({ stateFile });
    try {
      const gw = await seedGateways(emu);
      const created = await vpcClient(emu).createVpnConnection(connectionRequest(gw));
      const saved = JSON.parse(readFileSync(stateFile, 'utf8')) as { version: number; vpnConnections: Array<{ VpnConnectionId: string }> };
      assert.equal(saved.version, 1);
      assert.deepEqual(saved.vpnConnections.map((c) => c.VpnConnectionId), [created.body!.vpnConnectionId]);
      assert.deepEqual(readdirSync(dir), ['state.json']);
    } finally {
      await emu.stop();
    }
  });

  it('saves on SIGINT too and exits 0', async () => {
    const emu = await startEmulator({ stateFile });
    await seedGateways(emu);
    const exited = new Promise<number | null>((resolve) => emu.child.once('exit', (code) => resolve(code)));
    emu.child.kill('SIGINT');
    assert.equal(await exited, 0);
    assert.ok(existsSync(stateFile));
  });

  it('applies the seed only when the state file does not exist yet', async () => {
    const seedFile = path.join(dir, 'seed.json');
    writeFileSync(seedFile, JSON.stringify({
      vpnGateways: [{ VpnGatewayId: 'vpn-fromseed', RegionId: REGION, VpnType: 'Normal', VpcId: 'vpc-1' }],
      customerGateways: [],
    }));
    const first = await startEmulator({ stateFile, seedFile });
    assert.equal((await first.control.state()).vpnGateways.length, 1);
    await first.control.reset();
    await first.stop();
    const second = await startEmulator({ stateFile, seedFile });
    try {
      assert.equal((await second.control.state()).vpnGateways.length, 0, 'the saved (empty) state wins over the seed');
    } finally {
      await second.stop();
    }
  });
});
