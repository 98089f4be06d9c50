import { strict as assert } from 'node:assert';
import * as pulumi from '@pulumi/pulumi';
import * as alicloudvpn from 'pulumi-alicloudvpn';
import { installMocks, isWireSecret, registered, valueOf, type Registration } from './mocks';

const REQUIRED: alicloudvpn.VpnConnectionArgs = {
  vpnGatewayId: 'vpn-bp1q8bgx4xnkm0001',
  customerGatewayId: 'cgw-bp1hgslrq1afztya0001',
  localSubnets: ['10.1.1.0/24', '10.1.2.0/24'],
  remoteSubnets: ['10.2.1.0/24'],
};

// Every input the schema declares, with typed nested values (enums through their named constants).
const EVERY_INPUT: Required<alicloudvpn.VpnConnectionArgs> = {
  ...(REQUIRED as Required<alicloudvpn.VpnConnectionArgs>),
  name: 'office-link',
  effectImmediately: true,
  autoConfigRoute: false,
  enableDpd: false,
  enableNatTraversal: false,
  ikeConfig: {
    psk: 'pre-shared-key-1',
    ikeVersion: alicloudvpn.IkeVersion.Ikev2,
    ikeMode: alicloudvpn.IkeMode.Aggressive,
    ikeEncAlg: alicloudvpn.EncAlg.Aes256,
    ikeAuthAlg: alicloudvpn.AuthAlg.Sha256,
    ikePfs: alicloudvpn.IkePfs.Group14,
    ikeLifetime: 3600,
    localId: 'gw.example.com',
    remoteId: 'cpe.example.com',
  },
  ipsecConfig: { ipsecEncAlg: '3des', ipsecAuthAlg: 'sha1', ipsecPfs: 'disabled', ipsecLifetime: 1800 },
  healthCheckConfig: { enable: true, dip: '10.1.1.10', sip: '10.2.1.10', interval: 5, retry: 4 },
  bgpConfig: { enableBgp: true, localAsn: 65010, tunnelCidr: '169.254.11.0/30', localBgpIp: '169.254.11.1' },
  remoteCaCertificate: '',
  regionId: 'cn-shanghai',
};

const COMPUTED = {
  vpnConnectionId: 'vco-bp1dfksi8lnbvbegl0001',
  createTime: 1613806468000,
  status: 'ike_sa_not_established',
  state: 'active',
};

function only(registrations: Registration[], type: string, name: string): Registration {
  const found = registrations.filter((r) => r.type === type && r.name === name);
  assert.equal(found.length, 1, `expected one registration of ${type} ${name}, got ${found.length}`);
  return found[0];
}

