// The VpcPort the plugin uses, built without loading the Alibaba clients up front (@alicloud/openapi-core and
// @alicloud/credentials with their dependencies): Check, Diff and preview never call the service. They are
// loaded by the first operation that needs the port (Create, Read, Update, Delete).

import type * as Client from './client';
import type { VpcPort } from './port';
import type { ResolvedCloudSettings } from './settings';
import type { SettingHint } from './settingHints';

/** `hint` words the fix in a connection or credential error the way this caller's users set a value. */
export function createVpcPort(settings: ResolvedCloudSettings, hint?: SettingHint): VpcPort {
  // A static import would load the clients with the plugin; import() would make port creation asynchronous.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const client = require('./client') as typeof Client;
  return client.createVpcPort(settings, hint);
}
