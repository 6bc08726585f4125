// Working-day arithmetic over validated calendar years. Days are integers (days since
// 1970-01-01), never local-time Dates, so every result is the same in every time zone.
import { isPlainDate, toDayNumber, fromDayNumber, yearOf } from '../util/date.js';
import { CalendarCoverageError } from './errors.js';
import {
  REASON,
  type CalendarBasis, type CalendarNotice, type CalendarOptions, type CalendarYear, type DayInfo,
  type WorkCalendar, type WorkdayCount, type WorkdayResult,
} from './types.js';

/** How close to the end of the last covered year a result gets the "next notice may move it" flag. */
export const NEAR_COVERAGE_END_DAYS = 30;

/** Day status codes in a year table. */
const Status = { Workday: 0, Weekend: 1, Holiday: 2, Makeup: 3 } as const;

interface YearTable {
  data: CalendarYear;
  /** Day number of 1 January. */
  start: number;
  /** Status of each day of the year, by index from 1 January. */
  status: Uint8Array;
  /** Holiday name by index. */
  names: Map<number, string>;
  /** prefix[i] = working days among the first i days of the year (for fast counting). */
  prefix: Int32Array;
}

function dayOfWeek(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

function isWeekendDay(day: number): boolean {
  const w = dayOfWeek(day);
  return w === 0 || w === 6;
}

function yearStart(year: number): number {
  return Math.round(Date.UTC(year, 0, 1) / 86_400_000);
}

function buildTable(data: CalendarYear): YearTable {
  const year = data.notice.year;
  const start = yearStart(year);
  const length = yearStart(year + 1) - start;
  const status = new Uint8Array(length);
  for (let i = 0; i < length; i++) status[i] = isWeekendDay(start + i) ? Status.Weekend : Status.Workday;
  const names = new Map<number, string>();
  for (const span of data.holidays) {
    for (let d = toDayNumber(span.from); d <= toDayNumber(span.to); d++) {
      status[d - start] = Status.Holiday;
      if (!names.has(d - start)) names.set(d - start, span.name);
    }
  }
  for (const w of data.workdays) status[toDayNumber(w) - start] = Status.Makeup;
  const prefix = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) {
    prefix[i + 1] = prefix[i] + (status[i] === Status.Workday || status[i] === Status.Makeup ? 1 : 0);
  }
  return { data, start, status, names, prefix };
}

function assertDate(date: string, what: string): void {
  if (!isPlainDate(date)) throw new TypeError(`${what}: not a YYYY-MM-DD date: ${String(date)}`);
}

