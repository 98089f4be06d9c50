import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import {
  CallRequest,
  ConstructRequest,
  CheckRequest,
  GetMappingRequest,
  GetMappingsRequest,
  GetSchemaRequest,
  ListRequest,
  ParameterizeRequest,
  ProviderHandshakeRequest,
} from '@pulumi/pulumi/proto/provider_pb';
import { PluginAttach } from '@pulumi/pulumi/proto/plugin_pb';
import { cleanEnv, grpcError, PLUGIN_BIN, startFakeEngine, startPlugin, struct, type FakeEngine, type PluginProcess } from '../../support/plugin';
import { pluginSuite } from './fixture';
import { until } from '../../support/processes';

const PACKAGE_ROOT = path.dirname(require.resolve('pulumi-resource-alicloudvpn/package.json'));

describe('plugin process and plugin-level RPCs', () => {
  let engine: FakeEngine;
  let plugin: PluginProcess;
  pluginSuite((s) => ({ engine, plugin } = s));

  it('prints only its port on stdout', async () => {
    await plugin.rpc.getPluginInfo(new Empty());
    assert.equal(plugin.stdout(), `${plugin.port}\n`);
  });

  it('answers Handshake with secrets and resources accepted', async () => {
    const resp = await plugin.rpc.handshake(
      new ProviderHandshakeRequest().setEngineAddress(engine.address).setRootDirectory(PACKAGE_ROOT).setConfigureWithUrn(true),
    );
    assert.equal(resp.getAcceptSecrets(), true);
    assert.equal(resp.getAcceptResources(), true);
    assert.equal(resp.getAcceptOutputs(), false);
  });

  it('reports the version from its package.json', async () => {
    const { version } = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
    const info = await plugin.rpc.getPluginInfo(new Empty());
    assert.equal(info.getVersion(), version);
  });

  it('serves provider/schema.json as its schema', async () => {
    const resp = await plugin.rpc.getSchema(new GetSchemaRequest().setVersion(0));
    const onDisk = readFileSync(path.join(PACKAGE_ROOT, 'schema.json'), 'utf8');
    assert.equal(resp.getSchema(), onDisk);
    const schema = JSON.parse(resp.getSchema()) as { name: string; resources: Record<string, unknown> };
    assert.equal(schema.name, 'alicloudvpn');
    assert.ok(schema.resources['alicloudvpn:index:VpnConnection']);
  });

  it('answers NOT_FOUND for a sub-package schema it does not have', async () => {
    const err = await grpcError(plugin.rpc.getSchema(new GetSchemaRequest().setSubpackageName('other')));
    assert.equal(err.code, grpc.status.NOT_FOUND);
  });

  it('has no conversion mappings and says so with empty answers, not errors', async () => {
    const mapping = await plugin.rpc.getMapping(new GetMappingRequest().setKey('terraform').setProvider(''));
    assert.equal(mapping.getProvider(), '');
    assert.equal(mapping.getData_asU8().length, 0);
    const mappings = await plugin.rpc.getMappings(new GetMappingsRequest().setKey('terraform'));
    assert.deepEqual(mappings.getProvidersList(), []);
  });

  it('answers UNIMPLEMENTED for Call, Construct and Parameterize', async () => {
    const calls = [
      plugin.rpc.call(new CallRequest().setTok('alicloudvpn:index:VpnConnection/method')),
      plugin.rpc.construct(new ConstructRequest().setType('alicloudvpn:index:Component')),
      plugin.rpc.parameterize(new ParameterizeRequest()),
    ];
    for (const call of calls) assert.equal((await grpcError(call)).code, grpc.status.UNIMPLEMENTED);
  });

  it('answers UNIMPLEMENTED for the List stream', async () => {
    const stream = plugin.client.list(new ListRequest().setToken('alicloudvpn:index:VpnConnection'));
    const err = await new Promise<grpc.ServiceError>((resolve, reject) => {
      stream.on('error', resolve);
      stream.on('end', () => reject(new Error('List ended without an error')));
      stream.on('data', () => undefined);
    });
    assert.equal(err.code, grpc.status.UNIMPLEMENTED);
  });

  it('exits with a usage message when given two engine addresses', () => {
    const r = spawnSync(process.execPath, [PLUGIN_BIN, '127.0.0.1:1', '127.0.0.1:2'], { env: cleanEnv(), encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /usage: pulumi-resource-alicloudvpn/);
  });
});

describe('plugin logging without an engine address at start', () => {
  let engine: FakeEngine;
  let plugin: PluginProcess;

  before(async () => {
    engine = await startFakeEngine();
    plugin = await startPlugin({ flags: ['--logtostderr', '-v=9'] });
  });

  after(async () => {
    await plugin?.stop();
    await engine?.stop();
  });

  it('sends logs to the engine named by Attach, echoes them to stderr with --logtostderr, and keeps stdout to the port', async () => {
    await plugin.rpc.attach(new PluginAttach().setAddress(engine.address));
    const urn = 'urn:pulumi:dev::proj::pulumi:providers:alicloudvpn::p';
    await plugin.rpc.checkConfig(
      new CheckRequest().setUrn(urn).setNews(struct({ regoin: 'cn-hangzhou', accessKeySecret: 'attach-secret-value' })),
    );
    const deadline = Date.now() + 5_000;
    while (engine.logs.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.ok(engine.logs.some((l) => l.urn === urn && l.message.includes('alicloudvpn:regoin')));
    assert.match(plugin.stderr(), /alicloudvpn:regoin/);
    assert.ok(!plugin.stderr().includes('attach-secret-value'));
    assert.equal(plugin.stdout(), `${plugin.port}\n`);
  });
});

describe('plugin lifetime', () => {
  it('exits by itself once the engine that started it is gone (a killed CLI leaves no plugin behind)', async function () {
    this.timeout(30_000);
    const engine = await startFakeEngine();
    const plugin = await startPlugin({ engineAddress: engine.address });
    try {
      // Still alive while the engine answers: two health checks answered, as many as two unanswered ones would end it.
      await until(() => engine.healthChecks() >= 2, 15_000);
      assert.ok(await plugin.rpc.getPluginInfo(new Empty()));
      await engine.stop();
      const code = await Promise.race([plugin.exited, new Promise((r) => setTimeout(() => r('still running'), 15_000))]);
      assert.equal(code, 0);
    } finally {
      await plugin.stop();
    }
  });
});
