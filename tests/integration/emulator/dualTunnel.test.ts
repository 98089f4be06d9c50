import { strict as assert } from 'node:assert';
import Client, {
  CreateVpnConnectionRequest, CreateVpnConnectionRequestTunnelOptionsSpecification as Tunnel,
  CreateVpnConnectionRequestTunnelOptionsSpecificationTunnelBgpConfig as TunnelBgp,
  CreateVpnConnectionRequestTunnelOptionsSpecificationTunnelIkeConfig as TunnelIke,
  ModifyVpnConnectionAttributeRequest, ModifyVpnConnectionAttributeRequestTunnelOptionsSpecification as ModifyTunnel,
  ModifyVpnConnectionAttributeRequestTunnelOptionsSpecificationTunnelIkeConfig as ModifyTunnelIke,
} from '@alicloud/vpc20160428';
import type { EmulatorProcess, SeededGateways } from '../../support/emulator';
import { emulatorSuite } from './fixture';
import { describeConnection, expectApiError, REGION, settle } from './helpers';

describe('emulator dual-tunnel connections (TunnelOptionsSpecification in the form body)', () => {
  let emu: EmulatorProcess;
  let client: Client;
  let gw: SeededGateways;
  emulatorSuite({ gateways: { count: 2, asn: 65100 } }, (s) => ({ emu, client, gw } = s));
  beforeEach(async () => settle(emu));

  const tunnels = () => [
    new Tunnel({
      role: 'master', customerGatewayId: gw.customerGatewayIds[0],
      tunnelIkeConfig: new TunnelIke({ psk: 'master-psk', ikeEncAlg: 'aes256', ikeLifetime: 28800 }),
      tunnelBgpConfig: new TunnelBgp({ localAsn: 65000, tunnelCidr: '169.254.50.0/30', localBgpIp: '169.254.50.1' }),
    }),
    new Tunnel({
      role: 'slave', customerGatewayId: gw.customerGatewayIds[1], enableDpd: false,
      tunnelBgpConfig: new TunnelBgp({ localAsn: 65000, tunnelCidr: '169.254.51.0/30', localBgpIp: '169.254.51.1' }),
    }),
  ];

  let id: string;

  it('creates a connection with a master and a slave tunnel and describes both', async () => {
    const res = await client.createVpnConnection(new CreateVpnConnectionRequest({
      regionId: REGION, vpnGatewayId: gw.vpnGatewayId, localSubnet: '10.1.0.0/24', remoteSubnet: '192.168.0.0/24',
      enableTunnelsBgp: true, tunnelOptionsSpecification: tunnels(),
    }));
    id = res.body!.vpnConnectionId!;
    const d = await describeConnection(client, id);
    assert.equal(d.enableTunnelsBgp, true);
    assert.equal(d.customerGatewayId, '');
    const [master, slave] = d.tunnelOptionsSpecification!.tunnelOptions!;
    assert.equal(master.role, 'master');
    assert.match(master.tunnelId!, /^tun-/);
    assert.equal(master.customerGatewayId, gw.customerGatewayIds[0]);
    assert.equal(master.tunnelIkeConfig!.psk, 'master-psk');
    assert.equal(master.tunnelIkeConfig!.ikeEncAlg, 'aes256');
    assert.equal(master.tunnelIkeConfig!.ikeLifetime, '28800');
    assert.equal(master.tunnelIkeConfig!.remoteId, gw.customerGatewayIps[0]);
    assert.equal(master.tunnelBgpConfig!.tunnelCidr, '169.254.50.0/30');
    assert.equal(master.tunnelBgpConfig!.peerAsn, '65100');
    assert.equal(master.enableDpd, 'true');
    assert.equal(slave.role, 'slave');
    assert.equal(slave.enableDpd, 'false');
    assert.match(slave.tunnelIkeConfig!.psk!, /^[A-Za-z0-9]{16}$/);
    assert.equal(slave.tunnelIndex, 2);
  });

  it('modifies one tunnel by TunnelId and keeps the other', async () => {
    const before = await describeConnection(client, id);
    const slaveId = before.tunnelOptionsSpecification!.tunnelOptions![1].tunnelId!;
    const res = await client.modifyVpnConnectionAttribute(new ModifyVpnConnectionAttributeRequest({
      regionId: REGION, vpnConnectionId: id,
      tunnelOptionsSpecification: [new ModifyTunnel({ tunnelId: slaveId, tunnelIkeConfig: new ModifyTunnelIke({ psk: 'new-slave-psk' }) })],
    }));
    assert.equal(res.body!.tunnelOptionsSpecification!.tunnelOptions![1].tunnelIkeConfig!.psk, 'new-slave-psk');
    const after = await describeConnection(client, id);
    assert.equal(after.tunnelOptionsSpecification!.tunnelOptions![0].tunnelIkeConfig!.psk, 'master-psk');
    assert.equal(after.tunnelOptionsSpecification!.tunnelOptions![1].tunnelIkeConfig!.psk, 'new-slave-psk');
  });

  it('requires exactly two tunnels', async () => {
    await expectApiError(
      client.createVpnConnection(new CreateVpnConnectionRequest({
        regionId: REGION, vpnGatewayId: gw.vpnGatewayId, localSubnet: '10.1.0.0/24', remoteSubnet: '192.168.0.0/24',
        tunnelOptionsSpecification: [tunnels()[0]],
      })),
      'IllegalParam.TunnelOptionsSpecification', 400, 'The specified "TunnelOptionsSpecification" is invalid.',
    );
  });

  it('refuses single-tunnel parameters next to tunnel options', async () => {
    await expectApiError(
      client.createVpnConnection(new CreateVpnConnectionRequest({
        regionId: REGION, vpnGatewayId: gw.vpnGatewayId, localSubnet: '10.1.0.0/24', remoteSubnet: '192.168.0.0/24',
        ikeConfig: '{"IkeEncAlg":"aes"}', tunnelOptionsSpecification: tunnels(),
      })),
      'IllegalParam.IkeConfig', 400, 'The specified "IkeConfig" is invalid.',
    );
  });

  it('requires one master and one slave', async () => {
    const both = tunnels();
    both[1].role = 'master';
    await expectApiError(
      client.createVpnConnection(new CreateVpnConnectionRequest({
        regionId: REGION, vpnGatewayId: gw.vpnGatewayId, localSubnet: '10.1.0.0/24', remoteSubnet: '192.168.0.0/24',
        tunnelOptionsSpecification: both,
      })),
      'IllegalParam.Role', 400, 'The specified "Role" (master) is invalid.',
    );
  });
});
