import { strict as assert } from 'assert';
import { createHash } from 'node:crypto';
import * as sinon from 'sinon';
import { ApiRequest, CloudError, GatewayLocks, VpcPort, VpnConnectionBody } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { serviceBody } from './serviceBody';
import { sent } from './sentRequest';
import { settleWith } from '../../cloud/fakeTime';
import { check, create, read, remove, update } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection';
import { LifecycleDeps } from 'pulumi-resource-alicloudvpn/dist/resources/shared/operation';
import { OperationContext, PartialFailure } from 'pulumi-resource-alicloudvpn/dist/resources/resource';

const URN = 'urn:pulumi:dev::proj::alicloudvpn:index:VpnConnection::edge';
const STACK = '5ac40000000000000000000000000001';
/** The stack tag, and the ownership tag of URN in STACK: 40 hex digits of sha256 over both, then the resource's name. */
const STACK_TAG = { key: 'alicloudvpn-stack', value: STACK };
const OWNER = {
  key: 'alicloudvpn-owner',
  value: `${createHash('sha256').update('alicloudvpn/owner/v1\0').update(`${STACK}\0${URN}`).digest('hex').slice(0, 40)}:edge`,
};
/** The generation tag every fresh connection carries from its create on. */
const GEN1 = { key: 'alicloudvpn-generation', value: '1' };
const CERT = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';

function apiError(code: string, statusCode: number): Error {
  return Object.assign(new Error(`code: ${statusCode}, ${code}`), { code, statusCode, requestId: 'RID-9', data: { Code: code } });
}

function inputs(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const r = check({}, { vpnGatewayId: 'vpn-gw1', customerGatewayId: 'cgw-c1', localSubnets: ['10.1.1.0/24'], remoteSubnets: ['10.2.1.0/24'], ...extra }, { defaultRegion: 'cn-hangzhou' });
  assert.deepEqual(r.failures, []);
  return r.inputs;
}

function body(id: string, extra: Record<string, unknown> = {}): VpnConnectionBody {
  return serviceBody({
    VpnConnectionId: id,
    VpnGatewayId: 'vpn-gw1',
    CustomerGatewayId: 'cgw-c1',
    LocalSubnet: '10.1.1.0/24',
    RemoteSubnet: '10.2.1.0/24',
    Name: id,
    CreateTime: Date.now(),
    Status: 'ike_sa_not_established',
    State: 'active',
    EffectImmediately: false,
    EnableDpd: true,
    EnableNatTraversal: true,
    IkeConfig: { Psk: 'generated1234567', IkeVersion: 'ikev1', IkeMode: 'main', IkeEncAlg: 'aes', IkeAuthAlg: 'md5', IkePfs: 'group2', IkeLifetime: 86400, LocalId: '47.1.1.1', RemoteId: '116.1.1.1' },
    IpsecConfig: { IpsecEncAlg: 'aes', IpsecAuthAlg: 'md5', IpsecPfs: 'group2', IpsecLifetime: 86400 },
    VcoHealthCheck: { Enable: 'false', Interval: 3, Retry: 3 },
    VpnBgpConfig: { EnableBgp: 'false', LocalAsn: 45104 },
    ...extra,
  });
}

interface FakePort extends VpcPort {
  call: sinon.SinonStub;
  createVpnConnection: sinon.SinonStub;
  modifyVpnConnectionAttribute: sinon.SinonStub;
  deleteVpnConnection: sinon.SinonStub;
  describeVpnConnection: sinon.SinonStub;
  describeVpnGateway: sinon.SinonStub;
  listVpnConnectionIds: sinon.SinonStub;
  tagVpnConnection: sinon.SinonStub;
  untagVpnConnection: sinon.SinonStub;
}

/**
 * The cloud port as unit tests stub it: a deleted connection is gone from Describe afterwards, and Describe shows
 * the tags a create sent (the ownership tag among them).
 */
function fakePort(vpnType = 'Normal', tunnelMode: 'single' | 'dual' = 'single'): FakePort {
  const deleted = new Set<string>();
  const tagsSent = new Map<string, { key: string; value: string }[]>();
  return {
    defaultRegion: 'cn-hangzhou',
    call: sinon.stub().rejects(new Error('not used by the connection')),
    createVpnConnection: sinon.stub().callsFake(async (req: ApiRequest) => {
      tagsSent.set('vco-new', sent(req).tags ?? []);
      return { vpnConnectionId: 'vco-new', createTime: Date.now() };
    }),
    modifyVpnConnectionAttribute: sinon.stub().resolves(),
    deleteVpnConnection: sinon.stub().callsFake(async (req: { vpnConnectionId: string }) => {
      deleted.add(req.vpnConnectionId);
    }),
    describeVpnConnection: sinon.stub().callsFake(async (req: { vpnConnectionId: string }) => {
      if (deleted.has(req.vpnConnectionId)) throw apiError('InvalidVpnConnectionInstanceId.NotFound', 404);
      const tags = tagsSent.get(req.vpnConnectionId);
      return tags === undefined ? body(req.vpnConnectionId) : { ...body(req.vpnConnectionId), Tags: { Tag: tags.map((t) => ({ Key: t.key, Value: t.value })) } };
    }),
    describeVpnGateway: sinon.stub().resolves({ vpnGatewayId: 'vpn-gw1', status: 'active', vpnType, internetIp: '47.1.1.1', tunnelMode }),
    listVpnConnectionIds: sinon.stub().resolves([]),
    tagVpnConnection: sinon.stub().resolves(),
    untagVpnConnection: sinon.stub().resolves(),
  };
}

