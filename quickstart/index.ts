import * as pulumi from "@pulumi/pulumi";
import * as alicloudvpn from "pulumi-alicloudvpn";

// The whole branch-office topology: a dual-tunnel VPN gateway in the VPC, the office's two uplinks as customer
// gateways, one dual-tunnel IPsec connection (the master tunnel to the primary uplink, the slave tunnel to the
// backup) and the routes that send the office's subnets into it. `make demo` puts the VPC and its two vSwitches
// (in different zones, which makes the gateway dual-tunnel) into the stack config; for the single-tunnel form
// older gateways take, see examples/basic.
const config = new pulumi.Config();
const officeSubnets = ["192.168.10.0/24", "192.168.20.0/24"];

const gateway = new alicloudvpn.VpnGateway("hq", {
    vpnGatewayName: "quickstart-hq",
    description: "The VPC's side of the office VPN",
    vpcId: config.require("vpcId"),
    vswitchId: config.require("vswitchId"),
    disasterRecoveryVswitchId: config.require("disasterRecoveryVswitchId"),
    bandwidth: 10,
    enableIpsec: true,
    enableSsl: false,
    paymentType: "PayAsYouGo",
    tags: { site: "quickstart" },
});

const primary = new alicloudvpn.CustomerGateway("office-primary", {
    customerGatewayName: "quickstart-office-primary",
    description: "office primary uplink",
    ipAddress: "203.0.113.10",
});
const backup = new alicloudvpn.CustomerGateway("office-backup", {
    customerGatewayName: "quickstart-office-backup",
    description: "office backup uplink",
    ipAddress: "203.0.113.11",
});

// Both tunnels negotiate alike here; each could have its own settings. No psk: the service generates one per
// tunnel, and the provider keeps both secret in state.
const ike = { ikeVersion: "ikev2", ikeEncAlg: "aes256", ikeAuthAlg: "sha256", ikePfs: "group14", ikeLifetime: 86400 };
const ipsec = { ipsecEncAlg: "aes256", ipsecAuthAlg: "sha256", ipsecPfs: "group14", ipsecLifetime: 3600 };

const office = new alicloudvpn.VpnConnection("office", {
    name: "quickstart-office",
    vpnGatewayId: gateway.id,
    localSubnets: ["10.0.0.0/16"],
    remoteSubnets: officeSubnets,
    effectImmediately: true,
    tunnelOptions: [
        { role: "master", customerGatewayId: primary.id, tunnelIkeConfig: ike, tunnelIpsecConfig: ipsec },
        { role: "slave", customerGatewayId: backup.id, tunnelIkeConfig: ike, tunnelIpsecConfig: ipsec },
    ],
});

// The office's subnets through the connection, published to the VPC's route table.
const routes = officeSubnets.map((routeDest, i) => new alicloudvpn.VpnRouteEntry(`office-route-${i}`, {
    vpnGatewayId: gateway.id,
    routeDest,
    nextHop: office.id,
    weight: 100,
    publishVpc: true,
}));

export const vpnGatewayId = gateway.id;
export const internetIp = gateway.internetIp;
export const disasterRecoveryInternetIp = gateway.disasterRecoveryInternetIp;
export const customerGatewayIds = { primary: primary.id, backup: backup.id };
export const connectionId = office.vpnConnectionId;
export const status = office.status;
export const state = office.state;
// Each tunnel's role, id and customer gateway.
export const tunnels = office.tunnels.apply((ts) => (ts ?? []).map(({ role, tunnelId, customerGatewayId }) => ({ role, tunnelId, customerGatewayId })));
// The pre-shared key of each tunnel, by role, for the office routers' side of the tunnels: the service generated
// them, so this is where they are read. Secret: `pulumi stack output` shows [secret], `--show-secrets` the keys.
export const tunnelPsks = pulumi.secret(office.tunnelOptions.apply((ts) => Object.fromEntries((ts ?? []).map((t) => [t.role, t.tunnelIkeConfig?.psk]))));
export const localSubnets = office.localSubnets;
export const remoteSubnets = office.remoteSubnets;
export const routeDestinations = routes.map((r) => r.routeDest);
