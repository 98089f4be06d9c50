// The same report for machines: stable keys, raw values (secrets as "[secret]", unknowns as "[unknown]").
import type { Report } from './changes';
import { jsonValue } from './displayValue';
import { EXIT_CODES, outcomeOf, summarize } from './outcome';

/** 2: `resources` (every resource of the provider, each with its `type`) replaced version 1's `connections`. */
export const JSON_SCHEMA_VERSION = 2;

export function renderJson(report: Report): string {
  const outcome = outcomeOf(report);
  const doc = {
    schemaVersion: JSON_SCHEMA_VERSION,
    stack: report.stack,
    project: report.project,
    outcome,
    exitCode: EXIT_CODES[outcome],
    summary: summarize(report),
    resources: report.resources.map((c) => ({
      urn: c.urn,
      type: c.type,
      name: c.name,
      id: c.id ?? null,
      vpnGatewayId: c.vpnGatewayId ?? null,
      action: c.action,
      replacementCauses: c.replacementCauses,
      warnings: c.warnings,
      fields: c.fields.map(fieldJson),
    })),
    otherChanges: report.otherChanges,
    drift: report.drift.map((d) => ({
      urn: d.urn,
      name: d.name,
      type: d.type,
      id: d.id ?? null,
      kind: d.kind,
      fields: d.fields.map(fieldJson),
    })),
    errors: report.errors,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function fieldJson(f: Report['resources'][number]['fields'][number]): Record<string, unknown> {
  return {
    path: f.path,
    label: f.label,
    kind: f.kind,
    forcesReplacement: f.forcesReplacement,
    before: f.before === undefined ? null : jsonValue(f.before),
    after: f.after === undefined ? null : jsonValue(f.after),
  };
}
