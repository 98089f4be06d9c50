import * as path from 'path';

// Documented in README.md: the demo's fixed credentials, passphrase, port and files, so a re-run sees the same stack
// config and `make demo-emulator` serves the same state the stack was deployed to.
// ALICLOUDVPN_DEMO_DIR / _STACK / _PORT let the e2e tier run the demo beside a developer's own.
export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const DEMO_DIR = path.resolve(process.env.ALICLOUDVPN_DEMO_DIR ?? path.join(ROOT, '.demo'));
export const STACK = process.env.ALICLOUDVPN_DEMO_STACK ?? 'demo';
export const REGION = 'cn-hangzhou';
export const ACCESS_KEY_ID = 'LTAI5tEmulatorAccessKey';
export const ACCESS_KEY_SECRET = 'emulator-access-key-secret';
export const DEFAULT_PASSPHRASE = 'alicloudvpn-demo';
const DEFAULT_PORT = 17788;
export const PORT = Number(process.env.ALICLOUDVPN_DEMO_PORT ?? DEFAULT_PORT);

export const EMULATOR = {
  bin: path.join(ROOT, 'emulator', 'bin', 'alicloudvpn-emulator'),
  port: PORT,
  stateFile: path.join(DEMO_DIR, 'emulator-state.json'),
  logFile: path.join(DEMO_DIR, 'emulator.log'),
  accessKeyId: ACCESS_KEY_ID,
  accessKeySecret: ACCESS_KEY_SECRET,
  busyMs: 300,
} as const;
