// The provider functions through the real plugin process and the real emulator process, as the engine invokes them
// (engineSteps.ts invoke): getCustomerGateway and getVpnGateway by id and by name, a name that matches none or
// several, an unknown id, a name found past the first page, argument failures before any API call, and the auth
// key returned only when asked for, as a secret, never in a log.
import { strict as assert } from 'node:assert';
import {
  CreateCustomerGatewayRequest, CreateCustomerGatewayRequestTags, CreateVpnGatewayRequest, TagResourcesRequest, TagResourcesRequestTag,
} from '@alicloud/vpc20160428';
import { SEED_DISASTER_RECOVERY_VSWITCH_ID, SEED_VSWITCH_ID, vpcClient } from '../../support/emulator';
import { grpcError, isSecret, reveal, secret, UNKNOWN, type Wire } from '../../support/plugin';
import { invoke } from './engineSteps';
import { connectedSuite, REGION, waitForLog } from './fixture';

const GET_CGW = 'alicloudvpn:index:getCustomerGateway';
const GET_VPN = 'alicloudvpn:index:getVpnGateway';
const AUTH_KEY = 'lookup-Bgp-Key-0077';
const VPC_ID = 'vpc-bp1emulatortest';

describe('provider functions through the engine\'s Invoke against the emulator', function () {
  this.timeout(120_000);
  const suite = connectedSuite({ busyMs: 200 });
  let ip = 0;

  async function makeCgw(name: string, extra: Partial<CreateCustomerGatewayRequest> = {}): Promise<string> {
    ip += 1;
    const made = await vpcClient(suite.emu).createCustomerGateway(
      new CreateCustomerGatewayRequest({ regionId: REGION, ipAddress: `198.51.100.${ip}`, name, ...extra }),
    );
    return made.body!.customerGatewayId!;
  }

  async function makeVpnGateway(name: string, dual = false): Promise<string> {
    const made = await vpcClient(suite.emu).createVpnGateway(new CreateVpnGatewayRequest({
      regionId: REGION, vpcId: VPC_ID, bandwidth: 20, name, enableSsl: true, sslConnections: 10,
      ...(dual ? { vSwitchId: SEED_VSWITCH_ID, disasterRecoveryVSwitchId: SEED_DISASTER_RECOVERY_VSWITCH_ID } : {}),
    }));
    return made.body!.vpnGatewayId!;
  }

  async function invokeError(token: string, args: Wire): Promise<string> {
    return (await grpcError(invoke(suite.plugin, token, args))).details;
  }

  function assertNoAuthKeyLogged(): void {
    for (const l of suite.engine.logs) assert.ok(!l.message.includes(AUTH_KEY), `a log shows the auth key: ${l.message}`);
    assert.ok(!suite.plugin.stderr().includes(AUTH_KEY), 'the plugin\'s stderr shows the auth key');
  }

  describe('getCustomerGateway', () => {
    it('finds a customer gateway by id with the resource\'s outputs, user tags only and no auth key unless asked for', async () => {
      const id = await makeCgw('by-id-office', {
        asn: '65020', description: 'made in the console', authKey: AUTH_KEY,
        tags: [new CreateCustomerGatewayRequestTags({ key: 'env', value: 'prod' }), new CreateCustomerGatewayRequestTags({ key: 'alicloudvpn-stack', value: 'other-stack' })],
      });
      const { result, failures } = await invoke(suite.plugin, GET_CGW, { customerGatewayId: id });
      assert.deepEqual(failures, []);
      assert.equal(result.customerGatewayId, id);
      assert.equal(result.customerGatewayName, 'by-id-office');
      assert.equal(result.asn, '65020');
      assert.equal(result.description, 'made in the console');
      assert.equal(result.regionId, REGION);
      assert.match(String(result.ipAddress), /^198\.51\.100\.\d+$/);
      assert.equal(typeof result.createTime, 'number');
      assert.deepEqual(result.tags, { env: 'prod' }, 'the provider\'s own tags are left out');
      assert.ok(!('authKey' in result), 'no auth key without includeAuthKey');
    });

    it('returns the auth key as a secret with includeAuthKey, and never logs it', async () => {
      const id = await makeCgw('with-key', { authKey: AUTH_KEY });
      // A throttled first answer: the lookup retries, and says so in the engine's log.
      await suite.emu.control.faults({ action: 'DescribeCustomerGateway', kind: 'throttle', count: 1 });
      const logged = suite.engine.logs.length;
      const { result } = await invoke(suite.plugin, GET_CGW, { customerGatewayId: id, includeAuthKey: true });
      await waitForLog(suite.engine, (m) => m.includes(`DescribeCustomerGateway ${id}`));
      assert.ok(suite.engine.logs.slice(logged).some((l) => l.message.includes(`DescribeCustomerGateway ${id}`)), 'the retry is logged');
      assert.ok(isSecret(result.authKey), `authKey is not wrapped as a secret: ${JSON.stringify(Object.keys(result))}`);
      assert.equal(reveal(result.authKey), AUTH_KEY);
      // A failing lookup of the same customer gateway mentions no key either.
      assert.doesNotMatch(await invokeError(GET_CGW, { customerGatewayName: 'no-such-name', includeAuthKey: true }), new RegExp(AUTH_KEY));
      assertNoAuthKeyLogged();
    });

    it('keeps an argument the engine sent as a secret secret in the result, and out of messages', async () => {
      const id = await makeCgw('secret-name-office');
      const { result } = await invoke(suite.plugin, GET_CGW, { customerGatewayName: secret('secret-name-office') });
      assert.equal(result.customerGatewayId, id);
      assert.ok(isSecret(result.customerGatewayName) && reveal(result.customerGatewayName) === 'secret-name-office');
      const msg = await invokeError(GET_CGW, { customerGatewayName: secret('secret-nobody-has') });
      assert.ok(!msg.includes('secret-nobody-has') && msg.includes('[secret]'), msg);
    });

    it('finds a customer gateway by exact name', async () => {
      const id = await makeCgw('by-name-office');
      await makeCgw('by-name-office-2');
      const { result } = await invoke(suite.plugin, GET_CGW, { customerGatewayName: 'by-name-office', regionId: REGION });
      assert.equal(result.customerGatewayId, id);
    });

    it('names the region and the name when no customer gateway has it', async () => {
      const msg = await invokeError(GET_CGW, { customerGatewayName: 'nobody-has-this' });
      assert.match(msg, /no customer gateway named "nobody-has-this" in region cn-hangzhou/);
      assert.match(msg, /check customerGatewayName .*or look it up by customerGatewayId/);
    });

    it('lists the ids when several customer gateways share the name, and says to look up by id', async () => {
      const a = await makeCgw('shared-name');
      const b = await makeCgw('shared-name');
      const msg = await invokeError(GET_CGW, { customerGatewayName: 'shared-name' });
      assert.match(msg, /2 customer gateways in region cn-hangzhou are named "shared-name"/);
      assert.ok(msg.includes(a) && msg.includes(b), msg);
      assert.match(msg, /look the one you mean up by customerGatewayId/);
    });

    it('says an unknown id is not found in the region', async () => {
      const msg = await invokeError(GET_CGW, { customerGatewayId: 'cgw-doesnotexist0000' });
      assert.match(msg, /customer gateway cgw-doesnotexist0000 not found in region cn-hangzhou \(InvalidCustomerGatewayInstanceId.NotFound\): check customerGatewayId/);
    });

    it('follows every page of DescribeCustomerGateways to find a name', async () => {
      // The list is newest first: the one looked for, made first, is on the last of the pages.
      const id = await makeCgw('deep-in-the-list');
      for (let i = 0; i < 55; i++) await makeCgw(`filler-${i}`);
      await suite.emu.control.clearStats();
      const { result } = await invoke(suite.plugin, GET_CGW, { customerGatewayName: 'deep-in-the-list' });
      assert.equal(result.customerGatewayId, id);
      const pages = (await suite.emu.control.stats()).DescribeCustomerGateways?.succeeded ?? 0;
      assert.ok(pages >= 2, `DescribeCustomerGateways answered ${pages} times`);
    });

    it('fails bad arguments with their path, what is allowed and the fix, before any API call', async () => {
      await suite.emu.control.clearStats();
      const cases: [Wire, string, RegExp][] = [
        [{}, 'customerGatewayId', /required unless customerGatewayName is given/],
        [{ customerGatewayId: 'cgw-x', customerGatewayName: 'x' }, 'customerGatewayName', /not both: remove customerGatewayName/],
        [{ customerGatewayId: '' }, 'customerGatewayId', /must not be empty/],
        [{ customerGatewayId: 'cgw-x', regionId: '' }, 'regionId', /must not be empty/],
        [{ customerGatewayName: 'n'.repeat(101) }, 'customerGatewayName', /1 to 100 characters/],
        [{ customerGatewayId: 42 }, 'customerGatewayId', /must be a string/],
        [{ customerGatewayId: 'cgw-x', includeAuthKey: 'sometimes' }, 'includeAuthKey', /must be a boolean/],
        [{ customerGatewayId: 'cgw-x', vpnGatewayId: 'vpn-x' }, 'vpnGatewayId', /not an argument of this function .*remove it/],
      ];
      for (const [args, path, reason] of cases) {
        const { failures } = await invoke(suite.plugin, GET_CGW, args);
        assert.ok(failures.some((f) => f.startsWith(`${path}: `) && reason.test(f)), `${JSON.stringify(args)}: ${failures.join('\n')}`);
      }
      assert.deepEqual(await suite.emu.control.stats(), {}, 'no API call');
    });

    it('answers an empty result when an argument is not known yet (a preview)', async () => {
      const { result, failures } = await invoke(suite.plugin, GET_CGW, { customerGatewayId: UNKNOWN.string });
      assert.deepEqual([result, failures], [{}, []]);
    });
  });

  describe('getVpnGateway', () => {
    it('finds a dual-tunnel gateway by id with the resource\'s outputs: network, addresses, settings, billing and user tags', async () => {
      const id = await makeVpnGateway('hq-gateway', true);
      await vpcClient(suite.emu).tagResources(new TagResourcesRequest({
        regionId: REGION, resourceType: 'VPNGATEWAY', resourceId: [id],
        tag: [new TagResourcesRequestTag({ key: 'team', value: 'net' }), new TagResourcesRequestTag({ key: 'alicloudvpn-owner', value: 'x:y' })],
      }));
      const { result, failures } = await invoke(suite.plugin, GET_VPN, { vpnGatewayId: id });
      assert.deepEqual(failures, []);
      const { internetIp, disasterRecoveryInternetIp, status, createTime, endTime, ...rest } = result;
      assert.match(String(internetIp), /^\d+\.\d+\.\d+\.\d+$/);
      assert.match(String(disasterRecoveryInternetIp), /^\d+\.\d+\.\d+\.\d+$/);
      assert.ok(['init', 'provisioning', 'active'].includes(String(status)), String(status));
      assert.ok(typeof createTime === 'number' && typeof endTime === 'number' && endTime > createTime, `${createTime} ${endTime}`);
      assert.deepEqual(rest, {
        vpnGatewayId: id, vpcId: VPC_ID, vswitchId: SEED_VSWITCH_ID, disasterRecoveryVswitchId: SEED_DISASTER_RECOVERY_VSWITCH_ID,
        bandwidth: 20, spec: '20M', enableIpsec: true, enableSsl: true, sslConnections: 10, sslMaxConnections: 10, networkType: 'public',
        vpnType: 'Normal', paymentType: 'PayAsYouGo', businessStatus: 'Normal', tunnelMode: 'dual', enableBgp: false, autoPropagate: false,
        vpnGatewayName: 'hq-gateway', tags: { team: 'net' }, resourceGroupId: 'rg-acfmemulator0001', regionId: REGION,
      });
    });

    it('finds a single-tunnel gateway by name; a name shared or unknown, and an unknown id, fail with the fix', async () => {
      const id = await makeVpnGateway('branch-gateway');
      const { result } = await invoke(suite.plugin, GET_VPN, { vpnGatewayName: 'branch-gateway' });
      assert.equal(result.vpnGatewayId, id);
      assert.equal(result.tunnelMode, 'single');
      assert.ok(!('disasterRecoveryVswitchId' in result));
      const twin = await makeVpnGateway('branch-gateway');
      const shared = await invokeError(GET_VPN, { vpnGatewayName: 'branch-gateway' });
      assert.ok(shared.includes(id) && shared.includes(twin) && /look the one you mean up by vpnGatewayId/.test(shared), shared);
      assert.match(await invokeError(GET_VPN, { vpnGatewayName: 'no-gateway' }), /no VPN gateway named "no-gateway" in region cn-hangzhou/);
      assert.match(await invokeError(GET_VPN, { vpnGatewayId: 'vpn-doesnotexist00' }), /VPN gateway vpn-doesnotexist00 not found in region cn-hangzhou .*check vpnGatewayId/);
      const { failures } = await invoke(suite.plugin, GET_VPN, { vpnGatewayId: 'vpn-x', vpnGatewayName: 'x' });
      assert.deepEqual(failures.map((f) => f.split(':')[0]), ['vpnGatewayName']);
    });
  });

  it('answers INVALID_ARGUMENT naming the functions it has for an unknown token', async () => {
    const err = await grpcError(invoke(suite.plugin, 'alicloudvpn:index:getSomething', {}));
    assert.match(err.details, /unknown function "alicloudvpn:index:getSomething": this provider has alicloudvpn:index:getCustomerGateway, alicloudvpn:index:getVpnGateway/);
  });
});
