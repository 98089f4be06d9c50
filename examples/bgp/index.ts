import * as pulumi from "@pulumi/pulumi";
import * as alicloudvpn from "pulumi-alicloudvpn";

const config = new pulumi.Config();

// Routes are learned over BGP inside the tunnel; the health check probes the far side through it.
const connection = new alicloudvpn.VpnConnection("datacenter", {
    name: "datacenter-bgp",
    vpnGatewayId: config.require("vpnGatewayId"),
    customerGatewayId: config.require("customerGatewayId"),
    localSubnets: ["0.0.0.0/0"],
    remoteSubnets: ["0.0.0.0/0"],
    ikeConfig: {
        ikeVersion: "ikev2",
        ikeEncAlg: "aes256",
        ikeAuthAlg: "sha256",
        ikePfs: "group14",
    },
    ipsecConfig: {
        ipsecEncAlg: "aes256",
        ipsecAuthAlg: "sha256",
        ipsecPfs: "group14",
    },
    bgpConfig: {
        enableBgp: true,
        localAsn: 65010,
        tunnelCidr: "169.254.10.0/30",
        localBgpIp: "169.254.10.1",
    },
    healthCheckConfig: {
        enable: true,
        sip: "10.20.0.1",
        dip: "192.168.100.1",
        interval: 3,
        retry: 3,
    },
});

export const connectionId = connection.vpnConnectionId;
export const status = connection.status;
export const bgpConfig = connection.bgpConfig;
export const healthCheckConfig = connection.healthCheckConfig;
