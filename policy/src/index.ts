// The alicloudvpn policy pack: `pulumi preview --policy-pack <this directory>`.
import * as path from 'node:path';
import { PolicyPack } from '@pulumi/policy';
import { ProjectFiles } from './projectFiles';
import { anyToAny } from './rules/anyToAny';
import { ipsecDisabledGateway } from './rules/ipsecDisabledGateway';
import { plaintextPsk } from './rules/plaintextPsk';
import { saLifetime } from './rules/saLifetime';
import { weakCrypto } from './rules/weakCrypto';

// The directory the analyzer was started in: the Pulumi project under this repository's language host, the pack's
// own directory under Pulumi's Go host (which is why $PWD, the user's shell directory, is the second candidate).
const launchDirectory = process.cwd();
// `new PolicyPack` reads the pack's version from `${cwd}/package.json`. Pulumi's Go language host starts packs in
// their own directory; this repository's host (tools/languageHost) starts them in the program's, so move here.
process.chdir(path.resolve(__dirname, '..'));

new PolicyPack('alicloudvpn', {
  policies: [weakCrypto, plaintextPsk(new ProjectFiles([launchDirectory, process.env.PWD])), saLifetime, anyToAny, ipsecDisabledGateway],
});
