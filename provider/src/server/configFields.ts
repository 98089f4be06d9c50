// The provider's configuration keys, described once: the schema's `config` and `provider` sections (and so
// every SDK's config module and Provider class) are generated from this table.

import type { Field } from '../descriptor/property';
import type { ConfigKey } from './providerConfig';

export const CONFIG_FIELDS: Readonly<Record<ConfigKey, Field>> = {
  region: {
    type: 'string',
    description:
      'The Alibaba Cloud region (for example `cn-shanghai`) used when a resource does not set `regionId`. Falls back to the `ALIBABA_CLOUD_REGION_ID`, `ALICLOUD_REGION` or `ALICLOUD_REGION_ID` environment variable.',
    outputDescription: 'The Alibaba Cloud region used when a resource does not set `regionId`.',
  },
  accessKeyId: {
    type: 'string',
    description:
      'The AccessKey ID used to sign API requests. Falls back to the `ALIBABA_CLOUD_ACCESS_KEY_ID` or `ALICLOUD_ACCESS_KEY` environment variable, then to the Alibaba Cloud default credential chain (profile file, ECS RAM role, OIDC).',
    outputDescription: 'The AccessKey ID used to sign API requests.',
  },
  accessKeySecret: {
    type: 'string',
    description:
      'The AccessKey secret used to sign API requests. Falls back to the `ALIBABA_CLOUD_ACCESS_KEY_SECRET` or `ALICLOUD_SECRET_KEY` environment variable, then to the Alibaba Cloud default credential chain. Always kept secret.',
    secret: true,
  },
  securityToken: {
    type: 'string',
    description:
      'The STS security token, when the AccessKey pair is temporary STS credentials. Falls back to the `ALIBABA_CLOUD_SECURITY_TOKEN` or `ALICLOUD_SECURITY_TOKEN` environment variable, alongside the AccessKey pair it belongs to. Always kept secret.',
    secret: true,
  },
  endpoint: {
    type: 'string',
    description:
      'Overrides the VPC API endpoint, as `host` or `host:port` without a scheme (for example `127.0.0.1:8080` for the local emulator, or a private endpoint). Defaults to the public endpoint of the region.',
    outputDescription: 'The VPC API endpoint override, as `host` or `host:port`.',
  },
  protocol: {
    type: 'string',
    description:
      'The protocol used to reach the endpoint: `https` (default) or `http` (only for the local emulator or a trusted private network).',
    outputDescription: 'The protocol used to reach the endpoint: `https` or `http`.',
  },
};

export const PROVIDER_DESCRIPTION =
  'The provider type for the alicloudvpn package. Create an explicit instance to use other credentials, a region or an endpoint than the stack\'s `alicloudvpn:` configuration. Changing any setting updates the provider in place: the endpoint, the protocol and the credentials leave its resources untouched, and a `region` change replaces only the resources whose effective region changes (those that do not set `regionId` themselves).';
