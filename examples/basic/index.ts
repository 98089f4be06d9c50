import * as pulumi from "@pulumi/pulumi";
import * as alicloudvpn from "pulumi-alicloudvpn";

// The gateways already exist (made in the console or by another stack); their ids come from stack config.
const config = new pulumi.Config();

const connection = new alicloudvpn.VpnConnection("branch", {
    name: "branch-office",
    vpnGatewayId: config.require("vpnGatewayId"),
    customerGatewayId: config.require("customerGatewayId"),
    localSubnets: ["10.10.0.0/16"],
    remoteSubnets: ["172.16.1.0/24", "172.16.2.0/24"],
    effectImmediately: true,
    ikeConfig: {
        psk: config.requireSecret("psk"),
        ikeVersion: "ikev2",
        ikeMode: "main",
        ikeEncAlg: "aes256",
        ikeAuthAlg: "sha256",
        ikePfs: "group14",
        ikeLifetime: 86400,
        localId: "10.10.0.1",
        remoteId: "172.16.1.1",
    },
    ipsecConfig: {
        ipsecEncAlg: "aes256",
        ipsecAuthAlg: "sha256",
        ipsecPfs: "group14",
        ipsecLifetime: 3600,
    },
});

export const connectionId = connection.vpnConnectionId;
export const status = connection.status;
export const ikeConfig = connection.ikeConfig;
