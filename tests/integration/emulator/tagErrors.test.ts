import { strict as assert } from 'node:assert';
import Client, {
  ListTagResourcesRequest, ListTagResourcesRequestTag, TagResourcesRequest, TagResourcesRequestTag, UnTagResourcesRequest,
} from '@alicloud/vpc20160428';
import type { EmulatorProcess, SeededGateways } from '../../support/emulator';
import { emulatorSuite } from './fixture';
import { createConnection, describeConnection, expectApiError, REGION, settle } from './helpers';

const TYPE = 'VPNCONNECTION';
const tagOf = (key: string, value = 'v') => new TagResourcesRequestTag({ key, value });
const many = (n: number, prefix = 'k') => Array.from({ length: n }, (_, i) => tagOf(`${prefix}${i}`));
const KEY_MALFORMED = ['InvalidTagKey.Malformed', 400, 'The specified Tag.n.Key is not valid.'] as const;
const VALUE_MALFORMED = ['InvalidTagValue.Malformed', 400, 'The specified Tag.n.Value is not valid.'] as const;
const NOT_FOUND = ['InvalidResourceId.NotFound', 404, 'The specified ResourceIds are not found in our records.'] as const;
const TOO_MANY_TAGS = ['NumberExceed.Tags', 400, "The Tags parameter's number is exceed , Valid : 20"] as const;

