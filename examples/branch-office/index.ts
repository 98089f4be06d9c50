// A branch office's whole IPsec-VPN topology in one program: the VPN gateway in the VPC, the office's two uplinks,
// one dual-tunnel connection to them, and the routes that send traffic into it. The same program in YAML is in
// yaml/, in Go in go/.
import * as pulumi from "@pulumi/pulumi";
import * as alicloudvpn from "pulumi-alicloudvpn";

const config = new pulumi.Config();

// Two vSwitches of the VPC in different zones make the gateway dual-tunnel (two public IPs, one per zone).
const gateway = new alicloudvpn.VpnGateway("hq", {
    vpnGatewayName: "branch-office-hq",
    vpcId: config.require("vpcId"),
    vswitchId: config.require("vswitchId"),
    disasterRecoveryVswitchId: config.require("disasterRecoveryVswitchId"),
    bandwidth: 10,
    enableIpsec: true,
    enableSsl: false,
    paymentType: "PayAsYouGo",
    tags: { site: "branch-office" },
});

const primary = new alicloudvpn.CustomerGateway("primary-uplink", {
    customerGatewayName: "branch-office-primary",
    description: "fibre uplink",
    ipAddress: "198.51.100.20",
});
const backup = new alicloudvpn.CustomerGateway("backup-uplink", {
    customerGatewayName: "branch-office-backup",
    description: "LTE uplink",
    ipAddress: "198.51.100.21",
});

// No psk: the service generates one per tunnel, and the provider keeps both secret in state.
const ike = { ikeVersion: "ikev2", ikeEncAlg: "aes256", ikeAuthAlg: "sha256", ikePfs: "group14", ikeLifetime: 86400 };
const ipsec = { ipsecEncAlg: "aes256", ipsecAuthAlg: "sha256", ipsecPfs: "group14", ipsecLifetime: 3600 };

const office = new alicloudvpn.VpnConnection("office", {
    name: "branch-office",
    vpnGatewayId: gateway.id,
    localSubnets: ["10.0.0.0/16"],
    remoteSubnets: ["192.168.50.0/24", "192.168.60.0/24"],
    tunnelOptions: [
        { role: "master", customerGatewayId: primary.id, tunnelIkeConfig: ike, tunnelIpsecConfig: ipsec },
        { role: "slave", customerGatewayId: backup.id, tunnelIkeConfig: ike, tunnelIpsecConfig: ipsec },
    ],
});

// Destination-based routes: the office's subnets through the connection, published to the VPC's route table.
const staff = new alicloudvpn.VpnRouteEntry("staff", {
    vpnGatewayId: gateway.id,
    routeDest: "192.168.50.0/24",
    nextHop: office.id,
    weight: 100,
    publishVpc: true,
});
const printers = new alicloudvpn.VpnRouteEntry("printers", {
    vpnGatewayId: gateway.id,
    routeDest: "192.168.60.0/24",
    nextHop: office.id,
    weight: 100,
    publishVpc: true,
});
// A policy-based route: only the VPC's application subnet reaches the office's servers.
const servers = new alicloudvpn.VpnPbrRouteEntry("servers", {
    vpnGatewayId: gateway.id,
    routeSource: "10.0.1.0/24",
    routeDest: "192.168.70.0/24",
    nextHop: office.id,
    weight: 100,
    priority: 10,
    publishVpc: true,
});

export const vpnGatewayId = gateway.id;
export const internetIps = [gateway.internetIp, gateway.disasterRecoveryInternetIp];
export const customerGatewayIds = [primary.id, backup.id];
export const connectionId = office.id;
export const state = office.state;
export const routes = [staff.id, printers.id, servers.id];
