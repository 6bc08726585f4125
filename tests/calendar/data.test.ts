// Calendar data: the bundled years are clean and match their generator; registry calendar files
// are checked on load (table-driven fixtures, one broken check each) and extend or override years.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { load, CORE_SCHEMA } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_CALENDAR_DIR, buildWorkCalendar, CalendarCoverageError, calendarForRegistry, loadBundledYears,
  readRegistryCalendarFiles,
} from '../../src/calendar/index.js';
import { rule as calendarDataRule } from '../../src/checks/calendar-data.js';
import type { Registry } from '../../src/registry/model.js';
import { PROJECT } from './helpers.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const filesOf = (name: string) => readRegistryCalendarFiles(path.join(FIXTURES, name));

describe('bundled calendar', () => {
  const names = readdirSync(BUNDLED_CALENDAR_DIR).filter((n) => n.endsWith('.yaml')).sort();

  it('ships every year from 2007 to 2026 and nothing else', () => {
    expect(names).toEqual(Array.from({ length: 20 }, (_, i) => `${2007 + i}.yaml`));
    expect(loadBundledYears().map((y) => y.notice.year)).toEqual(Array.from({ length: 20 }, (_, i) => 2007 + i));
  });

  it('cites each year\'s notice, with its title, number and date', () => {
    for (const y of loadBundledYears()) {
      expect(y.notice.source).toBe(`国务院办公厅关于${y.notice.year}年部分节假日安排的通知`);
      expect(y.notice.doc_no).toMatch(/^国办发明电〔\d{4}〕\d+号$/);
      expect(y.notice.issued! < `${y.notice.year}-01-01`).toBe(true);
      expect(y.notice.origin).toBe('bundled');
    }
  });

  it('records the mid-year changes of 2015, 2019 and 2020 as amendments', () => {
    const amended = Object.fromEntries(loadBundledYears().map((y) => [y.notice.year, y.notice.amended_by.map((a) => a.doc_no)]));
    expect(amended[2015]).toEqual(['国发明电〔2015〕1号']);
    expect(amended[2019]).toEqual(['国办发明电〔2019〕3号']);
    expect(amended[2020]).toEqual(['国办发明电〔2020〕1号']);
    // the next year's notice set days in December of these years
    expect(amended[2007]).toEqual(['国办发明电〔2007〕52号']);
    expect(amended[2011]).toEqual(['国办发明电〔2011〕45号']);
    expect(amended[2018]).toEqual(['国办发明电〔2018〕15号']);
    expect(amended[2022]).toEqual(['国办发明电〔2022〕16号']);
  });

  it('files start with the schema line and validate against schema/calendar.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(PROJECT, 'schema', 'calendar.schema.json'), 'utf8')));
    for (const name of names) {
      const text = readFileSync(path.join(BUNDLED_CALENDAR_DIR, name), 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/calendar.schema.json');
      const ok = validate(load(text, { schema: CORE_SCHEMA }));
      expect(ok ? [] : validate.errors, name).toEqual([]);
    }
  });

  it('is what scripts/gen-calendar.mjs generates', () => {
    execFileSync(process.execPath, [path.join(PROJECT, 'scripts', 'gen-calendar.mjs'), '--check'], { stdio: 'pipe' });
  });

  it('throws an internal error when bundled data is broken', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'powers-cal-'));
    writeFileSync(path.join(dir, '2027.yaml'), readFileSync(path.join(FIXTURES, 'workday-not-weekend/calendar/2027.yaml')));
    expect(() => loadBundledYears(dir)).toThrow(/calendar\/2027\.yaml is invalid/);
  });
});

