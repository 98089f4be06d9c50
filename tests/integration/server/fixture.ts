// Set-up the gRPC server suites share: the resource's names, a plugin started against a fake
// engine for the whole suite, and a Configure that points the plugin at an emulator.
import { CheckRequest, ConfigureRequest } from '@pulumi/pulumi/proto/provider_pb';
import type { Struct } from 'google-protobuf/google/protobuf/struct_pb';
import { startEmulator, type EmulatorProcess } from '../../support/emulator';
import { secret, startFakeEngine, startPlugin, struct, type FakeEngine, type PluginProcess, type Wire } from '../../support/plugin';

export const TYPE = 'alicloudvpn:index:VpnConnection';
export const REGION = 'cn-hangzhou';
export const urnOf = (name: string) => `urn:pulumi:dev::proj::${TYPE}::${name}`;

export interface PluginSuite {
  engine: FakeEngine;
  plugin: PluginProcess;
}

/** Registers before/after in the calling describe block: a fake engine and one plugin attached to it. */
export function pluginSuite(bind: (s: PluginSuite) => void): void {
  let engine: FakeEngine;
  let plugin: PluginProcess;

  before(async () => {
    engine = await startFakeEngine();
    plugin = await startPlugin({ engineAddress: engine.address });
    bind({ engine, plugin });
  });

  after(async () => {
    await plugin?.stop();
    await engine?.stop();
  });
}

export interface ConnectedSuite {
  engine: FakeEngine;
  emu: EmulatorProcess;
  plugin: PluginProcess;
  /**
   * The plugin the engine starts for the next `pulumi` command of the same stack: a new process, configured with
   * the provider inputs (stack identity included) the first Configure recorded. What one process remembers (the
   * creates it adopted, say) does not carry over. Stopped with the suite.
   */
  nextCommand(): Promise<PluginProcess>;
}

/**
 * Registers before/after in the calling describe block: a fake engine, an emulator process and a plugin attached
 * to the engine and configured for the emulator. The returned object is filled in by `before`.
 */
export function connectedSuite(opts: { busyMs?: number; extraArgs?: string[] } = {}): ConnectedSuite {
  const later: PluginProcess[] = [];
  let providerInputs: Struct;
  const suite = {
    async nextCommand(): Promise<PluginProcess> {
      const plugin = await startPlugin({ engineAddress: suite.engine.address });
      later.push(plugin);
      await configureForEmulator(plugin, suite.emu, {}, providerInputs);
      return plugin;
    },
  } as ConnectedSuite;
  before(async () => {
    suite.engine = await startFakeEngine();
    suite.emu = await startEmulator({ busyMs: opts.busyMs, extraArgs: opts.extraArgs });
    suite.plugin = await startPlugin({ engineAddress: suite.engine.address });
    providerInputs = await configureForEmulator(suite.plugin, suite.emu);
  });
  after(async () => {
    for (const plugin of [suite.plugin, ...later]) await plugin?.stop();
    await suite.emu?.stop();
    await suite.engine?.stop();
  });
  return suite;
}

/**
 * What the engine does with a provider's configuration: CheckConfig (against the inputs it recorded before,
 * `olds`), then Configure with the checked inputs, which carry the stack identity CheckConfig keeps or adds.
 * Resolves to the checked inputs, the `olds` of the next call for the same stack.
 */
export async function configureChecked(plugin: PluginProcess, news: Wire, olds?: Struct): Promise<Struct> {
  const check = new CheckRequest().setUrn('urn:pulumi:dev::proj::pulumi:providers:alicloudvpn::default').setNews(struct(news));
  if (olds !== undefined) check.setOlds(olds);
  const checked = await plugin.rpc.checkConfig(check);
  const inputs = checked.getInputs() as Struct;
  await plugin.rpc.configure(new ConfigureRequest().setAcceptsecrets(true).setAcceptresources(true).setArgs(inputs));
  return inputs;
}

/** Configure with the emulator's endpoint and credentials (the secret wrapped as the engine does). */
export function configureForEmulator(plugin: PluginProcess, emu: EmulatorProcess, extra: Wire = {}, olds?: Struct): Promise<Struct> {
  const news = { region: REGION, accessKeyId: emu.accessKeyId, accessKeySecret: secret(emu.accessKeySecret), endpoint: emu.endpoint, protocol: 'http', ...extra };
  return configureChecked(plugin, news, olds);
}

/** Resolves once the engine has a log matching `pred`, or after `timeoutMs` (the caller asserts what it needs). */
export async function waitForLog(engine: FakeEngine, pred: (message: string, urn: string) => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!engine.logs.some((l) => pred(l.message, l.urn)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}
