// check of the lookup functions' arguments: exactly one of the id and the name, the region (the provider's by
// default), each argument's type and limits from its descriptor, no argument the function lacks; every failure
// names the argument, what is allowed and the fix.
import { strict as assert } from 'node:assert';
import * as getCustomerGateway from 'pulumi-resource-alicloudvpn/dist/functions/getCustomerGateway/index';
import * as getVpnGateway from 'pulumi-resource-alicloudvpn/dist/functions/getVpnGateway/index';
import { Unknown } from 'pulumi-resource-alicloudvpn/dist/resources/resource';

const ctx = { defaultRegion: 'cn-hangzhou' };

function failures(check: typeof getCustomerGateway.check, args: Record<string, unknown>, context: { defaultRegion?: string } = ctx): string[] {
  return check(args, context).failures.map((f) => `${f.property}: ${f.reason}`);
}

describe('lookup function arguments', () => {
  it('accepts an id or a name, filling the provider region and includeAuthKey false', () => {
    assert.deepEqual(getCustomerGateway.check({ customerGatewayId: 'cgw-1' }, ctx), {
      inputs: { customerGatewayId: 'cgw-1', includeAuthKey: false, regionId: 'cn-hangzhou' },
      failures: [],
    });
    assert.deepEqual(getCustomerGateway.check({ customerGatewayName: 'office', regionId: 'cn-shanghai', includeAuthKey: 'true' }, ctx).inputs, {
      customerGatewayName: 'office', regionId: 'cn-shanghai', includeAuthKey: true,
    });
    assert.deepEqual(getVpnGateway.check({ vpnGatewayName: 'hq' }, ctx), { inputs: { vpnGatewayName: 'hq', regionId: 'cn-hangzhou' }, failures: [] });
  });

  it('wants exactly one of the id and the name', () => {
    assert.deepEqual(failures(getCustomerGateway.check, {}), [
      'customerGatewayId: required unless customerGatewayName is given: give the ID or the name of the customer gateway to look up',
    ]);
    assert.deepEqual(failures(getVpnGateway.check, { vpnGatewayId: 'vpn-1', vpnGatewayName: 'hq' }), [
      'vpnGatewayName: give vpnGatewayId or vpnGatewayName, not both: remove vpnGatewayName (the ID names exactly one VPN gateway)',
    ]);
  });

  it('refuses empty values, wrong types, names beyond the limit and arguments the function lacks', () => {
    assert.match(failures(getCustomerGateway.check, { customerGatewayId: '' }).join('\n'), /^customerGatewayId: must not be empty; give the customer gateway's ID$/m);
    assert.match(failures(getCustomerGateway.check, { customerGatewayId: 'cgw-1', regionId: '' }).join('\n'), /^regionId: must not be empty; give the region ID/m);
    assert.deepEqual(failures(getCustomerGateway.check, { customerGatewayName: '' }), ['customerGatewayName: must be 1 to 100 characters']);
    // The VPN gateway's name rule is the resource's hand-written check (resources/vpnGateway/check.ts), not a limit
    // of its descriptor: a name no gateway can have is looked up, and found nowhere.
    assert.deepEqual(failures(getVpnGateway.check, { vpnGatewayName: '' }), ['vpnGatewayName: must not be empty; give the VPN gateway\'s name']);
    assert.deepEqual(failures(getCustomerGateway.check, { customerGatewayId: 7 }), ['customerGatewayId: must be a string, got a number']);
    assert.deepEqual(failures(getCustomerGateway.check, { customerGatewayId: 'cgw-1', includeAuthKey: 'yes' }), ['includeAuthKey: must be a boolean (true or false), got "yes"']);
    assert.deepEqual(failures(getVpnGateway.check, { vpnGatewayId: 'vpn-1', includeAuthKey: true }), [
      'includeAuthKey: is not an argument of this function (its arguments: vpnGatewayId, vpnGatewayName, regionId); remove it',
    ]);
  });

  it('names the settings that give a region when there is none', () => {
    assert.deepEqual(failures(getVpnGateway.check, { vpnGatewayId: 'vpn-1' }, {}), [
      'regionId: no region: give regionId, or set the provider\'s region (alicloudvpn:region or ALIBABA_CLOUD_REGION_ID)',
    ]);
  });

  it('keeps an argument that is not known yet', () => {
    const id = new Unknown();
    const r = getCustomerGateway.check({ customerGatewayId: id }, ctx);
    assert.deepEqual(r.failures, []);
    assert.equal(r.inputs.customerGatewayId, id);
  });

  it('declares the customer gateway\'s auth key, and nothing of the VPN gateway, secret', () => {
    assert.deepEqual(getCustomerGateway.SECRET_PATHS, ['authKey']);
    assert.deepEqual(getVpnGateway.SECRET_PATHS, []);
  });
});
