// A Go program on the generated Go SDK (sdk/go/alicloudvpn), driven through the real Pulumi CLI by the
// Automation API. Inline programs serve their own language runtime, so no Go language host is needed.
// One step per run (up, preview, refresh, destroy) so the e2e test can act between steps; the answer is
// JSON on stdout: the change summary, the CLI's output and the stack outputs.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/alicloudvpn/pulumi-alicloudvpn/sdk/go/alicloudvpn"
	"github.com/pulumi/pulumi/sdk/v3/go/auto"
	"github.com/pulumi/pulumi/sdk/v3/go/auto/optdestroy"
	"github.com/pulumi/pulumi/sdk/v3/go/auto/optpreview"
	"github.com/pulumi/pulumi/sdk/v3/go/auto/optrefresh"
	"github.com/pulumi/pulumi/sdk/v3/go/auto/optup"
	"github.com/pulumi/pulumi/sdk/v3/go/common/workspace"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi/config"
)

type answer struct {
	Summary map[string]int         `json:"summary"`
	Stdout  string                 `json:"stdout"`
	Outputs map[string]interface{} `json:"outputs"`
}

func program(ctx *pulumi.Context) error {
	cfg := config.New(ctx, "")
	conn, err := alicloudvpn.NewVpnConnection(ctx, "branch-go", &alicloudvpn.VpnConnectionArgs{
		Name:              pulumi.String("branch-go"),
		VpnGatewayId:      pulumi.String(cfg.Require("vpnGatewayId")),
		CustomerGatewayId: pulumi.String(cfg.Require("customerGatewayId")),
		LocalSubnets:      pulumi.StringArray{pulumi.String("10.20.0.0/16")},
		RemoteSubnets:     pulumi.StringArray{pulumi.String("172.20.1.0/24")},
		IkeConfig: &alicloudvpn.VpnConnectionIkeConfigArgs{
			Psk:        cfg.RequireSecret("psk"),
			IkeVersion: pulumi.String("ikev2"),
			// A plain string from config: the enum inputs are relaxed.
			IkeEncAlg:  pulumi.String(cfg.Get("encAlg")),
			IkeAuthAlg: pulumi.String("sha256"),
		},
		IpsecConfig: &alicloudvpn.VpnConnectionIpsecConfigArgs{
			IpsecEncAlg: pulumi.String(string(alicloudvpn.EncAlgAes256)),
			IpsecPfs:    pulumi.String("group14"),
		},
	})
	if err != nil {
		return err
	}
	ctx.Export("connectionId", conn.VpnConnectionId)
	ctx.Export("ikeEncAlg", conn.IkeConfig.IkeEncAlg())
	return nil
}

func env(name string) string {
	v := os.Getenv(name)
	if v == "" {
		fail(fmt.Errorf("%s is not set", name))
	}
	return v
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}

func main() {
	if len(os.Args) != 2 {
		fail(fmt.Errorf("usage: e2e-go up|preview|refresh|destroy"))
	}
	ctx := context.Background()
	cmd, err := auto.NewPulumiCommand(&auto.PulumiCommandOptions{Root: env("PULUMI_ROOT"), SkipVersionCheck: true})
	if err != nil {
		fail(err)
	}
	project := workspace.Project{
		Name:    "alicloudvpn-e2e-go",
		Runtime: workspace.NewProjectRuntimeInfo("go", nil),
		Plugins: &workspace.Plugins{Providers: []workspace.PluginOptions{{Name: "alicloudvpn", Path: env("PROVIDER_BIN")}}},
	}
	stack, err := auto.UpsertStackInlineSource(ctx, "e2e", project.Name.String(), program,
		auto.Project(project), auto.Pulumi(cmd), auto.WorkDir(env("WORK_DIR")))
	if err != nil {
		fail(err)
	}
	cfg := auto.ConfigMap{
		"alicloudvpn:region":   {Value: env("REGION")},
		"alicloudvpn:endpoint": {Value: env("ENDPOINT")},
		"alicloudvpn:protocol": {Value: "http"},
		"vpnGatewayId":         {Value: env("VPN_GATEWAY_ID")},
		"customerGatewayId":    {Value: env("CUSTOMER_GATEWAY_ID")},
		"psk":                  {Value: env("PSK"), Secret: true},
		"encAlg":               {Value: env("ENC_ALG")},
	}
	if err := stack.SetAllConfig(ctx, cfg); err != nil {
		fail(err)
	}
	var out answer
	switch os.Args[1] {
	case "up":
		res, err := stack.Up(ctx, optup.SuppressProgress())
		if err != nil {
			fail(err)
		}
		out = answer{Summary: summary(res.Summary.ResourceChanges), Stdout: res.StdOut, Outputs: plain(res.Outputs)}
	case "preview":
		res, err := stack.Preview(ctx, optpreview.Diff(), optpreview.SuppressProgress())
		if err != nil {
			fail(err)
		}
		counts := map[string]int{}
		for op, n := range res.ChangeSummary {
			counts[string(op)] = n
		}
		out = answer{Summary: counts, Stdout: res.StdOut}
	case "refresh":
		res, err := stack.Refresh(ctx, optrefresh.SuppressProgress())
		if err != nil {
			fail(err)
		}
		outputs, err := stack.Outputs(ctx)
		if err != nil {
			fail(err)
		}
		out = answer{Summary: summary(res.Summary.ResourceChanges), Stdout: res.StdOut, Outputs: plain(outputs)}
	case "destroy":
		res, err := stack.Destroy(ctx, optdestroy.SuppressProgress())
		if err != nil {
			fail(err)
		}
		out = answer{Summary: summary(res.Summary.ResourceChanges), Stdout: res.StdOut}
	default:
		fail(fmt.Errorf("unknown step %q", os.Args[1]))
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fail(err)
	}
}

func summary(changes *map[string]int) map[string]int {
	if changes == nil {
		return map[string]int{}
	}
	return *changes
}

func plain(outputs auto.OutputMap) map[string]interface{} {
	out := map[string]interface{}{}
	for k, v := range outputs {
		// The test reads them back; the program exports no secret of its own.
		out[k] = v.Value
	}
	return out
}
