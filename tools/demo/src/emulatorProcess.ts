import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as readline from 'readline';

export interface RunningEmulator {
  endpoint: string;
  accessKeyId: string;
  stop(): Promise<void>;
}

export interface EmulatorOptions {
  bin: string;
  port: number;
  stateFile: string;
  logFile: string;
  accessKeyId: string;
  accessKeySecret: string;
  busyMs: number;
}

function emulatorArgs(opts: Omit<EmulatorOptions, 'logFile'>): string[] {
  return [
    opts.bin,
    '--host', '127.0.0.1',
    '--port', String(opts.port),
    '--state', opts.stateFile,
    '--busy-ms', String(opts.busyMs),
    '--access-key-id', opts.accessKeyId,
    '--access-key-secret', opts.accessKeySecret,
  ];
}

const START_TIMEOUT_MS = 30_000;

/** Starts `alicloudvpn-emulator` and resolves once its first stdout line (JSON with the endpoint) has arrived. */
export async function startEmulator(opts: EmulatorOptions): Promise<RunningEmulator> {
  // The log is appended to across runs: only what this run writes can explain this run's exit.
  const logStart = fs.existsSync(opts.logFile) ? fs.statSync(opts.logFile).size : 0;
  const log = fs.openSync(opts.logFile, 'a');
  const child = spawn(process.execPath, emulatorArgs(opts), { stdio: ['ignore', 'pipe', log] });
  fs.closeSync(log);
  const first = await firstLine(child, (exit) => exitReason(exit, opts, logStart));
  const parsed = JSON.parse(first) as { endpoint: string; accessKeyId: string };
  child.stdout?.resume();
  return {
    endpoint: parsed.endpoint,
    accessKeyId: parsed.accessKeyId,
    stop: () => stopChild(child),
  };
}

/** Why the emulator exited before it was ready, in terms of what the user can do about it. */
function exitReason(exit: string, opts: EmulatorOptions, logStart: number): string {
  const written = readFrom(opts.logFile, logStart);
  if (written.includes('EADDRINUSE')) {
    return `port ${opts.port} on 127.0.0.1 is in use (EADDRINUSE): stop what holds it, or run with ALICLOUDVPN_DEMO_PORT=<free port>`;
  }
  const last = written.trim().split('\n').pop();
  return `the emulator exited before it was ready (${exit})${last ? `: ${last}` : ''}; its log is ${opts.logFile}`;
}

function readFrom(file: string, offset: number): string {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const length = Math.max(0, fs.fstatSync(fd).size - offset);
      const buf = Buffer.alloc(length);
      fs.readSync(fd, buf, 0, length, offset);
      return buf.toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}

function firstLine(child: ChildProcess, explainExit: (exit: string) => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const rl = readline.createInterface({ input: child.stdout! });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the emulator did not print its endpoint within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    rl.once('line', (line) => {
      clearTimeout(timer);
      rl.close();
      resolve(line);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(explainExit(String(code ?? signal))));
    });
  });
}

/** SIGTERM makes the emulator save its state file before exiting. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Runs the emulator with the terminal attached until it exits; resolves with its exit code. Ctrl-C reaches the
 * emulator too (same process group) and it saves its state; a SIGTERM sent to this process alone is passed on.
 */
export function runEmulatorInForeground(opts: Omit<EmulatorOptions, 'logFile'>): Promise<number> {
  const child = spawn(process.execPath, emulatorArgs(opts), { stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => () => {
    if (child.exitCode === null) child.kill(signal);
  };
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
