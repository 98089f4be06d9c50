// Check, Diff and preview never call the service, so the plugin must not pay for loading the Alibaba clients on
// them. Loading them on the first call that needs the service keeps previews fast; and no call ever loads the VPC
// SDK's model classes: actions are called by name through the official client's generic entry.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CheckRequest, DiffRequest, ReadRequest } from '@pulumi/pulumi/proto/provider_pb';
import { startEmulator, type EmulatorProcess } from '../../support/emulator';
import { cleanEnv, plain, startFakeEngine, startPlugin, struct, type FakeEngine, type PluginProcess } from '../../support/plugin';
import { REPO_ROOT } from '../../support/pulumi';
import { configureForEmulator, TYPE, urnOf } from './fixture';

const PROBE = path.join(REPO_ROOT, 'tests', 'support', 'loadedModules.js');
const SDK = `${path.sep}@alicloud${path.sep}vpc20160428${path.sep}`;
const CLIENT = `${path.sep}@alicloud${path.sep}openapi-core${path.sep}`;

const INPUTS = {
  vpnGatewayId: 'vpn-bp1q8bgx4xnkm0001',
  customerGatewayId: 'cgw-bp1hgslrq1afztya0001',
  localSubnets: ['10.1.0.0/24'],
  remoteSubnets: ['10.2.0.0/24'],
};

describe('the plugin loads the Alibaba clients only when it calls the service, and never the VPC SDK', () => {
  let emu: EmulatorProcess;
  let engine: FakeEngine;
  let dir: string;

  before(async () => {
    emu = await startEmulator();
    engine = await startFakeEngine();
    dir = mkdtempSync(path.join(tmpdir(), 'alicloudvpn-modules-'));
  });

  after(async () => {
    await engine?.stop();
    await emu?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Runs `steps` against a fresh plugin, stops it, and returns the modules it had loaded. */
  async function loadedBy(name: string, steps: (plugin: PluginProcess) => Promise<void>): Promise<string[]> {
    const file = path.join(dir, `${name}.json`);
    const env = cleanEnv({ NODE_OPTIONS: `--require ${PROBE}`, ALICLOUDVPN_LOADED_MODULES_FILE: file });
    const plugin = await startPlugin({ engineAddress: engine.address, env });
    try {
      await configureForEmulator(plugin, emu);
      await steps(plugin);
    } finally {
      await plugin.stop();
    }
    return JSON.parse(readFileSync(file, 'utf8')) as string[];
  }

  async function checkAndDiff(plugin: PluginProcess): Promise<void> {
    const urn = urnOf('lazy');
    const checked = await plugin.rpc.check(new CheckRequest().setUrn(urn).setType(TYPE).setName('lazy').setOlds(struct({})).setNews(struct(INPUTS)));
    assert.deepEqual(checked.getFailuresList().map((f) => f.getReason()), []);
    const inputs = plain(checked.getInputs());
    const changed = { ...inputs, remoteSubnets: ['10.3.0.0/24'] };
    const diff = await plugin.rpc.diff(
      new DiffRequest().setId('vco-lazy').setUrn(urn).setType(TYPE).setName('lazy').setOlds(struct(inputs)).setOldInputs(struct(inputs)).setNews(struct(changed)),
    );
    assert.ok(diff.getDiffsList().length > 0);
  }

  it('leaves the Alibaba clients unloaded through Configure, Check and Diff', async () => {
    const modules = await loadedBy('check-diff', checkAndDiff);
    assert.ok(modules.length > 0, 'the probe recorded the modules');
    assert.deepEqual(modules.filter((m) => m.includes(SDK) || m.includes(CLIENT)), []);
  });

  it('loads the official client for a Read, which calls the service, and none of the VPC SDK\'s 1,733 model classes', async () => {
    const modules = await loadedBy('read', async (plugin) => {
      await checkAndDiff(plugin);
      const read = await plugin.rpc.read(new ReadRequest().setId('vco-missing').setUrn(urnOf('lazy')).setType(TYPE).setName('lazy'));
      assert.equal(read.getId(), '');
    });
    assert.ok(modules.some((m) => m.includes(CLIENT)), 'the client is loaded once the service is called');
    assert.deepEqual(modules.filter((m) => m.includes(SDK)), []);
  });
});
