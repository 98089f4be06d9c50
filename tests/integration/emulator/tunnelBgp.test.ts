import { strict as assert } from 'node:assert';
import Client, {
  ModifyVpnConnectionAttributeRequest, ModifyVpnConnectionAttributeRequestTunnelOptionsSpecification as ModifyTunnel,
  ModifyVpnConnectionAttributeRequestTunnelOptionsSpecificationTunnelBgpConfig as ModifyTunnelBgp,
} from '@alicloud/vpc20160428';
import type { EmulatorProcess, SeededGateways } from '../../support/emulator';
import { bgpIn, createDualConnection, dualConnectionRequest, tunnelPair } from './dualTunnelHelpers';
import { emulatorSuite } from './fixture';
import { describeConnection, expectApiError, REGION, settle } from './helpers';

const CIDR_TAKEN = 'The specified tunnel cidr is already used by another tunnel of the vpn gateway.';

describe('emulator dual-tunnel BGP (EnableTunnelsBgp, per-tunnel TunnelBgpConfig)', () => {
  let emu: EmulatorProcess;
  let client: Client;
  let gw: SeededGateways;
  emulatorSuite({ resetEach: true, gateways: { tunnelMode: 'dual', count: 3, asn: 65100 } }, (s) => ({ emu, client, gw } = s));

  const withBgp = (a: number, b: number) => tunnelPair(gw, { tunnelBgpConfig: bgpIn(a) }, { tunnelBgpConfig: bgpIn(b, 65001) });

  it('enables BGP on both tunnels, each with its own tunnel CIDR, and reports it as strings', async () => {
    const id = await createDualConnection(client, gw, { enableTunnelsBgp: true, tunnelOptionsSpecification: withBgp(50, 51) });
    await settle(emu);
    const d = await describeConnection(client, id);
    assert.equal(d.enableTunnelsBgp, true);
    const [master, slave] = d.tunnelOptionsSpecification!.tunnelOptions!;
    assert.deepEqual({ ...master.tunnelBgpConfig }, {
      bgpStatus: 'success', localAsn: '65000', localBgpIp: '169.254.50.1', peerAsn: '65100', peerBgpIp: '169.254.50.2', tunnelCidr: '169.254.50.0/30',
    });
    assert.equal(slave.tunnelBgpConfig!.tunnelCidr, '169.254.51.0/30');
    assert.equal(slave.tunnelBgpConfig!.localAsn, '65001');
  });

  it('requires a tunnel CIDR and a BGP address on every tunnel when BGP is enabled', async () => {
    await expectApiError(
      client.createVpnConnection(dualConnectionRequest(gw, { enableTunnelsBgp: true, tunnelOptionsSpecification: tunnelPair(gw, { tunnelBgpConfig: bgpIn(50) }) })),
      'IllegalParam.TunnelCidr', 400, 'The specified "TunnelCidr" () is invalid.',
    );
  });

  it('applies the tunnel CIDR rules to each tunnel', async () => {
    await expectApiError(
      client.createVpnConnection(dualConnectionRequest(gw, { enableTunnelsBgp: true, tunnelOptionsSpecification: withBgp(50, 5) })),
      'IllegalParam.TunnelCidr', 400, 'The specified "TunnelCidr" (169.254.5.0/30) is invalid.',
    );
  });

  it('refuses the same tunnel CIDR on both tunnels of one connection', async () => {
    await expectApiError(
      client.createVpnConnection(dualConnectionRequest(gw, { enableTunnelsBgp: true, tunnelOptionsSpecification: withBgp(52, 52) })),
      'InvalidTunnelCidr.AlreadyExists', 400, CIDR_TAKEN,
    );
  });

  it('refuses a tunnel CIDR that a tunnel of another connection on the gateway uses', async () => {
    await createDualConnection(client, gw, { enableTunnelsBgp: true, tunnelOptionsSpecification: withBgp(60, 61) });
    await settle(emu);
    await expectApiError(
      client.createVpnConnection(dualConnectionRequest(gw, { enableTunnelsBgp: true, tunnelOptionsSpecification: withBgp(62, 61), localSubnet: '10.9.0.0/24' })),
      'InvalidTunnelCidr.AlreadyExists', 400, CIDR_TAKEN,
    );
    // A disabled tunnel BGP still holds its CIDR.
    await expectApiError(
      client.createVpnConnection(dualConnectionRequest(gw, { tunnelOptionsSpecification: withBgp(60, 63) })),
      'InvalidTunnelCidr.AlreadyExists', 400, CIDR_TAKEN,
    );
  });

  it('turns BGP on later with a Modify that gives each tunnel its CIDR, checking uniqueness across connections', async () => {
    const first = await createDualConnection(client, gw, { enableTunnelsBgp: true, tunnelOptionsSpecification: withBgp(70, 71) });
    await settle(emu);
    const second = await createDualConnection(client, gw, { localSubnet: '10.3.0.0/24' });
    await settle(emu);
    const [m, s] = (await describeConnection(client, second)).tunnelOptionsSpecification!.tunnelOptions!;
    const request = (slaveOctet: number) => new ModifyVpnConnectionAttributeRequest({
      regionId: REGION, vpnConnectionId: second, enableTunnelsBgp: true,
      tunnelOptionsSpecification: [
        new ModifyTunnel({ tunnelId: m.tunnelId, tunnelBgpConfig: new ModifyTunnelBgp({ tunnelCidr: '169.254.72.0/30', localBgpIp: '169.254.72.1' }) }),
        new ModifyTunnel({ tunnelId: s.tunnelId, tunnelBgpConfig: new ModifyTunnelBgp({ tunnelCidr: `169.254.${slaveOctet}.0/30`, localBgpIp: `169.254.${slaveOctet}.2` }) }),
      ],
    });
    await expectApiError(client.modifyVpnConnectionAttribute(request(71)), 'InvalidTunnelCidr.AlreadyExists', 400, CIDR_TAKEN);
    await client.modifyVpnConnectionAttribute(request(73));
    const d = await describeConnection(client, second);
    assert.equal(d.enableTunnelsBgp, true);
    assert.equal(d.tunnelOptionsSpecification!.tunnelOptions![1].tunnelBgpConfig!.peerBgpIp, '169.254.73.1');
    assert.ok(first);
  });

  it('keeps a connection\'s own CIDRs available to its Modify', async () => {
    const id = await createDualConnection(client, gw, { enableTunnelsBgp: true, tunnelOptionsSpecification: withBgp(80, 81) });
    await settle(emu);
    await client.modifyVpnConnectionAttribute(new ModifyVpnConnectionAttributeRequest({ regionId: REGION, vpnConnectionId: id, name: 'same-cidrs' }));
    await settle(emu);
    await client.modifyVpnConnectionAttribute(new ModifyVpnConnectionAttributeRequest({ regionId: REGION, vpnConnectionId: id, enableTunnelsBgp: false }));
    assert.equal((await describeConnection(client, id)).tunnelOptionsSpecification!.tunnelOptions![0].tunnelBgpConfig!.bgpStatus, 'false');
  });
});
