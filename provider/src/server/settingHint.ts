// How a plugin user sets a provider setting: the stack-config command, so an error message that names
// the setting to fix can be pasted into a shell. A secret is set with --secret so it is stored encrypted.

import { placeholder, type SettingHint } from '../cloud';
import { PACKAGE } from './providerConfig';

export const configSettingHint: SettingHint = (key, value) => {
  const flag = key === 'accessKeySecret' ? '--secret ' : '';
  return `\`pulumi config set ${flag}${PACKAGE}:${key} ${value ?? placeholder(key)}\``;
};