describe('registry calendar files: each check', () => {
  it.each([
    ['workday-not-weekend', [{ path: ['workdays', 1], message: 'calendar-data.workdayNotWeekend', data: { date: '2027-02-10', weekday: '星期三' } }]],
    ['holiday-outside-year', [{ path: ['holidays', 0, 'from'], message: 'calendar-data.holidayOutsideYear', data: { date: '2026-12-31', year: 2027 } }]],
    ['holiday-reversed', [{ path: ['holidays', 1, 'to'], message: 'calendar-data.holidayReversed', data: { from: '2027-02-12', to: '2027-02-05' } }]],
    ['off-and-on', [{ path: ['workdays', 1], message: 'calendar-data.dayOffAndOn', data: { date: '2027-02-06', holiday: '春节' } }]],
    ['workday-outside-year', [{ path: ['workdays', 0], message: 'calendar-data.workdayOutsideYear', data: { date: '2026-12-26', year: 2027 } }]],
    ['year-mismatch', [{ path: ['year'], message: 'calendar-data.yearMismatch', data: { year: 2028, fileYear: 2027 } }]],
    ['not-published', [{ path: ['holidays'], message: 'calendar-data.notPublished', data: { year: 2027 }, severity: 'warning' }]],
    ['duplicate-year', [
      { file: 'calendar/2027-again.yaml', path: ['year'], message: 'calendar-data.duplicateYear' },
      { file: 'calendar/2027.yaml', path: ['year'], message: 'calendar-data.duplicateYear' },
    ]],
    ['valid-2027', []],
    // shape problems are the schema's and yaml-syntax's to report: the rule stays silent
    ['bad-shape', []],
    ['unparsable', []],
  ])('%s', (name, expected) => {
    const files = filesOf(name);
    const findings = calendarDataRule.run({ registry: { files } as Registry, today: '2026-06-01', calendar: buildWorkCalendar().calendar });
    expect(findings).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      expect(findings[i]).toMatchObject({ rule: 'calendar-data', file: 'calendar/2027.yaml', code: null, ...e });
    });
  });

  it('reports shape problems to commands that do not run the schema', () => {
    const { problems } = buildWorkCalendar(filesOf('bad-shape'));
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      [['year'], 'calendar-data.badYear'],
      [['source'], 'calendar-data.missingSource'],
      [['holidays', 0, 'from'], 'calendar-data.badDate'],
      [['workdays', 0], 'calendar-data.badDate'],
    ]);
    expect(buildWorkCalendar(filesOf('unparsable')).problems.map((p) => p.message)).toEqual(['calendar-data.unreadable']);
  });
});

describe('registry calendar files: coverage', () => {
  it('a valid registry year extends the calendar', () => {
    const { calendar, problems } = buildWorkCalendar(filesOf('valid-2027'));
    expect(problems).toEqual([]);
    expect(calendar.newestYear()).toBe(2027);
    expect(calendar.notice(2027)).toMatchObject({ origin: 'registry', file: 'calendar/2027.yaml', doc_no: '国办发明电〔2026〕99号' });
    const r = calendar.addWorkdays('2026-12-20', 20);
    expect(r).toMatchObject({ isProvisional: false, years: [2026, 2027] });
    expect(calendar.dayInfo('2027-01-30').kind).toBe('makeup');
  });

  it('a valid registry year overrides the bundled one, amendments included', () => {
    const { calendar } = buildWorkCalendar(filesOf('override-2026'));
    expect(calendar.dayInfo('2026-03-02').reason).toBe('测试假日');
    expect(calendar.dayInfo('2026-02-16').kind).toBe('workday'); // the override has no 春节: it replaces, not merges
    expect(calendar.addWorkdays('2026-02-27', 1).notices[0].amended_by[0].doc_no).toBe('国办发明电〔2026〕1号');
  });

  it.each(['broken-override-2026', 'duplicate-year', 'unparsable', 'year-mismatch'])(
    '%s: a broken registry year is not covered at all (no silent fallback)',
    (name) => {
      const { calendar } = buildWorkCalendar(filesOf(name));
      const year = name.endsWith('2026') ? 2026 : 2027;
      expect(calendar.covers(year)).toBe(false);
      expect(() => calendar.dayInfo(`${year}-03-03`)).toThrow(CalendarCoverageError);
    },
  );

  it('an unpublished (empty) file covers nothing and overrides nothing', () => {
    expect(buildWorkCalendar(filesOf('not-published')).calendar.covers(2027)).toBe(false);
    const { calendar, problems } = buildWorkCalendar(filesOf('empty-2026'));
    expect(calendar.covers(2026)).toBe(true);
    expect(calendar.notice(2026)?.origin).toBe('bundled');
    expect(problems).toMatchObject([{ message: 'calendar-data.notPublished', isWarning: true }]);
  });

  it('calendarForRegistry gives the calendar and the rule\'s findings', () => {
    const { calendar, findings } = calendarForRegistry({ files: filesOf('off-and-on') });
    expect(calendar.covers(2027)).toBe(false);
    expect(findings).toMatchObject([{ rule: 'calendar-data', path: ['workdays', 1] }]);
  });
});
