// SdkVpcPort: every action called by name through the official client's generic entry. The client's callApi
// is the edge (a sinon stub); the port and the parameters the resource's descriptor writes run for real.
import { strict as assert } from 'assert';
import * as sinon from 'sinon';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { CloudError, isNotFound } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { SdkVpcPort } from 'pulumi-resource-alicloudvpn/dist/cloud/client';
import { VpcRpcClient } from 'pulumi-resource-alicloudvpn/dist/cloud/rpcClient';
import { toCreateRequest, toModifyRequest, type TunnelOptions } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection';
import { apiError } from './apiError';

const PSK = 'Zx#9&y=Q+(w)';

const tunnels = (): TunnelOptions[] => [
  {
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

const dual = { regionId: 'cn-hangzhou', vpnGatewayId: 'vpn-1', localSubnets: ['10.0.0.0/24'], remoteSubnets: ['192.168.0.0/24'] };

function realClient(body: Record<string, unknown> = { RequestId: 'R', VpnConnectionId: 'vco-1' }): { client: VpcRpcClient; callApi: sinon.SinonStub } {
  const client = new VpcRpcClient(new $OpenApiUtil.Config({ accessKeyId: 'AK', accessKeySecret: 'SK', endpoint: '127.0.0.1:9', protocol: 'http' }));
  const callApi = sinon.stub(client, 'callApi').resolves({ statusCode: 200, headers: {}, body });
  return { client, callApi };
}

/** A port whose client answers every call with `body` (or fails with `error`). */
function portAnswering(body: Record<string, unknown>, error?: Error): SdkVpcPort {
  const call = error ? sinon.stub().rejects(error) : sinon.stub().resolves({ statusCode: 200, body });
  return new SdkVpcPort({ call } as unknown as VpcRpcClient, 'cn-hangzhou');
}

describe('SdkVpcPort responses', () => {
  const gateway = (extra: Record<string, unknown>) => ({ VpnGatewayId: 'vpn-1', Status: 'active', VpnType: 'Normal', InternetIp: '1.2.3.4', ...extra });

  it('reports tunnelMode dual when the gateway has a disaster-recovery vSwitch or address, single otherwise', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{}, 'single'],
      [{ DisasterRecoveryVSwitchId: '', DisasterRecoveryInternetIp: '' }, 'single'],
      [{ DisasterRecoveryVSwitchId: 'vsw-dr' }, 'dual'],
      [{ DisasterRecoveryInternetIp: '5.6.7.8' }, 'dual'],
    ];
    for (const [extra, mode] of cases) {
      const info = await portAnswering(gateway(extra)).describeVpnGateway({ regionId: 'r', vpnGatewayId: 'vpn-1' });
      assert.equal(info.tunnelMode, mode, JSON.stringify(extra));
      assert.deepEqual([info.status, info.vpnType, info.internetIp], ['active', 'Normal', '1.2.3.4']);
    }
  });

  it('returns the DescribeVpnConnection body as the service wrote it', async () => {
    const answer = { VpnConnectionId: 'vco-1', RequestId: 'R', EnableTunnelsBgp: true, TunnelOptionsSpecification: { TunnelOptions: [{ TunnelId: 'tun-1', Role: 'master' }] } };
    const body = await portAnswering(answer).describeVpnConnection({ regionId: 'r', vpnConnectionId: 'vco-1' });
    assert.deepEqual(body, answer);
  });

  it('lists connection ids across pages', async () => {
    const page = (n: number, from: number) => ({ TotalCount: 60, VpnConnections: { VpnConnection: Array.from({ length: n }, (_, i) => ({ VpnConnectionId: `vco-${from + i}` })) } });
    const call = sinon.stub();
    call.onFirstCall().resolves({ body: page(50, 0) });
    call.onSecondCall().resolves({ body: page(10, 50) });
    const ids = await new SdkVpcPort({ call } as unknown as VpcRpcClient).listVpnConnectionIds({ regionId: 'r', vpnGatewayId: 'vpn-1', tag: { key: 'k', value: 'v' } });
    assert.equal(ids.length, 60);
    assert.deepEqual(call.secondCall.args, ['DescribeVpnConnections', { VpnGatewayId: 'vpn-1', PageNumber: '2', PageSize: '50', RegionId: 'r', 'Tag.1.Key': 'k', 'Tag.1.Value': 'v' }]);
  });

  for (const [title, answered] of [
    ['an empty 200 answer', undefined],
    ['an answer about another connection', 'vco-other'],
  ] as const) {
    it(`treats ${title} to DescribeVpnConnection as not found, exactly like the 404 code`, async () => {
      const body = answered === undefined ? { RequestId: 'REQ-E' } : { RequestId: 'REQ-E', VpnConnectionId: answered };
      const e = (await portAnswering(body).describeVpnConnection({ regionId: 'r', vpnConnectionId: 'vco-1' }).catch((x: unknown) => x)) as CloudError;
      const missing = portAnswering({}, apiError('InvalidVpnConnectionInstanceId.NotFound', 404));
      const real = (await missing.describeVpnConnection({ regionId: 'r', vpnConnectionId: 'vco-1' }).catch((x: unknown) => x)) as CloudError;
      assert.ok(e instanceof CloudError);
      assert.ok(isNotFound(e));
      assert.deepEqual([e.code, e.statusCode, e.errorClass, e.retryable], [real.code, real.statusCode, real.errorClass, real.retryable]);
      assert.deepEqual([e.code, e.statusCode, e.requestId], ['InvalidVpnConnectionInstanceId.NotFound', 404, 'REQ-E']);
      assert.match(e.message, /^DescribeVpnConnection: InvalidVpnConnectionInstanceId\.NotFound: /);
    });
  }

  it('leads error messages with the action and masks the request PSKs the service message echoes', async () => {
    const error = apiError('IllegalParam.IkeConfig', 400, { data: { Code: 'IllegalParam.IkeConfig', RequestId: 'RID-1', Message: `bad IkeConfig {"Psk":"single-psk"} / ${encodeURIComponent(PSK)}` } });
    const req = toCreateRequest({ ...dual, tunnelOptions: tunnels() });
    const e = (await portAnswering({}, error).createVpnConnection({ ...req, secrets: [...req.secrets, 'single-psk'] }).catch((x: unknown) => x)) as CloudError;
    assert.equal(e.message, 'CreateVpnConnection: IllegalParam.IkeConfig: bad IkeConfig {"Psk":"[secret]"} / [secret] (HTTP 400, RequestId RID-1)');
  });

  it('makes no call for an empty tag or key list', async () => {
    const call = sinon.stub();
    const port = new SdkVpcPort({ call } as unknown as VpcRpcClient);
    await port.tagVpnConnection({ regionId: 'r', vpnConnectionId: 'vco-1', tags: [] });
    await port.untagVpnConnection({ regionId: 'r', vpnConnectionId: 'vco-1', tagKeys: [] });
    assert.equal(call.callCount, 0);
  });
});

