// A Delete that fails on a provider setting says destroy runs with the settings the last update recorded.
import { strict as assert } from 'node:assert';
import * as grpc from '@grpc/grpc-js';
import { CloudError } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { RpcError } from 'pulumi-resource-alicloudvpn/dist/server/errors';
import { noteRecordedSettings, RECORDED_SETTINGS_NOTE } from 'pulumi-resource-alicloudvpn/dist/server/recordedSettings';

describe('the recorded-settings note on a failed Delete', () => {
  it('follows a credentials or endpoint failure, keeping its message and status code', () => {
    const refused = new CloudError('DescribeVpnConnection: cannot reach the VPC API', 'ECONNREFUSED', undefined, undefined, 'transient');
    const noted = noteRecordedSettings(refused) as RpcError;
    assert.equal(noted.code, grpc.status.UNAVAILABLE);
    assert.equal(noted.message, `ECONNREFUSED: DescribeVpnConnection: cannot reach the VPC API. ${RECORDED_SETTINGS_NOTE}`);
    assert.match(RECORDED_SETTINGS_NOTE, /`pulumi destroy --run-program`/);
  });

  it('follows any failure to build the port from the settings', () => {
    const notConfigured = new RpcError(grpc.status.FAILED_PRECONDITION, 'the alicloudvpn provider is not configured: accessKeySecret: …');
    const noted = noteRecordedSettings(notConfigured, true) as RpcError;
    assert.equal(noted.code, grpc.status.FAILED_PRECONDITION);
    assert.ok(noted.message.endsWith(RECORDED_SETTINGS_NOTE));
  });

  it('leaves failures no setting causes alone', () => {
    const busy = new CloudError('busy', 'VpnGateway.Configuring', 400, 'R', 'busy');
    assert.equal(noteRecordedSettings(busy), busy);
    const notFound = new CloudError('gone', 'InvalidVpnGatewayInstanceId.NotFound', 404, 'R', 'fatal');
    assert.equal(noteRecordedSettings(notFound), notFound);
  });
});
