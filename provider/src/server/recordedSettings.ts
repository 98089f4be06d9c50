// `pulumi destroy` does not run the program, so the engine starts the provider with the settings the stack's
// last update recorded, not with the stack config as it is now: credentials or an endpoint fixed in the config
// since then do not reach a Delete. A Delete that fails on a setting says so, with the commands that apply
// the current config.

import { isSettingsError } from '../cloud';
import { messageOf, RpcError, statusCodeFor } from './errors';

export const RECORDED_SETTINGS_NOTE =
  "Note: `pulumi destroy` uses the provider settings the stack's last update recorded, not the stack config as it is now. " +
  'If you have fixed them in the config since, run `pulumi destroy --run-program` (it runs the program, so the current config applies), ' +
  'or `pulumi up` first and then `pulumi destroy`';

/** `err` with the note when a provider setting caused it (`configError`: it came from building the port). */
export function noteRecordedSettings(err: unknown, configError = false): unknown {
  if (!configError && !isSettingsError(err)) return err;
  return new RpcError(statusCodeFor(err), `${messageOf(err)}. ${RECORDED_SETTINGS_NOTE}`);
}
