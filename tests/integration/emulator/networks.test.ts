import { strict as assert } from 'node:assert';
import Client, { CreateVpnGatewayRequest, DescribeVpcsRequest, DescribeVSwitchesRequest } from '@alicloud/vpc20160428';
import type { EmulatorProcess } from '../../support/emulator';
import { emulatorCli } from './emulatorCli';
import { emulatorSuite } from './fixture';
import { expectApiError, REGION } from './helpers';

describe('emulator default VPC and CreateVpnGateway network checks', () => {
  let emu: EmulatorProcess;
  let client: Client;
  emulatorSuite({ resetEach: true }, (s) => ({ emu, client } = s));

  const gateway = (over: Partial<ConstructorParameters<typeof CreateVpnGatewayRequest>[0] & object>) =>
    client.createVpnGateway(new CreateVpnGatewayRequest({ regionId: REGION, vpcId: 'vpc-bp1emulatortest', bandwidth: 10, ...over }));

  it('answers DescribeVpcs with a default VPC whose vSwitches DescribeVSwitches lists in two zones', async () => {
    const vpcs = (await client.describeVpcs(new DescribeVpcsRequest({ regionId: REGION, isDefault: true }))).body!;
    assert.equal(vpcs.totalCount, 1);
    const vpc = vpcs.vpcs!.vpc![0];
    assert.equal(vpc.vpcId, 'vpc-bp1emulatortest');
    assert.equal(vpc.isDefault, true);
    assert.equal(vpc.status, 'Available');
    const vsws = (await client.describeVSwitches(new DescribeVSwitchesRequest({ regionId: REGION, vpcId: vpc.vpcId, isDefault: true }))).body!;
    assert.deepEqual(vsws.vSwitches!.vSwitch!.map((v) => [v.vSwitchId, v.zoneId]),
      [['vsw-bp1emulatortest', 'cn-hangzhou-a'], ['vsw-bp1emulatordr', 'cn-hangzhou-b']]);
    assert.deepEqual(vpc.vSwitchIds!.vSwitchId!.slice(0, 2), ['vsw-bp1emulatortest', 'vsw-bp1emulatordr']);
  });

  it('derives the same default VPC ids for any region on every run', async () => {
    const first = (await client.describeVpcs(new DescribeVpcsRequest({ regionId: 'eu-west-1', isDefault: true }))).body!.vpcs!.vpc![0];
    await emu.control.reset();
    const again = (await client.describeVpcs(new DescribeVpcsRequest({ regionId: 'eu-west-1', isDefault: true }))).body!.vpcs!.vpc![0];
    assert.equal(first.vpcId, again.vpcId);
    assert.match(first.vpcId!, /^vpc-[0-9a-z]+$/);
    const zones = (await client.describeVSwitches(new DescribeVSwitchesRequest({ regionId: 'eu-west-1', vpcId: first.vpcId }))).body!;
    assert.deepEqual(zones.vSwitches!.vSwitch!.map((v) => v.zoneId), ['eu-west-1-a', 'eu-west-1-b']);
  });

  it('answers InvalidVpcId.NotFound for a VPC the region does not have', async () => {
    await expectApiError(gateway({ vpcId: 'vpc-nope' }), 'InvalidVpcId.NotFound', 404, 'Specified VPC does not exist.');
    await expectApiError(gateway({ regionId: 'cn-shanghai' }), 'InvalidVpcId.NotFound', 404, 'Specified VPC does not exist.');
  });

  it('answers InvalidVSwitchId.NotFound for a vSwitch outside the VPC', async () => {
    await expectApiError(gateway({ vSwitchId: 'vsw-nope' }), 'InvalidVSwitchId.NotFound', 404, 'Specified virtual switch does not exist.');
    await expectApiError(gateway({ vSwitchId: 'vsw-bp1emulatortest', disasterRecoveryVSwitchId: 'vsw-quickstart0000000002' }),
      'InvalidVSwitchId.NotFound', 404, 'Specified virtual switch does not exist.');
  });

  it('refuses a dual-tunnel gateway whose two vSwitches are in one zone', async () => {
    await expectApiError(gateway({ vSwitchId: 'vsw-bp1emulatortest', disasterRecoveryVSwitchId: 'vsw-primary' }),
      'IllegalParam.DisasterRecoveryVSwitchId', 400, 'The specified "DisasterRecoveryVSwitchId" (vsw-primary) is invalid.');
  });

  it('vpc list prints one tab-separated line per vSwitch: VPC id, vSwitch id, zone', async () => {
    const run = await emulatorCli('vpc', 'list', '--endpoint', emu.endpoint, '--region', 'cn-shanghai');
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'vpc-uf6emulatortest\tvsw-uf6emulatortest\tcn-shanghai-a\nvpc-uf6emulatortest\tvsw-uf6emulatordr\tcn-shanghai-b\n');
    const hangzhou = await emulatorCli('vpc', 'list', '--endpoint', emu.endpoint);
    assert.ok(hangzhou.stdout.startsWith('vpc-bp1emulatortest\tvsw-bp1emulatortest\tcn-hangzhou-a\n'), hangzhou.stdout);
    const bad = await emulatorCli('vpc', 'show', '--endpoint', emu.endpoint);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /vpc needs list/);
  });
});
