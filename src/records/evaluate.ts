// What one row means: its dates, amount, due date and discretion bound, computed once per row
// and shared by the record rules, `powers records` and the 运行情况 of published pages.
import { CalendarCoverageError } from '../calendar/index.js';
import { addCalendarDays, isPlainDate, type PlainDate } from '../util/date.js';
import { cell, type RecordContext, type RecordRow, type RowFacts } from './types.js';

const AMOUNT = /^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d{1,2})?$/;

/** 金额 in 元: digits, optional thousands commas, at most two decimals; undefined otherwise. */
export function parseAmount(text: string): number | undefined {
  if (!AMOUNT.test(text)) return undefined;
  return Number(text.replace(/,/g, ''));
}

/** A row evaluator bound to one run (it memoises due dates: a year has few distinct ones). */
export function rowEvaluator(ctx: RecordContext): (row: RecordRow) => RowFacts {
  const dues = new Map<string, { due?: PlainDate; missingYear?: number }>();
  const dueOf = (received: PlainDate, days: number, unit: '工作日' | '日') => {
    const key = `${received}|${days}|${unit}`;
    let hit = dues.get(key);
    if (!hit) {
      if (unit === '日') hit = { due: addCalendarDays(received, days) };
      else {
        try {
          hit = { due: ctx.calendar.addWorkdays(received, days).date };
        } catch (error) {
          if (!(error instanceof CalendarCoverageError)) throw error;
          hit = { missingYear: error.missingYears[0] };
        }
      }
      dues.set(key, hit);
    }
    return hit;
  };

  return (row) => {
    const power = ctx.powers.get(cell(row, '职权编码'));
    const receivedText = cell(row, '受理日期');
    const closedText = cell(row, '办结日期');
    const amountText = cell(row, '金额');
    const facts: RowFacts = {
      power,
      received: isPlainDate(receivedText) ? receivedText : undefined,
      closed: isPlainDate(closedText) ? closedText : undefined,
      amount: amountText === '' ? undefined : parseAmount(amountText),
      isImportant: cell(row, '重要') === '是',
    };
    if (!power) return facts;
    if (facts.received && power.promisedDays !== undefined) Object.assign(facts, dueOf(facts.received, power.promisedDays, power.unit));
    if (power.discretion.length > 0) {
      const situation = cell(row, '裁量情形');
      if (situation === '') {
        const money = power.discretion.filter((r) => r.isMoney);
        if (money.length > 0) facts.lowerBound = Math.min(...money.map((r) => r.min));
      } else {
        facts.namedRow = power.discretion.find((r) => r.situation === situation);
        if (facts.namedRow?.isMoney) facts.lowerBound = facts.namedRow.min;
      }
    }
    return facts;
  };
}

/** Whether a closed row was decided within the promised limit (the due day itself counts). */
export function isOnTime(facts: RowFacts): boolean | undefined {
  if (!facts.closed || !facts.due) return undefined;
  return facts.closed <= facts.due;
}

/** Whether the amount lies above the discretion lower bound. */
export function isAboveMin(facts: RowFacts): boolean {
  return facts.amount !== undefined && facts.lowerBound !== undefined && facts.amount > facts.lowerBound;
}
