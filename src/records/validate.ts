// `powers validate`'s share of the records: scan them and turn the findings into diagnostics.
// CSV files hold no disable comments, so the engine needs none of their text.
import { calendarForRegistry } from '../calendar/index.js';
import { finalize, type Diagnostic } from '../checks/engine.js';
import type { Registry } from '../registry/model.js';
import type { PlainDate } from '../util/date.js';
import { recordContext, scanRecords } from './scan.js';

/** Checks records/**\/*.csv against the registry; reports only on files `only` accepts. */
export function checkRecordFiles(
  registry: Registry, today: PlainDate, only?: (file: string) => boolean,
): { diagnostics: Diagnostic[]; files: number } {
  const { calendar } = calendarForRegistry(registry);
  const scan = scanRecords(registry, recordContext(registry, calendar, today));
  const { diagnostics } = finalize(scan.findings, { ...registry, files: [] }, { only });
  return { diagnostics, files: only ? scan.files.filter(only).length : scan.files.length };
}
