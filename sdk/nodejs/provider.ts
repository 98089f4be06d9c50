// The explicit provider resource (`pulumi:providers:alicloudvpn`), for credentials, a region or an endpoint
// other than the stack's `alicloudvpn:` configuration.
import * as pulumi from '@pulumi/pulumi';
import * as utilities from './utilities';

/**
 * The provider type for the alicloudvpn package. Create an explicit instance to use other credentials, a
 * region or an endpoint than the stack's `alicloudvpn:` configuration. Changing `region` or `endpoint`
 * replaces the resources that use the provider.
 *
 * ```typescript
 * const emulator = new alicloudvpn.Provider("emulator", {
 *     region: "cn-shanghai",
 *     endpoint: "127.0.0.1:8080",
 *     protocol: "http",
 *     accessKeyId: "testid",
 *     accessKeySecret: config.requireSecret("emulatorSecret"),
 * });
 * new alicloudvpn.VpnConnection("office", { ... }, { provider: emulator });
 * ```
 */
export class Provider extends pulumi.ProviderResource {
  /** @internal */
  public static readonly __pulumiType = 'alicloudvpn';

  /**
   * Returns true if the given object is an instance of Provider. This is designed to work even when
   * multiple copies of the Pulumi SDK have been loaded into the same process.
   */
  public static override isInstance(obj: unknown): obj is Provider {
    if (obj === undefined || obj === null) {
      return false;
    }
    return (obj as Record<string, unknown>)['__pulumiType'] === 'pulumi:providers:' + Provider.__pulumiType;
  }

  /** The Alibaba Cloud region used when a resource does not set `regionId`. */
  declare public readonly region: pulumi.Output<string | undefined>;
  /** The AccessKey ID used to sign API requests. */
  declare public readonly accessKeyId: pulumi.Output<string | undefined>;
  /** The VPC API endpoint override, as `host` or `host:port`. */
  declare public readonly endpoint: pulumi.Output<string | undefined>;
  /** The protocol used to reach the endpoint: `https` or `http`. */
  declare public readonly protocol: pulumi.Output<string | undefined>;

  /**
   * Create a Provider resource with the given unique name, arguments, and options.
   *
   * @param name The _unique_ name of the resource.
   * @param args The arguments to use to populate this resource's properties.
   * @param opts A bag of options that control this resource's behavior.
   */
  constructor(name: string, args?: ProviderArgs, opts?: pulumi.ResourceOptions) {
    const resourceInputs: pulumi.Inputs = {};
    opts = opts || {};
    resourceInputs['region'] = args ? args.region : undefined;
    resourceInputs['accessKeyId'] = args ? args.accessKeyId : undefined;
    resourceInputs['accessKeySecret'] = args?.accessKeySecret ? pulumi.secret(args.accessKeySecret) : undefined;
    resourceInputs['securityToken'] = args?.securityToken ? pulumi.secret(args.securityToken) : undefined;
    resourceInputs['endpoint'] = args ? args.endpoint : undefined;
    resourceInputs['protocol'] = args ? args.protocol : undefined;
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
    const secretOpts = { additionalSecretOutputs: ['accessKeySecret', 'securityToken'] };
    opts = pulumi.mergeOptions(opts, secretOpts);
    super(Provider.__pulumiType, name, resourceInputs, opts);
  }
}

/** The set of arguments for constructing a Provider resource. */
export interface ProviderArgs {
  /**
   * The Alibaba Cloud region (for example `cn-shanghai`) used when a resource does not set `regionId`. Falls
   * back to the `ALIBABA_CLOUD_REGION_ID`, `ALICLOUD_REGION` or `ALICLOUD_REGION_ID` environment variable.
   */
  region?: pulumi.Input<string>;
  /**
   * The AccessKey ID used to sign API requests. Falls back to the `ALIBABA_CLOUD_ACCESS_KEY_ID` or
   * `ALICLOUD_ACCESS_KEY` environment variable, then to the Alibaba Cloud default credential chain (profile
   * file, ECS RAM role, OIDC).
   */
  accessKeyId?: pulumi.Input<string>;
  /**
   * The AccessKey secret used to sign API requests. Falls back to the `ALIBABA_CLOUD_ACCESS_KEY_SECRET` or
   * `ALICLOUD_SECRET_KEY` environment variable, then to the Alibaba Cloud default credential chain. Always
   * kept secret.
   */
  accessKeySecret?: pulumi.Input<string>;
  /**
   * The STS security token, when the AccessKey pair is temporary STS credentials. Falls back to the
   * `ALIBABA_CLOUD_SECURITY_TOKEN` or `ALICLOUD_SECURITY_TOKEN` environment variable, alongside the AccessKey
   * pair it belongs to. Always kept secret.
   */
  securityToken?: pulumi.Input<string>;
  /**
   * Overrides the VPC API endpoint, as `host` or `host:port` without a scheme (for example `127.0.0.1:8080`
   * for the local emulator, or a private endpoint). Defaults to the public endpoint of the region.
   */
  endpoint?: pulumi.Input<string>;
  /**
   * The protocol used to reach the endpoint: `https` (default) or `http` (only for the local emulator or a
   * trusted private network).
   */
  protocol?: pulumi.Input<string>;
}