describe('emulator tag errors (TagResources, UnTagResources, ListTagResources)', () => {
  let emu: EmulatorProcess;
  let client: Client;
  let gw: SeededGateways;
  let a: string;
  let b: string;
  emulatorSuite({ gateways: { count: 2 } }, (s) => ({ emu, client, gw } = s));
  before(async () => {
    a = await createConnection(client, gw);
    await settle(emu);
    b = await createConnection(client, gw, { customerGatewayId: gw.customerGatewayIds[1] });
  });

  type TagArgs = Partial<ConstructorParameters<typeof TagResourcesRequest>[0] & object>;
  const tag = (args: TagArgs) => client.tagResources(new TagResourcesRequest({ regionId: REGION, resourceType: TYPE, resourceId: [a], tag: [tagOf('k')], ...args }));
  const tagCount = async (id: string) => (await describeConnection(client, id)).tags?.tag?.length ?? 0;

  const tagCases: Array<[string, TagArgs, readonly [string, number, string]]> = [
    ['no ResourceType', { resourceType: undefined }, ['MissingResourceType', 400, 'ResourceType is mandatory for this action.']],
    ['a resource type the emulator does not tag', { resourceType: 'VPC' }, ['InvalidResourceType.NotFound', 404, 'The ResourceType provided does not exist in our records.']],
    ['no ResourceId', { resourceId: undefined }, ['MissingResourceId', 400, 'ResourceId is mandatory for this action.']],
    ['51 resource ids', { resourceId: Array.from({ length: 51 }, (_, i) => `vco-${i}`) }, ['NumberExceed.ResourceIds', 400, "The ResourceIds parameter's number is exceed , Valid : 50"]],
    ['an unknown resource id', { resourceId: ['vco-doesnotexist'] }, NOT_FOUND],
    ['no Tag', { tag: undefined }, ['MissingTag', 400, 'Tag is mandatory for this action.']],
    ['21 tags in one request', { tag: many(21) }, TOO_MANY_TAGS],
    ['a tag key of 65 characters', { tag: [tagOf('k'.repeat(65))] }, KEY_MALFORMED],
    ['a tag key starting with aliyun', { tag: [tagOf('aliyunTeam')] }, KEY_MALFORMED],
    ['a tag key starting with acs:', { tag: [tagOf('acs:x')] }, KEY_MALFORMED],
    ['a tag key containing http://', { tag: [tagOf('x-http://y')] }, KEY_MALFORMED],
    ['a tag without a key', { tag: [new TagResourcesRequestTag({ value: 'v' })] }, KEY_MALFORMED],
    ['a tag value of 129 characters', { tag: [tagOf('k', 'v'.repeat(129))] }, VALUE_MALFORMED],
    ['a tag value starting with acs:', { tag: [tagOf('k', 'acs:v')] }, VALUE_MALFORMED],
    ['a tag value containing https://', { tag: [tagOf('k', 'https://v')] }, VALUE_MALFORMED],
    ['the same key twice', { tag: [tagOf('k', 'a'), tagOf('k', 'b')] }, ['Duplicate.TagKey', 400, 'The Tag.N.Key contain duplicate key.']],
  ];
  for (const [title, args, [code, status, message]] of tagCases) {
    it(`TagResources answers ${code} for ${title}`, async () => {
      await expectApiError(tag(args), code, status, message);
      assert.equal(await tagCount(a), 0);
    });
  }

  it('TagResources changes nothing when one of the resources is unknown', async () => {
    await expectApiError(tag({ resourceId: [a, 'vco-doesnotexist'] }), ...NOT_FOUND);
    assert.equal(await tagCount(a), 0);
  });

  it('TagResources does not find a connection from another region', async () => {
    await expectApiError(client.tagResources(new TagResourcesRequest({ regionId: 'cn-beijing', resourceType: TYPE, resourceId: [a], tag: [tagOf('k')] })), ...NOT_FOUND);
  });

  it('TagResources answers OperationDenied.QuotaExceed when a resource would carry more than 20 tags, for none of them', async () => {
    await tag({ resourceId: [a], tag: many(18) });
    await tag({ resourceId: [a], tag: [tagOf('k0', 'rewritten'), tagOf('k1', 'rewritten')] });
    await expectApiError(tag({ resourceId: [b, a], tag: many(3, 'new') }),
      'OperationDenied.QuotaExceed', 400, 'The quota of tags on resource is beyond permitted range.');
    assert.deepEqual([await tagCount(a), await tagCount(b)], [18, 0]);
    await tag({ resourceId: [a], tag: many(2, 'new') });
    assert.equal(await tagCount(a), 20);
    await client.unTagResources(new UnTagResourcesRequest({ regionId: REGION, resourceType: TYPE, resourceId: [a], all: true }));
  });

  it('UnTagResources answers NumberExceed.Tags for 21 keys and InvalidResourceId.NotFound for an unknown resource', async () => {
    const untag = (args: Partial<ConstructorParameters<typeof UnTagResourcesRequest>[0] & object>) =>
      client.unTagResources(new UnTagResourcesRequest({ regionId: REGION, resourceType: TYPE, resourceId: [a], ...args }));
    await expectApiError(untag({ tagKey: Array.from({ length: 21 }, (_, i) => `k${i}`) }), ...TOO_MANY_TAGS);
    await expectApiError(untag({ resourceId: ['vco-doesnotexist'], all: true }), ...NOT_FOUND);
    await expectApiError(untag({ resourceType: 'EIP', all: true }), 'InvalidResourceType.NotFound', 404, 'The ResourceType provided does not exist in our records.');
  });

  it('ListTagResources needs resource ids or tags, and checks MaxResults, NextToken and the tag keys', async () => {
    const list = (args: Partial<ConstructorParameters<typeof ListTagResourcesRequest>[0] & object>) =>
      client.listTagResources(new ListTagResourcesRequest({ regionId: REGION, resourceType: TYPE, ...args }));
    await expectApiError(list({}), 'MissingResourceId', 400, 'ResourceId is mandatory for this action.');
    await expectApiError(list({ resourceId: [a], maxResults: 51 }), 'IllegalParam.MaxResults', 400, 'The specified "MaxResults" (51) is invalid.');
    await expectApiError(list({ resourceId: [a], nextToken: 'garbage' }), 'IllegalParam.NextToken', 400, 'The specified "NextToken" (garbage) is invalid.');
    await expectApiError(list({ tag: [new ListTagResourcesRequestTag({ value: 'prod' })] }), ...KEY_MALFORMED);
    await expectApiError(list({ resourceType: undefined, resourceId: [a] }), 'MissingResourceType', 400, 'ResourceType is mandatory for this action.');
  });
});
