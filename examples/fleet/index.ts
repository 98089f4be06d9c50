import * as pulumi from "@pulumi/pulumi";
import * as alicloudvpn from "pulumi-alicloudvpn";

const config = new pulumi.Config();
const vpnGatewayIds = config.requireObject<string[]>("vpnGatewayIds");
const customerGatewayIds = config.requireObject<string[]>("customerGatewayIds");
const count = config.getNumber("count") ?? 10;

// Branch i uses gateway i mod 3 and the next customer gateway in line, so no gateway/customer-gateway pair repeats.
// Connections on one gateway are created concurrently by the engine; the provider serializes them per gateway.
const branches: alicloudvpn.VpnConnection[] = [];
for (let i = 0; i < count; i++) {
    branches.push(new alicloudvpn.VpnConnection(`branch-${i}`, {
        name: `branch-${i}`,
        vpnGatewayId: vpnGatewayIds[i % vpnGatewayIds.length],
        customerGatewayId: customerGatewayIds[Math.floor(i / vpnGatewayIds.length)],
        localSubnets: ["10.0.0.0/16"],
        remoteSubnets: [`192.168.${i}.0/24`],
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
    }));
}

export const connectionIds = branches.map((b) => b.vpnConnectionId);
