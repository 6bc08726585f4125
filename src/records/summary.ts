// `powers records` and the 运行情况 of published pages (SPEC §10): per power, over a period of
// 受理日期, the rows counted (not those with a record-format error), closed, closed on time,
// above the discretion lower bound, and with at least one finding of the other record rules.
import type { WorkCalendar } from '../calendar/index.js';
import type { Registry } from '../registry/model.js';
import { addCalendarDays, daysInMonth, type PlainDate } from '../util/date.js';
import { isAboveMin, isOnTime, parseDay } from './evaluate.js';
import { recordContext, scanRecords } from './scan.js';
import { cell, NO_DAY } from './types.js';

/** One power's operation in the period (the JSON contract of SPEC §10). */
export interface PowerOperation {
  code: string;
  count: number;
  closed: number;
  on_time: number;
  above_min: number;
  exceptions: number;
}

/** The summary of a period. */
export interface OperationSummary {
  from: PlainDate;
  to: PlainDate;
  powers: PowerOperation[];
}

/** The first day of the 12 months ending `today` (2026-06-30 → 2025-07-01; 2028-02-29 → 2027-03-01). */
export function twelveMonthsBefore(today: PlainDate): PlainDate {
  const year = Number(today.slice(0, 4)) - 1;
  const month = Number(today.slice(5, 7));
  const day = Math.min(Number(today.slice(8, 10)), daysInMonth(year, month));
  return addCalendarDays(`${String(year).padStart(4, '0')}-${today.slice(5, 7)}-${String(day).padStart(2, '0')}`, 1);
}

/** Options of `summariseOperation`. */
export interface SummaryOptions {
  today: PlainDate;
  from?: PlainDate;
  to?: PlainDate;
  /** Only the powers of this department folder. */
  department?: string;
}

/** Streams the records once and sums them per power code (sorted by code). */
export function summariseOperation(registry: Registry, calendar: WorkCalendar, options: SummaryOptions): OperationSummary {
  const to = options.to ?? options.today;
  const from = options.from ?? twelveMonthsBefore(to);
  const byCode = new Map<string, PowerOperation>();
  const fromDay = parseDay(from);
  const toDay = parseDay(to);
  scanRecords(registry, recordContext(registry, calendar, options.today), (row, facts, exceptions) => {
    if (facts.receivedDay === NO_DAY || facts.receivedDay < fromDay || facts.receivedDay > toDay) return;
    if (options.department !== undefined && facts.power?.folder !== options.department) return;
    const code = facts.power?.code ?? cell(row, '职权编码');
    let op = byCode.get(code);
    if (!op) {
      op = { code, count: 0, closed: 0, on_time: 0, above_min: 0, exceptions: 0 };
      byCode.set(op.code, op);
    }
    op.count++;
    if (facts.closedDay !== NO_DAY) op.closed++;
    if (isOnTime(facts)) op.on_time++;
    if (isAboveMin(facts)) op.above_min++;
    if (exceptions > 0) op.exceptions++;
  });
  const powers = [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { from, to, powers };
}
