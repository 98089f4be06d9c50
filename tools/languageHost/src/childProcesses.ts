import { ChildProcess, spawn, SpawnOptions } from 'child_process';

/** Processes this host started, so Cancel and a vanished engine can stop them. */
const running = new Set<ChildProcess>();

export function spawnTracked(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, options);
  running.add(child);
  child.once('exit', () => running.delete(child));
  child.once('error', () => running.delete(child));
  return child;
}

export function runningCount(): number {
  return running.size;
}

/** SIGINT first (the program gets to flush), SIGKILL for anything still alive after `graceMs`. */
export function interruptAll(graceMs = 5000): void {
  for (const child of running) {
    child.kill('SIGINT');
    const timer = setTimeout(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }, graceMs);
    timer.unref();
  }
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export function waitForExit(child: ChildProcess): Promise<Exit> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
}

/** Runs a command, handing every stdout/stderr chunk to `onOutput`; resolves with its exit. */
export async function runStreaming(
  command: string,
  args: readonly string[],
  options: SpawnOptions,
  onOutput: (stream: 'stdout' | 'stderr', chunk: Buffer) => void,
): Promise<Exit> {
  const child = spawnTracked(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => onOutput('stdout', chunk));
  child.stderr?.on('data', (chunk: Buffer) => onOutput('stderr', chunk));
  return waitForExit(child);
}
