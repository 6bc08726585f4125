// What one row means: its dates, amount, due date and discretion bound, computed once per row
// and shared by the record rules, `powers records` and the 运行情况 of published pages.
import { CalendarCoverageError } from '../calendar/index.js';
import { daysInMonth, fromDayNumber, type PlainDate } from '../util/date.js';
import { cell, type PowerFacts, type RecordContext, type RecordRow, type RowFacts } from './types.js';

const AMOUNT = /^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d{1,2})?$/;

/** 金额 in 元: digits, optional thousands commas, at most two decimals; undefined otherwise. */
export function parseAmount(text: string): number | undefined {
  if (!AMOUNT.test(text)) return undefined;
  return Number(text.indexOf(',') < 0 ? text : text.replace(/,/g, ''));
}

/**
 * The day number (days since 1970-01-01) of a `YYYY-MM-DD` text, or -1 when it is not a real
 * date: the same answer as `isPlainDate`/`toDayNumber`, by arithmetic alone (a million rows hold
 * millions of dates; no Date object, no allocation).
 */
export function parseDay(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    y = y * 10 + c;
  }
  const m1 = text.charCodeAt(5) - 48;
  const m2 = text.charCodeAt(6) - 48;
  const d1 = text.charCodeAt(8) - 48;
  const d2 = text.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return -1;
  // days from civil (H. Hinnant)
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Whether the text is a real `YYYY-MM-DD` date. */
export function isDate(text: string): boolean {
  return parseDay(text) >= 0;
}

const dateTexts = new Map<number, PlainDate>();

/** The date `days` calendar days after a valid date text (memoised by day number). */
export function plusDays(text: PlainDate, days: number): PlainDate {
  const n = parseDay(text) + days;
  let out = dateTexts.get(n);
  if (out === undefined) {
    out = fromDayNumber(n);
    if (dateTexts.size < 100_000) dateTexts.set(n, out);
  }
  return out;
}

type Due = { due?: PlainDate; missingYear?: number };

/**
 * A row evaluator bound to one run (it memoises due dates per power: a year has few distinct ones).
 * It returns the same facts object for every row, refilled: read it before the next row.
 */
export function rowEvaluator(ctx: RecordContext): (row: RecordRow) => RowFacts {
  // The memo lives on the run's own power facts (built per run by recordContext).
  const dueOf = (power: PowerFacts, received: PlainDate, days: number): Due => {
    let byDate = power.dueByDay;
    if (!byDate) power.dueByDay = byDate = new Map();
    const day = parseDay(received);
    let hit = byDate.get(day);
    if (!hit) {
      if (power.unit === '日') hit = { due: plusDays(received, days) };
      else {
        try {
          hit = { due: ctx.calendar.addWorkdays(received, days).date };
        } catch (error) {
          if (!(error instanceof CalendarCoverageError)) throw error;
          hit = { missingYear: error.missingYears[0] };
        }
      }
      byDate.set(day, hit);
    }
    return hit;
  };

  const facts: RowFacts = { isImportant: false };
  return (row) => {
    const power = ctx.powers.get(cell(row, '职权编码'));
    const receivedText = cell(row, '受理日期');
    const closedText = cell(row, '办结日期');
    const amountText = cell(row, '金额');
    facts.power = power;
    facts.received = isDate(receivedText) ? receivedText : undefined;
    facts.closed = closedText !== '' && isDate(closedText) ? closedText : undefined;
    facts.amount = amountText === '' ? undefined : parseAmount(amountText);
    facts.isImportant = cell(row, '重要') === '是';
    facts.due = undefined;
    facts.missingYear = undefined;
    facts.lowerBound = undefined;
    facts.namedRow = undefined;
    if (!power) return facts;
    if (facts.received && power.promisedDays !== undefined) {
      const hit = dueOf(power, facts.received, power.promisedDays);
      facts.due = hit.due;
      facts.missingYear = hit.missingYear;
    }
    if (power.discretion.length > 0) {
      const situation = cell(row, '裁量情形');
      if (situation === '') facts.lowerBound = power.lowestMin;
      else {
        facts.namedRow = power.bySituation.get(situation);
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
