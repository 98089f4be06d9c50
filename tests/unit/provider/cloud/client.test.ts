// SdkVpcPort request and response mapping. The SDK client object is the edge: its action methods
// are sinon stubs (or, for the wire tests, its callApi), everything of ours runs for real.
import { strict as assert } from 'assert';
import * as sinon from 'sinon';
import VpcClient, * as $Vpc from '@alicloud/vpc20160428';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { CloudError, TunnelOptionsParams, isNotFound } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { SdkVpcPort } from 'pulumi-resource-alicloudvpn/dist/cloud/client';
import { apiError } from './apiError';

type Stubbed = Record<
  | 'createVpnConnection'
  | 'modifyVpnConnectionAttribute'
  | 'deleteVpnConnection'
  | 'describeVpnConnection'
  | 'describeVpnGateway'
  | 'describeVpnConnections'
  | 'tagResources'
  | 'unTagResources',
  sinon.SinonStub
>;

function fakeClient(): Stubbed {
  return {
    createVpnConnection: sinon.stub().resolves({ body: new $Vpc.CreateVpnConnectionResponseBody({ vpnConnectionId: 'vco-1', requestId: 'R' }) }),
    modifyVpnConnectionAttribute: sinon.stub().resolves({ body: {} }),
    deleteVpnConnection: sinon.stub().resolves({ body: {} }),
    describeVpnConnection: sinon.stub(),
    describeVpnGateway: sinon.stub(),
    describeVpnConnections: sinon.stub(),
    tagResources: sinon.stub().resolves({ body: {} }),
    unTagResources: sinon.stub().resolves({ body: {} }),
  };
}

function portOver(fake: Stubbed): SdkVpcPort {
  return new SdkVpcPort(fake as unknown as VpcClient, 'cn-hangzhou');
}

const PSK = 'Zx#9&y=Q+(w)';

const tunnels = (): TunnelOptionsParams[] => [
  {
    tunnelId: 'tun-ignored-on-create',
    role: 'master',
    customerGatewayId: 'cgw-1',
    enableDpd: true,
    enableNatTraversal: false,
    tunnelIkeConfig: { psk: PSK, ikeVersion: 'ikev2', ikeMode: 'main', ikeEncAlg: 'aes256', ikeAuthAlg: 'sha256', ikePfs: 'group14', ikeLifetime: 28800, localId: '1.1.1.1', remoteId: '2.2.2.2' },
    tunnelIpsecConfig: { ipsecEncAlg: 'aes256', ipsecAuthAlg: 'sha256', ipsecPfs: 'group14', ipsecLifetime: 3600 },
    tunnelBgpConfig: { localAsn: 65000, tunnelCidr: '169.254.50.0/30', localBgpIp: '169.254.50.1' },
  },
  { role: 'slave', customerGatewayId: 'cgw-2' },
];

