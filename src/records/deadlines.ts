// `powers deadlines`, kind `record-report` (SPEC §4, §10): an important exercise is reported
// within `deadlines.record_report` calendar days of its 办结 date; done = its 报备日期.
import { CalendarCoverageError, type WorkCalendar } from '../calendar/index.js';
import { stateOf } from '../deadlines/compute.js';
import type { Deadline } from '../deadlines/types.js';
import type { Registry } from '../registry/model.js';
import { addCalendarDays, isPlainDate, type PlainDate } from '../util/date.js';
import { own } from './finding.js';
import { hasRecords } from './read.js';
import { recordContext, scanRecords } from './scan.js';
import { cell } from './types.js';

/** One deadline per important, closed case whose row passed record-format. */
export function recordReportDeadlines(registry: Registry, calendar: WorkCalendar, today: PlainDate): Deadline[] {
  if (!hasRecords(registry.root)) return [];
  const ctx = recordContext(registry, calendar, today);
  const out: Deadline[] = [];
  scanRecords(registry, ctx, (row, facts) => {
    if (!facts.isImportant || !facts.closed) return;
    const due = addCalendarDays(facts.closed, ctx.reportDays);
    const reported = cell(row, '报备日期');
    const done = isPlainDate(reported) ? reported : null;
    let remaining: number | null = null;
    if (done === null) {
      try {
        remaining = calendar.workdaysBetween(today, due).days;
      } catch (error) {
        if (!(error instanceof CalendarCoverageError)) throw error;
      }
    }
    out.push({
      code: facts.power?.code ?? own(cell(row, '职权编码')), kind: 'record-report', source: own(cell(row, '办件编号')),
      from: facts.closed, due, done, state: stateOf(due, done, today), remaining,
      name: facts.power?.name ?? '', department: facts.power?.folder ?? '', file: row.file, path: [], days: ctx.reportDays,
      calendar: { notices: [], isProvisional: false, missingYears: [], isNearCoverageEnd: false },
    });
  });
  return out;
}
