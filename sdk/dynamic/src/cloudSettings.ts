// The cloud settings a dynamic VpnConnection carries as a hidden input, resolved with the same rules
// as the plugin's provider config (explicit values, then ALIBABA_CLOUD_* / ALICLOUD_* variables).
import { resolveCloudSettings, type CloudSettings } from 'pulumi-resource-alicloudvpn/dynamic';

const FIELDS = ['region', 'accessKeyId', 'accessKeySecret', 'securityToken', 'endpoint', 'protocol'] as const;

/** The string fields of a plain object that name cloud settings; anything else is ignored. */
export function cloudSettingsFrom(value: unknown): CloudSettings {
  const settings: CloudSettings = {};
  if (typeof value !== 'object' || value === null) return settings;
  const record = value as Record<string, unknown>;
  for (const field of FIELDS) {
    if (typeof record[field] === 'string') settings[field] = record[field] as string;
  }
  return settings;
}

/**
 * What the program stores: explicit values completed from the program's environment, so that a later
 * refresh or destroy from another shell still reaches the same account and endpoint. Settings that do
 * not resolve are stored as given, for check to report with their property names.
 */
export function snapshotCloudSettings(explicit: CloudSettings, env: NodeJS.ProcessEnv): CloudSettings {
  const { settings, failures } = resolveCloudSettings(explicit, env);
  if (failures.length > 0) return cloudSettingsFrom(explicit);
  const snapshot: CloudSettings = { protocol: settings.protocol };
  if (settings.region !== undefined) snapshot.region = settings.region;
  if (settings.endpoint !== undefined) snapshot.endpoint = settings.endpoint;
  if (settings.credentials !== undefined) {
    snapshot.accessKeyId = settings.credentials.accessKeyId;
    snapshot.accessKeySecret = settings.credentials.accessKeySecret;
    if (settings.credentials.securityToken !== undefined) snapshot.securityToken = settings.credentials.securityToken;
  }
  return snapshot;
}
