import * as pulumi from "@pulumi/pulumi";
import * as alicloudvpn from "pulumi-alicloudvpn";

// `make demo` creates the gateways through the VPC API and puts their ids in the stack config: a dual-tunnel VPN
// gateway (the kind sold today in the main regions) and two customer gateways, the office's primary and backup
// uplinks. A dual-tunnel connection has two tunnels, one to each. For the single-tunnel form older gateways take
// (one customerGatewayId, ikeConfig, ipsecConfig), see examples/basic.
const config = new pulumi.Config();

// Both tunnels negotiate alike here; each could have its own settings. No psk: the service generates one per
// tunnel, and the provider keeps both secret in state.
const ike = { ikeVersion: "ikev2", ikeEncAlg: "aes256", ikeAuthAlg: "sha256", ikePfs: "group14", ikeLifetime: 86400 };
const ipsec = { ipsecEncAlg: "aes256", ipsecAuthAlg: "sha256", ipsecPfs: "group14", ipsecLifetime: 3600 };

const office = new alicloudvpn.VpnConnection("office", {
    name: "quickstart-office",
    vpnGatewayId: config.require("vpnGatewayId"),
    localSubnets: ["10.0.0.0/16"],
    remoteSubnets: ["192.168.10.0/24", "192.168.20.0/24"],
    effectImmediately: true,
    tunnelOptions: [
        { role: "master", customerGatewayId: config.require("primaryCustomerGatewayId"), tunnelIkeConfig: ike, tunnelIpsecConfig: ipsec },
        { role: "slave", customerGatewayId: config.require("backupCustomerGatewayId"), tunnelIkeConfig: ike, tunnelIpsecConfig: ipsec },
    ],
});

export const connectionId = office.vpnConnectionId;
export const status = office.status;
export const state = office.state;
export const vpnGatewayId = office.vpnGatewayId;
// Each tunnel's role, id and customer gateway.
export const tunnels = office.tunnels.apply((ts) => (ts ?? []).map(({ role, tunnelId, customerGatewayId }) => ({ role, tunnelId, customerGatewayId })));
// The pre-shared key of each tunnel, by role, for the office routers' side of the tunnels: the service generated
// them, so this is where they are read. Secret: `pulumi stack output` shows [secret], `--show-secrets` the keys.
export const tunnelPsks = pulumi.secret(office.tunnelOptions.apply((ts) => Object.fromEntries((ts ?? []).map((t) => [t.role, t.tunnelIkeConfig?.psk]))));
export const localSubnets = office.localSubnets;
export const remoteSubnets = office.remoteSubnets;