describe('SdkVpcPort on the wire (the client\'s callApi stubbed)', () => {
  it('puts TunnelOptionsSpecification in the form body with 1-based PascalCase keys and Tags in the query', async () => {
    const { client, callApi } = realClient();
    await new SdkVpcPort(client).createVpnConnection(toCreateRequest({ ...dual, enableTunnelsBgp: true, tunnelOptions: tunnels(), tags: { env: 'prod' } }));
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
    const slave = { role: 'slave', customerGatewayId: 'cgw-2', tunnelIkeConfig: { psk: 'p2' } };
    await new SdkVpcPort(client).modifyVpnConnectionAttribute(toModifyRequest('vco-1', { ...dual, tunnelOptions: [slave] }, { slave: 'tun-2' }));
    const [, req] = callApi.firstCall.args as [unknown, { query: Record<string, string>; body: Record<string, string> }];
    assert.deepEqual(req.body, { 'TunnelOptionsSpecification.1.TunnelId': 'tun-2', 'TunnelOptionsSpecification.1.TunnelIkeConfig.Psk': 'p2' });
    assert.deepEqual(req.query, { RegionId: 'cn-hangzhou', VpnConnectionId: 'vco-1', LocalSubnet: '10.0.0.0/24', RemoteSubnet: '192.168.0.0/24' });
  });

  it('sends a single-tunnel create with JSON-string configs in the query and an empty form body', async () => {
    const { client, callApi } = realClient();
    await new SdkVpcPort(client).createVpnConnection(toCreateRequest({ ...dual, customerGatewayId: 'cgw-1', ikeConfig: { ikeEncAlg: 'aes' } }));
    const [, req] = callApi.firstCall.args as [unknown, { query: Record<string, string>; body: Record<string, string> }];
    assert.deepEqual(req.body, {});
    assert.equal(req.query.IkeConfig, '{"IkeEncAlg":"aes"}');
    assert.equal(req.query.CustomerGatewayId, 'cgw-1');
  });

  it('sends a Describe with its parameters in the query and no body', async () => {
    const { client, callApi } = realClient({ RequestId: 'R', VpnConnectionId: 'vco-1' });
    await new SdkVpcPort(client).describeVpnConnection({ regionId: 'cn-hangzhou', vpnConnectionId: 'vco-1' });
    const [params, req] = callApi.firstCall.args as [{ action: string; version: string; style: string }, { query: Record<string, string>; body?: unknown }];
    assert.deepEqual([params.action, params.version, params.style], ['DescribeVpnConnection', '2016-04-28', 'RPC']);
    assert.deepEqual(req.query, { RegionId: 'cn-hangzhou', VpnConnectionId: 'vco-1' });
    assert.equal(req.body, undefined);
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
