// The row arithmetic the record rules share: dates by arithmetic alone (checked day by day against
// the Date-based functions of util/date), amounts in 元.
import { describe, expect, it } from 'vitest';
import { isDate, parseAmount, parseDay, plusDays } from '../../src/records/evaluate.js';
import { addCalendarDays, fromDayNumber, isPlainDate, toDayNumber } from '../../src/util/date.js';
import { twelveMonthsBefore } from '../../src/records/summary.js';

describe('parseDay', () => {
  it('agrees with toDayNumber on every day from 1900 to 2200', () => {
    const mismatches: string[] = [];
    for (let n = toDayNumber('1900-01-01'); n <= toDayNumber('2200-12-31'); n++) {
      const text = fromDayNumber(n);
      if (parseDay(text) !== n) mismatches.push(text);
    }
    expect(mismatches).toEqual([]);
  });

  it.each(['2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026/01/01', '26-01-01', '2026-1-1', '２０２６-01-01', ' 2026-01-01', ''])('refuses %j as isPlainDate does', (text) => {
    expect(isDate(text)).toBe(false);
    expect(isPlainDate(text)).toBe(false);
  });

  it('adds calendar days like addCalendarDays', () => {
    for (const [d, n] of [['2026-12-28', 7], ['2028-02-25', 4], ['2026-06-30', 0]] as const) expect(plusDays(d, n)).toBe(addCalendarDays(d, n));
  });
});

describe('amounts and periods', () => {
  it.each([['1500', 1500], ['1500.5', 1500.5], ['1,500.50', 1500.5], ['12,345,678', 12345678], ['0', 0]])('parses %s', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });
  it.each(['-5', '1,50', '1.234', '一百', '1 500', '¥100', ''])('refuses %j', (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });
  it.each([['2026-06-30', '2025-07-01'], ['2028-02-29', '2027-03-01'], ['2026-01-01', '2025-01-02']])('the 12 months ending %s start on %s', (today, from) => {
    expect(twelveMonthsBefore(today)).toBe(from);
  });
});
