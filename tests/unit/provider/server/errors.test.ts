import { strict as assert } from 'node:assert';
import * as grpc from '@grpc/grpc-js';
import { Struct } from 'google-protobuf/google/protobuf/struct_pb';
import { ErrorResourceInitFailed } from '@pulumi/pulumi/proto/provider_pb';
import { Status } from '@pulumi/pulumi/proto/status_pb';
import { CloudError, OperationAbortedError } from 'pulumi-resource-alicloudvpn/dist/cloud/errors';
import {
  resourceInitFailedError,
  RpcError,
  statusCodeFor,
  toServiceError,
} from 'pulumi-resource-alicloudvpn/dist/server/errors';
import { Redactor } from 'pulumi-resource-alicloudvpn/dist/server/redact';

const UNRECOVERABLE = [grpc.status.UNKNOWN, grpc.status.INTERNAL, grpc.status.DATA_LOSS];

describe('server errors', () => {
  it('maps cloud error classes to recoverable gRPC codes', () => {
    const err = (code: string, status: number | undefined, cls: CloudError['errorClass']) =>
      new CloudError(`${code}: boom`, code, status, 'req-1', cls);
    assert.equal(statusCodeFor(err('Throttling', 400, 'throttling')), grpc.status.RESOURCE_EXHAUSTED);
    assert.equal(statusCodeFor(err('VpnGateway.Configuring', 400, 'busy')), grpc.status.ABORTED);
    assert.equal(statusCodeFor(err('InvalidVpnConnectionId.NotFound', 404, 'not-found')), grpc.status.NOT_FOUND);
    assert.equal(statusCodeFor(err('InternalError', 500, 'transient')), grpc.status.UNAVAILABLE);
    assert.equal(statusCodeFor(err('SignatureDoesNotMatch', 400, 'fatal')), grpc.status.INVALID_ARGUMENT);
    assert.equal(statusCodeFor(err('Forbidden.RAM', 403, 'fatal')), grpc.status.PERMISSION_DENIED);
    assert.equal(statusCodeFor(err('ClientError', undefined, 'fatal')), grpc.status.FAILED_PRECONDITION);
  });

  it('maps timeouts and cancellation, and never answers UNKNOWN or INTERNAL for a plain error', () => {
    assert.equal(statusCodeFor(new OperationAbortedError('late', 'timeout')), grpc.status.DEADLINE_EXCEEDED);
    assert.equal(statusCodeFor(new OperationAbortedError('stop', 'cancelled')), grpc.status.CANCELLED);
    assert.equal(statusCodeFor(new RpcError(grpc.status.INVALID_ARGUMENT, 'x')), grpc.status.INVALID_ARGUMENT);
    for (const e of [new Error('x'), new TypeError('y'), 'a string', undefined]) {
      assert.ok(!UNRECOVERABLE.includes(statusCodeFor(e)));
    }
  });

  it('puts the API code and request id in the message, and masks registered secrets', () => {
    const redactor = new Redactor();
    redactor.add(['hunter2-secret']);
    const e = toServiceError(new CloudError('psk hunter2-secret rejected', 'InvalidPsk', 400, 'REQ-9', 'fatal'), redactor);
    assert.equal(e.message, 'InvalidPsk: psk [secret] rejected (RequestId REQ-9)');
    assert.equal(e.details, e.message);
  });

  it('packs ErrorResourceInitFailed into grpc-status-details-bin the way the engine unpacks it', () => {
    const err = resourceInitFailedError(grpc.status.DEADLINE_EXCEEDED, 'did not settle', {
      id: 'vco-1',
      properties: Struct.fromJavaScript({ vpnConnectionId: 'vco-1' }),
      inputs: Struct.fromJavaScript({ name: 'n' }),
      reasons: ['did not settle'],
    });
    assert.equal(err.code, grpc.status.DEADLINE_EXCEEDED);
    const [bin] = err.metadata!.get('grpc-status-details-bin');
    const status = Status.deserializeBinary(new Uint8Array(bin as Buffer));
    assert.equal(status.getCode(), grpc.status.DEADLINE_EXCEEDED);
    const [any] = status.getDetailsList();
    assert.equal(any.getTypeUrl(), 'type.googleapis.com/pulumirpc.ErrorResourceInitFailed');
    const detail = any.unpack(ErrorResourceInitFailed.deserializeBinary, 'pulumirpc.ErrorResourceInitFailed');
    assert.equal(detail?.getId(), 'vco-1');
    assert.deepEqual(detail?.getProperties()?.toJavaScript(), { vpnConnectionId: 'vco-1' });
    assert.deepEqual(detail?.getInputs()?.toJavaScript(), { name: 'n' });
    assert.deepEqual(detail?.getReasonsList(), ['did not settle']);
  });
});