describe('SdkVpcPort request mapping', () => {
  it('builds every level of a Create tunnel spec as its SDK model class, without a TunnelId', async () => {
    const fake = fakeClient();
    await portOver(fake).createVpnConnection({
      regionId: 'cn-hangzhou', vpnGatewayId: 'vpn-1', localSubnet: '10.0.0.0/24', remoteSubnet: '192.168.0.0/24',
      enableTunnelsBgp: true, tunnelOptionsSpecification: tunnels(),
    });
    const req = fake.createVpnConnection.firstCall.args[0] as $Vpc.CreateVpnConnectionRequest;
    assert.ok(req instanceof $Vpc.CreateVpnConnectionRequest);
    assert.equal(req.customerGatewayId, undefined, 'a dual-tunnel create names no connection-level customer gateway');
    assert.equal(req.enableTunnelsBgp, true);
    const [master, slave] = req.tunnelOptionsSpecification!;
    assert.ok(master instanceof $Vpc.CreateVpnConnectionRequestTunnelOptionsSpecification);
    assert.ok(master.tunnelIkeConfig instanceof $Vpc.CreateVpnConnectionRequestTunnelOptionsSpecificationTunnelIkeConfig);
    assert.ok(master.tunnelIpsecConfig instanceof $Vpc.CreateVpnConnectionRequestTunnelOptionsSpecificationTunnelIpsecConfig);
    assert.ok(master.tunnelBgpConfig instanceof $Vpc.CreateVpnConnectionRequestTunnelOptionsSpecificationTunnelBgpConfig);
    assert.deepEqual(master.toMap(), {
      Role: 'master', CustomerGatewayId: 'cgw-1', EnableDpd: true, EnableNatTraversal: false,
      TunnelIkeConfig: { Psk: PSK, IkeVersion: 'ikev2', IkeMode: 'main', IkeEncAlg: 'aes256', IkeAuthAlg: 'sha256', IkePfs: 'group14', IkeLifetime: 28800, LocalId: '1.1.1.1', RemoteId: '2.2.2.2' },
      TunnelIpsecConfig: { IpsecEncAlg: 'aes256', IpsecAuthAlg: 'sha256', IpsecPfs: 'group14', IpsecLifetime: 3600 },
      TunnelBgpConfig: { LocalAsn: 65000, TunnelCidr: '169.254.50.0/30', LocalBgpIp: '169.254.50.1' },
    });
    assert.deepEqual(slave.toMap(), { Role: 'slave', CustomerGatewayId: 'cgw-2' });
  });

  it('builds Modify tunnel specs with their TunnelId', async () => {
    const fake = fakeClient();
    await portOver(fake).modifyVpnConnectionAttribute({
      regionId: 'cn-hangzhou', vpnConnectionId: 'vco-1', enableTunnelsBgp: false,
      tunnelOptionsSpecification: [{ tunnelId: 'tun-2', tunnelIkeConfig: { psk: 'new' } }],
    });
    const req = fake.modifyVpnConnectionAttribute.firstCall.args[0] as $Vpc.ModifyVpnConnectionAttributeRequest;
    const [item] = req.tunnelOptionsSpecification!;
    assert.ok(item instanceof $Vpc.ModifyVpnConnectionAttributeRequestTunnelOptionsSpecification);
    assert.ok(item.tunnelIkeConfig instanceof $Vpc.ModifyVpnConnectionAttributeRequestTunnelOptionsSpecificationTunnelIkeConfig);
    assert.deepEqual(item.toMap(), { TunnelId: 'tun-2', TunnelIkeConfig: { Psk: 'new' } });
    assert.equal(req.enableTunnelsBgp, false);
    assert.equal(req.vpnConnectionId, 'vco-1');
  });

  it('keeps single-tunnel creates as they were: customerGatewayId and JSON-string configs, no tunnel list', async () => {
    const fake = fakeClient();
    await portOver(fake).createVpnConnection({
      regionId: 'cn-hangzhou', vpnGatewayId: 'vpn-1', customerGatewayId: 'cgw-1', localSubnet: '10.0.0.0/24', remoteSubnet: '192.168.0.0/24',
      ikeConfig: '{"IkeEncAlg":"aes"}', clientToken: 'tok', tags: [],
    });
    const req = fake.createVpnConnection.firstCall.args[0] as $Vpc.CreateVpnConnectionRequest;
    assert.equal(req.customerGatewayId, 'cgw-1');
    assert.equal(req.ikeConfig, '{"IkeEncAlg":"aes"}');
    assert.equal(req.clientToken, 'tok');
    assert.equal(req.tunnelOptionsSpecification, undefined);
    assert.equal(req.tags, undefined, 'an empty tag list sends no Tags');
  });

  it('sends create-time tags as CreateVpnConnectionRequestTags', async () => {
    const fake = fakeClient();
    await portOver(fake).createVpnConnection({
      regionId: 'r', vpnGatewayId: 'vpn-1', customerGatewayId: 'cgw-1', localSubnet: 'a', remoteSubnet: 'b',
      tags: [{ key: 'env', value: 'prod' }, { key: 'team', value: '' }],
    });
    const req = fake.createVpnConnection.firstCall.args[0] as $Vpc.CreateVpnConnectionRequest;
    assert.ok(req.tags!.every((t) => t instanceof $Vpc.CreateVpnConnectionRequestTags));
    assert.deepEqual(req.tags!.map((t) => t.toMap()), [{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: '' }]);
  });

  it('tags and untags through TagResources / UnTagResources on ResourceType VPNCONNECTION', async () => {
    const fake = fakeClient();
    const port = portOver(fake);
    await port.tagVpnConnection({ regionId: 'cn-hangzhou', vpnConnectionId: 'vco-1', tags: [{ key: 'a', value: '1' }] });
    await port.untagVpnConnection({ regionId: 'cn-hangzhou', vpnConnectionId: 'vco-1', tagKeys: ['b', 'c'] });
    const tag = fake.tagResources.firstCall.args[0] as $Vpc.TagResourcesRequest;
    assert.ok(tag instanceof $Vpc.TagResourcesRequest);
    assert.ok(tag.tag![0] instanceof $Vpc.TagResourcesRequestTag);
    assert.deepEqual(tag.toMap(), { RegionId: 'cn-hangzhou', ResourceType: 'VPNCONNECTION', ResourceId: ['vco-1'], Tag: [{ Key: 'a', Value: '1' }] });
    const untag = fake.unTagResources.firstCall.args[0] as $Vpc.UnTagResourcesRequest;
    assert.deepEqual(untag.toMap(), { RegionId: 'cn-hangzhou', ResourceType: 'VPNCONNECTION', ResourceId: ['vco-1'], TagKey: ['b', 'c'] });
    assert.equal(untag.all, undefined, 'never All=true: that would drop tags this stack does not own');
  });

  it('makes no call for an empty tag or key list', async () => {
    const fake = fakeClient();
    const port = portOver(fake);
    await port.tagVpnConnection({ regionId: 'r', vpnConnectionId: 'vco-1', tags: [] });
    await port.untagVpnConnection({ regionId: 'r', vpnConnectionId: 'vco-1', tagKeys: [] });
    assert.equal(fake.tagResources.callCount + fake.unTagResources.callCount, 0);
  });
});

