import { strict as assert } from 'node:assert';
import Client, {
  CreateVpnConnectionRequestTags, DeleteVpnConnectionRequest, DescribeVpnConnectionsRequest, DescribeVpnConnectionsRequestTag,
  DescribeVpnGatewayRequest, ListTagResourcesRequest, ListTagResourcesRequestTag, TagResourcesRequest, TagResourcesRequestTag,
  UnTagResourcesRequest,
} from '@alicloud/vpc20160428';
import { seedGateways, type EmulatorProcess, type SeededGateways } from '../../support/emulator';
import { createDualConnection } from './dualTunnelHelpers';
import { emulatorSuite } from './fixture';
import { connectionRequest, createConnection, describeConnection, expectApiError, REGION, settle } from './helpers';

const TYPE = 'VPNCONNECTION';
const createTag = (key: string, value: string) => new CreateVpnConnectionRequestTags({ key, value });
const tagOf = (key: string, value: string) => new TagResourcesRequestTag({ key, value });
const pairs = (tags: Array<{ key?: string; value?: string }> | undefined) => (tags ?? []).map((t) => `${t.key}=${t.value}`);

describe('emulator tags on IPsec connections', () => {
  let emu: EmulatorProcess;
  let client: Client;
  let gw: SeededGateways;
  emulatorSuite({ resetEach: true, gateways: { count: 3 } }, (s) => ({ emu, client, gw } = s));

  const tag = (ids: string[], tags: TagResourcesRequestTag[]) =>
    client.tagResources(new TagResourcesRequest({ regionId: REGION, resourceType: TYPE, resourceId: ids, tag: tags }));
  const untag = (ids: string[], extra: { tagKey?: string[]; all?: boolean }) =>
    client.unTagResources(new UnTagResourcesRequest({ regionId: REGION, resourceType: TYPE, resourceId: ids, ...extra }));
  const tagsOf = async (id: string) => pairs((await describeConnection(client, id)).tags?.tag);
  const connections = async (n: number) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      ids.push(await createConnection(client, gw, { customerGatewayId: gw.customerGatewayIds[i] }));
      await settle(emu);
    }
    return ids;
  };

  it('stores the tags given on CreateVpnConnection and shows them in Describe (Tags.Tag) and in list items (Tag.Tag)', async () => {
    const id = await createConnection(client, gw, { tags: [createTag('env', 'prod'), createTag('team', '')] });
    assert.deepEqual(await tagsOf(id), ['env=prod', 'team=']);
    const item = (await client.describeVpnConnections(new DescribeVpnConnectionsRequest({ regionId: REGION }))).body!.vpnConnections!.vpnConnection![0];
    assert.deepEqual(pairs(item.tag?.tag), ['env=prod', 'team=']);
  });

  it('makes tags part of the ClientToken parameters of CreateVpnConnection', async () => {
    const request = (value: string) => connectionRequest(gw, { clientToken: 'tagged-create-1', tags: [createTag('env', value)] });
    const first = await client.createVpnConnection(request('prod'));
    assert.equal((await client.createVpnConnection(request('prod'))).body!.vpnConnectionId, first.body!.vpnConnectionId);
    await expectApiError(client.createVpnConnection(request('dev')), 'IdempotentParameterMismatch', 400,
      'Request uses a client token in a previous request but is not identical to that request.');
  });

  it('adds and overwrites tags on several connections with TagResources, without making the gateway busy', async () => {
    const [a, b] = await connections(2);
    await tag([a], [tagOf('env', 'dev')]);
    await tag([a, b], [tagOf('env', 'prod'), tagOf('owner', 'net')]);
    assert.deepEqual(await tagsOf(a), ['env=prod', 'owner=net']);
    assert.deepEqual(await tagsOf(b), ['env=prod', 'owner=net']);
    const g = await client.describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: REGION, vpnGatewayId: gw.vpnGatewayId }));
    assert.equal(g.body!.status, 'active');
    assert.equal((await describeConnection(client, a)).state, 'active');
  });

  it('tags a connection while its gateway is busy', async () => {
    const id = await createConnection(client, gw);
    await tag([id], [tagOf('during', 'provisioning')]);
    assert.deepEqual(await tagsOf(id), ['during=provisioning']);
  });

  it('tags dual-tunnel connections too', async () => {
    const dual = await seedGateways(emu, { tunnelMode: 'dual' });
    const id = await createDualConnection(client, dual, { tags: [createTag('mode', 'dual')] });
    await tag([id], [tagOf('env', 'prod')]);
    assert.deepEqual(await tagsOf(id), ['mode=dual', 'env=prod']);
  });

  it('removes tags by key with UnTagResources, ignoring absent keys, and all of them with All=true', async () => {
    const [a, b] = await connections(2);
    await tag([a, b], [tagOf('env', 'prod'), tagOf('owner', 'net'), tagOf('cost', 'c1')]);
    await untag([a], { tagKey: ['owner', 'never-set'] });
    assert.deepEqual(await tagsOf(a), ['env=prod', 'cost=c1']);
    await untag([a, b], { all: true });
    assert.deepEqual([await tagsOf(a), await tagsOf(b)], [[], []]);
  });

  it('lists tags per resource with ListTagResources, by resource id and by tag', async () => {
    const [a, b, c] = await connections(3);
    await tag([a, b], [tagOf('env', 'prod')]);
    await tag([b], [tagOf('owner', 'net')]);
    await tag([c], [tagOf('env', 'dev')]);
    const list = async (req: Partial<ConstructorParameters<typeof ListTagResourcesRequest>[0] & object>) => {
      const body = (await client.listTagResources(new ListTagResourcesRequest({ regionId: REGION, resourceType: 'VpnConnection', ...req }))).body!;
      return body.tagResources!.tagResource!.map((t) => `${t.resourceId === a ? 'a' : t.resourceId === b ? 'b' : 'c'}:${t.tagKey}=${t.tagValue}`);
    };
    assert.deepEqual(await list({ resourceId: [b] }), ['b:env=prod', 'b:owner=net']);
    assert.deepEqual(await list({ tag: [new ListTagResourcesRequestTag({ key: 'env', value: 'prod' })] }), ['a:env=prod', 'b:env=prod', 'b:owner=net']);
    assert.deepEqual(await list({ tag: [new ListTagResourcesRequestTag({ key: 'env' })] }), ['a:env=prod', 'b:env=prod', 'b:owner=net', 'c:env=dev']);
    assert.deepEqual(await list({ resourceId: [a, c], tag: [new ListTagResourcesRequestTag({ key: 'env', value: 'dev' })] }), ['c:env=dev']);
    const listed = (await client.listTagResources(new ListTagResourcesRequest({ regionId: REGION, resourceType: TYPE, resourceId: [a] }))).body!;
    assert.equal(listed.tagResources!.tagResource![0].resourceType, TYPE);
  });

  it('pages ListTagResources with MaxResults and NextToken', async () => {
    const [id] = await connections(1);
    await tag([id], Array.from({ length: 5 }, (_, i) => tagOf(`k${i}`, `v${i}`)));
    const seen: string[] = [];
    let nextToken: string | undefined;
    do {
      const body = (await client.listTagResources(new ListTagResourcesRequest({ regionId: REGION, resourceType: TYPE, resourceId: [id], maxResults: 2, nextToken }))).body!;
      assert.ok(body.tagResources!.tagResource!.length <= 2);
      seen.push(...body.tagResources!.tagResource!.map((t) => t.tagKey!));
      nextToken = body.nextToken || undefined;
    } while (nextToken);
    assert.deepEqual(seen, ['k0', 'k1', 'k2', 'k3', 'k4']);
  });

  it('filters DescribeVpnConnections by Tag.N with AND semantics', async () => {
    const [a, b, c] = await connections(3);
    await tag([a, b], [tagOf('env', 'prod')]);
    await tag([a, c], [tagOf('team', 'net')]);
    const filtered = async (...tags: Array<[string, string?]>) => (await client.describeVpnConnections(new DescribeVpnConnectionsRequest({
      regionId: REGION, tag: tags.map(([key, value]) => new DescribeVpnConnectionsRequestTag({ key, value })),
    }))).body!.vpnConnections!.vpnConnection!.map((v) => v.vpnConnectionId).sort();
    assert.deepEqual(await filtered(['env', 'prod'], ['team', 'net']), [a]);
    assert.deepEqual(await filtered(['env', 'prod']), [a, b].sort());
    assert.deepEqual(await filtered(['team']), [a, c].sort());
    assert.deepEqual(await filtered(['env', 'dev']), []);
  });

  it('drops the tags of a deleted connection: it can no longer be tagged or listed', async () => {
    const [id] = await connections(1);
    await tag([id], [tagOf('env', 'prod')]);
    await client.deleteVpnConnection(new DeleteVpnConnectionRequest({ regionId: REGION, vpnConnectionId: id }));
    const listed = await client.listTagResources(new ListTagResourcesRequest({ regionId: REGION, resourceType: TYPE, resourceId: [id] }));
    assert.deepEqual(listed.body!.tagResources!.tagResource, []);
    await expectApiError(tag([id], [tagOf('env', 'dev')]), 'InvalidResourceId.NotFound', 404, 'The specified ResourceIds are not found in our records.');
  });
});