describe('VpnConnection lifecycle', () => {
  let clock: sinon.SinonFakeTimers;
  let deps: Partial<LifecycleDeps>;
  let logs: string[];
  let ctx: OperationContext;

  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: Date.UTC(2026, 10, 25) });
    deps = { locks: new GatewayLocks(), random: () => 0 };
    logs = [];
    ctx = { urn: URN, stack: STACK, log: (level, m) => logs.push(`${level}: ${m}`) };
  });
  afterEach(() => clock.restore());

  const settle = <T>(p: Promise<T>): Promise<T> => settleWith(clock, p);

  describe('create', () => {
    it('waits for the gateway, creates with a URN-derived token and returns the live state', async () => {
      const port = fakePort();
      port.describeVpnGateway.onCall(0).resolves({ vpnGatewayId: 'vpn-gw1', status: 'updating', vpnType: 'Normal' });
      const { id, outputs } = await settle(create(port, inputs(), ctx, deps));
      assert.equal(id, 'vco-new');
      assert.equal(outputs.vpnConnectionId, 'vco-new');
      assert.equal((outputs.ikeConfig as Record<string, unknown>).psk, 'generated1234567');
      assert.equal(outputs.autoConfigRoute, true, 'AutoConfigRoute is never reported, so the sent value is kept');
      assert.equal(outputs.regionId, 'cn-hangzhou');
      const req = sent(port.createVpnConnection.firstCall.args[0]);
      assert.match(req.clientToken, /^avpn-c-[0-9a-f]{40}-0$/);
      assert.equal(req.regionId, 'cn-hangzhou');
      assert.ok(logs.includes('info: waiting for VPN gateway vpn-gw1 (updating)'));
    });

    it('reports a fresh create as not adopted after listing only its own tagged connections, once', async () => {
      const port = fakePort();
      const result = await settle(create(port, inputs(), ctx, deps));
      assert.equal(port.listVpnConnectionIds.callCount, 1);
      assert.deepEqual(port.listVpnConnectionIds.firstCall.args[0].tag, OWNER);
      assert.equal(result.adopted, false);
    });

    it('reports a token replay of an untagged connection (made before ownership tags) as adopted without listing the pair', async () => {
      const port = fakePort();
      port.createVpnConnection.resolves({ vpnConnectionId: 'vco-old', createTime: Date.now() - 86_400_000 });
      const result = await settle(create(port, inputs(), ctx, deps));
      assert.equal(result.id, 'vco-old');
      assert.equal(result.adopted, true);
      assert.equal(port.listVpnConnectionIds.callCount, 1);
    });

    it("never adopts a token replay that carries another stack's tag: fails naming it, before any mutating call", async () => {
      const port = fakePort();
      port.describeVpnConnection.callsFake(async (req: { vpnConnectionId: string }) =>
        body(req.vpnConnectionId, { Tags: { Tag: [{ Key: 'alicloudvpn-stack', Value: '0'.repeat(32) }, { Key: 'alicloudvpn-owner', Value: 'f'.repeat(40) + ':edge' }] } }),
      );
      port.createVpnConnection.resolves({ vpnConnectionId: 'vco-theirs', createTime: Date.now() });
      await assert.rejects(settle(create(port, inputs(), ctx, deps)), /VPN connection vco-theirs .* was made by another stack.*`pulumi import alicloudvpn:index:VpnConnection <name> vco-theirs`/s);
      assert.equal(port.tagVpnConnection.callCount, 0);
      assert.equal(port.modifyVpnConnectionAttribute.callCount, 0);
      assert.equal(port.deleteVpnConnection.callCount, 0);
    });

    it('records an adopted connection as a partial create when bringing it to the inputs fails after the generation was raised', async () => {
      const port = fakePort();
      port.listVpnConnectionIds.resolves(['vco-new']);
      port.modifyVpnConnectionAttribute.rejects(apiError('InvalidParameter', 400));
      const failure = await settle(create(port, inputs({ remoteSubnets: ['10.9.9.0/24'] }), ctx, deps)).then(
        () => assert.fail('the create must fail'),
        (e: unknown) => e,
      );
      assert.ok(failure instanceof PartialFailure, String(failure));
      assert.equal(failure.id, 'vco-new');
      assert.equal(failure.outputs.generation, 1, 'the raised generation, so this record is the live one');
      assert.match(failure.message, /VPN connection vco-new was adopted but not brought to the inputs/);
    });

    it('adopts a connection its own token made earlier, and says so', async () => {
      const port = fakePort();
      port.listVpnConnectionIds.resolves(['vco-new']);
      const result = await settle(create(port, inputs(), ctx, deps));
      assert.equal(result.id, 'vco-new');
      assert.equal(result.adopted, true);
      assert.deepEqual(port.tagVpnConnection.firstCall.args[0].tags, [{ key: 'alicloudvpn-generation', value: '1' }], 'adoption raises the generation');
      assert.equal(result.outputs.generation, 1);
    });

    it('derives the same token in a re-run (a process killed mid-create adopts what it made)', async () => {
      const a = fakePort();
      const b = fakePort();
      await settle(create(a, inputs(), ctx, deps));
      await settle(create(b, inputs(), ctx, deps));
      assert.equal(sent(a.createVpnConnection.firstCall.args[0]).clientToken, sent(b.createVpnConnection.firstCall.args[0]).clientToken);
    });

    it('keeps the PSK out of the token but still moves on when the service says the token was used with other parameters', async () => {
      const port = fakePort();
      port.createVpnConnection.onCall(0).rejects(apiError('IdempotentParameterMismatch', 400));
      await settle(create(port, inputs({ ikeConfig: { psk: 'new-key' } }), ctx, deps));
      const [first, second] = port.createVpnConnection.getCalls().map((c) => sent(c.args[0]).clientToken as string);
      assert.match(first, /-0$/);
      assert.match(second, /-1$/);
      const other = fakePort();
      await settle(create(other, inputs({ ikeConfig: { psk: 'old-key' } }), ctx, deps));
      assert.equal(sent(other.createVpnConnection.firstCall.args[0]).clientToken, first);
    });

    it('retries a dropped response with the same token and ends with one connection', async () => {
      const port = fakePort();
      port.createVpnConnection.onCall(0).rejects(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
      port.createVpnConnection.onCall(1).rejects(apiError('VpnGateway.Configuring', 400));
      const { id } = await settle(create(port, inputs(), ctx, deps));
      assert.equal(id, 'vco-new');
      const tokens = port.createVpnConnection.getCalls().map((c) => sent(c.args[0]).clientToken);
      assert.equal(tokens.length, 3);
      assert.equal(new Set(tokens).size, 1);
    });

    it('moves to the next token when the replayed connection no longer exists (destroy, then create again)', async () => {
      const port = fakePort();
      port.createVpnConnection.onCall(0).resolves({ vpnConnectionId: 'vco-deleted' });
      port.describeVpnConnection.withArgs(sinon.match({ vpnConnectionId: 'vco-deleted' })).rejects(apiError('InvalidVpnConnectionInstanceId.NotFound', 404));
      const { id } = await settle(create(port, inputs(), ctx, deps));
      assert.equal(id, 'vco-new');
      assert.match(sent(port.createVpnConnection.secondCall.args[0]).clientToken, /-1$/);
    });

    it('never adopts the connection it replaces', async () => {
      const port = fakePort();
      port.createVpnConnection.onCall(0).resolves({ vpnConnectionId: 'vco-old' });
      const { id } = await settle(create(port, inputs(), { ...ctx, replacingId: 'vco-old' }, deps));
      assert.equal(id, 'vco-new');
      assert.equal(port.createVpnConnection.callCount, 2);
    });

    it('rejects a Normal config on a NationalStandard gateway before creating anything', async () => {
      const port = fakePort('NationalStandard');
      await assert.rejects(settle(create(port, inputs(), ctx, deps)), /vpn-gw1 is a NationalStandard \(SM\) gateway: set remoteCaCertificate/);
      assert.equal(port.createVpnConnection.callCount, 0);
    });

    it('rejects an SM config on a Normal gateway', async () => {
      const port = fakePort('Normal');
      await assert.rejects(settle(create(port, inputs({ remoteCaCertificate: CERT }), ctx, deps)), /remoteCaCertificate: VPN gateway vpn-gw1 is a Normal gateway/);
    });

    it('reports a missing gateway by property, in the words the port explains it with (region and fix)', async () => {
      const port = fakePort();
      const explained = 'VPN gateway vpn-gw1 does not exist in region cn-hangzhou. Check the gateway id';
      port.describeVpnGateway.rejects(new CloudError(explained, 'InvalidVpnGatewayInstanceId.NotFound', 404, 'RID-9', 'fatal'));
      await assert.rejects(settle(create(port, inputs(), ctx, deps)), (e: Error) => e.message === `vpnGatewayId: ${explained}`);
    });

    it('does not retry a 4xx the caller must fix', async () => {
      const port = fakePort();
      port.createVpnConnection.rejects(apiError('QuotaExceeded.PolicyBasedRoute', 400));
      await assert.rejects(settle(create(port, inputs(), ctx, deps)), (e: Error & { code?: string }) => e.code === 'QuotaExceeded.PolicyBasedRoute');
      assert.equal(port.createVpnConnection.callCount, 1);
    });

    it('reports a partial failure carrying the id when the gateway never settles after the create', async () => {
      const port = fakePort();
      port.describeVpnGateway.onCall(0).resolves({ vpnGatewayId: 'vpn-gw1', status: 'active', vpnType: 'Normal' });
      port.describeVpnGateway.resolves({ vpnGatewayId: 'vpn-gw1', status: 'updating', vpnType: 'Normal' });
      const err = await settle(create(port, inputs(), { ...ctx, timeoutMs: 60_000 }, deps)).catch((e: unknown) => e);
      assert.ok(err instanceof PartialFailure, String(err));
      assert.equal(err.id, 'vco-new');
      assert.equal(err.outputs.vpnConnectionId, 'vco-new');
      assert.deepEqual(err.inputs, inputs());
      assert.match(err.message, /created but did not settle: .*timed out/);
    });

    it('serialises creates on one gateway', async () => {
      const port = fakePort();
      let inFlight = 0;
      let maxInFlight = 0;
      port.createVpnConnection.callsFake(async () => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((r) => setTimeout(r, 1000));
        inFlight--;
        return { vpnConnectionId: `vco-${Math.random().toString(36).slice(2, 8)}` };
      });
      await settle(Promise.all([create(port, inputs(), ctx, deps), create(port, inputs({ customerGatewayId: 'cgw-c2' }), { ...ctx, urn: `${URN}2` }, deps)]));
      assert.equal(maxInFlight, 1);
    });

    it('stops when the engine cancels', async () => {
      const port = fakePort();
      port.describeVpnGateway.resolves({ vpnGatewayId: 'vpn-gw1', status: 'updating' });
      const ac = new AbortController();
      const p = create(port, inputs(), { ...ctx, signal: ac.signal }, deps).catch((e: unknown) => e);
      await clock.tickAsync(1000);
      ac.abort();
      await clock.tickAsync(10);
      assert.match(String(await p), /cancelled/);
      assert.equal(port.createVpnConnection.callCount, 0);
    });
  });

  describe('read', () => {
    it('reports a deleted connection as gone', async () => {
      const port = fakePort();
      port.describeVpnConnection.rejects(apiError('InvalidVpnConnectionInstanceId.NotFound', 404));
      assert.deepEqual(await settle(read(port, { id: 'vco-1', oldOutputs: { regionId: 'cn-hangzhou' } }, ctx, deps)), { id: '', outputs: {}, inputs: {} });
    });

    it('imports by id alone, returning inputs as well as outputs', async () => {
      const port = fakePort();
      const r = await settle(read(port, { id: 'vco-1' }, ctx, deps));
      assert.equal(r.id, 'vco-1');
      assert.equal(r.outputs.createTime !== undefined, true);
      assert.equal(r.inputs.vpnGatewayId, 'vpn-gw1');
      assert.deepEqual(r.inputs.localSubnets, ['10.1.1.0/24']);
      assert.equal(r.inputs.regionId, 'cn-hangzhou');
      assert.equal('vpnConnectionId' in r.inputs, false);
      assert.equal(check({}, r.inputs, { defaultRegion: 'cn-hangzhou' }).failures.length, 0, 'imported inputs pass check');
    });

    it('on refresh keeps the shape of the old inputs and reports drift', async () => {
      const port = fakePort();
      port.describeVpnConnection.resolves(body('vco-1', { EnableDpd: false }));
      const oldInputs = { vpnGatewayId: 'vpn-gw1', customerGatewayId: 'cgw-c1', localSubnets: ['10.1.1.0/24'], remoteSubnets: ['10.2.1.0/24'], enableDpd: true, ikeConfig: { ikeEncAlg: 'aes' } };
      const r = await settle(read(port, { id: 'vco-1', oldOutputs: inputs(), oldInputs }, ctx, deps));
      assert.equal(r.outputs.enableDpd, false);
      assert.equal(r.inputs.enableDpd, false);
      assert.deepEqual(r.inputs.ikeConfig, { ikeEncAlg: 'aes' });
    });
  });

  describe('update', () => {
    it('modifies in place with a token and returns the new live state', async () => {
      const port = fakePort();
      port.describeVpnConnection.resolves(body('vco-1', { Name: 'edge2' }));
      const out = await settle(update(port, { id: 'vco-1', oldOutputs: { ...inputs(), vpnConnectionId: 'vco-1' }, oldInputs: inputs(), newInputs: inputs({ name: 'edge2' }) }, ctx, deps));
      assert.equal(out.name, 'edge2');
      const req = sent(port.modifyVpnConnectionAttribute.firstCall.args[0]);
      assert.equal(req.vpnConnectionId, 'vco-1');
      assert.equal(req.name, 'edge2');
      assert.match(req.clientToken, /^avpn-m-[0-9a-f]{40}-0$/);
    });

    it('uses the next token when a replayed update left the connection unchanged (A→B, B→A, A→B)', async () => {
      const port = fakePort();
      port.describeVpnConnection.onCall(0).resolves(body('vco-1', { Name: 'a-name' }));
      port.describeVpnConnection.onCall(1).resolves(body('vco-1', { Name: 'edge2' }));
      await settle(update(port, { id: 'vco-1', oldOutputs: inputs(), oldInputs: inputs(), newInputs: inputs({ name: 'edge2' }) }, ctx, deps));
      const tokens = port.modifyVpnConnectionAttribute.getCalls().map((c) => sent(c.args[0]).clientToken as string);
      assert.equal(tokens.length, 2);
      assert.match(tokens[1], /-1$/);
    });

    it('reports a connection deleted out of band', async () => {
      const port = fakePort();
      port.modifyVpnConnectionAttribute.rejects(apiError('InvalidVpnConnectionInstanceId.NotFound', 404));
      await assert.rejects(settle(update(port, { id: 'vco-1', oldOutputs: inputs(), oldInputs: inputs(), newInputs: inputs({ name: 'x1' }) }, ctx, deps)), /vco-1 no longer exists; run `pulumi refresh`/);
    });
  });

  describe('remove', () => {
    it('deletes with a token and leaves the gateway settling to the next change on it, which waits', async () => {
      const port = fakePort();
      port.describeVpnGateway.onCall(1).resolves({ vpnGatewayId: 'vpn-gw1', status: 'updating' });
      await settle(remove(port, { id: 'vco-1', outputs: { ...inputs(), vpnConnectionId: 'vco-1' } }, ctx, deps));
      const req = port.deleteVpnConnection.firstCall.args[0];
      assert.deepEqual({ ...req, clientToken: undefined }, { regionId: 'cn-hangzhou', vpnConnectionId: 'vco-1', clientToken: undefined });
      assert.match(req.clientToken, /^avpn-d-/);
      assert.equal(port.describeVpnGateway.callCount, 1, 'one look before the delete, none after it');
      await settle(remove(port, { id: 'vco-2', outputs: { ...inputs(), vpnConnectionId: 'vco-2' } }, ctx, deps));
      assert.equal(port.describeVpnGateway.callCount, 3, 'the next delete on the gateway waits until it is active again');
      assert.ok(port.describeVpnGateway.thirdCall.calledBefore(port.deleteVpnConnection.secondCall));
    });

    it('treats a connection that is already gone as deleted', async () => {
      const port = fakePort();
      port.deleteVpnConnection.rejects(apiError('InvalidVpnConnectionInstanceId.NotFound', 404));
      await settle(remove(port, { id: 'vco-1', outputs: inputs() }, ctx, deps));
    });

    it('treats a connection whose gateway is gone as deleted', async () => {
      const port = fakePort();
      port.describeVpnGateway.rejects(apiError('InvalidVpnGatewayInstanceId.NotFound', 404));
      await settle(remove(port, { id: 'vco-1', outputs: inputs() }, ctx, deps));
      assert.equal(port.deleteVpnConnection.callCount, 0);
    });

    it('finds the gateway from the service when outputs lack it', async () => {
      const port = fakePort();
      await settle(remove(port, { id: 'vco-1', outputs: {} }, ctx, deps));
      assert.equal(port.deleteVpnConnection.callCount, 1);
    });
  });

  describe('dual-tunnel connections and tags', () => {
    const tunnels = [
      { role: 'master', customerGatewayId: 'cgw-m1' },
      { role: 'slave', customerGatewayId: 'cgw-s1' },
    ];

    function dualInputs(extra: Record<string, unknown> = {}): Record<string, unknown> {
      const r = check({}, { vpnGatewayId: 'vpn-gw1', localSubnets: ['10.1.1.0/24'], remoteSubnets: ['10.2.1.0/24'], tunnelOptions: tunnels, ...extra }, { defaultRegion: 'cn-hangzhou' });
      assert.deepEqual(r.failures, []);
      return r.inputs;
    }

    it('rejects single-tunnel inputs on a dual-tunnel gateway before any mutation, saying how to write them', async () => {
      const port = fakePort('Normal', 'dual');
      await assert.rejects(settle(create(port, inputs(), ctx, deps)), /takes dual-tunnel connections only.*tunnelOptions: \[\{ role: "master"/);
      assert.equal(port.createVpnConnection.callCount, 0);
    });

    it('rejects tunnelOptions on a single-tunnel gateway before any mutation', async () => {
      const port = fakePort('Normal', 'single');
      await assert.rejects(settle(create(port, dualInputs(), ctx, deps)), /takes single-tunnel connections only. Remove tunnelOptions/);
      assert.equal(port.createVpnConnection.callCount, 0);
    });

    it('creates with tunnel specs and tags in one call, having looked for its own connection by the ownership tag', async () => {
      const port = fakePort('Normal', 'dual');
      await settle(create(port, dualInputs({ tags: { env: 'prod' } }), ctx, deps));
      const req = sent(port.createVpnConnection.firstCall.args[0]);
      assert.equal(req.tunnelOptionsSpecification.length, 2);
      assert.deepEqual(req.tags, [{ key: 'env', value: 'prod' }, STACK_TAG, OWNER, GEN1]);
      assert.equal(req.customerGatewayId, undefined);
      assert.deepEqual(port.listVpnConnectionIds.firstCall.args[0], { regionId: 'cn-hangzhou', vpnGatewayId: 'vpn-gw1', tag: OWNER });
    });

    it('keeps PSKs out of the ClientToken: another key gives the same token', async () => {
      const tokens: string[] = [];
      for (const psk of ['first-key', 'second-key']) {
        const port = fakePort('Normal', 'dual');
        const withPsk = dualInputs({ tunnelOptions: [{ ...tunnels[0], tunnelIkeConfig: { psk } }, tunnels[1]] });
        await settle(create(port, withPsk, ctx, deps));
        tokens.push(sent(port.createVpnConnection.firstCall.args[0]).clientToken);
      }
      assert.equal(tokens[0], tokens[1]);
    });

    it('changes tags through TagResources/UnTagResources only: no Modify, no gateway wait', async () => {
      const port = fakePort();
      const old = { ...inputs({ tags: { env: 'prod', team: 'net' } }), vpnConnectionId: 'vco-1', tags: { env: 'prod', team: 'net' } };
      port.describeVpnConnection.callsFake(async () => body('vco-1', { Tags: { Tag: [{ Key: 'env', Value: 'staging' }] } }));
      const outputs = await settle(update(port, { id: 'vco-1', oldOutputs: old, oldInputs: old, newInputs: inputs({ tags: { env: 'staging' } }) }, ctx, deps));
      assert.equal(port.modifyVpnConnectionAttribute.callCount, 0);
      assert.equal(port.describeVpnGateway.callCount, 0);
      assert.deepEqual(port.untagVpnConnection.firstCall.args[0], { regionId: 'cn-hangzhou', vpnConnectionId: 'vco-1', tagKeys: ['team'] });
      assert.deepEqual(port.tagVpnConnection.firstCall.args[0], { regionId: 'cn-hangzhou', vpnConnectionId: 'vco-1', tags: [{ key: 'env', value: 'staging' }] });
      assert.deepEqual(outputs.tags, { env: 'staging' });
    });

    it('updates a tunnel through Modify, naming it by the TunnelId last read', async () => {
      const port = fakePort('Normal', 'dual');
      const old = { ...dualInputs(), vpnConnectionId: 'vco-1', tunnels: [{ role: 'master', tunnelId: 'tun-m' }, { role: 'slave', tunnelId: 'tun-s' }] };
      const next = dualInputs({ tunnelOptions: [{ ...tunnels[0], tunnelIkeConfig: { ikeEncAlg: 'aes256' } }, tunnels[1]] });
      await settle(update(port, { id: 'vco-1', oldOutputs: old, oldInputs: old, newInputs: next }, ctx, { ...deps, maxModifyRounds: 1 }));
      const req = sent(port.modifyVpnConnectionAttribute.firstCall.args[0]);
      assert.deepEqual(req.tunnelOptionsSpecification.map((t: { tunnelId: string }) => t.tunnelId), ['tun-m', 'tun-s']);
      assert.equal(req.tunnelOptionsSpecification[0].tunnelIkeConfig.ikeEncAlg, 'aes256');
      assert.equal(port.tagVpnConnection.callCount, 0);
    });
  });

  describe('remove confirms the connection is gone', () => {
    it('keeps asking until Describe no longer knows the id', async () => {
      const port = fakePort();
      let afterDelete = 0;
      port.deleteVpnConnection.resolves();
      port.describeVpnConnection.callsFake(async (req: { vpnConnectionId: string }) => {
        if (port.deleteVpnConnection.callCount > 0 && ++afterDelete > 2) throw apiError('InvalidVpnConnectionInstanceId.NotFound', 404);
        return body(req.vpnConnectionId);
      });
      await settle(remove(port, { id: 'vco-1', outputs: { ...inputs(), vpnConnectionId: 'vco-1' } }, ctx, deps));
      assert.equal(afterDelete, 3);
      assert.ok(logs.some((l) => l.includes('waiting for VPN connection vco-1 to be deleted')));
    });

    it('fails rather than report success when the connection outlives the deadline', async () => {
      const port = fakePort();
      port.deleteVpnConnection.resolves();
      await assert.rejects(
        settle(remove(port, { id: 'vco-1', outputs: { ...inputs(), vpnConnectionId: 'vco-1' } }, { ...ctx, timeoutMs: 5_000 }, deps)),
        /DeleteVpnConnection was accepted but the connection still exists/,
      );
    });
  });

  describe('ownership: no connection this resource made is left outside the stack', () => {
    /** The connections on the gateway, all carrying OWNER: both the pair and the tag listing see them. */
    function owning(port: FakePort, ids: string[]): void {
      port.listVpnConnectionIds.resolves(ids);
    }

    it('tags every create with the ownership tag and the first generation, atomically with the create', async () => {
      const port = fakePort();
      await settle(create(port, inputs({ tags: { env: 'prod' } }), ctx, deps));
      assert.deepEqual(sent(port.createVpnConnection.firstCall.args[0]).tags, [{ key: 'env', value: 'prod' }, STACK_TAG, OWNER, GEN1]);
    });

    it('records a connection whose create answer was lost as a partial create with its id', async () => {
      const port = fakePort();
      const lost = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      port.createVpnConnection.rejects(lost);
      let made = false;
      port.listVpnConnectionIds.callsFake(async (req: { tag?: unknown }) => (req.tag && made ? ['vco-lost'] : []));
      port.createVpnConnection.callsFake(async () => {
        made = true;
        throw lost;
      });
      const e = await settle(create(port, inputs(), ctx, deps)).catch((x: unknown) => x);
      assert.ok(e instanceof PartialFailure, String(e));
      assert.equal(e.id, 'vco-lost');
      assert.match(e.message, /was created, but the service's answer was lost.*run `pulumi up` again/);
      assert.equal(e.outputs.generation, 1, 'the partial record is the generation the connection was made with, so a later delete deletes it');
    });

    it('adopts its own connection when a re-run has other inputs (another ClientToken) and brings it to them', async () => {
      const port = fakePort();
      owning(port, ['vco-mine']);
      port.describeVpnConnection.callsFake(async (req: { vpnConnectionId: string }) => body(req.vpnConnectionId, { Name: 'old-name' }));
      const result = await settle(create(port, inputs({ name: 'new-name' }), ctx, { ...deps, maxModifyRounds: 1 }));
      assert.equal(result.id, 'vco-mine');
      assert.equal(result.adopted, true);
      assert.equal(port.createVpnConnection.callCount, 0, 'no second connection');
      assert.equal(sent(port.modifyVpnConnectionAttribute.firstCall.args[0]).name, 'new-name');
      assert.ok(logs.some((l) => l.includes("adopting vco-mine: it carries this resource's ownership tag")));
    });

    it('never adopts the connection it is replacing, even though it carries the same tag', async () => {
      const port = fakePort();
      owning(port, ['vco-old']);
      const result = await settle(create(port, inputs(), { ...ctx, replacingId: 'vco-old' }, deps));
      assert.equal(result.id, 'vco-new');
      assert.equal(port.createVpnConnection.callCount, 1);
    });

    it("explains that a connection on the pair is not this resource's own when the service refuses a second one", async () => {
      const port = fakePort();
      port.createVpnConnection.rejects(apiError('InvalidVpnConnection.AlreadyExists', 400));
      await assert.rejects(settle(create(port, inputs(), ctx, deps)), /It is not one this resource made, or it is the one being replaced/);
    });

    it('keeps the ownership tag out of the outputs, so it never shows in a diff', async () => {
      const port = fakePort();
      port.describeVpnConnection.callsFake(async (req: { vpnConnectionId: string }) => body(req.vpnConnectionId, { Tags: { Tag: [{ Key: 'env', Value: 'prod' }, { Key: STACK_TAG.key, Value: STACK_TAG.value }, { Key: OWNER.key, Value: OWNER.value }] } }));
      const { outputs } = await settle(create(port, inputs({ tags: { env: 'prod' } }), ctx, deps));
      assert.deepEqual(outputs.tags, { env: 'prod' });
    });
  });

  describe('generations: a Delete from a superseded generation never deletes the live connection', () => {
    function tagged(id: string, generation: string, extra: Record<string, unknown> = {}): VpnConnectionBody {
      return body(id, { Tags: { Tag: [{ Key: 'env', Value: 'prod' }, { Key: STACK_TAG.key, Value: STACK_TAG.value }, { Key: OWNER.key, Value: OWNER.value }, { Key: GEN1.key, Value: generation }] }, ...extra });
    }

    it('records the live generation in the outputs and keeps its tag out of the user\'s tags', async () => {
      const port = fakePort();
      port.describeVpnConnection.callsFake(async (req: { vpnConnectionId: string }) => tagged(req.vpnConnectionId, '1'));
      const { outputs } = await settle(create(port, inputs({ tags: { env: 'prod' } }), ctx, deps));
      assert.equal(outputs.generation, 1);
      assert.deepEqual(outputs.tags, { env: 'prod' });
    });

    it('raises the generation of an adopted connection before it changes anything else', async () => {
      const port = fakePort();
      port.listVpnConnectionIds.resolves(['vco-mine']);
      let tagged3 = true;
      port.tagVpnConnection.callsFake(async () => {
        tagged3 = false;
      });
      port.describeVpnConnection.callsFake(async (req: { vpnConnectionId: string }) =>
        tagged(req.vpnConnectionId, tagged3 ? '3' : '4', { Name: tagged3 ? 'old-name' : 'new-name' }),
      );
      const result = await settle(create(port, inputs({ name: 'new-name', tags: { env: 'prod' } }), ctx, { ...deps, maxModifyRounds: 1 }));
      assert.deepEqual(port.tagVpnConnection.firstCall.args[0], { regionId: 'cn-hangzhou', vpnConnectionId: 'vco-mine', tags: [{ key: 'alicloudvpn-generation', value: '4' }] });
      assert.ok(port.tagVpnConnection.firstCall.calledBefore(port.modifyVpnConnectionAttribute.firstCall), 'the generation is raised first');
      assert.equal(result.outputs.generation, 4);
      assert.deepEqual(result.outputs.tags, { env: 'prod' });
      assert.equal(port.untagVpnConnection.callCount, 0, 'the provider\'s own tags are never removed as if they were stale user tags');
    });

    it('raises the generation when a ClientToken replays a connection an earlier attempt made', async () => {
      const port = fakePort();
      // Its provider tags were removed out of band: not found by the ownership tag, and the token replay returns it without them.
      port.listVpnConnectionIds.resolves([]);
      port.describeVpnConnection.callsFake(async (req: { vpnConnectionId: string }) => body(req.vpnConnectionId, { Tags: { Tag: [{ Key: 'env', Value: 'prod' }] } }));
      const result = await settle(create(port, inputs(), ctx, deps));
      assert.equal(result.adopted, true);
      assert.deepEqual(port.tagVpnConnection.firstCall.args[0].tags, [{ key: 'alicloudvpn-generation', value: '1' }]);
      assert.equal(result.outputs.generation, 1);
    });

    it('leaves a connection that a newer generation adopted alone, without waiting on or touching its gateway', async () => {
      const port = fakePort();
      port.describeVpnConnection.callsFake(async (req: { vpnConnectionId: string }) => tagged(req.vpnConnectionId, '2'));
      await settle(remove(port, { id: 'vco-1', outputs: { ...inputs(), vpnConnectionId: 'vco-1', generation: 1 } }, ctx, deps));
      assert.equal(port.deleteVpnConnection.callCount, 0);
      assert.equal(port.describeVpnGateway.callCount, 0);
      assert.ok(
        logs.some((l) => l.startsWith('warning: VPN connection vco-1 is kept: a newer generation of this resource adopted it (its generation tag is 2, this state recorded 1)')),
        logs.join('\n'),
      );
    });

    it('deletes when the state recorded the live generation', async () => {
      const port = fakePort();
      port.describeVpnConnection.callsFake(async (req: { vpnConnectionId: string }) => {
        if (port.deleteVpnConnection.callCount > 0) throw apiError('InvalidVpnConnectionInstanceId.NotFound', 404);
        return tagged(req.vpnConnectionId, '2');
      });
      await settle(remove(port, { id: 'vco-1', outputs: { ...inputs(), vpnConnectionId: 'vco-1', generation: 2 } }, ctx, deps));
      assert.equal(port.deleteVpnConnection.callCount, 1);
    });

    it('deletes a connection without a generation tag (an imported one) for a state that recorded no generation', async () => {
      const port = fakePort();
      await settle(remove(port, { id: 'vco-1', outputs: { ...inputs(), vpnConnectionId: 'vco-1' } }, ctx, deps));
      assert.equal(port.deleteVpnConnection.callCount, 1);
    });

    it('asks nothing more of a connection that is already gone', async () => {
      const port = fakePort();
      port.describeVpnConnection.rejects(apiError('InvalidVpnConnectionInstanceId.NotFound', 404));
      await settle(remove(port, { id: 'vco-1', outputs: { ...inputs(), vpnConnectionId: 'vco-1', generation: 1 } }, ctx, deps));
      assert.equal(port.deleteVpnConnection.callCount, 0);
      assert.equal(port.describeVpnGateway.callCount, 0);
    });
  });
});
