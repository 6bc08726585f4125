// The bundled calendar against an independent oracle, day by day, and the arithmetic under
// hostile time zones. chinese-days is a test oracle only, never a run-time dependency.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorkCalendar } from '../../src/calendar/index.js';
import { addCalendarDays } from '../../src/util/date.js';
import { ensureBuilt, PROJECT } from './helpers.js';

const { calendar } = buildWorkCalendar();

describe('oracle: chinese-days', () => {
  it('agrees on every day of every shipped year (2007–2026)', async () => {
    process.env.TZ = 'UTC'; // compare under UTC, as the SPEC asks; our side does not care
    const oracle = (await import('chinese-days')) as unknown as { isWorkday: (d: string) => boolean; default?: { isWorkday: (d: string) => boolean } };
    const isWorkday = oracle.isWorkday ?? oracle.default!.isWorkday;
    expect(calendar.years()).toEqual(Array.from({ length: 20 }, (_, i) => 2007 + i));
    const differences: string[] = [];
    let days = 0;
    for (let date = '2007-01-01'; date <= '2026-12-31'; date = addCalendarDays(date, 1)) {
      days++;
      const ours = calendar.dayInfo(date).isWorkday;
      if (ours !== isWorkday(date)) differences.push(`${date}: ours ${ours}, chinese-days ${!ours}`);
    }
    expect(days).toBe(7305);
    expect(differences).toEqual([]);
  });
});

/** The same sample of results, computed in a child process under a given TZ. */
function sampleUnder(tz: string): string {
  const script = `
    const { buildWorkCalendar } = await import(${JSON.stringify(`${PROJECT}/dist/calendar/index.js`)});
    const { calendar } = buildWorkCalendar();
    const out = [];
    for (const [d, n] of [['2024-02-08', 3], ['2024-12-31', 1], ['2025-09-19', 20], ['2025-12-31', 1],
      ['2026-02-13', 20], ['2026-09-30', 3], ['2007-12-28', 2], ['2011-12-30', 1], ['2018-12-28', 1], ['2020-01-20', 5]]) {
      out.push(calendar.addWorkdays(d, n).date);
    }
    for (let i = 0; i < 400; i += 7) {
      const day = new Date(Date.UTC(2025, 11, 1 + i)).toISOString().slice(0, 10);
      if (calendar.covers(Number(day.slice(0, 4)))) out.push(day + calendar.dayInfo(day).reason);
    }
    out.push(String(calendar.workdaysBetween('2026-01-01', '2026-12-31').days));
    out.push(calendar.addWorkdays('2026-12-20', 20, { provisional: true }).date);
    process.stdout.write(JSON.stringify(out));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH ?? '', TZ: tz }, encoding: 'utf8', timeout: 30_000,
  });
  if (r.status !== 0) throw new Error(`child under TZ=${tz} failed: ${r.stderr}`);
  return r.stdout;
}

describe('hostile time zones', () => {
  beforeAll(() => ensureBuilt());

  it('gives the same results under UTC, Los Angeles, Shanghai and Kiritimati (UTC+14)', () => {
    const utc = sampleUnder('UTC');
    expect(JSON.parse(utc)).toContain('2026-03-19');
    for (const tz of ['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati']) {
      expect(sampleUnder(tz), tz).toBe(utc);
    }
  });
});
