import { strict as assert } from 'node:assert';
import { DescribeVpnConnectionsRequest } from '@alicloud/vpc20160428';
import V6Client, * as V6 from '@alicloud/vpc20160428-v6';
import { Config as V6Config } from '@alicloud/openapi-client';
import { startEmulator, vpcClient, type EmulatorProcess } from '../../support/emulator';
import { expectApiError, isoSeconds, rawAcs3, rawRpc, REGION } from './helpers';

const STS_TOKEN = 'CAIS-emulator-sts-token/with+special=chars';

describe('emulator authentication', () => {
  let emu: EmulatorProcess;
  before(async () => {
    emu = await startEmulator({ extraArgs: ['--sts-token', STS_TOKEN] });
  });
  after(async () => emu.stop());

  const list = () => new DescribeVpnConnectionsRequest({ regionId: REGION });

  it('accepts ACS3-HMAC-SHA256 requests from the current SDK', async () => {
    const res = await vpcClient(emu).describeVpnConnections(list());
    assert.equal(res.statusCode, 200);
    assert.equal(res.body!.totalCount, 0);
  });

  it('accepts legacy HMAC-SHA1 requests from the current SDK with signatureAlgorithm v2', async () => {
    const res = await vpcClient(emu, { signatureAlgorithm: 'v2' }).describeVpnConnections(list());
    assert.equal(res.body!.pageNumber, 1);
  });

  function v6Client(extra: Partial<V6Config> = {}): V6Client {
    return new V6Client(new V6Config({
      accessKeyId: emu.accessKeyId, accessKeySecret: emu.accessKeySecret, endpoint: emu.endpoint, protocol: 'http',
      readTimeout: 5000, connectTimeout: 5000, ...extra,
    }));
  }

  it('accepts the 6.3 SDK generation on @alicloud/openapi-client (ACS3 by default)', async () => {
    const res = await v6Client().describeVpnConnections(new V6.DescribeVpnConnectionsRequest({ regionId: REGION }));
    assert.equal(res.body?.totalCount, 0);
  });

  it('accepts the 6.3 SDK generation signing with legacy HMAC-SHA1', async () => {
    const res = await v6Client({ signatureAlgorithm: 'v2' }).describeVpnConnections(new V6.DescribeVpnConnectionsRequest({ regionId: REGION }));
    assert.equal(res.body?.pageSize, 10);
  });

  it('accepts STS credentials with the configured security token on both signatures', async () => {
    for (const signatureAlgorithm of [undefined, 'v2'] as const) {
      const res = await vpcClient(emu, { securityToken: STS_TOKEN, signatureAlgorithm }).describeVpnConnections(list());
      assert.equal(res.statusCode, 200);
    }
  });

  it('rejects a security token other than the configured one', async () => {
    for (const signatureAlgorithm of [undefined, 'v2'] as const) {
      await expectApiError(
        vpcClient(emu, { securityToken: 'not-the-token', signatureAlgorithm }).describeVpnConnections(list()),
        'InvalidSecurityToken.Mismatch', 403, 'Specified SecurityToken mismatch with the AccessKey.',
      );
    }
  });

  it('answers SignatureDoesNotMatch for a wrong secret on both signatures', async () => {
    for (const signatureAlgorithm of [undefined, 'v2'] as const) {
      await expectApiError(
        vpcClient(emu, { secret: 'wrong-secret', signatureAlgorithm }).describeVpnConnections(list()),
        'SignatureDoesNotMatch', 400, 'Specified signature is not matched with our calculation.',
      );
    }
  });

  it('answers InvalidAccessKeyId.NotFound for an unknown key on both signatures', async () => {
    for (const signatureAlgorithm of [undefined, 'v2'] as const) {
      await expectApiError(
        vpcClient(emu, { accessKeyId: 'LTAI5tUnknownKey', signatureAlgorithm }).describeVpnConnections(list()),
        'InvalidAccessKeyId.NotFound', 404, 'Specified access key is not found.',
      );
    }
  });

  it('never echoes the secret or the token in an error', async () => {
    const err = await expectApiError(
      vpcClient(emu, { secret: 'wrong-secret', securityToken: STS_TOKEN }).describeVpnConnections(list()),
      'SignatureDoesNotMatch', 400, 'Specified signature is not matched with our calculation.',
    );
    const text = JSON.stringify(err.data);
    assert.ok(!text.includes(emu.accessKeySecret) && !text.includes(STS_TOKEN) && !text.includes('wrong-secret'));
  });

  it('answers InvalidTimeStamp.Expired for an x-acs-date 16 minutes old', async () => {
    const res = await rawAcs3(emu, { action: 'DescribeVpnConnections', query: { RegionId: REGION }, date: isoSeconds(Date.now() - 16 * 60_000) });
    assert.equal(res.status, 400);
    assert.equal(res.body.Code, 'InvalidTimeStamp.Expired');
    assert.equal(res.body.Message, 'Specified time stamp or date value is expired.');
  });

  it('answers InvalidTimeStamp.Expired for an RPC Timestamp 16 minutes in the future', async () => {
    const res = await rawRpc(emu, { action: 'DescribeVpnConnections', query: { RegionId: REGION }, timestamp: isoSeconds(Date.now() + 16 * 60_000) });
    assert.equal(res.status, 400);
    assert.equal(res.body.Code, 'InvalidTimeStamp.Expired');
  });

  it('accepts a timestamp 14 minutes old', async () => {
    const res = await rawAcs3(emu, { action: 'DescribeVpnConnections', query: { RegionId: REGION }, date: isoSeconds(Date.now() - 14 * 60_000) });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  });

  it('answers SignatureNonceUsed when a nonce is replayed (ACS3 and RPC)', async () => {
    const nonce = `nonce-${Date.now()}`;
    const first = await rawAcs3(emu, { action: 'DescribeVpnConnections', query: { RegionId: REGION }, nonce });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const second = await rawAcs3(emu, { action: 'DescribeVpnConnections', query: { RegionId: REGION }, nonce });
    assert.equal(second.status, 400);
    assert.equal(second.body.Code, 'SignatureNonceUsed');
    assert.equal(second.body.Message, 'Specified signature nonce was used already.');

    const rpcNonce = `rpc-${Date.now()}`;
    assert.equal((await rawRpc(emu, { action: 'DescribeVpnConnections', query: { RegionId: REGION }, nonce: rpcNonce })).status, 200);
    const replay = await rawRpc(emu, { action: 'DescribeVpnConnections', query: { RegionId: REGION }, nonce: rpcNonce });
    assert.equal(replay.body.Code, 'SignatureNonceUsed');
  });

  it('rejects a body whose hash differs from x-acs-content-sha256', async () => {
    const res = await rawAcs3(emu, {
      action: 'DescribeVpnConnections', query: { RegionId: REGION }, form: 'PageSize=5',
      contentSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    });
    assert.equal(res.status, 400);
    assert.equal(res.body.Code, 'ContentSHA256NotMatched');
    assert.equal(res.body.Message, 'The x-acs-content-sha256 header does not match the hash of the request body.');
  });

  it('answers InvalidAction.NotFound for an action it does not implement', async () => {
    const res = await rawAcs3(emu, { action: 'DescribeRouteTables', query: { RegionId: REGION } });
    assert.equal(res.status, 404);
    assert.equal(res.body.Code, 'InvalidAction.NotFound');
    assert.equal(res.body.Message, 'Specified api is not found, please check your url and method.');
    const rpc = await rawRpc(emu, { action: 'RunInstances', query: { RegionId: REGION } });
    assert.equal(rpc.body.Code, 'InvalidAction.NotFound');
  });

  it('answers IncompleteSignature for an unsigned request', async () => {
    const res = await fetch(`${emu.baseUrl}/?Action=DescribeVpnConnections&RegionId=${REGION}`, { method: 'POST' });
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as { Code: string }).Code, 'IncompleteSignature');
  });

  it('answers with the real error envelope fields', async () => {
    const res = await rawAcs3(emu, { action: 'DescribeRouteTables', query: { RegionId: REGION } });
    assert.deepEqual(Object.keys(res.body).sort(), ['Code', 'HostId', 'Message', 'Recommend', 'RequestId']);
    assert.match(String(res.body.RequestId), /^[0-9A-F-]{36}$/);
  });
});
