// The report's verdict and its exit code, as `terraform plan -detailed-exitcode` has it (plus drift).
import type { Report } from './changes';

export type Outcome = 'no-changes' | 'changes' | 'drift' | 'error';

/** 0 no change, 1 error, 2 changes, 3 drift (which outranks the changes that would undo it). */
export const EXIT_CODES: Readonly<Record<Outcome, number>> = { 'no-changes': 0, error: 1, changes: 2, drift: 3 };

export function outcomeOf(report: Report): Outcome {
  if (report.errors.length > 0) return 'error';
  if (report.drift.length > 0) return 'drift';
  if (report.resources.some((c) => c.action !== 'same') || report.otherChanges.length > 0) return 'changes';
  return 'no-changes';
}

export interface Summary {
  create: number;
  update: number;
  replace: number;
  delete: number;
  import: number;
  same: number;
}

/** The provider's resources per action. */
export function summarize(report: Report): Summary {
  const summary: Summary = { create: 0, update: 0, replace: 0, delete: 0, import: 0, same: 0 };
  for (const c of report.resources) summary[c.action] += 1;
  return summary;
}
