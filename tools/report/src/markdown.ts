// The pull-request comment: a summary table, one section per changed resource of the provider, drift, and errors.
import type { ResourceAction, ResourceChange, Report } from './changes';
import type { DriftEntry } from './drift';
import type { FieldChange } from './fieldChange';
import { valueText } from './displayValue';
import { code, fenced, plain, table } from './markdownText';
import { outcomeOf, summarize, Summary } from './outcome';
import { RESOURCE_LABELS } from './resourceTypes';
import type { Warning } from './warnings';

/** The first line of every comment, so a workflow can find and update its own comment. */
export const COMMENT_MARKER = '<!-- alicloudvpn-report -->';

const ACTION_TITLES: Readonly<Record<ResourceAction, string>> = {
  create: 'create',
  update: 'update in place',
  replace: 'replace',
  delete: 'delete',
  import: 'import',
  same: 'no change',
};

export function renderMarkdown(report: Report): string {
  const lines: string[] = [COMMENT_MARKER, heading(report), ''];
  if (report.errors.length > 0) lines.push(...errorSection(report.errors));
  const changed = report.resources.filter((c) => c.action !== 'same');
  if (report.resources.length > 0) lines.push(...summaryTable(report.resources), '');
  for (const resource of changed) lines.push(...resourceSection(resource));
  if (report.otherChanges.length > 0) lines.push(...otherSection(report));
  if (report.drift.length > 0) lines.push(...driftSection(report.drift));
  if (changed.length === 0 && report.otherChanges.length === 0 && report.drift.length === 0 && report.errors.length === 0) {
    lines.push(report.resources.length > 0 ? 'No changes: every resource matches the program.' : 'No changes.', '');
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

function heading(report: Report): string {
  const stack = report.stack ? ` on stack ${code(report.stack)}` : '';
  const outcome = outcomeOf(report);
  const verdict = outcome === 'error' ? 'preview failed' : outcome === 'drift' ? 'drift found' : outcome === 'changes' ? counts(summarize(report)) || 'changes' : 'no changes';
  return `## alicloudvpn preview${stack}: ${verdict}`;
}

function counts(summary: Summary): string {
  const parts: string[] = [];
  if (summary.create) parts.push(`${summary.create} to create`);
  if (summary.update) parts.push(`${summary.update} to update`);
  if (summary.replace) parts.push(`${summary.replace} to replace`);
  if (summary.delete) parts.push(`${summary.delete} to delete`);
  if (summary.import) parts.push(`${summary.import} to import`);
  return parts.join(', ');
}

function summaryTable(resources: readonly ResourceChange[]): string[] {
  return table(
    ['Resource', 'Type', 'Action', 'Notes'],
    resources.map((c) => [code(c.name), RESOURCE_LABELS[c.type] ?? plain(c.type), ACTION_TITLES[c.action], notes(c)]),
  );
}

const WARNING_NOTES: Readonly<Record<Warning['kind'], string>> = {
  outage: 'traffic outage',
  deletion: 'traffic outage',
  renegotiation: 'renegotiates the tunnels',
  route: 'route change',
};

function notes(c: ResourceChange): string {
  const parts: string[] = [];
  if (c.replacementCauses.length > 0) parts.push(`forced by ${c.replacementCauses.map(code).join(', ')}`);
  for (const w of c.warnings) parts.push(WARNING_NOTES[w.kind]);
  if (c.action === 'update' || c.action === 'replace') parts.push(`${c.fields.length} ${c.fields.length === 1 ? 'property' : 'properties'}`);
  return parts.join('; ');
}

function resourceSection(c: ResourceChange): string[] {
  const lines = [`### ${RESOURCE_LABELS[c.type] ?? plain(c.type)} ${code(c.name)}: ${ACTION_TITLES[c.action]}`, ''];
  const where = [c.id ? `ID ${code(c.id)}` : '', c.vpnGatewayId ? `VPN gateway ${code(c.vpnGatewayId)}` : ''].filter(Boolean);
  if (where.length > 0) lines.push(`${where.join(', ')}.`, '');
  for (const w of c.warnings) lines.push(w.kind === 'route' ? '> [!NOTE]' : '> [!WARNING]', `> ${w.message}`, '');
  if (c.fields.length === 0) return lines;
  if (c.action === 'create' || c.action === 'import') {
    lines.push(...table(['Property', 'Value'], c.fields.map((f) => [code(f.label), valueCell(f.after)])), '');
  } else {
    lines.push(...table(['Property', 'Before', 'After'], c.fields.map((f) => [propertyCell(f), valueCell(f.before), valueCell(f.after)])), '');
  }
  return lines;
}

function propertyCell(f: FieldChange): string {
  return f.forcesReplacement ? `${code(f.label)} (forces replacement)` : code(f.label);
}

function valueCell(value: unknown): string {
  return valueText(value, code, '—');
}

function otherSection(report: Report): string[] {
  return [
    '### Other resources',
    '',
    ...report.otherChanges.map((o) => `- ${code(o.name)} (${code(o.type)}): ${plain(o.action)}`),
    '',
  ];
}

function driftSection(drift: readonly DriftEntry[]): string[] {
  const lines = [
    '### Drift found by refresh',
    '',
    'These resources were changed outside Pulumi. `pulumi up` sets them back to what the program says; `pulumi refresh` accepts the changes into the stack\'s state.',
    '',
  ];
  for (const d of drift) {
    const id = d.id ? ` (${code(d.id)})` : '';
    if (d.kind === 'deleted') {
      lines.push(`#### ${code(d.name)}${id}: deleted outside Pulumi`, '', '`pulumi up` creates it again.', '');
      continue;
    }
    lines.push(
      `#### ${code(d.name)}${id}: changed outside Pulumi`,
      '',
      ...table(['Property', 'In the stack', 'In the cloud'], d.fields.map((f) => [code(f.label), valueCell(f.before), valueCell(f.after)])),
      '',
    );
  }
  return lines;
}

function errorSection(errors: readonly string[]): string[] {
  return [
    '### Errors',
    '',
    'The preview failed, so the plan below is incomplete:',
    '',
    ...errors.flatMap((e) => [...fenced(e), '']),
  ];
}