describe('SdkVpcPort responses', () => {
  const gateway = (extra: Record<string, unknown>) =>
    ({ body: new $Vpc.DescribeVpnGatewayResponseBody({ vpnGatewayId: 'vpn-1', status: 'active', vpnType: 'Normal', internetIp: '1.2.3.4', ...extra }) });

  it('reports tunnelMode dual when the gateway has a disaster-recovery vSwitch or address, single otherwise', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{}, 'single'],
      [{ disasterRecoveryVSwitchId: '', disasterRecoveryInternetIp: '' }, 'single'],
      [{ disasterRecoveryVSwitchId: 'vsw-dr' }, 'dual'],
      [{ disasterRecoveryInternetIp: '5.6.7.8' }, 'dual'],
    ];
    for (const [extra, mode] of cases) {
      const fake = fakeClient();
      fake.describeVpnGateway.resolves(gateway(extra));
      const info = await portOver(fake).describeVpnGateway({ regionId: 'r', vpnGatewayId: 'vpn-1' });
      assert.equal(info.tunnelMode, mode, JSON.stringify(extra));
      assert.deepEqual([info.status, info.vpnType, info.internetIp], ['active', 'Normal', '1.2.3.4']);
    }
  });

  it('returns the DescribeVpnConnection body as the SDK types it', async () => {
    const fake = fakeClient();
    fake.describeVpnConnection.resolves({
      body: new $Vpc.DescribeVpnConnectionResponseBody({
        vpnConnectionId: 'vco-1', requestId: 'R', enableTunnelsBgp: true,
        tunnelOptionsSpecification: { tunnelOptions: [{ tunnelId: 'tun-1', role: 'master' }] },
        tags: { tag: [{ key: 'env', value: 'prod' }] },
      }),
    });
    const body = await portOver(fake).describeVpnConnection({ regionId: 'r', vpnConnectionId: 'vco-1' });
    assert.equal(body.vpnConnectionId, 'vco-1');
    assert.equal(body.enableTunnelsBgp, true);
    assert.deepEqual(body.tunnelOptionsSpecification?.tunnelOptions?.map((t) => [t.tunnelId, t.role]), [['tun-1', 'master']]);
    assert.deepEqual(body.tags?.tag?.map((t) => [t.key, t.value]), [['env', 'prod']]);
  });

  for (const [title, answered] of [
    ['an empty 200 answer', undefined],
    ['an answer about another connection', 'vco-other'],
  ] as const) {
    it(`treats ${title} to DescribeVpnConnection as not found, exactly like the 404 code`, async () => {
      const fake = fakeClient();
      fake.describeVpnConnection.resolves({ body: new $Vpc.DescribeVpnConnectionResponseBody({ requestId: 'REQ-E', vpnConnectionId: answered }) });
      const e = (await portOver(fake).describeVpnConnection({ regionId: 'r', vpnConnectionId: 'vco-1' }).catch((x: unknown) => x)) as CloudError;
      fake.describeVpnConnection.rejects(apiError('InvalidVpnConnectionInstanceId.NotFound', 404));
      const real = (await portOver(fake).describeVpnConnection({ regionId: 'r', vpnConnectionId: 'vco-1' }).catch((x: unknown) => x)) as CloudError;
      assert.ok(e instanceof CloudError);
      assert.ok(isNotFound(e));
      assert.deepEqual([e.code, e.statusCode, e.errorClass, e.retryable], [real.code, real.statusCode, real.errorClass, real.retryable]);
      assert.deepEqual([e.code, e.statusCode, e.requestId], ['InvalidVpnConnectionInstanceId.NotFound', 404, 'REQ-E']);
      assert.match(e.message, /^DescribeVpnConnection: InvalidVpnConnectionInstanceId\.NotFound: /);
    });
  }

  it('leads error messages with the action and masks the request PSKs the service message echoes', async () => {
    const fake = fakeClient();
    fake.createVpnConnection.rejects(
      apiError('IllegalParam.IkeConfig', 400, { data: { Code: 'IllegalParam.IkeConfig', RequestId: 'RID-1', Message: `bad IkeConfig {"Psk":"single-psk"} / ${encodeURIComponent(PSK)}` } }),
    );
    const e = (await portOver(fake)
      .createVpnConnection({
        regionId: 'r', vpnGatewayId: 'vpn-1', localSubnet: 'a', remoteSubnet: 'b',
        ikeConfig: JSON.stringify({ Psk: 'single-psk' }), tunnelOptionsSpecification: tunnels(),
      })
      .catch((x: unknown) => x)) as CloudError;
    assert.equal(e.message, 'CreateVpnConnection: IllegalParam.IkeConfig: bad IkeConfig {"Psk":"[secret]"} / [secret] (HTTP 400, RequestId RID-1)');
  });
});

