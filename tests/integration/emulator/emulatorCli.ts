// Runs the `alicloudvpn-emulator` command as the real process, for the tests of its commands.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { EMULATOR_BIN } from '../../support/emulator';

const execFileAsync = promisify(execFile);

export interface CliRun { code: number; stdout: string; stderr: string }

export async function emulatorCli(...args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [EMULATOR_BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
