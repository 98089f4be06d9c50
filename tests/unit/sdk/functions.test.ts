// The provider functions in the generated SDKs: the schema lists exactly the functions the plugin serves, with the
// auth key secret; the Node SDK's getCustomerGateway / getCustomerGatewayOutput (and the VPN gateway's) invoke the
// token with the program's arguments, in both forms; the Python and Go SDKs
// have their forms (get_customer_gateway / LookupCustomerGateway, get_vpn_gateway / LookupVpnGateway, each with its
// Output variant).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as pulumi from '@pulumi/pulumi';
import * as alicloudvpn from 'pulumi-alicloudvpn';
import { FUNCTION_MODULES } from 'pulumi-resource-alicloudvpn/dist/functions/index';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const read = (rel: string): string => fs.readFileSync(path.join(ROOT, rel), 'utf8');

interface FunctionSpec {
  inputs: { properties: Record<string, unknown> };
  outputs: { properties: Record<string, { secret?: boolean }>; required: string[] };
}

describe('provider functions in the schema and the generated SDKs', () => {
  it('the schema lists exactly the functions the plugin serves, the customer gateway\'s auth key secret', () => {
    const schema = JSON.parse(read('provider/schema.json')) as { functions: Record<string, FunctionSpec> };
    assert.deepEqual(Object.keys(schema.functions), FUNCTION_MODULES.map((f) => f.TOKEN));
    const cgw = schema.functions['alicloudvpn:index:getCustomerGateway'];
    assert.deepEqual(Object.keys(cgw.inputs.properties), ['customerGatewayId', 'customerGatewayName', 'regionId', 'includeAuthKey']);
    assert.equal(cgw.outputs.properties.authKey.secret, true);
    assert.deepEqual(cgw.outputs.required, ['customerGatewayId', 'ipAddress', 'regionId']);
  });

  it('the Python and Go SDKs have both forms of each function', () => {
    const init = read('sdk/python/pulumi_alicloudvpn/__init__.py');
    for (const m of ['get_customer_gateway', 'get_vpn_gateway']) assert.match(init, new RegExp(`from \\.${m} import \\*`));
    assert.match(read('sdk/python/pulumi_alicloudvpn/get_customer_gateway.py'), /^def get_customer_gateway_output\(/m);
    // Go's generator names a get function Lookup… where a resource of the same name has its Get…, as both have.
    for (const [file, name] of [['getCustomerGateway', 'LookupCustomerGateway'], ['getVpnGateway', 'LookupVpnGateway']]) {
      const go = read(`sdk/go/alicloudvpn/${file}.go`);
      assert.match(go, new RegExp(`^func ${name}\\(ctx \\*pulumi.Context`, 'm'));
      assert.match(go, new RegExp(`^func ${name}Output\\(ctx \\*pulumi.Context`, 'm'));
    }
  });

  describe('Node SDK', () => {
    const calls: pulumi.runtime.MockCallArgs[] = [];
    before(async () => {
      await pulumi.runtime.setMocks(
        {
          newResource: (args) => ({ id: `${args.name}-id`, state: args.inputs }),
          call: (args) => {
            calls.push(args);
            return args.token.endsWith('getVpnGateway')
              ? { vpnGatewayId: 'vpn-1', regionId: 'cn-hangzhou' }
              : { customerGatewayId: 'cgw-1', ipAddress: '203.0.113.1', regionId: 'cn-hangzhou', authKey: 'found-key' };
          },
        },
        'alicloudvpn-sdk-test',
        'unit',
      );
    });

    it('getCustomerGateway invokes the token with the program\'s arguments', async () => {
      const found = await alicloudvpn.getCustomerGateway({ customerGatewayName: 'office', includeAuthKey: true });
      assert.equal(calls.at(-1)?.token, 'alicloudvpn:index:getCustomerGateway');
      assert.deepEqual(calls.at(-1)?.inputs, { customerGatewayName: 'office', includeAuthKey: true });
      assert.equal(found.customerGatewayId, 'cgw-1');
    });

    it('getVpnGatewayOutput takes Output arguments', async () => {
      const found = alicloudvpn.getVpnGatewayOutput({ vpnGatewayName: pulumi.output('hq') });
      const id = await new Promise((resolve) => found.vpnGatewayId.apply(resolve));
      assert.equal(calls.at(-1)?.token, 'alicloudvpn:index:getVpnGateway');
      assert.deepEqual(calls.at(-1)?.inputs, { vpnGatewayName: 'hq' });
      assert.equal(id, 'vpn-1');
    });
  });
});