describe('SdkVpcPort on the wire (SDK callApi stubbed)', () => {
  function realClient(): { client: VpcClient; callApi: sinon.SinonStub } {
    const client = new VpcClient(new $OpenApiUtil.Config({ accessKeyId: 'AK', accessKeySecret: 'SK', endpoint: '127.0.0.1:9', protocol: 'http' }));
    const callApi = sinon.stub(client, 'callApi').resolves({ statusCode: 200, headers: {}, body: { RequestId: 'R', VpnConnectionId: 'vco-1' } });
    return { client, callApi };
  }

  it('puts TunnelOptionsSpecification in the form body with 1-based PascalCase keys and Tags in the query', async () => {
    const { client, callApi } = realClient();
    await new SdkVpcPort(client).createVpnConnection({
      regionId: 'cn-hangzhou', vpnGatewayId: 'vpn-1', localSubnet: '10.0.0.0/24', remoteSubnet: '192.168.0.0/24',
      enableTunnelsBgp: true, tunnelOptionsSpecification: tunnels(), tags: [{ key: 'env', value: 'prod' }],
    });
    const [params, req] = callApi.firstCall.args as [{ action: string }, { query: Record<string, string>; body: Record<string, string> }];
    assert.equal(params.action, 'CreateVpnConnection');
    assert.deepEqual(req.body, {
      'TunnelOptionsSpecification.1.CustomerGatewayId': 'cgw-1',
      'TunnelOptionsSpecification.1.EnableDpd': 'true',
      'TunnelOptionsSpecification.1.EnableNatTraversal': 'false',
      'TunnelOptionsSpecification.1.Role': 'master',
      'TunnelOptionsSpecification.1.TunnelBgpConfig.LocalAsn': '65000',
      'TunnelOptionsSpecification.1.TunnelBgpConfig.LocalBgpIp': '169.254.50.1',
      'TunnelOptionsSpecification.1.TunnelBgpConfig.TunnelCidr': '169.254.50.0/30',
      'TunnelOptionsSpecification.1.TunnelIkeConfig.IkeAuthAlg': 'sha256',
      'TunnelOptionsSpecification.1.TunnelIkeConfig.IkeEncAlg': 'aes256',
      'TunnelOptionsSpecification.1.TunnelIkeConfig.IkeLifetime': '28800',
      'TunnelOptionsSpecification.1.TunnelIkeConfig.IkeMode': 'main',
      'TunnelOptionsSpecification.1.TunnelIkeConfig.IkePfs': 'group14',
      'TunnelOptionsSpecification.1.TunnelIkeConfig.IkeVersion': 'ikev2',
      'TunnelOptionsSpecification.1.TunnelIkeConfig.LocalId': '1.1.1.1',
      'TunnelOptionsSpecification.1.TunnelIkeConfig.Psk': PSK,
      'TunnelOptionsSpecification.1.TunnelIkeConfig.RemoteId': '2.2.2.2',
      'TunnelOptionsSpecification.1.TunnelIpsecConfig.IpsecAuthAlg': 'sha256',
      'TunnelOptionsSpecification.1.TunnelIpsecConfig.IpsecEncAlg': 'aes256',
      'TunnelOptionsSpecification.1.TunnelIpsecConfig.IpsecLifetime': '3600',
      'TunnelOptionsSpecification.1.TunnelIpsecConfig.IpsecPfs': 'group14',
      'TunnelOptionsSpecification.2.CustomerGatewayId': 'cgw-2',
      'TunnelOptionsSpecification.2.Role': 'slave',
    });
    assert.deepEqual(req.query, {
      EnableTunnelsBgp: 'true', LocalSubnet: '10.0.0.0/24', RegionId: 'cn-hangzhou', RemoteSubnet: '192.168.0.0/24',
      'Tags.1.Key': 'env', 'Tags.1.Value': 'prod', VpnGatewayId: 'vpn-1',
    });
  });

  it('sends Modify tunnel items with TunnelId in the form body', async () => {
    const { client, callApi } = realClient();
    await new SdkVpcPort(client).modifyVpnConnectionAttribute({
      regionId: 'cn-hangzhou', vpnConnectionId: 'vco-1', tunnelOptionsSpecification: [{ tunnelId: 'tun-2', tunnelIkeConfig: { psk: 'p2' } }],
    });
    const [, req] = callApi.firstCall.args as [unknown, { query: Record<string, string>; body: Record<string, string> }];
    assert.deepEqual(req.body, { 'TunnelOptionsSpecification.1.TunnelId': 'tun-2', 'TunnelOptionsSpecification.1.TunnelIkeConfig.Psk': 'p2' });
    assert.deepEqual(req.query, { RegionId: 'cn-hangzhou', VpnConnectionId: 'vco-1' });
  });

  it('flattens TagResources and UnTagResources into indexed query keys', async () => {
    const { client, callApi } = realClient();
    const port = new SdkVpcPort(client);
    await port.tagVpnConnection({ regionId: 'cn-hangzhou', vpnConnectionId: 'vco-1', tags: [{ key: 'a', value: '1' }, { key: 'b', value: '2' }] });
    await port.untagVpnConnection({ regionId: 'cn-hangzhou', vpnConnectionId: 'vco-1', tagKeys: ['a'] });
    const [tagParams, tagReq] = callApi.firstCall.args as [{ action: string }, { query: Record<string, string> }];
    assert.equal(tagParams.action, 'TagResources');
    assert.deepEqual(tagReq.query, {
      RegionId: 'cn-hangzhou', ResourceType: 'VPNCONNECTION', 'ResourceId.1': 'vco-1',
      'Tag.1.Key': 'a', 'Tag.1.Value': '1', 'Tag.2.Key': 'b', 'Tag.2.Value': '2',
    });
    const [untagParams, untagReq] = callApi.secondCall.args as [{ action: string }, { query: Record<string, string> }];
    assert.equal(untagParams.action, 'UnTagResources');
    assert.deepEqual(untagReq.query, { RegionId: 'cn-hangzhou', ResourceType: 'VPNCONNECTION', 'ResourceId.1': 'vco-1', 'TagKey.1': 'a' });
  });
});
