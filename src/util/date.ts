// Plain calendar dates (`YYYY-MM-DD` strings) and arithmetic on them. Nothing here goes through a
// local-time `Date`: a day is an integer (days since 1970-01-01), computed with `Date.UTC`, so the
// result is the same in every time zone.

/** A `YYYY-MM-DD` string. */
export type PlainDate = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Whether `value` is a `YYYY-MM-DD` string naming a real day (no 2026-02-30). */
export function isPlainDate(value: unknown): value is PlainDate {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Days in month `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day number (days since 1970-01-01) of a plain date. */
export function toDayNumber(date: PlainDate): number {
  const utc = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999
  utc.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(utc.getTime() / MS_PER_DAY);
}

/** The plain date of a day number. */
export function fromDayNumber(day: number): PlainDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days. */
export function addCalendarDays(date: PlainDate, days: number): PlainDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Day of the week: 0 Sunday … 6 Saturday. */
export function weekday(date: PlainDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Whether the date is a Saturday or a Sunday. */
export function isWeekend(date: PlainDate): boolean {
  const w = weekday(date);
  return w === 0 || w === 6;
}

/** The year of a plain date. */
export function yearOf(date: PlainDate): number {
  return Number(date.slice(0, 4));
}

/**
 * Today's date in China (UTC+8, no daylight saving since 1991), whatever the machine's zone:
 * the regime's deadlines run on Beijing time.
 */
export function chinaToday(now: Date): PlainDate {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
