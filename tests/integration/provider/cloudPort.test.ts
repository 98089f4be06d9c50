// The cloud port (SdkVpcPort over the real @alicloud/vpc20160428 client) against the real emulator
// process, and against bare local sockets for the failures the emulator cannot produce (an empty
// Describe answer, a refused connection, a read timeout). Nothing of ours is mocked.
import { strict as assert } from 'assert';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloudError, VpcPort, createVpcPort, isNotFound, resolveCloudSettings } from 'pulumi-resource-alicloudvpn/dist/cloud';
import { fromDescribe, toCreateRequest, toModifyRequest, type TunnelOptions, type VpnConnectionState } from 'pulumi-resource-alicloudvpn/dist/resources/vpnConnection';
import { EmulatorProcess, SeededGateways, seedGateways, startEmulator } from '../../support/emulator';

const REGION = 'cn-hangzhou';
/** Every character here is special to a query string or a form body. */
const PSK = 'Zx#9&y=Q+(w)';

function portFor(endpoint: string, emu?: EmulatorProcess, timeoutMs = 5_000): VpcPort {
  const { settings, failures } = resolveCloudSettings(
    {
      endpoint, protocol: 'http', region: REGION,
      accessKeyId: emu?.accessKeyId ?? 'LTAI5tNoSuchKey', accessKeySecret: emu?.accessKeySecret ?? 'no-such-secret',
      connectTimeoutMs: timeoutMs, readTimeoutMs: timeoutMs,
    },
    {},
  );
  assert.deepEqual(failures, []);
  return createVpcPort(settings);
}

async function rejection(p: Promise<unknown>): Promise<CloudError> {
  const e = await p.then(
    () => assert.fail('expected the call to fail'),
    (x: unknown) => x,
  );
  assert.ok(e instanceof CloudError, `expected a CloudError, got ${String(e)}`);
  return e;
}

