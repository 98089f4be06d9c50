// Every request parameter the plugin sends, for a representative set of operations, against a committed
// recording (tests/fixtures/requests/recorded.json): single-tunnel create with every field (standard and ShangMi
// gateways), dual-tunnel create with every field, modify, tag and untag, describes, the tag-filtered listing,
// the gateway describe, delete. The plugin talks to the emulator through a recording proxy, so the emulator
// still verifies every signature. Values the emulator or the stack makes up (ids, client tokens, the stack's
// identity) become numbered placeholders; a run of identical requests (a wait's polls) is recorded once.
// RECORD_REQUESTS=1 rewrites the recording instead of comparing.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { seedGateways, startEmulator, vpcClient, waitForGatewayActive, type EmulatorProcess, type SeededGateways } from '../../support/emulator';
import { secret, startFakeEngine, startPlugin, type FakeEngine, type PluginProcess, type Wire } from '../../support/plugin';
import { startRecordingProxy, type RecordedRequest, type RecordingProxy } from '../../support/recordingProxy';
import { EngineResource } from './engineSteps';
import { configureChecked, REGION } from './fixture';

const FIXTURE = path.join(__dirname, '..', '..', '..', 'fixtures', 'requests', 'recorded.json');
const CERT = '-----BEGIN CERTIFICATE-----\nMIIB7zCCAZWgAwIBAgIUEmulatorTestCertificate\n-----END CERTIFICATE-----';
/** Every character here is special to a query string, a form body or JSON. */
const PSK = 'Zx#9&y=Q+(w)"<>';

interface Step {
  step: string;
  requests: Omit<RecordedRequest, 'status'>[];
}

/** Made-up values → placeholders numbered by first appearance, so two runs compare equal. */
class Placeholders {
  private readonly seen = new Map<string, string>();
  private count = 0;

  apply(text: string): string {
    return text.replace(/\b(?:vco|vpn|cgw|tun)-[a-z0-9]+\b|\b[0-9a-f]{32,}\b/g, (v) => {
      let p = this.seen.get(v);
      if (p === undefined) {
        p = `<${v.startsWith('vco-') || v.startsWith('vpn-') || v.startsWith('cgw-') || v.startsWith('tun-') ? v.slice(0, 3) : 'hex'}-${++this.count}>`;
        this.seen.set(v, p);
      }
      return p;
    });
  }
}

function normalised(requests: readonly RecordedRequest[], ph: Placeholders): Omit<RecordedRequest, 'status'>[] {
  const out: Omit<RecordedRequest, 'status'>[] = [];
  for (const r of requests) {
    const map = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, ph.apply(v)]));
    const item = { action: r.action, query: map(r.query), body: map(r.body) };
    if (out.length > 0 && JSON.stringify(out[out.length - 1]) === JSON.stringify(item)) continue;
    out.push(item);
  }
  return out;
}

function singleProgram(gw: SeededGateways, tags: Record<string, string>, lifetime = 28800): Wire {
  return {
    name: 'office-single',
    vpnGatewayId: gw.vpnGatewayId,
    customerGatewayId: gw.customerGatewayId,
    localSubnets: ['10.1.0.0/16', '10.2.0.0/16'],
    remoteSubnets: ['192.168.10.0/24'],
    effectImmediately: true,
    autoConfigRoute: false,
    enableDpd: false,
    enableNatTraversal: false,
    ikeConfig: {
      psk: secret(PSK), ikeVersion: 'ikev2', ikeMode: 'aggressive', ikeEncAlg: 'aes256', ikeAuthAlg: 'sha256',
      ikePfs: 'group14', ikeLifetime: lifetime, localId: 'gw.example', remoteId: 'office.example',
    },
    ipsecConfig: { ipsecEncAlg: 'aes192', ipsecAuthAlg: 'sha1', ipsecPfs: 'disabled', ipsecLifetime: 3600 },
    healthCheckConfig: { enable: true, dip: '192.168.10.1', sip: '10.1.0.1', interval: 5, retry: 4 },
    bgpConfig: { enableBgp: true, localAsn: 65001, tunnelCidr: '169.254.11.0/30', localBgpIp: '169.254.11.1' },
    tags,
  };
}

function smProgram(gw: SeededGateways): Wire {
  return {
    vpnGatewayId: gw.vpnGatewayId,
    customerGatewayId: gw.customerGatewayId,
    localSubnets: ['10.3.0.0/16'],
    remoteSubnets: ['192.168.20.0/24'],
    remoteCaCertificate: CERT,
    ikeConfig: { ikeEncAlg: 'sm4', ikeAuthAlg: 'sm3', remoteId: 'CN=test,OU=test,O=test,C=CHN' },
    ipsecConfig: { ipsecEncAlg: 'sm4', ipsecAuthAlg: 'sm3' },
  };
}

