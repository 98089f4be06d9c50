// The pulumi-alicloudvpn SDK: the VpnConnection resource, the explicit Provider, config and types.
// The dynamic-provider variant is a separate entry point: `pulumi-alicloudvpn/dynamic`.
import * as pulumi from '@pulumi/pulumi';
import * as config from './config';
import { Provider } from './provider';
import * as types from './types';
import * as utilities from './utilities';
import { VpnConnection } from './vpnConnection';

export { Provider, VpnConnection };
export type { ProviderArgs } from './provider';
export type { VpnConnectionArgs, VpnConnectionState } from './vpnConnection';
export { AuthAlg, EncAlg, IkeMode, IkePfs, IkeVersion, IpsecPfs } from './types/enums';
export { config, types };

// Lets the runtime rebuild resource references (e.g. a VpnConnection passed through a stack reference or
// returned by a component) as instances of these classes, as generated SDKs do.
pulumi.runtime.registerResourceModule('alicloudvpn', 'index', {
  version: utilities.getVersion(),
  construct: (name: string, type: string, urn: string): pulumi.Resource => {
    switch (type) {
      case VpnConnection.__pulumiType:
        return new VpnConnection(name, undefined as never, { urn });
      default:
        throw new Error(`unknown resource type ${type}`);
    }
  },
});
pulumi.runtime.registerResourcePackage('alicloudvpn', {
  version: utilities.getVersion(),
  constructProvider: (name: string, type: string, urn: string): pulumi.ProviderResource => {
    if (type !== 'pulumi:providers:alicloudvpn') {
      throw new Error(`unknown provider type ${type}`);
    }
    return new Provider(name, undefined, { urn });
  },
});
