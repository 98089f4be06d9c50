// A branch office's IPsec-VPN connection as a Go program (`runtime: go`), on the generated Go SDK (sdk/go).
package main

import (
	"github.com/alicloudvpn/pulumi-alicloudvpn/sdk/go/alicloudvpn"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi/config"
)

func main() {
	pulumi.Run(func(ctx *pulumi.Context) error {
		cfg := config.New(ctx, "")
		conn, err := alicloudvpn.NewVpnConnection(ctx, "branch-office", &alicloudvpn.VpnConnectionArgs{
			Name:              pulumi.String("branch-office"),
			VpnGatewayId:      pulumi.String(cfg.Require("vpnGatewayId")),
			CustomerGatewayId: pulumi.String(cfg.Require("customerGatewayId")),
			// The VPC's side first, then the branch office's.
			LocalSubnets:  pulumi.StringArray{pulumi.String("10.30.0.0/16"), pulumi.String("10.31.0.0/16")},
			RemoteSubnets: pulumi.StringArray{pulumi.String("192.168.50.0/24")},
			EnableDpd:     pulumi.Bool(true),
			IkeConfig: &alicloudvpn.VpnConnectionIkeConfigArgs{
				IkeVersion:  pulumi.String(string(alicloudvpn.IkeVersionIkev2)),
				IkeEncAlg:   pulumi.String(string(alicloudvpn.EncAlgAes256)),
				IkeLifetime: pulumi.Int(28800),
				Psk:         cfg.RequireSecret("psk"),
			},
			IpsecConfig: &alicloudvpn.VpnConnectionIpsecConfigArgs{
				IpsecAuthAlg: pulumi.String(string(alicloudvpn.AuthAlgSha256)),
				IpsecEncAlg:  pulumi.String(string(alicloudvpn.EncAlgAes256)),
			},
			Tags: pulumi.StringMap{"site": pulumi.String("branch-office")},
		})
		if err != nil {
			return err
		}
		ctx.Export("connectionId", conn.VpnConnectionId)
		ctx.Export("state", conn.State)
		return nil
	})
}
