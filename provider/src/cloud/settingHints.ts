// How an error message names the setting that fixes it. The port is shared by the plugin (stack config,
// `alicloudvpn:protocol`) and the dynamic provider (resource arguments), so the caller says how its
// users set a value; the port only says which setting and what value.

export type SettingKey = 'accessKeyId' | 'accessKeySecret' | 'endpoint' | 'protocol' | 'region';

/** How the user sets `key` (to `value`, when one is known to fix the problem), e.g. a command to run. */
export type SettingHint = (key: SettingKey, value?: string) => string;

const PLACEHOLDER: Readonly<Record<SettingKey, string>> = {
  accessKeyId: '<AccessKey ID>',
  accessKeySecret: '<AccessKey secret>',
  endpoint: '<host:port>',
  protocol: '<http|https>',
  region: '<region id>',
};

export function placeholder(key: SettingKey): string {
  return PLACEHOLDER[key];
}

export const plainSettingHint: SettingHint = (key, value) => `${key}: ${JSON.stringify(value ?? placeholder(key))}`;
