import { strict as assert } from 'node:assert';
import Client, {
  DeleteVpnConnectionRequest, DescribeVpnConnectionsRequest, ModifyVpnConnectionAttributeRequest,
} from '@alicloud/vpc20160428';
import { vpcClient, type EmulatorProcess, type SeededGateways } from '../../support/emulator';
import { emulatorSuite } from './fixture';
import { connectionRequest, expectApiError, REGION, settle } from './helpers';

describe('emulator ClientToken idempotency', () => {
  let emu: EmulatorProcess;
  let client: Client;
  let gw: SeededGateways;
  emulatorSuite({ resetEach: true, gateways: { count: 2 } }, (s) => ({ emu, client, gw } = s));

  const count = async () => (await client.describeVpnConnections(new DescribeVpnConnectionsRequest({ regionId: REGION }))).body!.totalCount;

  it('replays the original answer for the same token and parameters, with no new connection', async () => {
    const first = await client.createVpnConnection(connectionRequest(gw, { clientToken: 'tok-1', name: 'alpha' }));
    // Even while the gateway is still updating, a replay is answered from the token cache.
    const replay = await client.createVpnConnection(connectionRequest(gw, { clientToken: 'tok-1', name: 'alpha' }));
    assert.equal(replay.body!.vpnConnectionId, first.body!.vpnConnectionId);
    assert.equal(replay.body!.createTime, first.body!.createTime);
    assert.notEqual(replay.body!.requestId, first.body!.requestId);
    assert.equal(await count(), 1);
  });

  it('answers IdempotentParameterMismatch for the same token with other parameters', async () => {
    await client.createVpnConnection(connectionRequest(gw, { clientToken: 'tok-2', name: 'alpha' }));
    await settle(emu);
    await expectApiError(
      client.createVpnConnection(connectionRequest(gw, { clientToken: 'tok-2', name: 'beta' })),
      'IdempotentParameterMismatch', 400, 'Request uses a client token in a previous request but is not identical to that request.',
    );
    assert.equal(await count(), 1);
  });

  it('replays through both signature algorithms alike (signing parameters are not part of the request identity)', async () => {
    const first = await client.createVpnConnection(connectionRequest(gw, { clientToken: 'tok-3' }));
    const replay = await vpcClient(emu, { signatureAlgorithm: 'v2' }).createVpnConnection(connectionRequest(gw, { clientToken: 'tok-3' }));
    assert.equal(replay.body!.vpnConnectionId, first.body!.vpnConnectionId);
  });

  it('returns the original id for a replayed create after the connection was deleted (documented guess)', async () => {
    const first = await client.createVpnConnection(connectionRequest(gw, { clientToken: 'tok-4' }));
    await settle(emu);
    await client.deleteVpnConnection(new DeleteVpnConnectionRequest({ regionId: REGION, vpnConnectionId: first.body!.vpnConnectionId }));
    await settle(emu);
    const replay = await client.createVpnConnection(connectionRequest(gw, { clientToken: 'tok-4' }));
    assert.equal(replay.body!.vpnConnectionId, first.body!.vpnConnectionId);
    assert.equal(await count(), 0);
  });

  it('does not remember tokens of failed requests, so a corrected retry with the same token succeeds', async () => {
    await expectApiError(
      client.createVpnConnection(connectionRequest(gw, { clientToken: 'tok-5', customerGatewayId: 'cgw-missing' })),
      'InvalidCustomerGatewayInstanceId.NotFound', 404, 'The specified customer gateway instance id does not exist.',
    );
    const ok = await client.createVpnConnection(connectionRequest(gw, { clientToken: 'tok-5' }));
    assert.match(ok.body!.vpnConnectionId!, /^vco-/);
  });

  it('keeps tokens per action: the same token may be used for a create and a delete', async () => {
    const created = await client.createVpnConnection(connectionRequest(gw, { clientToken: 'shared' }));
    await settle(emu);
    await client.deleteVpnConnection(new DeleteVpnConnectionRequest({ regionId: REGION, vpnConnectionId: created.body!.vpnConnectionId, clientToken: 'shared' }));
    assert.equal(await count(), 0);
  });

  it('replays a delete with the same token instead of answering NotFound', async () => {
    const created = await client.createVpnConnection(connectionRequest(gw));
    await settle(emu);
    const del = () => client.deleteVpnConnection(new DeleteVpnConnectionRequest({ regionId: REGION, vpnConnectionId: created.body!.vpnConnectionId, clientToken: 'del-1' }));
    await del();
    const again = await del();
    assert.equal(again.statusCode, 200);
    await expectApiError(
      client.deleteVpnConnection(new DeleteVpnConnectionRequest({ regionId: REGION, vpnConnectionId: created.body!.vpnConnectionId })),
      'InvalidVpnConnectionInstanceId.NotFound', 404, 'The specified vpn connection instance id does not exist.',
    );
  });

  it('replays a modify with the same token without making the gateway busy again', async () => {
    const created = await client.createVpnConnection(connectionRequest(gw));
    await settle(emu);
    const modify = () => client.modifyVpnConnectionAttribute(new ModifyVpnConnectionAttributeRequest({
      regionId: REGION, vpnConnectionId: created.body!.vpnConnectionId, name: 'renamed', clientToken: 'mod-1',
    }));
    const first = await modify();
    const replay = await modify();
    assert.equal(replay.body!.name, 'renamed');
    assert.equal(replay.body!.vpnConnectionId, first.body!.vpnConnectionId);
  });
});
