// State files are replaced atomically (write a temporary file, then rename) so a crash never
// leaves a half-written document behind.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Snapshot } from './models/store';

export function saveState(file: string, snapshot: Snapshot): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(snapshot, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, file);
}

/** Undefined when the file does not exist yet. */
export function loadState(file: string): Snapshot | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  if (text.trim() === '') return undefined;
  const parsed = JSON.parse(text) as Snapshot;
  if (parsed.version !== 1) throw new Error(`${file}: unsupported state version ${String(parsed.version)}`);
  return parsed;
}
