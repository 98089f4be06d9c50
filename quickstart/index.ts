import * as pulumi from "@pulumi/pulumi";
import * as alicloudvpn from "pulumi-alicloudvpn";

// `make demo` creates both gateways through the VPC API and puts their ids in the stack config.
const config = new pulumi.Config();

const office = new alicloudvpn.VpnConnection("office", {
    name: "quickstart-office",
    vpnGatewayId: config.require("vpnGatewayId"),
    customerGatewayId: config.require("customerGatewayId"),
    localSubnets: ["10.0.0.0/16"],
    remoteSubnets: ["192.168.10.0/24", "192.168.20.0/24"],
    effectImmediately: true,
    // No psk: the service generates one, and the provider keeps it secret in state.
    ikeConfig: {
        ikeVersion: "ikev2",
        ikeEncAlg: "aes256",
        ikeAuthAlg: "sha256",
        ikePfs: "group14",
        ikeLifetime: 86400,
    },
    ipsecConfig: {
        ipsecEncAlg: "aes256",
        ipsecAuthAlg: "sha256",
        ipsecPfs: "group14",
        ipsecLifetime: 3600,
    },
});

export const connectionId = office.vpnConnectionId;
export const status = office.status;
export const state = office.state;
export const vpnGatewayId = office.vpnGatewayId;
export const customerGatewayId = office.customerGatewayId;
export const localSubnets = office.localSubnets;
export const remoteSubnets = office.remoteSubnets;
