// GitHub Actions workflow commands: one `::error`/`::warning` annotation per diagnostic.
// Escaping as GitHub's toolkit does (`escapeData`, `escapeProperty` in @actions/core), after the
// user's control characters were made visible: no value can end the line or start a command.
import type { ValidateReport } from './types.js';
import { visible } from './sanitize.js';

const escapeData = (s: string) => visible(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Formats diagnostics as workflow annotations (paths relative to the current folder, i.e. the repo root in CI). */
export function formatGithub(report: ValidateReport): string {
  return report.diagnostics
    .map((d) => {
      const file = report.registryPrefix ? `${report.registryPrefix}/${d.file}` : d.file;
      const title = `powers ${d.rule}${d.code ? ` ${d.code}` : ''}`;
      return `::${d.severity} file=${escapeProperty(file)},line=${d.line},col=${d.column},title=${escapeProperty(title)}::${escapeData(d.message)}\n`;
    })
    .join('');
}
