// A branch office's whole IPsec-VPN topology in one program, in the active/standby form single-tunnel gateways
// use: the VPN gateway in the VPC, the office's two uplinks, one connection over each, and routes whose weights
// make the fibre uplink the active path and LTE the standby. The quickstart shows the dual-tunnel form. The same
// program in YAML is in yaml/, in Go in go/.
import * as pulumi from "@pulumi/pulumi";
import * as alicloudvpn from "pulumi-alicloudvpn";

const config = new pulumi.Config();

// One vSwitch: a single-tunnel gateway, one public IP.
const gateway = new alicloudvpn.VpnGateway("hq", {
    vpnGatewayName: "branch-office-hq",
    vpcId: config.require("vpcId"),
    vswitchId: config.require("vswitchId"),
    bandwidth: 10,
    enableIpsec: true,
    enableSsl: false,
    paymentType: "PayAsYouGo",
    tags: { site: "branch-office" },
});

const fibre = new alicloudvpn.CustomerGateway("fibre-uplink", {
    customerGatewayName: "branch-office-fibre",
    description: "fibre uplink",
    ipAddress: "198.51.100.20",
});
const lte = new alicloudvpn.CustomerGateway("lte-uplink", {
    customerGatewayName: "branch-office-lte",
    description: "LTE uplink",
    ipAddress: "198.51.100.21",
});

// No psk: the service generates one per connection, and the provider keeps it secret in state.
const connection = (name: string, customerGatewayId: pulumi.Input<string>) => new alicloudvpn.VpnConnection(name, {
    name: `branch-office-${name}`,
    vpnGatewayId: gateway.id,
    customerGatewayId,
    localSubnets: ["10.0.0.0/16"],
    remoteSubnets: ["192.168.50.0/24", "192.168.60.0/24", "192.168.70.0/24"],
    ikeConfig: { ikeVersion: "ikev2", ikeEncAlg: "aes256", ikeAuthAlg: "sha256", ikePfs: "group14", ikeLifetime: 86400 },
    ipsecConfig: { ipsecEncAlg: "aes256", ipsecAuthAlg: "sha256", ipsecPfs: "group14", ipsecLifetime: 3600 },
});
const primary = connection("primary", fibre.id);
const backup = connection("backup", lte.id);

// Destination-based routes, published to the VPC's route table. The staff subnet has an active route (weight 100)
// over fibre and a standby one (weight 0) over LTE; the printers' subnet goes over fibre only.
const route = (name: string, routeDest: string, nextHop: pulumi.Input<string>, weight: number) =>
    new alicloudvpn.VpnRouteEntry(name, { vpnGatewayId: gateway.id, routeDest, nextHop, weight, publishVpc: true });
const staffActive = route("staff-active", "192.168.50.0/24", primary.id, 100);
const staffStandby = route("staff-standby", "192.168.50.0/24", backup.id, 0);
const printers = route("printers", "192.168.60.0/24", primary.id, 100);
// A policy-based route: only the VPC's application subnet reaches the office's servers.
const servers = new alicloudvpn.VpnPbrRouteEntry("servers", {
    vpnGatewayId: gateway.id,
    routeSource: "10.0.1.0/24",
    routeDest: "192.168.70.0/24",
    nextHop: primary.id,
    weight: 100,
    priority: 10,
    publishVpc: true,
});

export const vpnGatewayId = gateway.id;
export const internetIp = gateway.internetIp;
export const customerGatewayIds = [fibre.id, lte.id];
export const connectionIds = [primary.id, backup.id];
export const states = [primary.state, backup.state];
export const routes = [staffActive.id, staffStandby.id, printers.id, servers.id];
