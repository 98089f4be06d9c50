import { strict as assert } from 'assert';
import { ExportError, parseStackExport } from 'pulumi-resource-alicloudvpn/dist/orphans/stackExport';
import { importLine } from 'pulumi-resource-alicloudvpn/dist/orphans/orphans';

const SIG = '4dabf18193072939515e22adb298388d';
const PROVIDER_URN = 'urn:pulumi:dev::proj::pulumi:providers:alicloudvpn::default_0_1_0';

function exported(resources: unknown[]): string {
  return JSON.stringify({ version: 3, deployment: { manifest: {}, resources } });
}

describe('orphans: what it reads from `pulumi stack export`', () => {
  it('finds each provider with its identity and opened secrets, and the connections the state records', () => {
    const stack = exported([
      { urn: PROVIDER_URN, id: 'p1', type: 'pulumi:providers:alicloudvpn', inputs: { region: 'cn-hangzhou', stackIdentity: 'c'.repeat(32), accessKeySecret: { [SIG]: '1b47061264138c4ac30d75fd1eb44270', plaintext: '"s3cret"' } } },
      { urn: 'urn:pulumi:dev::proj::alicloudvpn:index:VpnConnection::a', id: 'vco-a', type: 'alicloudvpn:index:VpnConnection', provider: `${PROVIDER_URN}::p1`, outputs: { regionId: 'cn-shanghai' } },
      { urn: 'urn:pulumi:dev::proj::pulumi:providers:alicloudvpn::old', id: 'p0', type: 'pulumi:providers:alicloudvpn', inputs: { region: 'cn-hangzhou' } },
    ]);
    const parsed = parseStackExport(stack);
    assert.equal(parsed.providers.length, 1, 'a provider without an identity made nothing the command can find');
    assert.equal(parsed.providers[0].stack, 'c'.repeat(32));
    assert.equal(parsed.providers[0].config.accessKeySecret, 's3cret');
    assert.deepEqual([...parsed.providers[0].regions], ['cn-shanghai']);
    assert.deepEqual([...parsed.recorded], ['vco-a']);
  });

  it('drops secrets the export kept encrypted instead of passing ciphertext on as a credential', () => {
    const parsed = parseStackExport(exported([
      { urn: PROVIDER_URN, id: 'p1', type: 'pulumi:providers:alicloudvpn', inputs: { stackIdentity: 'c'.repeat(32), accessKeySecret: { [SIG]: '1b47061264138c4ac30d75fd1eb44270', ciphertext: 'v1:abc' } } },
    ]));
    assert.equal(parsed.providers[0].config.accessKeySecret, undefined);
  });

  it('refuses what is not a stack export, naming the command to pipe in, without quoting the input', () => {
    for (const input of ['not json s3cret', '{"foo":"s3cret"}']) {
      assert.throws(() => parseStackExport(input), (e: unknown) => e instanceof ExportError && /pulumi stack export --show-secrets/.test(e.message) && !e.message.includes('s3cret'));
    }
  });

  it('prints an import line named after the resource, or a placeholder when the tag names none', () => {
    assert.equal(importLine({ id: 'vco-1', regionId: 'r', name: 'branch' }), 'pulumi import alicloudvpn:index:VpnConnection branch vco-1');
    assert.equal(importLine({ id: 'vco-1', regionId: 'r' }), 'pulumi import alicloudvpn:index:VpnConnection <name> vco-1');
  });
});
