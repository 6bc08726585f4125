// `powers validate`'s share of the records: scan them and turn the findings into diagnostics.
// CSV files hold no disable comments, so nothing is suppressed; and a record finding is unique by
// construction (one per rule, message and cell; file-level ones at line 1 each have their own
// message), so none is de-duplicated either: the findings are only worded and sorted.
import { calendarForRegistry } from '../calendar/index.js';
import { compareDiagnostics, type Diagnostic } from '../checks/engine.js';
import { RULE_SEVERITY } from '../checks/index.js';
import { t } from '../i18n/index.js';
import type { Registry } from '../registry/model.js';
import type { PlainDate } from '../util/date.js';
import { recordContext, scanRecords } from './scan.js';

/** Checks records/**\/*.csv against the registry; reports only on files `only` accepts. */
export function checkRecordFiles(
  registry: Registry, today: PlainDate, only?: (file: string) => boolean,
): { diagnostics: Diagnostic[]; files: number } {
  const { calendar } = calendarForRegistry(registry);
  const scan = scanRecords(registry, recordContext(registry, calendar, today));
  const diagnostics: Diagnostic[] = [];
  for (const f of scan.findings) {
    if (only && !only(f.file)) continue;
    const data = f.data ?? {};
    diagnostics.push({
      rule: f.rule, severity: f.severity ?? RULE_SEVERITY[f.rule], message: t(f.message, data), messageId: f.message, data,
      file: f.file, line: f.position?.line ?? 1, column: f.position?.column ?? 1, code: f.code ?? null,
    });
  }
  diagnostics.sort(compareDiagnostics);
  return { diagnostics, files: only ? scan.files.filter(only).length : scan.files.length };
}
