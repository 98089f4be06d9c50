import { strict as assert } from 'node:assert';
import {
  DeleteVpnConnectionRequest, DescribeVpnConnectionRequest, DescribeVpnConnectionsRequest, DescribeVpnConnectionsRequestTag,
  CreateVpnConnectionRequest, CreateVpnConnectionRequestTags, DescribeVpnGatewayRequest, ModifyVpnConnectionAttributeRequest,
} from '@alicloud/vpc20160428';
import { waitForGatewayActive, type EmulatorProcess, type SeededGateways } from '../../support/emulator';
import { emulatorSuite } from './fixture';
import { createConnection, describeConnection, expectApiError, REGION, settle } from './helpers';
import type Client from '@alicloud/vpc20160428';

describe('emulator IPsec connection lifecycle', () => {
  let emu: EmulatorProcess;
  let client: Client;
  let gw: SeededGateways;
  emulatorSuite({ resetEach: true, gateways: { count: 3, asn: 65010 } }, (s) => ({ emu, client, gw } = s));

  it('creates a connection and fills every default as the service does', async () => {
    const res = await client.createVpnConnection(new CreateVpnConnectionRequest({
      regionId: REGION, vpnGatewayId: gw.vpnGatewayId, customerGatewayId: gw.customerGatewayId,
      localSubnet: '10.1.0.0/24,10.2.0.0/24', remoteSubnet: '192.168.10.0/24', name: 'office-link',
    }));
    assert.match(res.body!.vpnConnectionId!, /^vco-[a-z0-9]+$/);
    assert.equal(res.body!.name, 'office-link');
    assert.equal(typeof res.body!.createTime, 'number');

    const d = await describeConnection(client, res.body!.vpnConnectionId!);
    assert.equal(d.vpnGatewayId, gw.vpnGatewayId);
    assert.equal(d.customerGatewayId, gw.customerGatewayId);
    assert.equal(d.localSubnet, '10.1.0.0/24,10.2.0.0/24');
    assert.equal(d.remoteSubnet, '192.168.10.0/24');
    assert.equal(d.effectImmediately, false);
    assert.equal(d.enableDpd, true);
    assert.equal(d.enableNatTraversal, true);
    assert.equal(d.ikeConfig!.ikeVersion, 'ikev1');
    assert.equal(d.ikeConfig!.ikeMode, 'main');
    assert.equal(d.ikeConfig!.ikeEncAlg, 'aes');
    assert.equal(d.ikeConfig!.ikeAuthAlg, 'md5');
    assert.equal(d.ikeConfig!.ikePfs, 'group2');
    assert.equal(d.ikeConfig!.ikeLifetime, 86400);
    assert.equal(d.ikeConfig!.localId, gw.vpnGatewayIp);
    assert.equal(d.ikeConfig!.remoteId, gw.customerGatewayIp);
    assert.match(d.ikeConfig!.psk!, /^[A-Za-z0-9]{16}$/);
    assert.deepEqual(
      { ...d.ipsecConfig },
      { ipsecEncAlg: 'aes', ipsecAuthAlg: 'md5', ipsecPfs: 'group2', ipsecLifetime: 86400 },
    );
    assert.equal(d.vcoHealthCheck!.enable, 'false');
    assert.equal(d.vpnBgpConfig!.enableBgp, 'false');
    assert.equal(d.vpnBgpConfig!.localAsn, 45104);
    assert.equal(d.internetIp, gw.vpnGatewayIp);
  });

  it('names an unnamed connection after its id', async () => {
    const id = await createConnection(client, gw);
    assert.equal((await describeConnection(client, id)).name, id);
  });

  it('keeps the gateway updating for busy-ms after a create, and the connection provisioning', async () => {
    const id = await createConnection(client, gw);
    const gwNow = await client.describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: REGION, vpnGatewayId: gw.vpnGatewayId }));
    assert.equal(gwNow.body!.status, 'updating');
    const d = await describeConnection(client, id);
    assert.equal(d.state, 'provisioning');
    assert.equal(d.status, 'ike_sa_not_established');
  });

  it('settles to active / ipsec_sa_established once busy-ms has passed in real time', async () => {
    const id = await createConnection(client, gw);
    await waitForGatewayActive(client, REGION, gw.vpnGatewayId);
    const d = await describeConnection(client, id);
    assert.equal(d.state, 'active');
    assert.equal(d.status, 'ipsec_sa_established');
    const g = await client.describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: REGION, vpnGatewayId: gw.vpnGatewayId }));
    assert.equal(g.body!.status, 'active');
  });

  it('returns IkeConfig, IpsecConfig, health check and BGP as typed objects', async () => {
    const id = await createConnection(client, gw, {
      ikeConfig: JSON.stringify({
        IkeVersion: 'ikev2', IkeMode: 'aggressive', IkeEncAlg: 'aes256', IkeAuthAlg: 'sha256', IkePfs: 'group14',
        IkeLifetime: 3600, Psk: 'S3cret!Key', LocalIdIPsec: 'left.example', RemoteId: 'right.example',
      }),
      ipsecConfig: JSON.stringify({ IpsecEncAlg: '3des', IpsecAuthAlg: 'sha1', IpsecPfs: 'disabled', IpsecLifetime: '7200' }),
      healthCheckConfig: JSON.stringify({ enable: 'true', dip: '192.168.10.1', sip: '10.1.0.1', interval: '5', retry: '4' }),
      bgpConfig: JSON.stringify({ EnableBgp: 'true', LocalAsn: '65001', TunnelCidr: '169.254.11.0/30', LocalBgpIp: '169.254.11.1' }),
      effectImmediately: true, enableDpd: false, enableNatTraversal: false,
    });
    const d = await describeConnection(client, id);
    assert.deepEqual({ ...d.ikeConfig }, {
      ikeVersion: 'ikev2', ikeMode: 'aggressive', ikeEncAlg: 'aes256', ikeAuthAlg: 'sha256', ikePfs: 'group14',
      ikeLifetime: 3600, psk: 'S3cret!Key', localId: 'left.example', remoteId: 'right.example',
    });
    assert.deepEqual({ ...d.ipsecConfig }, { ipsecEncAlg: '3des', ipsecAuthAlg: 'sha1', ipsecPfs: 'disabled', ipsecLifetime: 7200 });
    assert.equal(d.vcoHealthCheck!.enable, 'true');
    assert.equal(d.vcoHealthCheck!.dip, '192.168.10.1');
    assert.equal(d.vcoHealthCheck!.sip, '10.1.0.1');
    assert.equal(d.vcoHealthCheck!.interval, 5);
    assert.equal(d.vcoHealthCheck!.retry, 4);
    assert.equal(d.vpnBgpConfig!.enableBgp, 'true');
    assert.equal(d.vpnBgpConfig!.localAsn, 65001);
    assert.equal(d.vpnBgpConfig!.tunnelCidr, '169.254.11.0/30');
    assert.equal(d.vpnBgpConfig!.localBgpIp, '169.254.11.1');
    assert.equal(d.vpnBgpConfig!.peerBgpIp, '169.254.11.2');
    assert.equal(d.vpnBgpConfig!.peerAsn, 65010);
    assert.equal(d.effectImmediately, true);
    assert.equal(d.enableDpd, false);
    assert.equal(d.enableNatTraversal, false);
  });

  it('accepts capitalised health-check keys and asdot ASNs', async () => {
    const id = await createConnection(client, gw, {
      healthCheckConfig: JSON.stringify({ Enable: true, Dip: '192.168.10.1', Sip: '10.1.0.1', Interval: 3, Retry: 3 }),
      bgpConfig: JSON.stringify({ EnableBgp: true, LocalAsn: '1.10', TunnelCidr: '169.254.20.4/30', LocalBgpIp: '169.254.20.6' }),
    });
    const d = await describeConnection(client, id);
    assert.equal(d.vcoHealthCheck!.enable, 'true');
    assert.equal(d.vpnBgpConfig!.localAsn, 65546);
    assert.equal(d.vpnBgpConfig!.peerBgpIp, '169.254.20.5');
  });

  it('stores tags and filters DescribeVpnConnections by tag', async () => {
    const tagged = await createConnection(client, gw, {
      tags: [new CreateVpnConnectionRequestTags({ key: 'env', value: 'prod' })],
    });
    await settle(emu);
    await createConnection(client, gw, { customerGatewayId: gw.customerGatewayIds[1] });
    const d = await describeConnection(client, tagged);
    assert.deepEqual(d.tags!.tag!.map((t) => ({ ...t })), [{ key: 'env', value: 'prod' }]);
    const list = await client.describeVpnConnections(new DescribeVpnConnectionsRequest({
      regionId: REGION, tag: [new DescribeVpnConnectionsRequestTag({ key: 'env', value: 'prod' })],
    }));
    assert.deepEqual(list.body!.vpnConnections!.vpnConnection!.map((c) => c.vpnConnectionId), [tagged]);
  });

  it('lists connections newest first with paging and filters', async () => {
    const ids: string[] = [];
    for (const cgw of gw.customerGatewayIds) {
      ids.push(await createConnection(client, gw, { customerGatewayId: cgw }));
      await settle(emu);
    }
    const page1 = await client.describeVpnConnections(new DescribeVpnConnectionsRequest({ regionId: REGION, pageSize: 2 }));
    assert.equal(page1.body!.totalCount, 3);
    assert.equal(page1.body!.pageNumber, 1);
    assert.equal(page1.body!.pageSize, 2);
    assert.deepEqual(page1.body!.vpnConnections!.vpnConnection!.map((c) => c.vpnConnectionId), [ids[2], ids[1]]);
    const page2 = await client.describeVpnConnections(new DescribeVpnConnectionsRequest({ regionId: REGION, pageSize: 2, pageNumber: 2 }));
    assert.deepEqual(page2.body!.vpnConnections!.vpnConnection!.map((c) => c.vpnConnectionId), [ids[0]]);

    const byCgw = await client.describeVpnConnections(new DescribeVpnConnectionsRequest({ regionId: REGION, customerGatewayId: gw.customerGatewayIds[1] }));
    assert.deepEqual(byCgw.body!.vpnConnections!.vpnConnection!.map((c) => c.vpnConnectionId), [ids[1]]);
    const byId = await client.describeVpnConnections(new DescribeVpnConnectionsRequest({ regionId: REGION, vpnConnectionId: ids[0] }));
    assert.equal(byId.body!.totalCount, 1);
    assert.equal(byId.body!.vpnConnections!.vpnConnection![0].ikeConfig!.ikeLifetime, 86400);
    const byGw = await client.describeVpnConnections(new DescribeVpnConnectionsRequest({ regionId: REGION, vpnGatewayId: 'vpn-other' }));
    assert.equal(byGw.body!.totalCount, 0);
    const otherRegion = await client.describeVpnConnections(new DescribeVpnConnectionsRequest({ regionId: 'cn-shanghai' }));
    assert.equal(otherRegion.body!.totalCount, 0);
  });

  it('rejects a page size above 50', async () => {
    await expectApiError(
      client.describeVpnConnections(new DescribeVpnConnectionsRequest({ regionId: REGION, pageSize: 51 })),
      'IllegalParam.PageSize', 400, 'The specified "PageSize" (51) is invalid.',
    );
  });

  it('merges a modify into the existing connection and keeps what was not given', async () => {
    const id = await createConnection(client, gw, {
      ikeConfig: JSON.stringify({ Psk: 'keep-this-psk', IkeEncAlg: 'aes192' }),
      bgpConfig: JSON.stringify({ EnableBgp: 'true', TunnelCidr: '169.254.30.0/30', LocalBgpIp: '169.254.30.1' }),
    });
    await settle(emu);
    const res = await client.modifyVpnConnectionAttribute(new ModifyVpnConnectionAttributeRequest({
      regionId: REGION, vpnConnectionId: id, name: 'renamed', remoteSubnet: '192.168.20.0/24,192.168.21.0/24',
      ikeConfig: JSON.stringify({ IkeAuthAlg: 'sha1' }),
      ipsecConfig: JSON.stringify({ IpsecPfs: 'group5' }),
    }));
    assert.equal(res.body!.name, 'renamed');
    assert.equal(res.body!.ikeConfig!.ikeAuthAlg, 'sha1');
    assert.equal(res.body!.vpnBgpConfig!.localAsn, 45104);
    const d = await describeConnection(client, id);
    assert.equal(d.name, 'renamed');
    assert.equal(d.localSubnet, '10.1.0.0/24');
    assert.equal(d.remoteSubnet, '192.168.20.0/24,192.168.21.0/24');
    assert.equal(d.ikeConfig!.psk, 'keep-this-psk');
    assert.equal(d.ikeConfig!.ikeEncAlg, 'aes192');
    assert.equal(d.ikeConfig!.ikeAuthAlg, 'sha1');
    assert.equal(d.ipsecConfig!.ipsecPfs, 'group5');
    assert.equal(d.vpnBgpConfig!.tunnelCidr, '169.254.30.0/30');
    assert.equal(d.state, 'updating');
    const g = await client.describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: REGION, vpnGatewayId: gw.vpnGatewayId }));
    assert.equal(g.body!.status, 'updating');
  });

  it('validates a modify with the create rules', async () => {
    const id = await createConnection(client, gw);
    await settle(emu);
    await expectApiError(
      client.modifyVpnConnectionAttribute(new ModifyVpnConnectionAttributeRequest({ regionId: REGION, vpnConnectionId: id, localSubnet: '10.0.0.0/33' })),
      'IllegalParam.LocalSubnet', 400, 'The specified "LocalSubnet" (10.0.0.0/33) is invalid.',
    );
    await expectApiError(
      client.modifyVpnConnectionAttribute(new ModifyVpnConnectionAttributeRequest({ regionId: REGION, vpnConnectionId: id, ikeConfig: '{"IkeEncAlg":"sm4"}' })),
      'IllegalParam.IkeEncAlg', 400, 'The specified "IkeEncAlg" (sm4) is invalid.',
    );
  });

  it('deletes a connection: Describe then answers NotFound and the list no longer shows it', async () => {
    const id = await createConnection(client, gw);
    await settle(emu);
    await client.deleteVpnConnection(new DeleteVpnConnectionRequest({ regionId: REGION, vpnConnectionId: id }));
    await expectApiError(
      client.describeVpnConnection(new DescribeVpnConnectionRequest({ regionId: REGION, vpnConnectionId: id })),
      'InvalidVpnConnectionInstanceId.NotFound', 404, 'The specified vpn connection instance id does not exist.',
    );
    const list = await client.describeVpnConnections(new DescribeVpnConnectionsRequest({ regionId: REGION }));
    assert.equal(list.body!.totalCount, 0);
    const state = await emu.control.state();
    assert.equal(state.vpnConnections.find((c) => c.VpnConnectionId === id)?.Deleted, true);
  });

  it('allows a new connection for the same pair after the old one is deleted', async () => {
    const id = await createConnection(client, gw);
    await settle(emu);
    await client.deleteVpnConnection(new DeleteVpnConnectionRequest({ regionId: REGION, vpnConnectionId: id }));
    await settle(emu);
    const again = await createConnection(client, gw);
    assert.notEqual(again, id);
  });

  it('answers NotFound when modifying or deleting an unknown connection', async () => {
    await expectApiError(
      client.modifyVpnConnectionAttribute(new ModifyVpnConnectionAttributeRequest({ regionId: REGION, vpnConnectionId: 'vco-missing', name: 'abc' })),
      'InvalidVpnConnectionInstanceId.NotFound', 404, 'The specified vpn connection instance id does not exist.',
    );
    await expectApiError(
      client.deleteVpnConnection(new DeleteVpnConnectionRequest({ regionId: REGION, vpnConnectionId: 'vco-missing' })),
      'InvalidVpnConnectionInstanceId.NotFound', 404, 'The specified vpn connection instance id does not exist.',
    );
  });

  it('treats resources as regional: a connection is not found from another region', async () => {
    const id = await createConnection(client, gw);
    await expectApiError(
      client.describeVpnConnection(new DescribeVpnConnectionRequest({ regionId: 'cn-beijing', vpnConnectionId: id })),
      'InvalidVpnConnectionInstanceId.NotFound', 404, 'The specified vpn connection instance id does not exist.',
    );
  });
});
