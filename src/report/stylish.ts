// The default human report: problems grouped by file (optionally by department first), a summary
// line, colour only when asked for (a TTY without NO_COLOR).
import { Chalk } from 'chalk';
import { t } from '../i18n/index.js';
import type { Diagnostic } from '../checks/engine.js';
import type { ReportOptions, ValidateReport } from './types.js';
import { visible } from './sanitize.js';

/** Formats the report for a terminal. */
export function formatStylish(report: ValidateReport, options: ReportOptions): string {
  const c = new Chalk({ level: options.isColor ? 1 : 0 });
  const lines: string[] = [];
  const byFile = groupBy(report.diagnostics, (d) => d.file);

  const printFiles = (files: string[]) => {
    for (const file of files) {
      const list = byFile.get(file) ?? [];
      const code = list.find((d) => d.code)?.code;
      lines.push(`${c.underline(visible(file))}${code ? c.dim(`  ${visible(code)}`) : ''}`);
      const width = Math.max(...list.map((d) => `${d.line}:${d.column}`.length));
      for (const d of list) {
        const where = `${d.line}:${d.column}`.padEnd(width);
        const sev = d.severity === 'error' ? c.red(t('validate.severity.error')) : c.yellow(t('validate.severity.warning'));
        lines.push(`  ${c.dim(where)}  ${sev}  ${visible(d.message)}  ${c.dim(d.rule)}`);
      }
      lines.push('');
    }
  };

  const files = [...byFile.keys()];
  if (options.groupBy === 'department') {
    const sections = groupBy(files, (f) => (f.startsWith('departments/') && f.split('/').length > 2 ? f.split('/')[1] : ''));
    for (const key of [...sections.keys()].sort()) {
      const title = key === '' ? t('validate.group.common') : t('validate.group.department', { name: visible(report.departments.get(key) ?? key), folder: visible(key) });
      lines.push(c.bold(`== ${title} ==`), '');
      printFiles(sections.get(key) ?? []);
    }
  } else {
    printFiles(files);
  }

  const { errors, warnings, files: nFiles, powers } = report.summary;
  if (errors === 0 && warnings === 0) lines.push(c.green(t('validate.ok', { files: nFiles, powers })));
  else if (errors === 0 && !(options.maxWarnings !== undefined && warnings > options.maxWarnings)) lines.push(c.yellow(t('validate.okWithWarnings', { files: nFiles, powers, warnings })));
  else lines.push(c.red.bold(t('validate.problems', { total: errors + warnings, errors, warnings, files: nFiles, powers })));
  return `${lines.join('\n')}\n`;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** Whether the report goes to a colour terminal: a TTY, NO_COLOR unset (FORCE_COLOR forces it). */
export function wantsColor(isTTY: boolean, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTTY;
}

export type { Diagnostic };
