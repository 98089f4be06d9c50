import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import * as alicloudvpn from "pulumi-alicloudvpn";

const config = new pulumi.Config();

// A ShangMi (SM) connection needs a NationalStandard VPN gateway, SM algorithms and the peer's CA certificate;
// authentication is by certificate, so there is no pre-shared key.
const connection = new alicloudvpn.VpnConnection("guomi", {
    name: "guomi-branch",
    vpnGatewayId: config.require("vpnGatewayId"),
    customerGatewayId: config.require("customerGatewayId"),
    localSubnets: ["10.30.0.0/16"],
    remoteSubnets: ["192.168.30.0/24"],
    ikeConfig: {
        ikeVersion: "ikev1",
        ikeMode: "main",
        ikeEncAlg: "sm4",
        ikeAuthAlg: "sm3",
        ikeLifetime: 86400,
    },
    ipsecConfig: {
        ipsecEncAlg: "sm4",
        ipsecAuthAlg: "sm3",
        ipsecLifetime: 86400,
    },
    remoteCaCertificate: fs.readFileSync(path.join(__dirname, "peer-ca.pem"), "utf8"),
});

export const connectionId = connection.vpnConnectionId;
export const status = connection.status;
