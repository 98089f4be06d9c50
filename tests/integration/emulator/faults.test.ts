import { strict as assert } from 'node:assert';
import Client, { DescribeVpnConnectionsRequest } from '@alicloud/vpc20160428';
import { vpcClient, type EmulatorProcess, type SeededGateways } from '../../support/emulator';
import { emulatorSuite } from './fixture';
import { connectionRequest, expectApiError, REGION } from './helpers';

describe('emulator fault injection', () => {
  let emu: EmulatorProcess;
  let client: Client;
  let gw: SeededGateways;
  emulatorSuite({ resetEach: true, gateways: {} }, (s) => ({ emu, client, gw } = s));

  const list = () => client.describeVpnConnections(new DescribeVpnConnectionsRequest({ regionId: REGION }));

  it('throttle answers Throttling.User for `count` calls of the action, then lets calls through', async () => {
    await emu.control.faults({ action: 'CreateVpnConnection', kind: 'throttle', count: 2 });
    await list(); // other actions are untouched
    for (let i = 0; i < 2; i++) {
      const err = await expectApiError(client.createVpnConnection(connectionRequest(gw)), 'Throttling.User', 400, 'Request was denied due to user flow control.');
      assert.equal(err.name, 'ThrottlingError');
    }
    const ok = await client.createVpnConnection(connectionRequest(gw));
    assert.match(ok.body!.vpnConnectionId!, /^vco-/);
  });

  it('server-error answers 503 ServiceUnavailable without performing the action', async () => {
    await emu.control.faults({ action: 'CreateVpnConnection', kind: 'server-error', count: 1 });
    const err = await expectApiError(client.createVpnConnection(connectionRequest(gw)),
      'ServiceUnavailable', 503, 'The request has failed due to a temporary failure of the server.');
    assert.equal(err.name, 'ServerError');
    assert.equal((await emu.control.state()).vpnConnections.length, 0);
  });

  it('forbidden answers 403 Forbidden without performing the action', async () => {
    await emu.control.faults({ action: 'CreateVpnConnection', kind: 'forbidden', count: 1 });
    await expectApiError(client.createVpnConnection(connectionRequest(gw)), 'Forbidden', 403, 'User not authorized to operate on the specified resource.');
    assert.equal((await emu.control.state()).vpnConnections.length, 0);
  });

  it('drop-after-commit creates the connection yet the caller sees a socket error', async () => {
    await emu.control.faults({ action: 'CreateVpnConnection', kind: 'drop-after-commit', count: 1 });
    let caught: (Error & { code?: string; statusCode?: number }) | undefined;
    try {
      await client.createVpnConnection(connectionRequest(gw));
    } catch (err) {
      caught = err as Error;
    }
    assert.ok(caught, 'the call must fail');
    assert.equal(caught.statusCode, undefined, 'no HTTP answer was received');
    assert.match(`${caught.code} ${caught.message}`, /socket hang up|ECONNRESET|EPIPE/i);
    const state = await emu.control.state();
    assert.equal(state.vpnConnections.length, 1);
    assert.equal(state.vpnConnections[0].VpnGatewayId, gw.vpnGatewayId);
  });

  it('latency delays the answer past the client read timeout, and within it otherwise', async () => {
    await emu.control.faults({ action: 'DescribeVpnConnections', kind: 'latency', latencyMs: 1500, count: 2 });
    let caught: Error | undefined;
    try {
      await vpcClient(emu, { readTimeout: 400 }).describeVpnConnections(new DescribeVpnConnectionsRequest({ regionId: REGION }));
    } catch (err) {
      caught = err as Error;
    }
    assert.ok(caught);
    assert.match(caught.message, /timeout/i);
    const slow = await vpcClient(emu, { readTimeout: 5000 }).describeVpnConnections(new DescribeVpnConnectionsRequest({ regionId: REGION }));
    assert.equal(slow.statusCode, 200);
  });

  it('rate faults with a seed fire in the same reproducible pattern', async () => {
    const pattern = async () => {
      await emu.control.clearFaults();
      await emu.control.faults({ action: 'DescribeVpnConnections', kind: 'throttle', rate: 0.5, seed: 42 });
      const outcomes: string[] = [];
      for (let i = 0; i < 16; i++) outcomes.push(await list().then(() => 'ok', (e: { code: string }) => e.code));
      return outcomes;
    };
    const a = await pattern();
    const b = await pattern();
    assert.deepEqual(a, b);
    assert.ok(a.includes('ok') && a.includes('Throttling.User'), a.join(','));
  });

  it('faults without an action apply to every action, until cleared', async () => {
    await emu.control.faults({ kind: 'server-error' });
    await expectApiError(list(), 'ServiceUnavailable', 503, 'The request has failed due to a temporary failure of the server.');
    await expectApiError(client.createVpnConnection(connectionRequest(gw)), 'ServiceUnavailable', 503, 'The request has failed due to a temporary failure of the server.');
    await emu.control.clearFaults();
    await list();
  });

  it('reset clears faults', async () => {
    await emu.control.faults({ kind: 'throttle' });
    await emu.control.reset();
    const armed = (await (await fetch(`${emu.baseUrl}/__emulator/faults`)).json()) as { faults: unknown[] };
    assert.deepEqual(armed.faults, []);
    assert.equal((await list()).statusCode, 200);
  });

  it('rejects a malformed fault spec with HTTP 400', async () => {
    await assert.rejects(emu.control.faults({ kind: 'explode' as 'throttle' }), /HTTP 400.*kind must be one of/);
    await assert.rejects(emu.control.faults({ kind: 'throttle', rate: 2 }), /HTTP 400.*rate/);
  });
});