/** A local HTTP server that answers every request with `respond`, for answers the emulator never gives. */
async function localServer(respond: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<{ endpoint: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => respond(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

describe('cloud port against the emulator', function () {
  this.timeout(60_000);
  let emu: EmulatorProcess;
  let port: VpcPort;
  let gw: SeededGateways;

  before(async () => {
    emu = await startEmulator();
    port = portFor(emu.endpoint, emu);
  });
  after(async () => emu?.stop());

  beforeEach(async () => {
    await emu.control.reset();
    gw = await seedGateways(emu, { tunnelMode: 'dual', count: 2, asn: 65100 });
  });

  /** Lets the gateway's busy window after a change elapse. */
  const settle = () => emu.control.advanceClock(10_000);

  const tunnels = (): TunnelOptions[] => [
    {
      role: 'master',
      customerGatewayId: gw.customerGatewayIds[0],
      enableDpd: true,
      enableNatTraversal: false,
      tunnelIkeConfig: { psk: PSK, ikeVersion: 'ikev2', ikeEncAlg: 'aes256', ikeAuthAlg: 'sha256', ikePfs: 'group14', ikeLifetime: 28800 },
      tunnelIpsecConfig: { ipsecEncAlg: 'aes256', ipsecAuthAlg: 'sha256', ipsecPfs: 'group14', ipsecLifetime: 3600 },
      tunnelBgpConfig: { localAsn: 65000, tunnelCidr: '169.254.50.0/30', localBgpIp: '169.254.50.1' },
    },
    {
      role: 'slave',
      customerGatewayId: gw.customerGatewayIds[1],
      tunnelBgpConfig: { localAsn: 65000, tunnelCidr: '169.254.51.0/30', localBgpIp: '169.254.51.1' },
    },
  ];

  type Tunnel = Required<TunnelOptions> & { tunnelId: string; tunnelIkeConfig: Record<string, unknown>; tunnelIpsecConfig: Record<string, unknown>; tunnelBgpConfig: Record<string, unknown> };

  async function described(id: string): Promise<VpnConnectionState> {
    return fromDescribe(await port.describeVpnConnection({ regionId: REGION, vpnConnectionId: id }), REGION);
  }

  function tunnelsOf(state: VpnConnectionState): Tunnel[] {
    return (state.tunnelOptions ?? []).map((t, i) => ({ ...t, tunnelId: state.tunnels?.[i]?.tunnelId ?? '' }) as Tunnel);
  }

  const dual = (extra: Partial<Parameters<typeof toCreateRequest>[0]> = {}) => ({
    regionId: REGION, vpnGatewayId: gw.vpnGatewayId, localSubnets: ['10.1.0.0/24'], remoteSubnets: ['192.168.0.0/24'], tunnelOptions: tunnels(), ...extra,
  });

  async function createDual(): Promise<string> {
    const { vpnConnectionId } = await port.createVpnConnection(toCreateRequest(dual({ name: 'dual', enableTunnelsBgp: true })));
    await settle();
    return vpnConnectionId;
  }

  it('creates a dual-tunnel connection without a connection-level customer gateway, and Describe returns both tunnels as sent', async () => {
    const id = await createDual();
    assert.match(id, /^vco-/);
    const body = await port.describeVpnConnection({ regionId: REGION, vpnConnectionId: id });
    assert.equal(body.VpnConnectionId, id);
    assert.equal(body.CustomerGatewayId ?? '', '');
    const state = fromDescribe(body, REGION);
    assert.equal(state.enableTunnelsBgp, true);
    const [master, slave] = tunnelsOf(state);
    assert.equal(master.role, 'master');
    assert.match(master.tunnelId, /^tun-/);
    assert.equal(master.customerGatewayId, gw.customerGatewayIds[0]);
    assert.equal(master.tunnelIkeConfig.psk, PSK, 'the PSK survives the form body byte for byte');
    assert.deepEqual(
      [master.tunnelIkeConfig.ikeVersion, master.tunnelIkeConfig.ikeEncAlg, master.tunnelIkeConfig.ikeAuthAlg, master.tunnelIkeConfig.ikePfs, String(master.tunnelIkeConfig.ikeLifetime)],
      ['ikev2', 'aes256', 'sha256', 'group14', '28800'],
    );
    assert.deepEqual(
      [master.tunnelIpsecConfig.ipsecEncAlg, master.tunnelIpsecConfig.ipsecAuthAlg, master.tunnelIpsecConfig.ipsecPfs, String(master.tunnelIpsecConfig.ipsecLifetime)],
      ['aes256', 'sha256', 'group14', '3600'],
    );
    assert.equal(String(master.enableNatTraversal), 'false');
    assert.deepEqual([master.tunnelBgpConfig.tunnelCidr, master.tunnelBgpConfig.localBgpIp, String(master.tunnelBgpConfig.localAsn)], ['169.254.50.0/30', '169.254.50.1', '65000']);
    assert.equal(slave.role, 'slave');
    assert.equal(slave.customerGatewayId, gw.customerGatewayIds[1]);
    assert.equal(slave.tunnelBgpConfig.tunnelCidr, '169.254.51.0/30');
    assert.match(String(slave.tunnelIkeConfig.psk), /^[A-Za-z0-9]{16}$/, 'the service generates the PSK a tunnel leaves out');
  });

  it('modifies one tunnel by TunnelId and leaves the other as it was', async () => {
    const id = await createDual();
    const before = tunnelsOf(await described(id));
    const newPsk = 'n3w&psk=+(slave)';
    const slave = { role: 'slave', customerGatewayId: gw.customerGatewayIds[1], tunnelIkeConfig: { psk: newPsk, ikeEncAlg: 'aes192' } };
    await port.modifyVpnConnectionAttribute(toModifyRequest(id, dual({ name: 'dual2', tunnelOptions: [slave] }), { slave: before[1].tunnelId }));
    await settle();
    const state = await described(id);
    const after = tunnelsOf(state);
    assert.equal(state.name, 'dual2');
    assert.equal(after[1].tunnelId, before[1].tunnelId);
    assert.equal(after[1].tunnelIkeConfig.psk, newPsk);
    assert.equal(after[1].tunnelIkeConfig.ikeEncAlg, 'aes192');
    const config = (t: Tunnel) => [t.tunnelId, t.role, t.customerGatewayId, t.tunnelIkeConfig, t.tunnelIpsecConfig];
    assert.deepEqual(config(after[0]), config(before[0]), 'the master tunnel is untouched');
  });

  it('still creates single-tunnel connections with a customer gateway and JSON-string IkeConfig', async () => {
    const single = await seedGateways(emu, { asn: 65200 });
    const { vpnConnectionId } = await port.createVpnConnection(toCreateRequest({
      regionId: REGION, vpnGatewayId: single.vpnGatewayId, customerGatewayId: single.customerGatewayId,
      localSubnets: ['10.2.0.0/24'], remoteSubnets: ['192.168.2.0/24'], ikeConfig: { psk: PSK, ikeEncAlg: 'aes192' },
    }));
    await settle();
    const body = await port.describeVpnConnection({ regionId: REGION, vpnConnectionId });
    assert.equal(body.CustomerGatewayId, single.customerGatewayId);
    assert.equal((body.IkeConfig as { Psk?: string } | undefined)?.Psk, PSK);
  });

  it('attaches create-time tags (Tags.N.key / Tags.N.value) that Describe returns', async () => {
    const { vpnConnectionId } = await port.createVpnConnection(toCreateRequest({
      ...dual({ localSubnets: ['10.3.0.0/24'], remoteSubnets: ['192.168.3.0/24'] }), tags: { env: 'prod', 'cost-center': 'a&b=c' },
    }));
    await settle();
    const body = await port.describeVpnConnection({ regionId: REGION, vpnConnectionId });
    const tags = (body.Tags as { Tag: { Key: string; Value: string }[] }).Tag;
    assert.deepEqual(tags.map((t) => [t.Key, t.Value]), [['env', 'prod'], ['cost-center', 'a&b=c']]);
  });

  it('reports an unknown connection id as not found (404) with the action in the message', async () => {
    const e = await rejection(port.describeVpnConnection({ regionId: REGION, vpnConnectionId: 'vco-doesnotexist000000' }));
    assert.ok(isNotFound(e));
    assert.deepEqual([e.code, e.statusCode], ['InvalidVpnConnectionInstanceId.NotFound', 404]);
    assert.ok(e.requestId);
    assert.match(e.message, /^DescribeVpnConnection: InvalidVpnConnectionInstanceId\.NotFound: .*\(HTTP 404, RequestId /);
  });

  it('treats an empty or mismatched 200 answer to DescribeVpnConnection exactly like that 404', async () => {
    const real = await rejection(port.describeVpnConnection({ regionId: REGION, vpnConnectionId: 'vco-doesnotexist000000' }));
    for (const body of [{ RequestId: 'REQ-EMPTY' }, { RequestId: 'REQ-OTHER', VpnConnectionId: 'vco-someoneelse' }]) {
      const server = await localServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
      try {
        const e = await rejection(portFor(server.endpoint).describeVpnConnection({ regionId: REGION, vpnConnectionId: 'vco-doesnotexist000000' }));
        assert.ok(isNotFound(e));
        assert.deepEqual([e.code, e.statusCode, e.errorClass, e.retryable], [real.code, real.statusCode, real.errorClass, real.retryable]);
        assert.equal(e.requestId, body.RequestId);
      } finally {
        await server.close();
      }
    }
  });
});

describe('cloud port error messages over real sockets', function () {
  this.timeout(30_000);
  const single = (p: VpcPort) =>
    p.createVpnConnection(toCreateRequest({
      regionId: REGION, vpnGatewayId: 'vpn-x', customerGatewayId: 'cgw-x', localSubnets: ['10.0.0.0/24'], remoteSubnets: ['192.168.0.0/24'], ikeConfig: { psk: PSK },
    }));

  function assertClean(message: string): void {
    for (const form of [PSK, encodeURIComponent(PSK), 'Q%2B', 'Q+(w)']) assert.ok(!message.includes(form), `"${message}" contains ${form}`);
    assert.ok(!/https?:\/\//.test(message) && !message.includes('/?'), `"${message}" carries a URL`);
  }

  it('says what a refused connection is without the request URL (which holds IkeConfig and its PSK)', async () => {
    const server = await localServer(() => undefined);
    const { endpoint } = server;
    await server.close();
    const e = await rejection(single(portFor(endpoint)));
    assert.equal(e.code, 'ECONNREFUSED');
    assert.equal(e.errorClass, 'transient');
    // In the user's terms: what is wrong and what fixes it, not the socket's words.
    assert.match(e.message, /^CreateVpnConnection: cannot reach the VPC API at 127\.0\.0\.1:\d+ \(http\): connection refused \(ECONNREFUSED\), nothing is listening there\. Is the emulator running\? Start it in the project directory with the state file that holds this stack's gateways and connections, `npx alicloudvpn-emulator --port \d+ --state \.\/emulator-state\.json`/);
    assertClean(e.message);
  });

  it('says a plain-HTTP endpoint reached over https needs protocol http, without the TLS library\'s words', async () => {
    const server = await localServer((_req, res) => res.end('{}'));
    try {
      const { settings } = resolveCloudSettings(
        { endpoint: server.endpoint, protocol: 'https', region: REGION, accessKeyId: 'LTAI5tNoSuchKey', accessKeySecret: 'no-such-secret' },
        {},
      );
      const e = await rejection(single(createVpcPort(settings)));
      assert.equal(e.code, 'EPROTO');
      assert.equal(e.errorClass, 'fatal', 'a TLS handshake with a plain HTTP server fails the same way every time');
      assert.match(e.message, /^CreateVpnConnection: the endpoint 127\.0\.0\.1:\d+ answered without TLS \(EPROTO\): it speaks plain HTTP.*but protocol is https\. Switch to http: protocol: "http"$/);
      assert.doesNotMatch(e.message, /wrong version number|SSL routines/);
      assertClean(e.message);
    } finally {
      await server.close();
    }
  });

  it('says what a read timeout is without the request path and query', async () => {
    const server = await localServer(() => undefined);
    try {
      const e = await rejection(single(portFor(server.endpoint, undefined, 300)));
      assert.equal(e.errorClass, 'transient');
      assert.match(e.message, /^CreateVpnConnection: network error: /);
      assertClean(e.message);
    } finally {
      await server.close();
    }
  });
});
