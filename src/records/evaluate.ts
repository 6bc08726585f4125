// What one row means: its dates, amount, due date and discretion bound, computed once per row
// and shared by the record rules, `powers records` and the 运行情况 of published pages.
import { CalendarCoverageError, type WorkCalendar } from '../calendar/index.js';
import { daysInMonth, fromDayNumber, type PlainDate } from '../util/date.js';
import { isRange } from './code-table.js';
import { cellOf, HEADER_INDEX, NO_DAY, type PowerFacts, type RecordContext, type RecordRow, type RowFacts } from './types.js';

const AMOUNT = /^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d{1,2})?$/;

/** 金额 in 元: digits, optional thousands commas, at most two decimals; undefined otherwise. */
export function parseAmount(text: string): number | undefined {
  if (!AMOUNT.test(text)) return undefined;
  return Number(text.indexOf(',') < 0 ? text : text.replace(/,/g, ''));
}

/**
 * The day number (days since 1970-01-01) of `text[start, end)` as `YYYY-MM-DD`, or NO_DAY when it
 * is not a real date: the same answer as `isPlainDate`/`toDayNumber`, by arithmetic alone (a
 * million rows hold millions of dates; no Date object, no string).
 */
export function dayAt(text: string, start: number, end: number): number {
  if (end - start !== 10 || text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45) return NO_DAY;
  let y = 0;
  for (let i = start; i < start + 4; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NO_DAY;
    y = y * 10 + c;
  }
  const m1 = text.charCodeAt(start + 5) - 48;
  const m2 = text.charCodeAt(start + 6) - 48;
  const d1 = text.charCodeAt(start + 8) - 48;
  const d2 = text.charCodeAt(start + 9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return NO_DAY;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NO_DAY;
  // days from civil (H. Hinnant)
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** The day number of a `YYYY-MM-DD` text, or NO_DAY when it is not a real date. */
export function parseDay(text: string): number {
  return dayAt(text, 0, text.length);
}

/** Whether the text is a real `YYYY-MM-DD` date. */
export function isDate(text: string): boolean {
  return parseDay(text) !== NO_DAY;
}

const dateTexts = new Map<number, PlainDate>();

/** The `YYYY-MM-DD` text of a day number (memoised: a run names few distinct days). */
export function dayText(day: number): PlainDate {
  let out = dateTexts.get(day);
  if (out === undefined) {
    out = fromDayNumber(day);
    if (dateTexts.size < 100_000) dateTexts.set(day, out);
  }
  return out;
}

/** The date `days` calendar days after a valid date text. */
export function plusDays(text: PlainDate, days: number): PlainDate {
  return dayText(parseDay(text) + days);
}

/** 金额 in 元 from `text[start, end)`: plain digits by arithmetic, anything else as parseAmount. */
function amountAt(text: string, start: number, end: number): number | undefined {
  if (end - start <= 15) {
    let v = 0;
    let i = start;
    for (; i < end; i++) {
      const c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      v = v * 10 + c;
    }
    if (i === end && end > start) return v;
  }
  return parseAmount(text.substring(start, end));
}

/** The day of a date cell (header index `h`), NO_DAY when blank, absent or not a real date. */
function dayOf(row: RecordRow, h: number): number {
  const i = cellOf(row, h);
  return i < 0 ? NO_DAY : dayAt(row.text, row.bounds[2 * i], row.bounds[2 * i + 1]);
}

const CODE = HEADER_INDEX['职权编码'];
const IMPORTANT = HEADER_INDEX['重要'];
const RECEIVED = HEADER_INDEX['受理日期'];
const CLOSED = HEADER_INDEX['办结日期'];
const AMOUNT_H = HEADER_INDEX['金额'];
const SITUATION = HEADER_INDEX['裁量情形'];
const FILED = HEADER_INDEX['备案日期'];
const DISCLOSED = HEADER_INDEX['公开日期'];
const REPORTED = HEADER_INDEX['报备日期'];
const 是 = 0x662f;

/** The day `days` working days after `day`; NO_DAY, with the year, when no calendar notice covers it. */
export function workdaysAfter(calendar: WorkCalendar, day: number, days: number): { day: number; missingYear?: number } {
  try {
    return { day: parseDay(calendar.addWorkdays(dayText(day), days).date) };
  } catch (error) {
    if (!(error instanceof CalendarCoverageError)) throw error;
    return { day: NO_DAY, missingYear: error.missingYears[0] };
  }
}

/**
 * A row evaluator bound to one run (it memoises due days: a year has few distinct ones).
 * It returns the same facts object for every row, refilled: read it before the next row.
 */
export function rowEvaluator(ctx: RecordContext): (row: RecordRow) => RowFacts {
  // Due days of 工作日 limits by 受理 day and limit, shared by all powers (a year has few of either).
  const workdayDues = new Map<number, number>();
  const missingYears = new Map<number, number>();
  /** Sets facts.dueDay (and facts.missingYear when no calendar covers it). */
  const setDue = (facts: RowFacts, power: PowerFacts, received: number, days: number): void => {
    if (power.unit === '日') {
      facts.dueDay = received + days;
      return;
    }
    const key = received * 4096 + days;
    const isKeyed = days >= 0 && days < 4096 && Number.isInteger(days);
    let due = isKeyed ? workdayDues.get(key) : undefined;
    if (due === undefined) {
      const after = workdaysAfter(ctx.calendar, received, days);
      due = after.day;
      if (after.missingYear !== undefined) missingYears.set(key, after.missingYear);
      if (isKeyed) workdayDues.set(key, due);
    }
    facts.dueDay = due;
    if (due === NO_DAY) facts.missingYear = missingYears.get(key);
  };

  const facts: RowFacts = {
    receivedDay: NO_DAY, closedDay: NO_DAY, filedDay: NO_DAY, disclosedDay: NO_DAY, reportedDay: NO_DAY, dueDay: NO_DAY, isImportant: false,
  };
  return (row) => {
    const { text, bounds } = row;
    const c = cellOf(row, CODE);
    const power = c < 0 ? undefined : ctx.codes.get(text, bounds[2 * c], bounds[2 * c + 1]);
    facts.power = power;
    facts.receivedDay = dayOf(row, RECEIVED);
    facts.closedDay = dayOf(row, CLOSED);
    facts.filedDay = dayOf(row, FILED);
    facts.disclosedDay = dayOf(row, DISCLOSED);
    facts.reportedDay = dayOf(row, REPORTED);
    const a = cellOf(row, AMOUNT_H);
    facts.amount = a < 0 || bounds[2 * a] === bounds[2 * a + 1] ? undefined : amountAt(text, bounds[2 * a], bounds[2 * a + 1]);
    const imp = cellOf(row, IMPORTANT);
    facts.isImportant = imp >= 0 && bounds[2 * imp + 1] - bounds[2 * imp] === 1 && text.charCodeAt(bounds[2 * imp]) === 是;
    facts.dueDay = NO_DAY;
    facts.missingYear = undefined;
    facts.lowerBound = undefined;
    facts.namedRow = undefined;
    if (!power) return facts;
    if (facts.receivedDay !== NO_DAY && power.promisedDays !== undefined) setDue(facts, power, facts.receivedDay, power.promisedDays);
    if (power.discretion.length > 0) {
      const si = cellOf(row, SITUATION);
      const s = si < 0 ? 0 : bounds[2 * si];
      const e = si < 0 ? 0 : bounds[2 * si + 1];
      if (s === e) facts.lowerBound = power.lowestMin;
      else {
        // The first row of that situation (as bySituation keeps it).
        for (const r of power.discretion) {
          if (isRange(text, s, e, r.situation)) {
            facts.namedRow = r;
            break;
          }
        }
        if (facts.namedRow?.isMoney) facts.lowerBound = facts.namedRow.min;
      }
    }
    return facts;
  };
}

/** Whether a closed row was decided within the promised limit (the due day itself counts). */
export function isOnTime(facts: RowFacts): boolean | undefined {
  if (facts.closedDay === NO_DAY || facts.dueDay === NO_DAY) return undefined;
  return facts.closedDay <= facts.dueDay;
}

/** Whether the amount lies above the discretion lower bound. */
export function isAboveMin(facts: RowFacts): boolean {
  return facts.amount !== undefined && facts.lowerBound !== undefined && facts.amount > facts.lowerBound;
}
