// Hand-derived vectors from the 2024, 2025 and 2026 State Council notices (国办发明电〔2023〕7号,
// 〔2024〕12号, 〔2025〕7号). Each expectation was counted on paper from the notice's text.
import { describe, expect, it } from 'vitest';
import { buildWorkCalendar } from '../../src/calendar/index.js';

const { calendar } = buildWorkCalendar();
const add = (date: string, n: number) => calendar.addWorkdays(date, n).date;

describe('addWorkdays: 2024 notice', () => {
  it.each([
    // 春节 2/10–2/17 off; Sundays 2/4 and 2/18 worked; 除夕 2/9 was a working day in 2024
    ['2024-02-08', 1, '2024-02-09'],
    ['2024-02-09', 1, '2024-02-18'],
    ['2024-02-08', 3, '2024-02-19'],
    ['2024-02-03', 1, '2024-02-04'], // a Saturday start: the next day is a worked Sunday
    ['2024-02-04', 1, '2024-02-05'], // start on the worked Sunday itself
    ['2024-02-12', 1, '2024-02-18'], // start inside the holiday
    // 劳动节 5/1–5/5 off; 4/28 (Sun) and 5/11 (Sat) worked
    ['2024-04-26', 1, '2024-04-28'],
    ['2024-04-26', 2, '2024-04-29'],
    ['2024-04-30', 1, '2024-05-06'],
    ['2024-05-06', 5, '2024-05-11'],
    // 国庆 10/1–10/7 off; 9/29 (Sun) and 10/12 (Sat) worked
    ['2024-09-27', 1, '2024-09-29'],
    ['2024-09-29', 1, '2024-09-30'],
    ['2024-09-30', 1, '2024-10-08'],
    ['2024-09-30', 5, '2024-10-12'],
    ['2024-10-03', 1, '2024-10-08'],
    // n = 20, typical: a quiet month, and across the National Day break
    ['2024-03-01', 20, '2024-03-29'],
    ['2024-09-20', 20, '2024-10-23'],
  ])('%s + %i working days = %s', (start, n, expected) => {
    expect(add(start, n)).toBe(expected);
  });
});

describe('addWorkdays: 2025 notice', () => {
  it.each([
    ['2024-12-31', 1, '2025-01-02'], // year boundary: 元旦 1/1 off
    ['2024-12-27', 3, '2025-01-02'],
    // 春节 1/28–2/4 off; 1/26 (Sun) and 2/8 (Sat) worked
    ['2025-01-24', 1, '2025-01-26'],
    ['2025-01-26', 1, '2025-01-27'],
    ['2025-01-27', 1, '2025-02-05'],
    ['2025-01-27', 4, '2025-02-08'],
    // 劳动节 5/1–5/5 off; 4/27 (Sun) worked
    ['2025-04-25', 1, '2025-04-27'],
    ['2025-04-30', 1, '2025-05-06'],
    // 国庆、中秋 10/1–10/8 off; 9/28 (Sun) and 10/11 (Sat) worked
    ['2025-09-26', 1, '2025-09-28'],
    ['2025-09-30', 1, '2025-10-09'],
    ['2025-09-30', 3, '2025-10-11'],
    ['2025-09-19', 20, '2025-10-23'], // 9/22–26, 9/28, 9/29, 9/30, 10/9–11, 10/13–17, 10/20–23
  ])('%s + %i working days = %s', (start, n, expected) => {
    expect(add(start, n)).toBe(expected);
  });
});

