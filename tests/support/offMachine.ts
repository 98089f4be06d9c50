// Runs child processes under tests/support/networkGuard.js and reads back what they tried to reach, so a
// test can assert that a path (no credentials, for one) sends nothing off the machine.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from './pulumi';

export const NETWORK_GUARD = path.join(REPO_ROOT, 'tests', 'support', 'networkGuard.js');

export interface NetworkRecord {
  /** Environment that loads the guard into every Node process started with it. */
  env: Record<string, string>;
  /** Lines the guard wrote: "<pid> guard loaded", "<pid> connect loopback 127.0.0.1:PORT", "<pid> … OFF-MACHINE …". */
  lines(): string[];
  /** Destinations off the machine that some process tried (and the guard refused). */
  offMachine(): string[];
  /** Processes that ran with the guard loaded. */
  guardedPids(): string[];
  remove(): void;
}

export function recordNetwork(): NetworkRecord {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alicloudvpn-net-'));
  const log = path.join(dir, 'network.log');
  const lines = (): string[] => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter((l) => l !== '') : []);
  const inherited = process.env.NODE_OPTIONS ? `${process.env.NODE_OPTIONS} ` : '';
  return {
    env: { NODE_OPTIONS: `${inherited}--require=${NETWORK_GUARD}`, ALICLOUDVPN_NETWORK_LOG: log },
    lines,
    offMachine: () => lines().filter((l) => l.includes('OFF-MACHINE')),
    guardedPids: () => lines().filter((l) => l.endsWith(' guard loaded')).map((l) => l.split(' ')[0]),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
