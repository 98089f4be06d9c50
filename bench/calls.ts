// API calls as the emulator counted them, per action, and the busy errors among the answers.
import { ActionStats } from './emulatorProcess';

/** Codes the service answers while a gateway is busy with another change. */
const BUSY = /Configuring|CONFLICT|Conflict|IncorrectStatus/;

export interface CallCounts {
  total: number;
  byAction: Record<string, number>;
  busyErrors: number;
  errors: Record<string, number>;
}

export function countCalls(stats: Record<string, ActionStats>): CallCounts {
  const byAction: Record<string, number> = {};
  const errors: Record<string, number> = {};
  let total = 0;
  let busyErrors = 0;
  for (const [action, s] of Object.entries(stats)) {
    byAction[action] = s.requests;
    total += s.requests;
    for (const [code, n] of Object.entries(s.errors)) {
      errors[code] = (errors[code] ?? 0) + n;
      if (BUSY.test(code)) busyErrors += n;
    }
  }
  return { total, byAction, busyErrors, errors };
}
