// Years no notice covers: a refusal naming the missing notice, or with --provisional a result
// that counts weekends only and says so. Never a silent weekday-only guess.
import { describe, expect, it } from 'vitest';
import { buildWorkCalendar, CalendarCoverageError, createWorkCalendar, noticeSources } from '../../src/calendar/index.js';
import { RefusalError } from '../../src/errors.js';
import { t } from '../../src/i18n/index.js';

const { calendar } = buildWorkCalendar();

function refusal(fn: () => unknown): CalendarCoverageError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CalendarCoverageError) return error;
    throw error;
  }
  throw new Error('expected a CalendarCoverageError');
}

describe('unknown years are refused', () => {
  it('addWorkdays into 2027 names the missing notice and where to add it', () => {
    const error = refusal(() => calendar.addWorkdays('2026-12-20', 20));
    expect(error).toBeInstanceOf(RefusalError);
    expect(error.exitCode).toBe(1);
    expect(error.missingYears).toEqual([2027]);
    expect(error.messageId).toBe('calendar.coverage.missing');
    expect(error.data).toMatchObject({ years: ['2027'], files: ['calendar/2027.yaml'] });
    const zh = t(error.messageId, error.data, 'zh');
    expect(zh).toContain('国务院办公厅关于2027年部分节假日安排的通知');
    expect(zh).toContain('calendar/2027.yaml');
    expect(zh).toContain('--provisional');
    expect(t(error.messageId, error.data, 'en')).toContain('calendar/2027.yaml');
  });

  it('years before 2007 are refused too, even when only the days after the start fall in them', () => {
    expect(refusal(() => calendar.addWorkdays('2006-12-29', 1)).missingYears).toEqual([2006]);
    expect(refusal(() => calendar.dayInfo('2006-06-01')).missingYears).toEqual([2006]);
  });

  it('workdaysBetween and dayInfo refuse as well', () => {
    expect(refusal(() => calendar.workdaysBetween('2026-12-01', '2028-01-10')).missingYears).toEqual([2027, 2028]);
    expect(refusal(() => calendar.dayInfo('2027-01-04')).missingYears).toEqual([2027]);
  });

  it('a calendar with no year at all refuses everything', () => {
    const empty = createWorkCalendar([]);
    expect(empty.years()).toEqual([]);
    expect(() => empty.newestYear()).toThrow();
    expect(refusal(() => empty.addWorkdays('2026-01-05', 1)).missingYears).toEqual([2026]);
  });
});

describe('--provisional: weekends only for the missing span, flagged 暂定', () => {
  it('counts weekdays in the missing year and says which years were guessed', () => {
    const r = calendar.addWorkdays('2026-12-20', 20, { provisional: true });
    // 12/21–25, 12/28–31 (2026, known: no holidays), then 2027 weekdays only: 1/1, 1/4–8, 1/11–15
    expect(r).toMatchObject({ date: '2027-01-15', isProvisional: true, missingYears: [2027], years: [2026] });
    expect(r.isNearCoverageEnd).toBe(false); // it is past the known calendar: provisional says more
  });

  it('changes nothing where every year is covered', () => {
    const strict = calendar.addWorkdays('2026-02-13', 20);
    expect(calendar.addWorkdays('2026-02-13', 20, { provisional: true })).toEqual(strict);
  });

  it('dayInfo of an unknown year knows weekends only', () => {
    expect(calendar.dayInfo('2027-01-01', { provisional: true })).toEqual({
      date: '2027-01-01', isWorkday: true, kind: 'workday', reason: '工作日', isProvisional: true,
    });
    expect(calendar.dayInfo('2027-01-02', { provisional: true })).toMatchObject({ isWorkday: false, reason: '周末', isProvisional: true });
  });

  it('workdaysBetween counts across the gap', () => {
    const r = calendar.workdaysBetween('2026-12-31', '2027-01-08', { provisional: true });
    expect(r).toMatchObject({ days: 6, isProvisional: true, missingYears: [2027], years: [] });
  });
});

describe('noticeSources', () => {
  it('lists each notice once, amendments included', () => {
    const r = calendar.addWorkdays('2007-12-20', 20); // through the 2008 元旦 that the 2008 notice set in 2007
    // 12/21, 12/24–28, 12/29 (Saturday worked), 1/2–4, 1/7–11, 1/14–18
    expect(r.date).toBe('2008-01-18');
    expect(noticeSources(r.notices)).toEqual([
      '国务院办公厅关于2007年部分节假日安排的通知',
      '国务院办公厅关于2008年部分节假日安排的通知',
    ]);
  });
});
