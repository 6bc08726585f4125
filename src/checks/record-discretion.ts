// SPEC §1 fact 10 / §10 record-discretion: a fine or levy lies within the power's discretion rows
// (and the statute's range, where the law library records one); one above the lower bound needs
// 集体讨论 (error when missing), then 备案 and 公开 (warning when either is missing 20 working days
// after 办结). One finding per case, the most serious first.
import { rowFinding } from '../records/finding.js';
import { dayText, parseDay, workdaysAfter } from '../records/evaluate.js';
import { cell, HEADER_INDEX, isBlank, NO_DAY } from '../records/types.js';
import type { Rule } from './types.js';

/** Working days after 办结 within which 备案 and 公开 must follow (SPEC §10). */
export const FILING_WORKDAYS = 20;

/** Whether the amount lies within one of the ranges (a loop: no closure per row). */
function isWithin(ranges: readonly { min: number; max: number }[], amount: number): boolean {
  for (let i = 0; i < ranges.length; i++) if (amount >= ranges[i].min && amount <= ranges[i].max) return true;
  return false;
}

const SITUATION = HEADER_INDEX['裁量情形'];
const COLLECTIVE = HEADER_INDEX['集体讨论'];
const FILED = HEADER_INDEX['备案日期'];
const DISCLOSED = HEADER_INDEX['公开日期'];

export const rule: Rule = {
  id: 'record-discretion',
  severity: 'error',
  scope: 'records',
  run: () => [],
  records(ctx) {
    const today = parseDay(ctx.today);
    const filingDue = new Map<number, number>();
    const filingDueOf = (closed: number): number => {
      let due = filingDue.get(closed);
      if (due === undefined) {
        due = workdaysAfter(ctx.calendar, closed, FILING_WORKDAYS).day;
        filingDue.set(closed, due);
      }
      return due;
    };
    return (row, facts, emit) => {
      const { power, amount } = facts;
      if (!power || amount === undefined) return;
      if (!isBlank(row, SITUATION) && power.discretion.length > 0 && !facts.namedRow) {
        emit(rowFinding('record-discretion', row, '裁量情形', 'record-discretion.unknownSituation', {
          situation: cell(row, '裁量情形'), known: power.discretion.map((r) => r.situation),
        }));
        return;
      }
      if (facts.namedRow?.isMoney && (amount < facts.namedRow.min || amount > facts.namedRow.max)) {
        const { min, max, situation } = facts.namedRow;
        emit(rowFinding('record-discretion', row, '金额', 'record-discretion.outsideRow', { amount, situation, min, max }));
        return;
      }
      const money = power.moneyRows;
      // Rows in 倍 or % cannot be compared: a power with any of them is checked on its 元 rows only when one is named.
      if (!facts.namedRow && money.length > 0 && money.length === power.discretion.length && !isWithin(money, amount)) {
        emit(rowFinding('record-discretion', row, '金额', 'record-discretion.outsideRows', {
          amount, ranges: money.map((r) => `${r.min}–${r.max}`),
        }));
        return;
      }
      if (power.statute.length > 0 && !isWithin(power.statute, amount)) {
        emit(rowFinding('record-discretion', row, '金额', 'record-discretion.outsideStatute', {
          amount, ranges: power.statute.map((s) => `${s.law}${s.articles} ${s.min}–${s.max}`),
        }));
        return;
      }
      if (facts.lowerBound === undefined || amount <= facts.lowerBound) return;
      const data = { amount, min: facts.lowerBound };
      if (isBlank(row, COLLECTIVE)) {
        emit(rowFinding('record-discretion', row, '集体讨论', 'record-discretion.noCollective', data));
        return;
      }
      if (facts.closedDay === NO_DAY) return;
      const missing = isBlank(row, FILED) ? '备案日期' : isBlank(row, DISCLOSED) ? '公开日期' : undefined;
      if (!missing) return;
      const due = filingDueOf(facts.closedDay);
      if (due !== NO_DAY && today > due) {
        emit(rowFinding('record-discretion', row, missing, 'record-discretion.notFiled', { ...data, missing, closed: dayText(facts.closedDay), due: dayText(due) }, 'warning'));
      }
    };
  },
};
