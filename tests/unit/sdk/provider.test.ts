import { strict as assert } from 'node:assert';
import * as pulumi from '@pulumi/pulumi';
import * as alicloudvpn from 'pulumi-alicloudvpn';
import { installMocks, isWireSecret, registered, valueOf, type Registration } from './mocks';

describe('sdk Provider', () => {
  let registrations: Registration[];

  beforeEach(async () => {
    registrations = await installMocks();
  });

  it('registers pulumi:providers:alicloudvpn with its settings, the secret ones wrapped', async () => {
    const provider = new alicloudvpn.Provider('emulator', {
      region: 'cn-shanghai',
      accessKeyId: 'LTAI-test',
      accessKeySecret: 'plain-secret',
      securityToken: 'sts-token',
      endpoint: '127.0.0.1:8080',
      protocol: 'http',
    });
    await registered(provider);
    const reg = registrations.find((r) => r.name === 'emulator');
    assert.ok(reg);
    assert.equal(reg.type, 'pulumi:providers:alicloudvpn');
    assert.equal(reg.wire.region, 'cn-shanghai');
    assert.equal(reg.wire.accessKeyId, 'LTAI-test');
    assert.equal(reg.wire.endpoint, '127.0.0.1:8080');
    assert.equal(reg.wire.protocol, 'http');
    assert.ok(isWireSecret(reg.wire.accessKeySecret) && reg.wire.accessKeySecret.value === 'plain-secret');
    assert.ok(isWireSecret(reg.wire.securityToken) && reg.wire.securityToken.value === 'sts-token');
    assert.equal(await valueOf(provider.endpoint), '127.0.0.1:8080');
  });

  it('sends nothing for settings left to the environment', async () => {
    const provider = new alicloudvpn.Provider('ambient');
    await registered(provider);
    const reg = registrations.find((r) => r.name === 'ambient');
    assert.ok(reg);
    for (const key of ['region', 'accessKeyId', 'accessKeySecret', 'securityToken', 'endpoint', 'protocol']) {
      assert.equal(reg.wire[key], undefined, key);
    }
  });

  it('is the provider a VpnConnection is registered with when passed as an option', async () => {
    const provider = new alicloudvpn.Provider('explicit', { region: 'cn-hangzhou' });
    const conn = new alicloudvpn.VpnConnection(
      'through-provider',
      { vpnGatewayId: 'vpn-a', customerGatewayId: 'cgw-a', localSubnets: ['10.0.0.0/24'], remoteSubnets: ['10.9.0.0/24'] },
      { provider },
    );
    await registered(conn);
    const reg = registrations.find((r) => r.name === 'through-provider');
    assert.ok(reg);
    const urn = await valueOf(provider.urn);
    const id = await valueOf(provider.id);
    assert.equal(reg.provider, `${urn}::${id}`);
    assert.equal(alicloudvpn.Provider.isInstance(provider), true);
    assert.equal(alicloudvpn.Provider.isInstance(conn), false);
  });

  it('reads the stack configuration under alicloudvpn:', async () => {
    pulumi.runtime.setAllConfig(
      {
        'alicloudvpn:region': 'cn-shanghai',
        'alicloudvpn:endpoint': '127.0.0.1:9000',
        'alicloudvpn:accessKeySecret': 's3cret',
      },
      ['alicloudvpn:accessKeySecret'],
    );
    try {
      assert.equal(alicloudvpn.config.region, 'cn-shanghai');
      assert.equal(alicloudvpn.config.endpoint, '127.0.0.1:9000');
      assert.equal(alicloudvpn.config.protocol, undefined);
      assert.equal(alicloudvpn.config.accessKeySecret, 's3cret');
      assert.equal(alicloudvpn.config.securityToken, undefined);
    } finally {
      pulumi.runtime.setAllConfig({});
    }
  });
});
