// The CustomerGateway resource through the real plugin process and the real emulator process, in the engine's
// order of calls (engineSteps.ts): check's rules at preview, in-place and replacing diffs, `up --replace` with
// unchanged inputs (the customer gateway kept) and with deleteBeforeReplace (made anew), drift, import, tags, and
// a delete refused while a connection uses the customer gateway. The auth key never reaches a message.
import { strict as assert } from 'node:assert';
import {
  CreateCustomerGatewayRequest, CreateVpnConnectionRequest, DeleteVpnConnectionRequest, DescribeCustomerGatewayRequest, DescribeCustomerGatewaysRequest,
  DescribeCustomerGatewaysRequestTag, ModifyCustomerGatewayAttributeRequest,
} from '@alicloud/vpc20160428';
import { DiffResponse } from '@pulumi/pulumi/proto/provider_pb';
import { seedGateways, vpcClient } from '../../support/emulator';
import { grpcError, isSecret, reveal, type Wire } from '../../support/plugin';
import { EngineResource } from './engineSteps';
import { connectedSuite, REGION } from './fixture';
import { assertKeptWarnings, assertReplaceKeeps } from './targetedReplace';

const TYPE = 'alicloudvpn:index:CustomerGateway';
const AUTH_KEY = 'bgp-md5-Key-0042';
const OTHER_KEY = 'bgp-md5-Key-0043';

