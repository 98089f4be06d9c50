import * as pulumi from "@pulumi/pulumi";
import { VpnConnection } from "pulumi-alicloudvpn-dynamic";

// The dynamic-provider variant runs inside the program, so it takes the API settings as a resource argument.
// This example reads them from the same `alicloudvpn:*` stack config the plugin uses; unset credentials come
// from ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET at deploy time.
const cloud = new pulumi.Config("alicloudvpn");
const config = new pulumi.Config();

const connection = new VpnConnection("branch", {
    cloud: {
        region: cloud.get("region"),
        endpoint: cloud.get("endpoint"),
        protocol: cloud.get("protocol"),
    },
    name: "branch-dynamic",
    vpnGatewayId: config.require("vpnGatewayId"),
    customerGatewayId: config.require("customerGatewayId"),
    localSubnets: ["10.40.0.0/16"],
    remoteSubnets: ["172.20.1.0/24"],
    ikeConfig: {
        psk: config.requireSecret("psk"),
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
    },
});

export const connectionId = connection.vpnConnectionId;
export const status = connection.status;
