// SPEC §1 fact 19 / §4 / §10 record-report: an important exercise (重要 = 是) is reported to the
// disclosure office within `deadlines.record_report` calendar days (default 7: 一周内) of its 办结.
import { dayText, parseDay } from '../records/evaluate.js';
import { rowFinding } from '../records/finding.js';
import { HEADER_INDEX, isBlank, NO_DAY } from '../records/types.js';

const REPORTED = HEADER_INDEX['报备日期'];
import type { Rule } from './types.js';

const dataOf = (closed: number, due: number, days: number) => ({ closed: dayText(closed), due: dayText(due), days });

export const rule: Rule = {
  id: 'record-report',
  severity: 'warning',
  scope: 'records',
  run: () => [],
  records(ctx) {
    const today = parseDay(ctx.today);
    return (row, facts, emit) => {
      if (!facts.isImportant || facts.closedDay === NO_DAY) return;
      const due = facts.closedDay + ctx.reportDays;
      if (isBlank(row, REPORTED)) {
        if (today > due) emit(rowFinding('record-report', row, '报备日期', 'record-report.missing', { ...dataOf(facts.closedDay, due, ctx.reportDays), today: ctx.today }));
      } else if (facts.reportedDay !== NO_DAY && facts.reportedDay > due) {
        emit(rowFinding('record-report', row, '报备日期', 'record-report.late', { ...dataOf(facts.closedDay, due, ctx.reportDays), reported: dayText(facts.reportedDay) }));
      }
    };
  },
};