describe('CustomerGateway through the engine\'s calls against the emulator', function () {
  this.timeout(120_000);
  const suite = connectedSuite({ busyMs: 200 });
  const base: Wire = { ipAddress: '203.0.113.10', asn: '65010', customerGatewayName: 'office-uplink', description: 'first uplink', authKey: AUTH_KEY, tags: { env: 'test' } };

  async function liveCgw(id: string) {
    const resp = await vpcClient(suite.emu).describeCustomerGateway(new DescribeCustomerGatewayRequest({ regionId: REGION, customerGatewayId: id }));
    return resp.body!;
  }

  /** The live customer gateways carrying the resource's ownership tag. */
  async function ownedCgws(cgw: EngineResource): Promise<string[]> {
    const owner = (await liveCgw(cgw.id)).tags?.tag?.find((t) => t.key === 'alicloudvpn-owner')?.value;
    assert.ok(owner, 'the customer gateway carries an ownership tag');
    const resp = await vpcClient(suite.emu).describeCustomerGateways(new DescribeCustomerGatewaysRequest({
      regionId: REGION, pageSize: 50, tag: [new DescribeCustomerGatewaysRequestTag({ key: 'alicloudvpn-owner', value: owner })],
    }));
    return (resp.body!.customerGateways?.customerGateway ?? []).map((c) => c.customerGatewayId!);
  }

  function assertNoSecretInLogs(): void {
    for (const l of suite.engine.logs) assert.ok(!l.message.includes(AUTH_KEY) && !l.message.includes(OTHER_KEY), `a log shows the auth key: ${l.message}`);
  }

  it('rejects every documented rule at preview with the property path, before any API call', async () => {
    const cgw = new EngineResource(suite.plugin, 'bad', TYPE);
    const failures = await cgw.checkFailures({
      ipAddress: '127.0.0.2', asn: '45104', customerGatewayName: 'https://x', description: 'x'.repeat(101), authKey: 'has space?', tags: { 'aliyun:k': 'v' },
    });
    // A secret's or a nested path's failure leads its reason (the engine would print the value at a property).
    const paths = failures.map((f) => f.replace(/^: /, '').split(': ')[0]);
    assert.deepEqual(paths.sort(), ['asn', 'authKey', 'customerGatewayName', 'description', 'ipAddress', 'tags["aliyun:k"]'].sort(), failures.join('\n'));
    assert.ok(failures.every((f) => !f.includes('has space')), `the auth key is repeated: ${failures.join('\n')}`);
    for (const [input, path, words] of [
      [{ ipAddress: '300.1.1.1' }, 'ipAddress', 'not an IPv4 address'],
      [{ ipAddress: '100.64.0.1' }, 'ipAddress', 'shared address'],
      [{ ipAddress: '127.0.0.1' }, 'ipAddress', 'loopback'],
      [{ ipAddress: '169.254.1.1' }, 'ipAddress', 'link-local'],
      [{ ipAddress: '224.0.0.5' }, 'ipAddress', 'multicast'],
      [{ ipAddress: '255.255.255.255' }, 'ipAddress', '255.0.0.0/8'],
      [{ ipAddress: '203.0.113.1', asn: '0' }, 'asn', 'from 1 to 4294967295'],
      [{ ipAddress: '203.0.113.1', asn: '4294967296' }, 'asn', 'from 1 to 4294967295'],
      [{ ipAddress: '203.0.113.1', authKey: 'x'.repeat(65) }, 'authKey', '1 to 64'],
      [{ ipAddress: '203.0.113.1', customerGatewayName: '' }, 'customerGatewayName', '1 to 100'],
      [{ ipAddress: '203.0.113.1', description: 'http://x' }, 'description', 'http://'],
      [{}, 'ipAddress', 'required'],
    ] as const) {
      const got = (await cgw.checkFailures(input)).map((f) => f.replace(/^: /, ''));
      assert.ok(got.some((f) => f.startsWith(`${path}:`) && f.includes(words)), `${JSON.stringify(input)}: ${got.join('\n')}`);
    }
    assert.deepEqual(await cgw.checkFailures({ ipAddress: '203.0.113.1', asn: '1.10' }), []);
    assert.equal((await cgw.check({ ipAddress: '203.0.113.1', asn: '1.10' })).asn, '65546', 'asdot is read as the integer');
  });

  it('creates with ownership tags and the auth key secret, changes name, description, auth key and tags in place, and replaces on an address or ASN change', async () => {
    const cgw = new EngineResource(suite.plugin, 'uplink', TYPE);
    assert.equal(await cgw.up(base), 'create');
    assert.match(cgw.id, /^cgw-/);
    assert.equal(cgw.outputs.customerGatewayId, cgw.id);
    assert.equal(typeof cgw.outputs.createTime, 'number');
    assert.ok(isSecret(cgw.outputs.authKey), 'authKey is a secret output');
    assert.equal(reveal(cgw.outputs.authKey), AUTH_KEY);
    assert.deepEqual(cgw.outputs.tags, { env: 'test' });
    const live = await liveCgw(cgw.id);
    const liveTags = Object.fromEntries((live.tags?.tag ?? []).map((t) => [t.key, t.value]));
    assert.ok(liveTags['alicloudvpn-owner']?.endsWith(':uplink') && liveTags['alicloudvpn-stack'], JSON.stringify(liveTags));

    const same = await cgw.preview(base);
    assert.equal(same.getChanges(), DiffResponse.DiffChanges.DIFF_NONE);

    const inPlace = { ...base, customerGatewayName: 'office-uplink-2', description: 'renamed', authKey: OTHER_KEY, tags: { env: 'prod', team: 'net' } };
    const diff = await cgw.preview(inPlace);
    assert.deepEqual(diff.getReplacesList(), []);
    assert.deepEqual([...diff.getDetaileddiffMap().keys()].sort(), ['authKey', 'customerGatewayName', 'description', 'tags.env', 'tags.team']);
    const id = cgw.id;
    assert.equal(await cgw.up(inPlace), 'update');
    assert.equal(cgw.id, id);
    const after = await liveCgw(id);
    assert.equal(after.name, 'office-uplink-2');
    assert.equal(after.description, 'renamed');
    assert.equal(after.authKey, OTHER_KEY);
    assert.deepEqual(cgw.outputs.tags, { env: 'prod', team: 'net' });

    for (const change of [{ ipAddress: '203.0.113.11' }, { asn: '65011' }]) {
      const d = await cgw.preview({ ...inPlace, ...change });
      assert.deepEqual(d.getReplacesList(), Object.keys(change));
    }
    assert.equal(await cgw.up({ ...inPlace, ipAddress: '203.0.113.11' }), 'replace');
    assert.notEqual(cgw.id, id);
    await assert.rejects(liveCgw(id), /InvalidCustomerGatewayInstanceId.NotFound/);
    await cgw.destroy();
    assertNoSecretInLogs();
  });

  it('up --replace with unchanged inputs (no Diff) keeps the customer gateway its replacement took over, again and again', async () => {
    const cgw = new EngineResource(suite.plugin, 'replaced', TYPE);
    const inputs = { ...base, ipAddress: '203.0.113.40' };
    await cgw.up(inputs);
    const id = cgw.id;
    assert.deepEqual(await ownedCgws(cgw), [id]);
    await assertReplaceKeeps(suite.engine, cgw, inputs, 'customer gateway', () => ownedCgws(cgw));
    assert.equal(cgw.outputs.customerGatewayId, id);
    await cgw.destroy();
    await assert.rejects(liveCgw(id), /InvalidCustomerGatewayInstanceId.NotFound/);
    assertNoSecretInLogs();
  });

  it('up --replace with deleteBeforeReplace re-creates it under a new id', async () => {
    const cgw = new EngineResource(suite.plugin, 'replaced-dbr', TYPE);
    const inputs = { ...base, ipAddress: '203.0.113.41' };
    await cgw.up(inputs);
    const old = cgw.id;
    await cgw.upReplace(inputs, { deleteBeforeReplace: true });
    assert.notEqual(cgw.id, old, 'the token replays the deleted customer gateway, so the create moves to the next token');
    await assert.rejects(liveCgw(old), /InvalidCustomerGatewayInstanceId.NotFound/);
    assert.deepEqual(await ownedCgws(cgw), [cgw.id]);
    await assertKeptWarnings(suite.engine, cgw, 'customer gateway', 0);
    await cgw.destroy();
  });

  it('reports a description changed out of band on refresh and restores it on up', async () => {
    const cgw = new EngineResource(suite.plugin, 'drifted', TYPE);
    const inputs = { ...base, ipAddress: '203.0.113.20' };
    await cgw.up(inputs);
    await vpcClient(suite.emu).modifyCustomerGatewayAttribute(new ModifyCustomerGatewayAttributeRequest({ regionId: REGION, customerGatewayId: cgw.id, description: 'changed in the console', authKey: 'console-key' }));
    await cgw.refresh();
    assert.equal(cgw.outputs.description, 'changed in the console');
    const diff = await cgw.preview(inputs);
    assert.deepEqual([...diff.getDetaileddiffMap().keys()].sort(), ['authKey', 'description']);
    assert.equal(await cgw.up(inputs), 'update');
    const live = await liveCgw(cgw.id);
    assert.equal(live.description, 'first uplink');
    assert.equal(live.authKey, AUTH_KEY);
    await cgw.destroy();
  });

  it('imports a customer gateway made outside Pulumi into inputs that preview with no changes, without the auth key', async () => {
    const made = await vpcClient(suite.emu).createCustomerGateway(new CreateCustomerGatewayRequest({ regionId: REGION, ipAddress: '198.51.100.77', asn: '64600', name: 'console-made', authKey: AUTH_KEY }));
    const id = made.body!.customerGatewayId!;
    const cgw = new EngineResource(suite.plugin, 'imported', TYPE);
    await cgw.import(id);
    assert.equal(cgw.id, id);
    assert.deepEqual(cgw.inputs, { ipAddress: '198.51.100.77', asn: '64600', customerGatewayName: 'console-made', regionId: REGION });
    assert.equal(reveal(cgw.outputs.authKey), AUTH_KEY);
    const diff = await cgw.preview(cgw.inputs);
    assert.equal(diff.getChanges(), DiffResponse.DiffChanges.DIFF_NONE, [...diff.getDetaileddiffMap().keys()].join(', '));
    await cgw.destroy();
  });

  it('refuses destroy while a connection uses the customer gateway, naming the connection, and deletes once it is gone', async () => {
    const { vpnGatewayId } = await seedGateways(suite.emu, { count: 0 });
    const cgw = new EngineResource(suite.plugin, 'used', TYPE);
    await cgw.up({ ...base, ipAddress: '203.0.113.30' });
    const client = vpcClient(suite.emu);
    const conn = await client.createVpnConnection(new CreateVpnConnectionRequest({ regionId: REGION, vpnGatewayId, customerGatewayId: cgw.id, localSubnet: '10.0.0.0/16', remoteSubnet: '172.16.0.0/16' }));
    const connId = conn.body!.vpnConnectionId!;
    const err = await grpcError(cgw.destroy());
    assert.match(err.details, new RegExp(`customer gateway ${cgw.id} cannot be deleted: VPN connection ${connId} still uses it \\(DependencyViolation.VpnConnection\\)`));
    assert.match(err.details, /Delete those connections or point them at another customer gateway first/);
    assert.ok(!err.details.includes(AUTH_KEY));
    await suite.emu.control.advanceClock(1_000);
    await client.deleteVpnConnection(new DeleteVpnConnectionRequest({ regionId: REGION, vpnConnectionId: connId }));
    const id = cgw.id;
    await cgw.destroy();
    await assert.rejects(liveCgw(id), /InvalidCustomerGatewayInstanceId.NotFound/);
    assertNoSecretInLogs();
  });
});
