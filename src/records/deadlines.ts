// `powers deadlines`, kind `record-report` (SPEC §4, §10): an important exercise is reported
// within `deadlines.record_report` calendar days of its 办结 date; done = its 报备日期.
import { CalendarCoverageError, type WorkCalendar } from '../calendar/index.js';
import { stateOf } from '../deadlines/compute.js';
import type { Deadline } from '../deadlines/types.js';
import type { Registry } from '../registry/model.js';
import type { PlainDate } from '../util/date.js';
import { dayText } from './evaluate.js';
import { hasRecords } from './read.js';
import { recordContext, scanRecords } from './scan.js';
import { cell, NO_DAY } from './types.js';

/** One deadline per important, closed case whose row passed record-format. */
export function recordReportDeadlines(registry: Registry, calendar: WorkCalendar, today: PlainDate): Deadline[] {
  if (!hasRecords(registry.root)) return [];
  const ctx = recordContext(registry, calendar, today);
  const out: Deadline[] = [];
  scanRecords(registry, ctx, (row, facts) => {
    if (!facts.isImportant || facts.closedDay === NO_DAY) return;
    const due = dayText(facts.closedDay + ctx.reportDays);
    const done = facts.reportedDay === NO_DAY ? null : dayText(facts.reportedDay);
    let remaining: number | null = null;
    if (done === null) {
      try {
        remaining = calendar.workdaysBetween(today, due).days;
      } catch (error) {
        if (!(error instanceof CalendarCoverageError)) throw error;
      }
    }
    out.push({
      code: facts.power?.code ?? cell(row, '职权编码'), kind: 'record-report', source: cell(row, '办件编号'),
      from: dayText(facts.closedDay), due, done, state: stateOf(due, done, today), remaining,
      name: facts.power?.name ?? '', department: facts.power?.folder ?? '', file: row.file, path: [], days: ctx.reportDays,
      calendar: { notices: [], isProvisional: false, missingYears: [], isNearCoverageEnd: false },
    });
  });
  return out;
}
