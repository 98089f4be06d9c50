import { strict as assert } from 'node:assert';
import Client, {
  DescribeVpnConnectionsRequest, DescribeVpnGatewayRequest, ModifyVpnConnectionAttributeRequest,
  ModifyVpnConnectionAttributeRequestTunnelOptionsSpecification as ModifyTunnel,
  ModifyVpnConnectionAttributeRequestTunnelOptionsSpecificationTunnelIkeConfig as ModifyTunnelIke,
} from '@alicloud/vpc20160428';
import type { EmulatorProcess, SeededGateways } from '../../support/emulator';
import { createDualConnection, dualConnectionRequest, ikeWith, tunnelPair } from './dualTunnelHelpers';
import { emulatorSuite } from './fixture';
import { describeConnection, expectApiError, REGION, settle } from './helpers';

describe('emulator dual-tunnel connections (TunnelOptionsSpecification in the form body)', () => {
  let emu: EmulatorProcess;
  let client: Client;
  let gw: SeededGateways;
  emulatorSuite({ resetEach: true, gateways: { tunnelMode: 'dual', count: 2, asn: 65100 } }, (s) => ({ emu, client, gw } = s));

  const modify = (id: string, tunnels: ModifyTunnel[], extra: Partial<ConstructorParameters<typeof ModifyVpnConnectionAttributeRequest>[0] & object> = {}) =>
    client.modifyVpnConnectionAttribute(new ModifyVpnConnectionAttributeRequest({
      regionId: REGION, vpnConnectionId: id, tunnelOptionsSpecification: tunnels, ...extra,
    }));

  it('creates a master and a slave tunnel with per-tunnel settings and the service defaults', async () => {
    const id = await createDualConnection(client, gw, {
      tunnelOptionsSpecification: tunnelPair(gw,
        { tunnelIkeConfig: ikeWith({ psk: 'master-psk', ikeEncAlg: 'aes256', ikeLifetime: 28800 }) },
        { enableDpd: false }),
    });
    const d = await describeConnection(client, id);
    assert.equal(d.customerGatewayId, '', 'a dual-tunnel connection has its customer gateways on the tunnels');
    assert.equal(d.enableTunnelsBgp, false);
    const [master, slave] = d.tunnelOptionsSpecification!.tunnelOptions!;
    assert.match(master.tunnelId!, /^tun-[a-z0-9]+$/);
    assert.match(slave.tunnelId!, /^tun-[a-z0-9]+$/);
    assert.notEqual(master.tunnelId, slave.tunnelId);
    assert.deepEqual([master.role, master.tunnelIndex, slave.role, slave.tunnelIndex], ['master', 1, 'slave', 2]);
    assert.equal(master.customerGatewayId, gw.customerGatewayIds[0]);
    assert.equal(slave.customerGatewayId, gw.customerGatewayIds[1]);
    assert.deepEqual({ ...master.tunnelIkeConfig }, {
      ikeVersion: 'ikev1', ikeMode: 'main', ikeEncAlg: 'aes256', ikeAuthAlg: 'md5', ikePfs: 'group2', ikeLifetime: '28800',
      psk: 'master-psk', localId: gw.vpnGatewayIp, remoteId: gw.customerGatewayIps[0],
    });
    assert.match(slave.tunnelIkeConfig!.psk!, /^[A-Za-z0-9]{16}$/);
    assert.equal(slave.tunnelIkeConfig!.localId, gw.vpnGatewayDisasterRecoveryIp, 'the slave tunnel ends on the second address');
    assert.deepEqual({ ...slave.tunnelIpsecConfig }, { ipsecEncAlg: 'aes', ipsecAuthAlg: 'md5', ipsecPfs: 'group2', ipsecLifetime: '86400' });
    assert.deepEqual([master.enableDpd, slave.enableDpd, slave.enableNatTraversal], ['true', 'false', 'true']);
    assert.deepEqual([master.internetIp, slave.internetIp], [gw.vpnGatewayIp, gw.vpnGatewayDisasterRecoveryIp]);
    assert.equal(master.tunnelBgpConfig!.localAsn, '45104');
    assert.equal(master.tunnelBgpConfig!.peerAsn, '65100');
    assert.equal(master.tunnelBgpConfig!.bgpStatus, 'false');
  });

  it('reports per-tunnel State and Status that settle with the connection', async () => {
    const id = await createDualConnection(client, gw);
    const busy = (await describeConnection(client, id)).tunnelOptionsSpecification!.tunnelOptions!;
    assert.deepEqual(busy.map((t) => [t.state, t.status]), [['provisioning', 'ike_sa_not_established'], ['provisioning', 'ike_sa_not_established']]);
    const g = await client.describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: REGION, vpnGatewayId: gw.vpnGatewayId }));
    assert.equal(g.body!.status, 'updating');
    await settle(emu);
    const settled = (await describeConnection(client, id)).tunnelOptionsSpecification!.tunnelOptions!;
    assert.deepEqual(settled.map((t) => [t.state, t.status]), [['active', 'ipsec_sa_established'], ['active', 'ipsec_sa_established']]);
  });

  it('lists tunnel options in DescribeVpnConnections items, filterable by either tunnel\'s customer gateway', async () => {
    const id = await createDualConnection(client, gw);
    const list = await client.describeVpnConnections(new DescribeVpnConnectionsRequest({ regionId: REGION, customerGatewayId: gw.customerGatewayIds[1] }));
    const item = list.body!.vpnConnections!.vpnConnection![0];
    assert.equal(item.vpnConnectionId, id);
    assert.deepEqual(item.tunnelOptionsSpecification!.tunnelOptions!.map((t) => t.role), ['master', 'slave']);
    assert.equal(item.tunnelOptionsSpecification!.tunnelOptions![0].tunnelIkeConfig!.ikeLifetime, '86400');
  });

  it('modifies one tunnel by TunnelId, keeps the other, and answers with typed tunnel options', async () => {
    const id = await createDualConnection(client, gw, { tunnelOptionsSpecification: tunnelPair(gw, { tunnelIkeConfig: ikeWith({ psk: 'master-psk' }) }) });
    await settle(emu);
    const [master, slave] = (await describeConnection(client, id)).tunnelOptionsSpecification!.tunnelOptions!;
    const res = await modify(id, [new ModifyTunnel({ tunnelId: slave.tunnelId, tunnelIkeConfig: new ModifyTunnelIke({ psk: 'new-slave-psk', ikeVersion: 'ikev2' }) })]);
    const answered = res.body!.tunnelOptionsSpecification!.tunnelOptions!;
    assert.equal(answered[1].tunnelIkeConfig!.psk, 'new-slave-psk');
    assert.equal(answered[1].tunnelIkeConfig!.ikeLifetime, 86400, 'the Modify model types lifetimes as numbers');
    assert.equal(answered[1].enableDpd, true, 'and booleans as booleans');
    const after = (await describeConnection(client, id)).tunnelOptionsSpecification!.tunnelOptions!;
    assert.equal(after[0].tunnelIkeConfig!.psk, 'master-psk');
    assert.equal(after[1].tunnelIkeConfig!.psk, 'new-slave-psk');
    assert.equal(after[1].tunnelIkeConfig!.ikeVersion, 'ikev2');
    assert.deepEqual(after.map((t) => t.tunnelId), [master.tunnelId, slave.tunnelId], 'tunnel ids never change');
    assert.equal(after[1].state, 'updating');
  });

  it('changes a tunnel\'s customer gateway and the connection\'s top-level fields', async () => {
    const id = await createDualConnection(client, gw);
    await settle(emu);
    const [master] = (await describeConnection(client, id)).tunnelOptionsSpecification!.tunnelOptions!;
    await modify(id, [new ModifyTunnel({ tunnelId: master.tunnelId, customerGatewayId: gw.customerGatewayIds[1] })], {
      name: 'renamed', localSubnet: '10.2.0.0/24', effectImmediately: true, autoConfigRoute: false, clientToken: 'mod-dual-1',
    });
    const d = await describeConnection(client, id);
    assert.equal(d.name, 'renamed');
    assert.equal(d.localSubnet, '10.2.0.0/24');
    assert.equal(d.effectImmediately, true);
    assert.equal(d.tunnelOptionsSpecification!.tunnelOptions![0].customerGatewayId, gw.customerGatewayIds[1]);
  });

  it('answers InvalidTunnelId.NotFound for a TunnelId the connection does not have', async () => {
    const id = await createDualConnection(client, gw);
    await settle(emu);
    await expectApiError(modify(id, [new ModifyTunnel({ tunnelId: 'tun-doesnotexist' })]),
      'InvalidTunnelId.NotFound', 404, 'The specified tunnel id does not exist.');
  });

  it('refuses to change a tunnel\'s role or to name one tunnel twice', async () => {
    const id = await createDualConnection(client, gw);
    await settle(emu);
    const [master] = (await describeConnection(client, id)).tunnelOptionsSpecification!.tunnelOptions!;
    await expectApiError(modify(id, [new ModifyTunnel({ tunnelId: master.tunnelId, role: 'slave' })]),
      'IllegalParam.Role', 400, 'The specified "Role" (slave) is invalid.');
    await expectApiError(modify(id, [new ModifyTunnel({ tunnelId: master.tunnelId }), new ModifyTunnel({ role: 'master' })]),
      'IllegalParam.TunnelOptionsSpecification', 400, 'The specified "TunnelOptionsSpecification" is invalid.');
    await expectApiError(modify(id, [new ModifyTunnel({ enableDpd: false })]),
      'MissingTunnelId', 400, 'TunnelId is mandatory for this action.');
  });

  it('requires exactly two tunnels, one master and one slave', async () => {
    await expectApiError(client.createVpnConnection(dualConnectionRequest(gw, { tunnelOptionsSpecification: [tunnelPair(gw)[0]] })),
      'IllegalParam.TunnelOptionsSpecification', 400, 'The specified "TunnelOptionsSpecification" is invalid.');
    await expectApiError(client.createVpnConnection(dualConnectionRequest(gw, { tunnelOptionsSpecification: [...tunnelPair(gw), tunnelPair(gw)[1]] })),
      'IllegalParam.TunnelOptionsSpecification', 400, 'The specified "TunnelOptionsSpecification" is invalid.');
    await expectApiError(client.createVpnConnection(dualConnectionRequest(gw, { tunnelOptionsSpecification: tunnelPair(gw, {}, { role: 'master' }) })),
      'IllegalParam.Role', 400, 'The specified "Role" (master) is invalid.');
    await expectApiError(client.createVpnConnection(dualConnectionRequest(gw, { tunnelOptionsSpecification: tunnelPair(gw, { role: 'primary' }) })),
      'IllegalParam.Role', 400, 'The specified "Role" (primary) is invalid.');
  });

  it('requires each tunnel\'s customer gateway, and that it exists', async () => {
    await expectApiError(client.createVpnConnection(dualConnectionRequest(gw, { tunnelOptionsSpecification: tunnelPair(gw, {}, { customerGatewayId: undefined }) })),
      'MissingCustomerGatewayId', 400, 'CustomerGatewayId is mandatory for this action.');
    await expectApiError(client.createVpnConnection(dualConnectionRequest(gw, { tunnelOptionsSpecification: tunnelPair(gw, {}, { customerGatewayId: 'cgw-doesnotexist' }) })),
      'InvalidCustomerGatewayInstanceId.NotFound', 404, 'The specified customer gateway instance id does not exist.');
  });

  it('counts the tunnel options in the form body among the ClientToken parameters', async () => {
    const request = (psk: string) => dualConnectionRequest(gw, { clientToken: 'dual-token-1', tunnelOptionsSpecification: tunnelPair(gw, { tunnelIkeConfig: ikeWith({ psk }) }) });
    const first = await client.createVpnConnection(request('psk-one'));
    assert.equal((await client.createVpnConnection(request('psk-one'))).body!.vpnConnectionId, first.body!.vpnConnectionId);
    await expectApiError(client.createVpnConnection(request('psk-two')), 'IdempotentParameterMismatch', 400,
      'Request uses a client token in a previous request but is not identical to that request.');
  });

  it('validates each tunnel with the single-tunnel rules', async () => {
    await expectApiError(client.createVpnConnection(dualConnectionRequest(gw, { tunnelOptionsSpecification: tunnelPair(gw, {}, { tunnelIkeConfig: ikeWith({ ikeEncAlg: 'sm4' }) }) })),
      'IllegalParam.IkeEncAlg', 400, 'The specified "IkeEncAlg" (sm4) is invalid.');
    await expectApiError(client.createVpnConnection(dualConnectionRequest(gw, { tunnelOptionsSpecification: tunnelPair(gw, { tunnelIkeConfig: ikeWith({ psk: 'has space' }) }) })),
      'IllegalParam.Psk', 400, 'The specified "Psk" is invalid.');
  });
});
