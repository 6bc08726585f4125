// SPEC §1 facts 9, 15 / §10 record-time-limit: a case is decided within the power's promised
// limit, counted in its flow's unit (工作日 on the official calendar, or 日; a flow without a unit
// counts 工作日). A closed case is judged by its 办结日期; an open case already past its limit on
// today is reported as 超期未办结. A due date that needs a year no calendar notice covers is said
// once per file and year, never guessed.
import { dayText, parseDay } from '../records/evaluate.js';
import { rowFinding } from '../records/finding.js';
import { NO_DAY, type PowerFacts } from '../records/types.js';
import type { Rule } from './types.js';

const dataOf = (power: PowerFacts, received: number, due: number) => ({
  promised: power.promisedDays, unit: power.unit, received: dayText(received), due: dayText(due),
});

export const rule: Rule = {
  id: 'record-time-limit',
  severity: 'warning',
  scope: 'records',
  run: () => [],
  records(ctx) {
    const saidMissing = new Set<string>();
    const today = parseDay(ctx.today);
    return (row, facts, emit) => {
      const { power, receivedDay, closedDay, dueDay } = facts;
      if (!power || receivedDay === NO_DAY || power.promisedDays === undefined) return;
      if (facts.missingYear !== undefined) {
        const key = `${row.file}|${facts.missingYear}`;
        if (!saidMissing.has(key)) {
          saidMissing.add(key);
          emit(rowFinding('record-time-limit', row, '受理日期', 'record-time-limit.noCalendar', { year: facts.missingYear }));
        }
        return;
      }
      if (dueDay === NO_DAY) return;
      if (closedDay !== NO_DAY) {
        if (closedDay > dueDay) emit(rowFinding('record-time-limit', row, '办结日期', 'record-time-limit.late', { ...dataOf(power, receivedDay, dueDay), closed: dayText(closedDay) }));
      } else if (today > dueDay) {
        emit(rowFinding('record-time-limit', row, '受理日期', 'record-time-limit.openOverdue', { ...dataOf(power, receivedDay, dueDay), today: ctx.today }));
      }
    };
  },
};
