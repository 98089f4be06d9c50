// `alicloudvpn-emulator gateway|customer-gateway create|list`: the commands the example READMEs use to make the
// gateways their stack config names, run as the real process against a real emulator process.
import { strict as assert } from 'node:assert';
import { DescribeCustomerGatewayRequest, DescribeVpnGatewayRequest } from '@alicloud/vpc20160428';
import { startEmulator, vpcClient, type EmulatorProcess } from '../../support/emulator';
import { freePort } from '../../support/ports';
import { emulatorCli as cli } from './emulatorCli';

describe('alicloudvpn-emulator gateway commands', () => {
  let emu: EmulatorProcess;
  before(async () => {
    // A long busy window: the commands' gateways must be active at once all the same.
    emu = await startEmulator({ busyMs: 600_000 });
  });
  after(async () => emu.stop());

  it('gateway create prints only the id of an active single-tunnel gateway', async () => {
    const run = await cli('gateway', 'create', '--endpoint', emu.endpoint, '--name', 'branch-gw');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^vpn-[a-z0-9]+\n$/);
    const gw = await vpcClient(emu).describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: 'cn-hangzhou', vpnGatewayId: run.stdout.trim() }));
    assert.equal(gw.body?.status, 'active');
    assert.equal(gw.body?.name, 'branch-gw');
    assert.equal(gw.body?.disasterRecoveryVSwitchId, undefined, 'single-tunnel');
  });

  it('gateway create --dual-tunnel --vpn-type NationalStandard --region makes that kind of gateway there', async () => {
    const run = await cli('gateway', 'create', '--endpoint', `http://${emu.endpoint}`, '--dual-tunnel', '--vpn-type', 'NationalStandard', '--region', 'cn-shanghai');
    assert.equal(run.code, 0, run.stderr);
    const gw = await vpcClient(emu).describeVpnGateway(new DescribeVpnGatewayRequest({ regionId: 'cn-shanghai', vpnGatewayId: run.stdout.trim() }));
    assert.equal(gw.body?.vpnType, 'NationalStandard');
    assert.match(gw.body?.disasterRecoveryVSwitchId ?? '', /^vsw-/, 'dual-tunnel');
    assert.match(gw.body?.disasterRecoveryInternetIp ?? '', /^\d+\.\d+\.\d+\.\d+$/);
  });

  it('customer-gateway create prints only the id of a customer gateway with that address and ASN', async () => {
    const run = await cli('customer-gateway', 'create', '--endpoint', emu.endpoint, '--ip-address', '198.51.100.10', '--asn', '65010');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^cgw-[a-z0-9]+\n$/);
    const cgw = await vpcClient(emu).describeCustomerGateway(new DescribeCustomerGatewayRequest({ regionId: 'cn-hangzhou', customerGatewayId: run.stdout.trim() }));
    assert.equal(cgw.body?.ipAddress, '198.51.100.10');
    assert.equal(Number(cgw.body?.asn), 65010);
  });

  it('list prints one tab-separated line per gateway of the region', async () => {
    const state = await emu.control.state();
    const gateways = await cli('gateway', 'list', '--endpoint', emu.endpoint);
    assert.equal(gateways.code, 0, gateways.stderr);
    const hangzhou = state.vpnGateways.filter((g) => g.RegionId === 'cn-hangzhou');
    assert.deepEqual(gateways.stdout.trim().split('\n').map((l) => l.split('\t').slice(0, 4)), hangzhou.map((g) => [g.VpnGatewayId, 'single-tunnel', 'Normal', 'active']));
    const shanghai = await cli('gateway', 'list', '--endpoint', emu.endpoint, '--region', 'cn-shanghai');
    assert.match(shanghai.stdout, /^vpn-\w+\tdual-tunnel\tNationalStandard\tactive\t/);
    const customers = await cli('customer-gateway', 'list', '--endpoint', emu.endpoint);
    assert.match(customers.stdout, /^cgw-\w+\t198\.51\.100\.10\t65010\t\n$/);
  });

  it('reports the API error code of a bad address, and usage errors with exit code 2', async () => {
    const bad = await cli('customer-gateway', 'create', '--endpoint', emu.endpoint, '--ip-address', '198.51.100');
    assert.equal(bad.code, 1);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /IllegalParam\.IpAddress/);
    const noEndpoint = await cli('gateway', 'create');
    assert.equal(noEndpoint.code, 2);
    assert.match(noEndpoint.stderr, /--endpoint is required[\s\S]*Usage: alicloudvpn-emulator gateway create/);
    const unknownFlag = await cli('gateway', 'create', '--endpoint', emu.endpoint, '--tunnels', '2');
    assert.equal(unknownFlag.code, 2, unknownFlag.stderr);
  });

  it('prints its usage on stdout and exits 0 for --help', async () => {
    const help = await cli('gateway', 'create', '--help');
    assert.equal(help.code, 0, help.stderr);
    assert.match(help.stdout, /^Usage: alicloudvpn-emulator gateway create --endpoint HOST:PORT/);
  });

  it('against a port nothing listens on: says so after a second, and fails after --wait naming the command that starts an emulator', async () => {
    const endpoint = `127.0.0.1:${await freePort()}`;
    const started = Date.now();
    const run = await cli('gateway', 'create', '--endpoint', endpoint, '--wait', '2');
    const elapsed = Date.now() - started;
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    const port = endpoint.split(':')[1];
    assert.match(run.stderr, new RegExp(`nothing listens at http://${endpoint} yet; waiting up to 2 s for an emulator starting there`));
    assert.match(run.stderr, new RegExp(`no emulator answers at http://${endpoint} \\(connection refused for 2 s\\): start one in the project directory with \`npx alicloudvpn-emulator --port ${port} --state \\./emulator-state\\.json\`, or pass the --endpoint that a running emulator printed`));
    assert.ok(elapsed < 10_000, `took ${elapsed} ms`);
  });

  it('rejects a --wait that is not a number of seconds as a usage error', async () => {
    const run = await cli('gateway', 'list', '--endpoint', '127.0.0.1:1', '--wait', 'soon');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--wait takes a number of seconds, not soon/);
  });
});
