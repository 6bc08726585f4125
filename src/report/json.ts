// The stable JSON contract of SPEC §8: {"diagnostics":[…],"summary":{…}}.
import type { ValidateReport } from './types.js';

/** Formats the report as the documented JSON object (one line-broken JSON document). */
export function formatJson(report: ValidateReport): string {
  const diagnostics = report.diagnostics.map((d) => ({
    rule: d.rule, severity: d.severity, message: d.message, file: d.file, line: d.line, column: d.column, code: d.code,
  }));
  return `${JSON.stringify({ diagnostics, summary: report.summary }, null, 2)}\n`;
}
