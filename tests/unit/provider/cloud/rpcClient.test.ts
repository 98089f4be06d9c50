// The generic-entry client answers at the same endpoints as the official @alicloud/vpc20160428 client: its
// exceptions table is that client's, and a region outside it resolves by the same regional rule.
import { strict as assert } from 'assert';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import VpcClient from '@alicloud/vpc20160428';
import { VpcRpcClient } from 'pulumi-resource-alicloudvpn/dist/cloud/rpcClient';
import { VPC_ENDPOINT_MAP } from 'pulumi-resource-alicloudvpn/dist/cloud/vpcEndpoints';

const config = (regionId: string, endpoint?: string) => new $OpenApiUtil.Config({ regionId, endpoint, accessKeyId: 'AK', accessKeySecret: 'SK' });

describe('VpcRpcClient endpoints', () => {
  it('has the official client\'s endpoint exceptions', () => {
    const official = new VpcClient(config('cn-hangzhou')) as unknown as { _endpointMap: Record<string, string> };
    assert.deepEqual(VPC_ENDPOINT_MAP, official._endpointMap);
  });

  it('resolves every region as the official client does, and keeps a configured endpoint', () => {
    for (const region of [...Object.keys(VPC_ENDPOINT_MAP), 'cn-shanghai', 'ap-southeast-1', 'eu-central-1', 'us-west-1']) {
      const ours = new VpcRpcClient(config(region)) as unknown as { _endpoint: string };
      const official = new VpcClient(config(region)) as unknown as { _endpoint: string };
      assert.equal(ours._endpoint, official._endpoint, region);
    }
    assert.equal((new VpcRpcClient(config('cn-shanghai', '127.0.0.1:8080')) as unknown as { _endpoint: string })._endpoint, '127.0.0.1:8080');
  });
});
