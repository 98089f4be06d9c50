import * as pulumi from "@pulumi/pulumi";
import * as alicloudvpn from "pulumi-alicloudvpn";

// A VPN gateway bought today in the main regions takes dual-tunnel connections only: two tunnels, each to its own
// customer gateway (the office's two uplinks here), with their own IKE, IPsec and BGP settings.
const config = new pulumi.Config();

const office = new alicloudvpn.VpnConnection("office", {
    name: "office-dual",
    vpnGatewayId: config.require("vpnGatewayId"),
    localSubnets: ["10.20.0.0/16"],
    remoteSubnets: ["192.168.30.0/24"],
    effectImmediately: true,
    enableTunnelsBgp: true,
    tunnelOptions: [
        {
            role: "master",
            customerGatewayId: config.require("primaryCustomerGatewayId"),
            tunnelIkeConfig: {
                psk: config.requireSecret("masterPsk"),
                ikeVersion: "ikev2",
                ikeEncAlg: config.get("ikeEncAlg") ?? "aes256",
                ikeAuthAlg: "sha256",
                ikePfs: "group14",
            },
            tunnelIpsecConfig: { ipsecEncAlg: "aes256", ipsecAuthAlg: "sha256", ipsecPfs: "group14", ipsecLifetime: 3600 },
            tunnelBgpConfig: { tunnelCidr: "169.254.21.0/30", localBgpIp: "169.254.21.1", localAsn: 65010 },
        },
        {
            role: "slave",
            customerGatewayId: config.require("backupCustomerGatewayId"),
            // No psk: the service generates one, and the provider keeps it secret in state.
            tunnelIkeConfig: { ikeVersion: "ikev2", ikeEncAlg: "aes256", ikeAuthAlg: "sha256", ikePfs: "group14" },
            tunnelIpsecConfig: { ipsecEncAlg: "aes256", ipsecAuthAlg: "sha256", ipsecPfs: "group14", ipsecLifetime: 3600 },
            tunnelBgpConfig: { tunnelCidr: "169.254.22.0/30", localBgpIp: "169.254.22.1", localAsn: 65010 },
        },
    ],
    tags: { env: config.get("env") ?? "prod", team: "network" },
});

export const connectionId = office.vpnConnectionId;
export const state = office.state;
export const tunnels = office.tunnels;
export const tags = office.tags;
