// examples/branch-office (index.ts) as a Go program (`runtime: go`) on the generated Go SDK (sdk/go): the same
// topology, a single-tunnel VPN gateway, two customer gateways, a connection over each, and active/standby routes.
package main

import (
	"github.com/alicloudvpn/pulumi-alicloudvpn/sdk/go/alicloudvpn"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi/config"
)

func main() {
	pulumi.Run(func(ctx *pulumi.Context) error {
		cfg := config.New(ctx, "")
		// One vSwitch: a single-tunnel gateway, one public IP.
		gateway, err := alicloudvpn.NewVpnGateway(ctx, "hq", &alicloudvpn.VpnGatewayArgs{
			VpnGatewayName: pulumi.String("branch-office-hq"),
			VpcId:          pulumi.String(cfg.Require("vpcId")),
			VswitchId:      pulumi.String(cfg.Require("vswitchId")),
			Bandwidth:      pulumi.Int(10),
			EnableIpsec:    pulumi.Bool(true),
			EnableSsl:      pulumi.Bool(false),
			PaymentType:    pulumi.String("PayAsYouGo"),
			Tags:           pulumi.StringMap{"site": pulumi.String("branch-office")},
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
		fibre, err := uplink("fibre-uplink", "branch-office-fibre", "fibre uplink", "198.51.100.20")
		if err != nil {
			return err
		}
		lte, err := uplink("lte-uplink", "branch-office-lte", "LTE uplink", "198.51.100.21")
		if err != nil {
			return err
		}
		// No Psk: the service generates one per connection, and the provider keeps it secret in state.
		connection := func(name string, customerGatewayId pulumi.IDOutput) (*alicloudvpn.VpnConnection, error) {
			return alicloudvpn.NewVpnConnection(ctx, name, &alicloudvpn.VpnConnectionArgs{
				Name:              pulumi.String("branch-office-" + name),
				VpnGatewayId:      gateway.ID(),
				CustomerGatewayId: customerGatewayId,
				LocalSubnets:      pulumi.StringArray{pulumi.String("10.0.0.0/16")},
				RemoteSubnets:     pulumi.StringArray{pulumi.String("192.168.50.0/24"), pulumi.String("192.168.60.0/24"), pulumi.String("192.168.70.0/24")},
				IkeConfig: &alicloudvpn.VpnConnectionIkeConfigArgs{
					IkeVersion: pulumi.String("ikev2"), IkeEncAlg: pulumi.String("aes256"), IkeAuthAlg: pulumi.String("sha256"),
					IkePfs: pulumi.String("group14"), IkeLifetime: pulumi.Int(86400),
				},
				IpsecConfig: &alicloudvpn.VpnConnectionIpsecConfigArgs{
					IpsecEncAlg: pulumi.String("aes256"), IpsecAuthAlg: pulumi.String("sha256"),
					IpsecPfs: pulumi.String("group14"), IpsecLifetime: pulumi.Int(3600),
				},
			})
		}
		primary, err := connection("primary", fibre.ID())
		if err != nil {
			return err
		}
		backup, err := connection("backup", lte.ID())
		if err != nil {
			return err
		}
		// Destination-based routes, published to the VPC's route table: the staff subnet active over fibre (weight
		// 100), standby over LTE (weight 0); the printers' subnet over fibre only.
		var routes pulumi.StringArray
		for _, r := range []struct {
			name, dest string
			nextHop    pulumi.IDOutput
			weight     int
		}{
			{"staff-active", "192.168.50.0/24", primary.ID(), 100},
			{"staff-standby", "192.168.50.0/24", backup.ID(), 0},
			{"printers", "192.168.60.0/24", primary.ID(), 100},
		} {
			route, err := alicloudvpn.NewVpnRouteEntry(ctx, r.name, &alicloudvpn.VpnRouteEntryArgs{
				VpnGatewayId: gateway.ID(),
				RouteDest:    pulumi.String(r.dest),
				NextHop:      r.nextHop,
				Weight:       pulumi.Int(r.weight),
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
			NextHop:      primary.ID(),
			Weight:       pulumi.Int(100),
			Priority:     pulumi.Int(10),
			PublishVpc:   pulumi.Bool(true),
		})
		if err != nil {
			return err
		}
		ctx.Export("vpnGatewayId", gateway.ID())
		ctx.Export("internetIp", gateway.InternetIp)
		ctx.Export("customerGatewayIds", pulumi.StringArray{fibre.ID(), lte.ID()})
		ctx.Export("connectionIds", pulumi.StringArray{primary.ID(), backup.ID()})
		ctx.Export("states", pulumi.All(primary.State, backup.State))
		ctx.Export("routes", append(routes, servers.ID()))
		return nil
	})
}
