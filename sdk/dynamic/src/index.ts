// `pulumi-alicloudvpn-dynamic`: VpnConnection as a pulumi.dynamic.Resource, for programs that cannot
// install the provider plugin. Same inputs, outputs and resource code as the plugin; the limits of
// dynamic providers are listed in the package README.
import * as pulumi from '@pulumi/pulumi';
import type * as native from 'pulumi-alicloudvpn';
import { COMPUTED_PROPERTIES, REQUIRED_INPUTS, TOP_LEVEL_INPUTS } from 'pulumi-resource-alicloudvpn/fields';
import { withSecretPsk } from './secretPsk';
import { snapshotCloudSettings } from './cloudSettings';
import { CLOUD_KEY, INPUTS_KEY, SEED_KEY, STACK_KEY } from './hiddenInputs';
import { DYNAMIC_MODULE } from './names';
import { stackIdentity, urnUnder } from './stackIdentity';
import { serializedProvider } from './serializedProvider';

/** Where and as whom the dynamic provider calls the VPC API: the plugin's provider settings. */
export type CloudArgs = native.ProviderArgs;

/** The set of arguments for constructing a dynamic VpnConnection resource. */
export interface VpnConnectionArgs extends native.VpnConnectionArgs {
  /**
   * Where and as whom to call the VPC API. Unset fields come from the program's environment at deploy
   * time (`ALIBABA_CLOUD_ACCESS_KEY_ID`/`_SECRET`/`_SECURITY_TOKEN`, `ALIBABA_CLOUD_REGION_ID`, or
   * `ALICLOUD_ACCESS_KEY`/`ALICLOUD_SECRET_KEY`/`ALICLOUD_REGION`). The settings are stored with the
   * resource as a secret, so refresh and destroy reach the same account and endpoint. New settings
   * (another endpoint, protocol or credentials) are stored in place and never touch the connection.
   */
  cloud?: CloudArgs;
}

type OutputProperty = (typeof COMPUTED_PROPERTIES)[number] | (typeof TOP_LEVEL_INPUTS)[number];

/** The resource's type token: `pulumi-nodejs:dynamic/alicloudvpn:VpnConnection`. */
export { DYNAMIC_MODULE };
export const DYNAMIC_TYPE = 'VpnConnection';
export { STACK_IDENTITY_NAME } from './stackIdentity';

// The output properties, with their documentation, are those of the plugin's VpnConnection.
export interface VpnConnection extends Pick<native.VpnConnection, OutputProperty> {}

/**
 * An IPsec-VPN connection managed through a Pulumi dynamic provider instead of the
 * `pulumi-resource-alicloudvpn` plugin. Prefer `VpnConnection` from `pulumi-alicloudvpn`: this variant
 * has no preview of outputs, no detailed diff and no engine-side secret handling in the provider.
 */
export class VpnConnection extends pulumi.dynamic.Resource {
  constructor(name: string, args: VpnConnectionArgs, opts?: pulumi.CustomResourceOptions) {
    const props: Record<string, unknown> = {};
    for (const key of REQUIRED_INPUTS) {
      if (args === undefined || args[key] === undefined) throw new Error(`Missing required property '${key}'`);
    }
    for (const key of TOP_LEVEL_INPUTS) props[key] = args[key];
    for (const key of COMPUTED_PROPERTIES) props[key] = undefined;
    props['ikeConfig'] = withSecretPsk(args.ikeConfig);
    // Each tunnel carries a PSK and a dynamic provider cannot mark a path inside a list: the whole list is secret.
    if (args.tunnelOptions !== undefined) props['tunnelOptions'] = pulumi.secret(args.tunnelOptions);
    props[CLOUD_KEY] = pulumi.secret(
      pulumi.output(args.cloud ?? {}).apply((explicit) => snapshotCloudSettings(explicit, process.env)),
    );
    // Dynamic providers never see the URN: the program computes it, parents included.
    props[SEED_KEY] = urnUnder(`pulumi-nodejs:dynamic/${DYNAMIC_MODULE}:${DYNAMIC_TYPE}`, name, opts?.parent);
    props[STACK_KEY] = stackIdentity();
    props[INPUTS_KEY] = undefined;
    // Without acceptSecrets the host returns plain values: the engine hides these on its side.
    const secretOpts = { additionalSecretOutputs: ['ikeConfig', 'tunnelOptions', CLOUD_KEY, INPUTS_KEY] };
    super(serializedProvider, name, props, pulumi.mergeOptions(opts, secretOpts), DYNAMIC_MODULE, DYNAMIC_TYPE);
  }
}
