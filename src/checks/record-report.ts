// SPEC §1 fact 19 / §4 / §10 record-report: an important exercise (重要 = 是) is reported to the
// disclosure office within `deadlines.record_report` calendar days (default 7: 一周内) of its 办结.
import { isDate, plusDays } from '../records/evaluate.js';
import { rowFinding } from '../records/finding.js';
import { cell } from '../records/types.js';
import type { Rule } from './types.js';

export const rule: Rule = {
  id: 'record-report',
  severity: 'warning',
  scope: 'records',
  run: () => [],
  records(ctx) {
    return (row, facts, emit) => {
      if (!facts.isImportant || !facts.closed) return;
      const due = plusDays(facts.closed, ctx.reportDays);
      const reported = cell(row, '报备日期');
      const data = () => ({ closed: facts.closed, due, days: ctx.reportDays });
      if (reported === '') {
        if (ctx.today > due) emit(rowFinding('record-report', row, '报备日期', 'record-report.missing', { ...data(), today: ctx.today }));
      } else if (reported > due && isDate(reported)) {
        emit(rowFinding('record-report', row, '报备日期', 'record-report.late', { ...data(), reported }));
      }
    };
  },
};
