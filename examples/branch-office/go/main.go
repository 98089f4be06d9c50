// examples/branch-office (index.ts) as a Go program (`runtime: go`) on the generated Go SDK (sdk/go): the same
// topology, a VPN gateway, two customer gateways, a dual-tunnel connection and its routes.
package main

import (
	"github.com/alicloudvpn/pulumi-alicloudvpn/sdk/go/alicloudvpn"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi/config"
)

func main() {
	pulumi.Run(func(ctx *pulumi.Context) error {
		cfg := config.New(ctx, "")
		// Two vSwitches of the VPC in different zones make the gateway dual-tunnel.
		gateway, err := alicloudvpn.NewVpnGateway(ctx, "hq", &alicloudvpn.VpnGatewayArgs{
			VpnGatewayName:            pulumi.String("branch-office-hq"),
			VpcId:                     pulumi.String(cfg.Require("vpcId")),
			VswitchId:                 pulumi.String(cfg.Require("vswitchId")),
			DisasterRecoveryVswitchId: pulumi.String(cfg.Require("disasterRecoveryVswitchId")),
			Bandwidth:                 pulumi.Int(10),
			EnableIpsec:               pulumi.Bool(true),
			EnableSsl:                 pulumi.Bool(false),
			PaymentType:               pulumi.String("PayAsYouGo"),
			Tags:                      pulumi.StringMap{"site": pulumi.String("branch-office")},
		})
		if err != nil {
			return err
		}
		uplink := func(name, gatewayName, description, ip string) (*alicloudvpn.CustomerGateway, error) {
			return alicloudvpn.NewCustomerGateway(ctx, name, &alicloudvpn.CustomerGatewayArgs{
				CustomerGatewayName: pulumi.String(gatewayName),
				Description:         pulumi.String(description),
				IpAddress:           pulumi.String(ip),
			})
		}
		primary, err := uplink("primary-uplink", "branch-office-primary", "fibre uplink", "198.51.100.20")
		if err != nil {
			return err
		}
		backup, err := uplink("backup-uplink", "branch-office-backup", "LTE uplink", "198.51.100.21")
		if err != nil {
			return err
		}
		// No Psk: the service generates one per tunnel, and the provider keeps both secret in state.
		ike := &alicloudvpn.VpnConnectionIkeConfigArgs{
			IkeVersion: pulumi.String("ikev2"), IkeEncAlg: pulumi.String("aes256"), IkeAuthAlg: pulumi.String("sha256"),
			IkePfs: pulumi.String("group14"), IkeLifetime: pulumi.Int(86400),
		}
		ipsec := &alicloudvpn.VpnConnectionIpsecConfigArgs{
			IpsecEncAlg: pulumi.String("aes256"), IpsecAuthAlg: pulumi.String("sha256"),
			IpsecPfs: pulumi.String("group14"), IpsecLifetime: pulumi.Int(3600),
		}
		office, err := alicloudvpn.NewVpnConnection(ctx, "office", &alicloudvpn.VpnConnectionArgs{
			Name:          pulumi.String("branch-office"),
			VpnGatewayId:  gateway.ID(),
			LocalSubnets:  pulumi.StringArray{pulumi.String("10.0.0.0/16")},
			RemoteSubnets: pulumi.StringArray{pulumi.String("192.168.50.0/24"), pulumi.String("192.168.60.0/24")},
			TunnelOptions: alicloudvpn.VpnConnectionTunnelOptionsArray{
				&alicloudvpn.VpnConnectionTunnelOptionsArgs{Role: pulumi.String("master"), CustomerGatewayId: primary.ID(), TunnelIkeConfig: ike, TunnelIpsecConfig: ipsec},
				&alicloudvpn.VpnConnectionTunnelOptionsArgs{Role: pulumi.String("slave"), CustomerGatewayId: backup.ID(), TunnelIkeConfig: ike, TunnelIpsecConfig: ipsec},
			},
		})
		if err != nil {
			return err
		}
		// Destination-based routes: the office's subnets through the connection, published to the VPC's route table.
		var routes pulumi.StringArray
		for _, r := range []struct{ name, dest string }{{"staff", "192.168.50.0/24"}, {"printers", "192.168.60.0/24"}} {
			route, err := alicloudvpn.NewVpnRouteEntry(ctx, r.name, &alicloudvpn.VpnRouteEntryArgs{
				VpnGatewayId: gateway.ID(),
				RouteDest:    pulumi.String(r.dest),
				NextHop:      office.ID(),
				Weight:       pulumi.Int(100),
				PublishVpc:   pulumi.Bool(true),
			})
			if err != nil {
				return err
			}
			routes = append(routes, route.ID())
		}
		// A policy-based route: only the VPC's application subnet reaches the office's servers.
		servers, err := alicloudvpn.NewVpnPbrRouteEntry(ctx, "servers", &alicloudvpn.VpnPbrRouteEntryArgs{
			VpnGatewayId: gateway.ID(),
			RouteSource:  pulumi.String("10.0.1.0/24"),
			RouteDest:    pulumi.String("192.168.70.0/24"),
			NextHop:      office.ID(),
			Weight:       pulumi.Int(100),
			Priority:     pulumi.Int(10),
			PublishVpc:   pulumi.Bool(true),
		})
		if err != nil {
			return err
		}
		ctx.Export("vpnGatewayId", gateway.ID())
		ctx.Export("internetIps", pulumi.StringArray{gateway.InternetIp, gateway.DisasterRecoveryInternetIp})
		ctx.Export("customerGatewayIds", pulumi.StringArray{primary.ID(), backup.ID()})
		ctx.Export("connectionId", office.ID())
		ctx.Export("state", office.State)
		ctx.Export("routes", append(routes, servers.ID()))
		return nil
	})
}
