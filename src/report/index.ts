// Picks the reporter for a format. Reporters are pure: (report) → string.
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { ReportOptions, ValidateReport } from './types.js';

export type ReportFormat = 'stylish' | 'json' | 'sarif' | 'github';

/** Formats a validate report in the given format. */
export function formatReport(format: ReportFormat, report: ValidateReport, options: ReportOptions): string {
  switch (format) {
    case 'json': return formatJson(report);
    case 'sarif': return formatSarif(report);
    case 'github': return formatGithub(report);
    default: return formatStylish(report, options);
  }
}