/** Builds the calendar from validated years (one per year; later entries win). */
export function createWorkCalendar(years: Iterable<CalendarYear>): WorkCalendar {
  const tables = new Map<number, YearTable>();
  for (const y of years) tables.set(y.notice.year, buildTable(y));
  const sortedYears = [...tables.keys()].sort((a, b) => a - b);

  /** Walks days one by one, knowing which year each lies in, and records what it consulted. */
  class Walker {
    used = new Set<number>();
    missing = new Set<number>();
    private year = 0;
    private start = 0;
    private end = -1;
    private table: YearTable | undefined;

    isWorkday(day: number): boolean {
      if (day < this.start || day > this.end) {
        this.year = yearOf(fromDayNumber(day));
        this.start = yearStart(this.year);
        this.end = yearStart(this.year + 1) - 1;
        this.table = tables.get(this.year);
      }
      if (this.table) {
        this.used.add(this.year);
        const s = this.table.status[day - this.start];
        return s === Status.Workday || s === Status.Makeup;
      }
      this.missing.add(this.year);
      return !isWeekendDay(day);
    }

    basis(options: CalendarOptions | undefined): CalendarBasis {
      const missingYears = [...this.missing].sort((a, b) => a - b);
      if (missingYears.length > 0 && !options?.provisional) throw new CalendarCoverageError(missingYears);
      const usedYears = [...this.used].sort((a, b) => a - b);
      return {
        years: usedYears,
        notices: usedYears.map((y) => tables.get(y)!.data.notice),
        isProvisional: missingYears.length > 0,
        missingYears,
      };
    }
  }

  const calendar: WorkCalendar = {
    covers: (year) => tables.has(year),
    years: () => [...sortedYears],
    newestYear: () => {
      if (sortedYears.length === 0) throw new Error('the working-day calendar covers no year');
      return sortedYears[sortedYears.length - 1];
    },
    notice: (year) => tables.get(year)?.data.notice,
    year: (year) => tables.get(year)?.data,

    dayInfo(date, options): DayInfo {
      assertDate(date, 'dayInfo');
      const day = toDayNumber(date);
      const table = tables.get(yearOf(date));
      if (!table) {
        if (!options?.provisional) throw new CalendarCoverageError([yearOf(date)]);
        const isWeekend = isWeekendDay(day);
        return {
          date, isWorkday: !isWeekend, kind: isWeekend ? 'weekend' : 'workday',
          reason: isWeekend ? REASON.weekend : REASON.workday, isProvisional: true,
        };
      }
      const notice = table.data.notice;
      const i = day - table.start;
      switch (table.status[i]) {
        case Status.Holiday: {
          const holiday = table.names.get(i)!;
          return { date, isWorkday: false, kind: 'holiday', holiday, reason: holiday, isProvisional: false, notice };
        }
        case Status.Makeup:
          return { date, isWorkday: true, kind: 'makeup', reason: REASON.makeup, isProvisional: false, notice };
        case Status.Weekend:
          return { date, isWorkday: false, kind: 'weekend', reason: REASON.weekend, isProvisional: false, notice };
        default:
          return { date, isWorkday: true, kind: 'workday', reason: REASON.workday, isProvisional: false, notice };
      }
    },

    addWorkdays(start, n, options): WorkdayResult {
      assertDate(start, 'addWorkdays');
      if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`addWorkdays: n must be a non-negative integer, got ${n}`);
      const walker = new Walker();
      let day = toDayNumber(start);
      for (let counted = 0; counted < n;) {
        day += 1;
        if (walker.isWorkday(day)) counted += 1;
      }
      const basis = walker.basis(options);
      const date = fromDayNumber(day);
      const year = yearOf(date);
      const isNearCoverageEnd = n > 0 && tables.has(year) && !tables.has(year + 1)
        && yearStart(year + 1) - 1 - day <= NEAR_COVERAGE_END_DAYS;
      return { date, start, n, ...basis, isNearCoverageEnd };
    },

    workdaysBetween(from, to, options): WorkdayCount {
      assertDate(from, 'workdaysBetween');
      assertDate(to, 'workdaysBetween');
      const a = toDayNumber(from);
      const b = toDayNumber(to);
      const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
      // Year by year with the prefix sums: long spans (an old overdue deadline) cost O(years).
      const walker = new Walker();
      let count = 0;
      for (let day = lo + 1; day <= hi;) {
        const year = yearOf(fromDayNumber(day));
        const next = yearStart(year + 1);
        const last = Math.min(hi, next - 1);
        const table = tables.get(year);
        if (table) {
          walker.used.add(year);
          count += table.prefix[last - table.start + 1] - table.prefix[day - table.start];
        } else {
          for (let d = day; d <= last; d++) if (walker.isWorkday(d)) count += 1;
        }
        day = last + 1;
      }
      return { days: count === 0 ? 0 : sign * count, ...walker.basis(options) };
    },
  };
  return calendar;
}

/** Every notice title a set of calendar notices rests on (amendments included), without repeats. */
export function noticeSources(notices: readonly CalendarNotice[]): string[] {
  const seen = new Set<string>();
  for (const n of notices) {
    seen.add(n.source);
    for (const a of n.amended_by) seen.add(a.source);
  }
  return [...seen];
}