describe('addWorkdays: 2026 notice', () => {
  it.each([
    ['2025-12-31', 1, '2026-01-04'], // year boundary onto the worked Sunday 1/4
    ['2025-12-30', 2, '2026-01-04'],
    // 春节 2/15–2/23 off; 2/14 (Sat) and 2/28 (Sat) worked
    ['2026-02-12', 1, '2026-02-13'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-14', 1, '2026-02-24'],
    ['2026-02-13', 20, '2026-03-19'],
    ['2026-02-18', 1, '2026-02-24'], // start on a holiday
    // 劳动节 5/1–5/5 off; 5/9 (Sat) worked
    ['2026-04-30', 1, '2026-05-06'],
    ['2026-05-06', 3, '2026-05-09'],
    // 中秋 9/25–9/27; 国庆 10/1–10/7; 9/20 (Sun) and 10/10 (Sat) worked
    ['2026-09-18', 1, '2026-09-20'],
    ['2026-09-24', 1, '2026-09-28'],
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-30', 3, '2026-10-10'],
    ['2026-11-02', 20, '2026-11-30'],
    ['2026-02-16', 0, '2026-02-16'], // n = 0 is the start date itself
  ])('%s + %i working days = %s', (start, n, expected) => {
    expect(add(start, n)).toBe(expected);
  });
});

describe('dayInfo', () => {
  it.each([
    ['2026-02-14', true, 'makeup', '调休上班'],
    ['2026-02-16', false, 'holiday', '春节'],
    ['2026-02-21', false, 'holiday', '春节'], // a Saturday inside the break is the holiday, not 周末
    ['2026-03-07', false, 'weekend', '周末'],
    ['2026-03-09', true, 'workday', '工作日'],
    ['2024-02-09', true, 'workday', '工作日'],
    ['2025-10-06', false, 'holiday', '国庆节、中秋节'],
    // mid-year amendments and days set by the next year's notice
    ['2015-09-03', false, 'holiday', '抗战胜利70周年纪念日'],
    ['2015-09-04', false, 'holiday', '抗战胜利70周年纪念日'],
    ['2015-09-06', true, 'makeup', '调休上班'],
    ['2019-05-02', false, 'holiday', '劳动节'],
    ['2019-04-28', true, 'makeup', '调休上班'],
    ['2019-05-05', true, 'makeup', '调休上班'],
    ['2020-01-31', false, 'holiday', '春节'],
    ['2020-02-01', false, 'holiday', '春节'], // was to be worked, until the extension
    ['2020-02-03', true, 'workday', '工作日'],
    ['2007-12-29', true, 'makeup', '调休上班'],
    ['2007-12-31', false, 'holiday', '元旦'],
    ['2011-12-31', true, 'makeup', '调休上班'],
    ['2018-12-29', true, 'makeup', '调休上班'],
    ['2018-12-31', false, 'holiday', '元旦'],
  ])('%s: workday %s, %s, %s', (date, isWorkday, kind, reason) => {
    const info = calendar.dayInfo(date);
    expect({ isWorkday: info.isWorkday, kind: info.kind, reason: info.reason, isProvisional: info.isProvisional })
      .toEqual({ isWorkday, kind, reason, isProvisional: false });
    expect(info.notice?.year).toBe(Number(date.slice(0, 4)));
  });
});

describe('workdaysBetween', () => {
  it.each([
    ['2025-09-26', '2025-10-13', 7],
    ['2026-09-30', '2026-10-09', 2],
    ['2026-10-09', '2026-09-30', -2],
    ['2026-03-09', '2026-03-09', 0],
    ['2026-03-07', '2026-03-08', 0],
    ['2026-03-01', '2026-03-31', 22],
  ])('(%s, %s] holds %i working days', (from, to, days) => {
    expect(calendar.workdaysBetween(from, to).days).toBe(days);
  });

  it('is the inverse of addWorkdays', () => {
    for (const [start, n] of [['2026-02-13', 20], ['2025-09-19', 20], ['2024-12-27', 3]] as const) {
      const due = calendar.addWorkdays(start, n).date;
      expect(calendar.workdaysBetween(start, due).days).toBe(n);
    }
  });
});

describe('what a result rests on', () => {
  it('lists the notices of every year it touched', () => {
    const r = calendar.addWorkdays('2025-12-20', 20);
    expect(r.years).toEqual([2025, 2026]);
    expect(r.notices.map((n) => n.doc_no)).toEqual(['国办发明电〔2024〕12号', '国办发明电〔2025〕7号']);
    expect(r.isProvisional).toBe(false);
    expect(r.missingYears).toEqual([]);
  });

  it('cites an amending notice as a source too', () => {
    const r = calendar.addWorkdays('2020-01-20', 5);
    expect(r.date).toBe('2020-02-04');
    expect(r.notices[0].amended_by.map((a) => a.doc_no)).toEqual(['国办发明电〔2020〕1号']);
  });

  it('n = 0 consults no year', () => {
    expect(calendar.addWorkdays('2030-06-01', 0)).toMatchObject({ date: '2030-06-01', years: [], isProvisional: false });
  });

  it('flags a result in the last 30 days of the newest known year', () => {
    expect(calendar.newestYear()).toBe(2026);
    expect(calendar.addWorkdays('2026-11-02', 20)).toMatchObject({ date: '2026-11-30', isNearCoverageEnd: false });
    expect(calendar.addWorkdays('2026-12-01', 1)).toMatchObject({ date: '2026-12-02', isNearCoverageEnd: true });
    expect(calendar.addWorkdays('2025-12-01', 1)).toMatchObject({ isNearCoverageEnd: false }); // 2026 is known
  });
});

describe('bad arguments are programming errors', () => {
  it('rejects invalid dates and counts', () => {
    expect(() => calendar.addWorkdays('2026-02-30', 1)).toThrow(TypeError);
    expect(() => calendar.addWorkdays('2026-02-01', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkdays('2026-02-01', 1.5)).toThrow(RangeError);
    expect(() => calendar.dayInfo('20260201')).toThrow(TypeError);
  });
});

describe('fast counting agrees with counting day by day', () => {
  it('on 2,000 pseudo-random spans, covered and provisional', () => {
    // One day-by-day pass over 2006–2027 (2006 and 2027 uncovered: weekends only), then sums.
    const first = Date.UTC(2006, 0, 1) / 86_400_000;
    const days: string[] = [];
    const isWork: boolean[] = [];
    for (let n = 0; n < 365 * 22 + 5; n++) {
      const d = new Date((first + n) * 86_400_000).toISOString().slice(0, 10);
      days.push(d);
      isWork.push(calendar.dayInfo(d, { provisional: true }).isWorkday);
    }
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 2000; i++) {
      const a = rand(days.length);
      const b = rand(days.length);
      const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
      let slow = 0;
      for (let k = lo + 1; k <= hi; k++) if (isWork[k]) slow++;
      const fast = calendar.workdaysBetween(days[a], days[b], { provisional: true });
      expect(fast.days, `${days[a]} → ${days[b]}`).toBe(slow === 0 ? 0 : sign * slow);
    }
  });
});