function dualProgram(gw: SeededGateways, masterEnc = 'aes256'): Wire {
  const tunnel = (i: number, role: string, enc: string): Wire => ({
    role,
    customerGatewayId: gw.customerGatewayIds[i],
    enableDpd: i === 0,
    enableNatTraversal: i !== 0,
    tunnelIkeConfig: {
      psk: secret(`${PSK}${i}`), ikeVersion: 'ikev2', ikeMode: 'main', ikeEncAlg: enc, ikeAuthAlg: 'sha512',
      ikePfs: 'group5', ikeLifetime: 7200 + i, localId: `gw${i}.example`, remoteId: `office${i}.example`,
    },
    tunnelIpsecConfig: { ipsecEncAlg: 'aes', ipsecAuthAlg: 'sha384', ipsecPfs: 'group1', ipsecLifetime: 1800 + i },
    tunnelBgpConfig: { localAsn: 65010 + i, tunnelCidr: `169.254.2${i}.0/30`, localBgpIp: `169.254.2${i}.1` },
  });
  return {
    name: 'office-dual',
    vpnGatewayId: gw.vpnGatewayId,
    localSubnets: ['10.20.0.0/16'],
    remoteSubnets: ['192.168.30.0/24'],
    effectImmediately: false,
    autoConfigRoute: true,
    enableTunnelsBgp: true,
    tunnelOptions: [tunnel(0, 'master', masterEnc), tunnel(1, 'slave', 'aes')],
    tags: { env: 'prod' },
  };
}

describe('the requests the plugin sends, against a committed recording', function () {
  this.timeout(120_000);
  let engine: FakeEngine;
  let emu: EmulatorProcess;
  let proxy: RecordingProxy;
  let plugin: PluginProcess;

  before(async () => {
    engine = await startFakeEngine();
    emu = await startEmulator();
    proxy = await startRecordingProxy({ host: emu.host, port: emu.port });
    plugin = await startPlugin({ engineAddress: engine.address });
    const news = { region: REGION, accessKeyId: emu.accessKeyId, accessKeySecret: secret(emu.accessKeySecret), endpoint: proxy.endpoint, protocol: 'http' };
    await configureChecked(plugin, news);
  });
  after(async () => {
    await plugin?.stop();
    await proxy?.close();
    await emu?.stop();
    await engine?.stop();
  });

  it('sends every action with the recorded parameters, byte for byte', async () => {
    const steps: Step[] = [];
    const ph = new Placeholders();
    const client = vpcClient(emu);
    const record = async (step: string, gw: SeededGateways, run: () => Promise<unknown>): Promise<void> => {
      await waitForGatewayActive(client, REGION, gw.vpnGatewayId);
      proxy.requests.length = 0;
      await run();
      steps.push({ step, requests: normalised(proxy.requests, ph) });
    };

    const single = await seedGateways(emu, { asn: 65100 });
    const office = new EngineResource(plugin, 'office');
    await record('single-tunnel create, every field', single, () => office.up(singleProgram(single, { env: 'prod', team: 'network' })));
    await record('single-tunnel modify', single, () => office.up(singleProgram(single, { env: 'prod', team: 'network' }, 600)));
    await record('tag and untag', single, () => office.up(singleProgram(single, { env: 'stage', owner: 'ops' }, 600)));
    await record('refresh', single, () => office.refresh());
    await record('delete', single, () => office.destroy());

    const sm = await seedGateways(emu, { vpnType: 'NationalStandard' });
    const smConn = new EngineResource(plugin, 'sm');
    await record('ShangMi create', sm, () => smConn.up(smProgram(sm)));
    await record('ShangMi delete', sm, () => smConn.destroy());

    const dual = await seedGateways(emu, { tunnelMode: 'dual', count: 2 });
    const dualConn = new EngineResource(plugin, 'dual');
    await record('dual-tunnel create, every field', dual, () => dualConn.up(dualProgram(dual)));
    await record('dual-tunnel modify', dual, () => dualConn.up(dualProgram(dual, 'aes192')));
    await record('dual-tunnel import', dual, () => new EngineResource(plugin, 'imported').import(dualConn.id));
    await record('dual-tunnel delete', dual, () => dualConn.destroy());

    if (process.env.RECORD_REQUESTS === '1') {
      writeFileSync(FIXTURE, `${JSON.stringify(steps, null, 2)}\n`);
      return;
    }
    const expected = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Step[];
    assert.deepEqual(steps.map((s) => s.step), expected.map((s) => s.step));
    for (const [i, s] of steps.entries()) assert.deepEqual(s, expected[i], `step "${s.step}"`);
  });
});
