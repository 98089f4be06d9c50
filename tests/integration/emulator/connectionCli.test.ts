// `alicloudvpn-emulator connection modify`: an out-of-band change for practising drift, run as the real process
// against a real emulator process and read back through the real SDK.
import { strict as assert } from 'node:assert';
import { seedGateways, startEmulator, vpcClient, type EmulatorProcess } from '../../support/emulator';
import { emulatorCli as cli } from './emulatorCli';
import { createDualConnection } from './dualTunnelHelpers';
import { createConnection, describeConnection, settle } from './helpers';

describe('alicloudvpn-emulator connection modify', () => {
  let emu: EmulatorProcess;
  before(async () => {
    emu = await startEmulator();
  });
  after(async () => emu.stop());

  it('changes name, subnets, cipher and PSK of a single-tunnel connection, printing which fields but no key', async () => {
    const client = vpcClient(emu);
    const gw = await seedGateways(emu);
    const id = await createConnection(client, gw, { name: 'before', ikeConfig: JSON.stringify({ Psk: 'cli-known-psk-1' }) });
    await settle(emu);
    const run = await cli('connection', 'modify', '--endpoint', emu.endpoint, id, '--name', 'changed-in-console',
      '--local-subnet', '10.2.0.0/24', '--remote-subnet', '192.168.20.0/24,192.168.21.0/24', '--ike-enc-alg', 'aes192', '--new-psk');
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, `${id}: changed Name, LocalSubnet, RemoteSubnet, IkeEncAlg, Psk (the new pre-shared key is not shown)\n`);
    const conn = await describeConnection(client, id);
    assert.equal(conn.name, 'changed-in-console');
    assert.equal(conn.localSubnet, '10.2.0.0/24');
    assert.equal(conn.remoteSubnet, '192.168.20.0/24,192.168.21.0/24');
    assert.equal(conn.ikeConfig?.ikeEncAlg, 'aes192');
    assert.match(conn.ikeConfig?.psk ?? '', /^[A-Za-z0-9]{16}$/);
    assert.notEqual(conn.ikeConfig?.psk, 'cli-known-psk-1');
    assert.ok(!run.stdout.includes(conn.ikeConfig!.psk!) && !run.stderr.includes(conn.ikeConfig!.psk!), 'the new PSK is never printed');
    assert.equal(conn.ikeConfig?.ikeAuthAlg, 'md5', 'fields not named are kept');
  });

  it('changes one tunnel of a dual-tunnel connection, named by --tunnel', async () => {
    const client = vpcClient(emu);
    const gw = await seedGateways(emu, { tunnelMode: 'dual' });
    const id = await createDualConnection(client, gw);
    await settle(emu);
    const before = (await describeConnection(client, id)).tunnelOptionsSpecification!.tunnelOptions!;
    const noTunnel = await cli('connection', 'modify', '--endpoint', emu.endpoint, id, '--new-psk');
    assert.equal(noTunnel.code, 1);
    assert.match(noTunnel.stderr, /is a dual-tunnel connection: name the tunnel whose IKE settings change \(master or slave\)/);
    const run = await cli('connection', 'modify', '--endpoint', emu.endpoint, id, '--tunnel', 'slave', '--new-psk', '--remote-subnet', '192.168.30.0/24');
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, `${id}: changed RemoteSubnet, slave.Psk (the new pre-shared key is not shown)\n`);
    const after = await describeConnection(client, id);
    const tunnels = after.tunnelOptionsSpecification!.tunnelOptions!;
    assert.equal(after.remoteSubnet, '192.168.30.0/24');
    assert.equal(tunnels[0].tunnelIkeConfig!.psk, before[0].tunnelIkeConfig!.psk, 'the master tunnel keeps its key');
    assert.notEqual(tunnels[1].tunnelIkeConfig!.psk, before[1].tunnelIkeConfig!.psk, 'the slave tunnel has a new key');
  });

  it('waits while the VPN gateway is busy, as a person retrying in the console would', async () => {
    const slow = await startEmulator({ busyMs: 1500 });
    try {
      const client = vpcClient(slow);
      const gw = await seedGateways(slow);
      const id = await createConnection(client, gw);
      const run = await cli('connection', 'modify', '--endpoint', slow.endpoint, id, '--name', 'after-the-wait');
      assert.equal(run.code, 0, run.stderr);
      assert.equal((await describeConnection(client, id)).name, 'after-the-wait');
    } finally {
      await slow.stop();
    }
  });

  it('reports the API error of a bad value or an unknown id, and usage errors with exit code 2', async () => {
    const client = vpcClient(emu);
    const gw = await seedGateways(emu);
    const id = await createConnection(client, gw);
    await settle(emu);
    const bad = await cli('connection', 'modify', '--endpoint', emu.endpoint, id, '--remote-subnet', '192.168.1.1/24');
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /IllegalParam\.RemoteSubnet/);
    const unknown = await cli('connection', 'modify', '--endpoint', emu.endpoint, 'vco-nothing', '--name', 'x');
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /InvalidVpnConnectionInstanceId\.NotFound/);
    const single = await cli('connection', 'modify', '--endpoint', emu.endpoint, id, '--tunnel', 'master', '--new-psk');
    assert.match(single.stderr, /is a single-tunnel connection: leave out the tunnel/);
    const nothing = await cli('connection', 'modify', '--endpoint', emu.endpoint, id);
    assert.equal(nothing.code, 2);
    assert.match(nothing.stderr, /nothing to change: give at least one of --name, --local-subnet, --remote-subnet, --ike-enc-alg, --new-psk[\s\S]*Usage: alicloudvpn-emulator connection modify/);
    const noId = await cli('connection', 'modify', '--endpoint', emu.endpoint, '--name', 'x');
    assert.equal(noId.code, 2);
    assert.match(noId.stderr, /needs the connection id/);
    const help = await cli('connection', 'modify', '--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: alicloudvpn-emulator connection modify --endpoint HOST:PORT/);
  });
});
