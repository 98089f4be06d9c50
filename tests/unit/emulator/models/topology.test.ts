import { strict as assert } from 'node:assert';
import { ApiError } from 'alicloudvpn-emulator/dist/errors';
import { checkGatewayNetwork, defaultVpcId, defaultVSwitchIds, listVpcs } from 'alicloudvpn-emulator/dist/models/vpcs';
import { endTime, NO_END_TIME, resolveGatewayOptions } from 'alicloudvpn-emulator/dist/models/vpnGatewayOptions';
import { checkRouteCidr, checkWeight } from 'alicloudvpn-emulator/dist/models/vpnRoutes';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof ApiError ? err.code : String(err);
  }
  return undefined;
}

describe('emulator topology model rules', () => {
  it('derives one default VPC per region with vSwitches in two different zones', () => {
    for (const region of ['cn-hangzhou', 'cn-shanghai', 'xx-nowhere-9']) {
      const [vpc] = listVpcs(region);
      assert.equal(vpc.VpcId, defaultVpcId(region));
      assert.equal(vpc.IsDefault, true);
      const [a, b] = vpc.VSwitches;
      assert.deepEqual([a.VSwitchId, b.VSwitchId], [defaultVSwitchIds(region).primary, defaultVSwitchIds(region).disasterRecovery]);
      assert.notEqual(a.ZoneId, b.ZoneId);
      assert.deepEqual(listVpcs(region), listVpcs(region));
    }
  });

  it('checks a gateway network: VPC, vSwitches in it, two zones for dual-tunnel', () => {
    const { primary, disasterRecovery } = defaultVSwitchIds('cn-beijing');
    assert.equal(codeOf(() => checkGatewayNetwork('cn-beijing', defaultVpcId('cn-beijing'), primary, disasterRecovery)), undefined);
    assert.equal(codeOf(() => checkGatewayNetwork('cn-beijing', 'vpc-x')), 'InvalidVpcId.NotFound');
    assert.equal(codeOf(() => checkGatewayNetwork('cn-beijing', defaultVpcId('cn-beijing'), 'vsw-x')), 'InvalidVSwitchId.NotFound');
    assert.equal(codeOf(() => checkGatewayNetwork('cn-beijing', defaultVpcId('cn-beijing'), primary, primary)), 'IllegalParam.DisasterRecoveryVSwitchId');
  });

  it('applies purchase defaults and the bandwidths of each network type', () => {
    const o = resolveGatewayOptions({ Bandwidth: 10 });
    assert.deepEqual([o.NetworkType, o.EnableIpsec, o.EnableSsl, o.SslConnections, o.InstanceChargeType, o.Period], ['public', true, false, 0, 'POSTPAY', 0]);
    assert.equal(resolveGatewayOptions({ Bandwidth: 10, InstanceChargeType: 'PREPAY' }).Period, 1);
    assert.equal(codeOf(() => resolveGatewayOptions({ Bandwidth: 500, NetworkType: 'private' })), 'IllegalParam.Bandwidth');
    assert.equal(endTime('POSTPAY', 0, 5), NO_END_TIME);
    assert.equal(endTime('PREPAY', 2, 0), 2 * 30 * 24 * 3600 * 1000);
  });

  it('accepts route weights 0 and 100 and network-address CIDRs; no default route for destination-based routes', () => {
    assert.equal(codeOf(() => checkWeight('Weight', 0)), undefined);
    assert.equal(codeOf(() => checkWeight('NewWeight', 1)), 'IllegalParam.NewWeight');
    assert.equal(codeOf(() => checkRouteCidr('RouteDest', '0.0.0.0/0', 'dbr')), 'IllegalParam.RouteDest');
    assert.equal(codeOf(() => checkRouteCidr('RouteDest', '0.0.0.0/0', 'pbr')), undefined);
    assert.equal(codeOf(() => checkRouteCidr('RouteSource', '10.0.0.1/8', 'pbr')), 'IllegalParam.RouteSource');
  });
});
