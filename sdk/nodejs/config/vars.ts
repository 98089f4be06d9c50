// Getters for the stack's `alicloudvpn:` configuration, read when accessed (as in generated SDKs:
// `alicloudvpn.config.region`). The secret ones go through getSecret so a program cannot print them by accident.
import * as pulumi from '@pulumi/pulumi';

declare const exports: Record<string, unknown>;
const __config = new pulumi.Config('alicloudvpn');

/**
 * The Alibaba Cloud region (for example `cn-shanghai`) used when a resource does not set `regionId`. Falls
 * back to the `ALIBABA_CLOUD_REGION_ID`, `ALICLOUD_REGION` or `ALICLOUD_REGION_ID` environment variable.
 */
export declare const region: string | undefined;
Object.defineProperty(exports, 'region', {
  get() {
    return __config.get('region');
  },
  enumerable: true,
});

/**
 * The AccessKey ID used to sign API requests. Falls back to the `ALIBABA_CLOUD_ACCESS_KEY_ID` or
 * `ALICLOUD_ACCESS_KEY` environment variable, then to the Alibaba Cloud default credential chain (profile
 * file, ECS RAM role, OIDC).
 */
export declare const accessKeyId: string | undefined;
Object.defineProperty(exports, 'accessKeyId', {
  get() {
    return __config.get('accessKeyId');
  },
  enumerable: true,
});

/**
 * The AccessKey secret used to sign API requests. Falls back to the `ALIBABA_CLOUD_ACCESS_KEY_SECRET` or
 * `ALICLOUD_SECRET_KEY` environment variable, then to the Alibaba Cloud default credential chain. Always kept
 * secret.
 */
export declare const accessKeySecret: pulumi.Output<string> | undefined;
Object.defineProperty(exports, 'accessKeySecret', {
  get() {
    return __config.getSecret('accessKeySecret');
  },
  enumerable: true,
});

/**
 * The STS security token, when the AccessKey pair is temporary STS credentials. Falls back to the
 * `ALIBABA_CLOUD_SECURITY_TOKEN` or `ALICLOUD_SECURITY_TOKEN` environment variable, alongside the AccessKey
 * pair it belongs to. Always kept secret.
 */
export declare const securityToken: pulumi.Output<string> | undefined;
Object.defineProperty(exports, 'securityToken', {
  get() {
    return __config.getSecret('securityToken');
  },
  enumerable: true,
});

/**
 * Overrides the VPC API endpoint, as `host` or `host:port` without a scheme (for example `127.0.0.1:8080` for
 * the local emulator, or a private endpoint). Defaults to the public endpoint of the region.
 */
export declare const endpoint: string | undefined;
Object.defineProperty(exports, 'endpoint', {
  get() {
    return __config.get('endpoint');
  },
  enumerable: true,
});

/**
 * The protocol used to reach the endpoint: `https` (default) or `http` (only for the local emulator or a
 * trusted private network).
 */
export declare const protocol: string | undefined;
Object.defineProperty(exports, 'protocol', {
  get() {
    return __config.get('protocol');
  },
  enumerable: true,
});
