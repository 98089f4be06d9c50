import { strict as assert } from 'node:assert';
import Client, {
  CreateVpnConnectionRequestTags, ModifyVpnConnectionAttributeRequest, ModifyVpnConnectionAttributeRequestTunnelOptionsSpecification as ModifyTunnel,
} from '@alicloud/vpc20160428';
import { seedGateways, type EmulatorProcess, type SeededGateways } from '../../support/emulator';
import { createDualConnection, dualConnectionRequest, tunnelPair } from './dualTunnelHelpers';
import { emulatorSuite } from './fixture';
import { connectionRequest, createConnection, describeConnection, expectApiError, REGION, settle } from './helpers';

const CERT = '-----BEGIN CERTIFICATE-----\nMIIB7zCCAZWgAwIBAgIJAKxYz\n-----END CERTIFICATE-----';

type Fields = Record<string, unknown>;

/** Every single-tunnel-only parameter of CreateVpnConnection, as SDK request fields with a valid value. */
const SINGLE_TUNNEL_CREATE: Array<[string, Fields]> = [
  ['CustomerGatewayId', { customerGatewayId: 'cgw-any' }],
  ['IkeConfig', { ikeConfig: '{"IkeEncAlg":"aes"}' }],
  ['IpsecConfig', { ipsecConfig: '{"IpsecEncAlg":"aes"}' }],
  ['HealthCheckConfig', { healthCheckConfig: '{"enable":"false"}' }],
  ['BgpConfig', { bgpConfig: '{"EnableBgp":"false"}' }],
  ['EnableDpd', { enableDpd: true }],
  ['EnableNatTraversal', { enableNatTraversal: false }],
  ['RemoteCaCertificate', { remoteCaCertificate: CERT }],
];
const SINGLE_TUNNEL_MODIFY = SINGLE_TUNNEL_CREATE.filter(([name]) => name !== 'CustomerGatewayId');

const dualOnly = (name: string) => `The parameter "${name}" is not supported in dual-tunnel mode.`;
const singleOnly = (name: string) => `The parameter "${name}" is not supported in single-tunnel mode.`;

describe('emulator tunnel mode: single- and dual-tunnel parameters exclude each other', () => {
  let emu: EmulatorProcess;
  let client: Client;
  let single: SeededGateways;
  let dual: SeededGateways;
  let singleConn: string;
  let dualConn: string;
  emulatorSuite({}, (s) => ({ emu, client } = s));
  before(async () => {
    single = await seedGateways(emu, { count: 2 });
    dual = await seedGateways(emu, { tunnelMode: 'dual' });
    singleConn = await createConnection(client, single);
    dualConn = await createDualConnection(client, dual);
  });
  beforeEach(async () => settle(emu));

  describe('CreateVpnConnection on a dual-tunnel gateway', () => {
    for (const [name, fields] of SINGLE_TUNNEL_CREATE) {
      it(`answers OperationUnsupported.SingleTunnelParameter for ${name}`, async () => {
        await expectApiError(client.createVpnConnection(dualConnectionRequest(dual, fields)),
          'OperationUnsupported.SingleTunnelParameter', 400, dualOnly(name));
      });
    }

    it('answers MissingTunnelOptionsSpecification without tunnel options', async () => {
      await expectApiError(client.createVpnConnection(dualConnectionRequest(dual, { tunnelOptionsSpecification: undefined })),
        'MissingTunnelOptionsSpecification', 400, 'TunnelOptionsSpecification is mandatory for this action.');
    });

    it('accepts ClientToken, Name, EffectImmediately, AutoConfigRoute, Tags, EnableTunnelsBgp and DryRun', async () => {
      await expectApiError(client.createVpnConnection(dualConnectionRequest(dual, {
        clientToken: 'dual-accepts-1', name: 'dual-link', effectImmediately: true, autoConfigRoute: false, enableTunnelsBgp: false,
        tags: [new CreateVpnConnectionRequestTags({ key: 'env', value: 'test' })], dryRun: true,
        tunnelOptionsSpecification: tunnelPair(dual), localSubnet: '10.5.0.0/24',
      })), 'DryRunOperation', 400, 'Request validation has been passed with DryRun flag set.');
    });
  });

  describe('CreateVpnConnection on a single-tunnel gateway', () => {
    it('answers OperationUnsupported.DualTunnelParameter for TunnelOptionsSpecification', async () => {
      await expectApiError(client.createVpnConnection(connectionRequest(single, { customerGatewayId: single.customerGatewayIds[1], tunnelOptionsSpecification: tunnelPair(single) })),
        'OperationUnsupported.DualTunnelParameter', 400, singleOnly('TunnelOptionsSpecification'));
    });

    it('answers OperationUnsupported.DualTunnelParameter for EnableTunnelsBgp, whatever its value', async () => {
      for (const enableTunnelsBgp of [true, false]) {
        await expectApiError(client.createVpnConnection(connectionRequest(single, { customerGatewayId: single.customerGatewayIds[1], enableTunnelsBgp })),
          'OperationUnsupported.DualTunnelParameter', 400, singleOnly('EnableTunnelsBgp'));
      }
    });

    it('answers MissingCustomerGatewayId, not a tunnel-mode error, when only the customer gateway is missing', async () => {
      await expectApiError(client.createVpnConnection(connectionRequest(single, { customerGatewayId: undefined })),
        'MissingCustomerGatewayId', 400, 'CustomerGatewayId is mandatory for this action.');
    });
  });

  describe('ModifyVpnConnectionAttribute on a dual-tunnel connection', () => {
    for (const [name, fields] of SINGLE_TUNNEL_MODIFY) {
      it(`answers OperationUnsupported.SingleTunnelParameter for ${name}`, async () => {
        await expectApiError(client.modifyVpnConnectionAttribute(new ModifyVpnConnectionAttributeRequest({ regionId: REGION, vpnConnectionId: dualConn, ...fields })),
          'OperationUnsupported.SingleTunnelParameter', 400, dualOnly(name));
      });
    }

    it('leaves the connection and the gateway untouched after a refused Modify', async () => {
      const state = await emu.control.state();
      assert.equal(state.vpnGateways.find((g) => g.VpnGatewayId === dual.vpnGatewayId)?.Status, 'active');
      assert.equal((await describeConnection(client, dualConn)).state, 'active');
    });
  });

  describe('ModifyVpnConnectionAttribute on a single-tunnel connection', () => {
    it('answers OperationUnsupported.DualTunnelParameter for TunnelOptionsSpecification and EnableTunnelsBgp', async () => {
      await expectApiError(client.modifyVpnConnectionAttribute(new ModifyVpnConnectionAttributeRequest({
        regionId: REGION, vpnConnectionId: singleConn, tunnelOptionsSpecification: [new ModifyTunnel({ role: 'master', enableDpd: false })],
      })), 'OperationUnsupported.DualTunnelParameter', 400, singleOnly('TunnelOptionsSpecification'));
      await expectApiError(client.modifyVpnConnectionAttribute(new ModifyVpnConnectionAttributeRequest({
        regionId: REGION, vpnConnectionId: singleConn, enableTunnelsBgp: true,
      })), 'OperationUnsupported.DualTunnelParameter', 400, singleOnly('EnableTunnelsBgp'));
    });
  });
});