describe('sdk VpnConnection', () => {
  let registrations: Registration[];

  beforeEach(async () => {
    registrations = await installMocks((args) =>
      args.type === 'alicloudvpn:index:VpnConnection' ? { ...COMPUTED, regionId: 'cn-shanghai' } : {},
    );
  });

  it('registers alicloudvpn:index:VpnConnection with every input under its schema name and the plugin version', async () => {
    const conn = new alicloudvpn.VpnConnection('all-inputs', EVERY_INPUT);
    await registered(conn);
    const reg = only(registrations, 'alicloudvpn:index:VpnConnection', 'all-inputs');
    assert.equal(reg.custom, true);
    assert.equal(reg.version, '0.1.0');
    const { ikeConfig, ...plain } = EVERY_INPUT;
    for (const [key, value] of Object.entries(plain)) {
      assert.deepEqual(reg.wire[key], value, `input ${key}`);
    }
    const { psk, ...ikeRest } = ikeConfig as Record<string, unknown>;
    const wireIke = reg.wire.ikeConfig as Record<string, unknown>;
    assert.deepEqual({ ...wireIke, psk: undefined }, { ...ikeRest, psk: undefined });
    // A plain psk travels plain: the provider's Check marks ikeConfig.psk secret before the engine stores
    // anything (tests/integration/server), as the schema declares it.
    assert.equal(wireIke.psk, psk);
  });

  it('sends ikeConfig as the program gives it: a psk from a secret stays secret, the other IKE fields readable', async () => {
    const conn = new alicloudvpn.VpnConnection('psk', { ...REQUIRED, ikeConfig: { psk: pulumi.secret('k3y!'), ikeEncAlg: 'aes' } });
    await registered(conn);
    const wire = only(registrations, 'alicloudvpn:index:VpnConnection', 'psk').wire;
    assert.ok(!isWireSecret(wire.ikeConfig), 'ikeConfig itself is not wrapped');
    const ike = wire.ikeConfig as Record<string, unknown>;
    assert.equal(ike.ikeEncAlg, 'aes');
    assert.ok(isWireSecret(ike.psk) && ike.psk.value === 'k3y!');
  });

  it('sends no secret and no psk when the service is left to generate the key', async () => {
    const conn = new alicloudvpn.VpnConnection('no-psk', { ...REQUIRED, ikeConfig: { ikeVersion: 'ikev2' } });
    await registered(conn);
    const wire = only(registrations, 'alicloudvpn:index:VpnConnection', 'no-psk').wire;
    assert.deepEqual(wire.ikeConfig, { ikeVersion: 'ikev2' });
  });

  it('leaves ikeConfig readable: the provider, not the SDK, keeps the psk secret at its exact path', async () => {
    const conn = new alicloudvpn.VpnConnection('aso', REQUIRED);
    await registered(conn);
    assert.deepEqual(only(registrations, 'alicloudvpn:index:VpnConnection', 'aso').additionalSecretOutputs, []);
  });

  it('resolves typed outputs: computed fields and resolved nested configs', async () => {
    const conn = new alicloudvpn.VpnConnection('outputs', EVERY_INPUT);
    assert.equal(await valueOf(conn.vpnConnectionId), COMPUTED.vpnConnectionId);
    assert.equal(await valueOf(conn.createTime), COMPUTED.createTime);
    assert.equal(await valueOf(conn.status), COMPUTED.status);
    assert.equal(await valueOf(conn.state), COMPUTED.state);
    assert.deepEqual(await valueOf(conn.localSubnets), EVERY_INPUT.localSubnets);
    const bgp = await valueOf(conn.bgpConfig);
    assert.equal(bgp?.localAsn, 65010);
    const ipsec = await valueOf(conn.ipsecConfig);
    assert.equal(ipsec?.ipsecPfs, 'disabled');
    assert.equal(await pulumi.isSecret(conn.ipsecConfig), false);
    assert.equal((await valueOf(conn.ikeConfig))?.ikeEncAlg, 'aes256');
  });

  for (const missing of ['vpnGatewayId', 'localSubnets', 'remoteSubnets'] as const) {
    it(`refuses to construct without the required input ${missing}`, () => {
      const args: Partial<alicloudvpn.VpnConnectionArgs> = { ...REQUIRED };
      delete args[missing];
      assert.throws(
        () => new alicloudvpn.VpnConnection(`missing-${missing}`, args as alicloudvpn.VpnConnectionArgs),
        new RegExp(`Missing required property '${missing}'`),
      );
    });
  }

  it('get() reads an existing connection by id, with the given state as lookup properties, and needs no inputs', async () => {
    const conn = alicloudvpn.VpnConnection.get('existing', 'vco-existing0001', { regionId: 'cn-hangzhou' });
    assert.equal(await valueOf(conn.id), 'vco-existing0001');
    const reg = only(registrations, 'alicloudvpn:index:VpnConnection', 'existing');
    assert.equal(reg.id, 'vco-existing0001');
    assert.equal(reg.wire.regionId, 'cn-hangzhou');
    assert.equal(await valueOf(conn.vpnConnectionId), COMPUTED.vpnConnectionId);
    const bare = alicloudvpn.VpnConnection.get('bare', 'vco-bare0001');
    assert.equal(await valueOf(bare.id), 'vco-bare0001');
    assert.equal(only(registrations, 'alicloudvpn:index:VpnConnection', 'bare').id, 'vco-bare0001');
  });

  it('isInstance recognises VpnConnections and nothing else', async () => {
    const conn = new alicloudvpn.VpnConnection('instance', REQUIRED);
    const provider = new alicloudvpn.Provider('not-a-connection', {});
    assert.equal(alicloudvpn.VpnConnection.isInstance(conn), true);
    assert.equal(alicloudvpn.VpnConnection.isInstance(provider), false);
    assert.equal(alicloudvpn.VpnConnection.isInstance({ __pulumiType: 'other:index:Thing' }), false);
    assert.equal(alicloudvpn.VpnConnection.isInstance(undefined), false);
    await Promise.all([registered(conn), registered(provider)]);
  });

  it('takes enum inputs as the enum or as any string, as from stack config (relaxed enums)', async () => {
    const fromConfig: string = ['aes256', 'sha256'][0];
    const conn = new alicloudvpn.VpnConnection('relaxed', {
      ...REQUIRED,
      ikeConfig: { ikeEncAlg: fromConfig, ikeAuthAlg: alicloudvpn.AuthAlg.Sha256, ikePfs: 'group14' },
      ipsecConfig: { ipsecEncAlg: alicloudvpn.EncAlg.TripleDes, ipsecPfs: pulumi.output('disabled') },
    });
    await registered(conn);
    const wire = only(registrations, 'alicloudvpn:index:VpnConnection', 'relaxed').wire;
    assert.deepEqual(wire.ikeConfig, { ikeEncAlg: 'aes256', ikeAuthAlg: 'sha256', ikePfs: 'group14' });
    assert.deepEqual(wire.ipsecConfig, { ipsecEncAlg: '3des', ipsecPfs: 'disabled' });
  });

  it('rejects wrong scalar and nested types at compile time', () => {
    // Each line must fail to type-check; the build breaks if the SDK's types get looser.
    const bad: alicloudvpn.VpnConnectionArgs[] = [
      // @ts-expect-error ikeLifetime is a number
      { ...REQUIRED, ikeConfig: { ikeLifetime: '86400' } },
      // @ts-expect-error healthCheckConfig.enable is a boolean
      { ...REQUIRED, healthCheckConfig: { enable: 'true' } },
      // @ts-expect-error localSubnets is a list
      { ...REQUIRED, localSubnets: '10.0.0.0/24' },
      // @ts-expect-error no such property in bgpConfig
      { ...REQUIRED, bgpConfig: { peerAsn: 1 } },
    ];
    assert.equal(bad.length, 4);
  });
});
