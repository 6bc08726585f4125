// Combining the bundled years with the registry's calendar files into one WorkCalendar.
import type { SourceFile } from '../registry/model.js';
import { loadBundledYears } from './bundled.js';
import type { CalendarProblem, CalendarYear, WorkCalendar } from './types.js';
import { parseCalendarYear, yearFromFileName } from './validate.js';
import { createWorkCalendar } from './work-calendar.js';

/** What the registry's calendar files add, and what is wrong with them. */
export interface RegistryCalendarCheck {
  /** Valid, published years (each overrides the bundled year). */
  years: CalendarYear[];
  /** Years a registry file claims but gets wrong: not covered at all, never silently bundled or guessed. */
  blockedYears: number[];
  /** Every problem, shape problems included (the `calendar-data` rule leaves those to `schema`). */
  problems: CalendarProblem[];
}

/**
 * Checks the registry's calendar files (SourceFiles of kind 'calendar'). A file without any
 * holiday is "not published": a warning, and it neither covers nor overrides its year. Two
 * files for one year are both reported and the year is blocked.
 */
export function checkRegistryCalendars(files: readonly SourceFile[]): RegistryCalendarCheck {
  const problems: CalendarProblem[] = [];
  const byYear = new Map<number, { file: string; year?: CalendarYear; isBroken: boolean }[]>();
  const claim = (year: number, entry: { file: string; year?: CalendarYear; isBroken: boolean }): void => {
    const list = byYear.get(year) ?? [];
    list.push(entry);
    byYear.set(year, list);
  };

  for (const file of files) {
    if (file.kind !== 'calendar') continue;
    if (!file.isParsed) {
      problems.push({ file: file.rel, path: [], message: 'calendar-data.unreadable', data: { file: file.rel }, isShape: true });
      const named = yearFromFileName(file.rel);
      if (named !== undefined) claim(named, { file: file.rel, isBroken: true });
      continue;
    }
    const parsed = parseCalendarYear(file.data, { origin: 'registry', file: file.rel });
    problems.push(...parsed.problems);
    const year = parsed.yearNumber ?? yearFromFileName(file.rel);
    if (year === undefined) continue;
    const isBroken = parsed.problems.some((p) => !p.isWarning);
    if (parsed.year) claim(year, { file: file.rel, year: parsed.year, isBroken: false });
    else if (isBroken) claim(year, { file: file.rel, isBroken: true });
  }

  const years: CalendarYear[] = [];
  const blockedYears: number[] = [];
  for (const [year, entries] of [...byYear].sort((a, b) => a[0] - b[0])) {
    if (entries.length > 1) {
      const all = entries.map((e) => e.file);
      for (const e of entries) {
        problems.push({ file: e.file, path: ['year'], message: 'calendar-data.duplicateYear', data: { year, files: all }, isShape: false });
      }
      blockedYears.push(year);
    } else if (entries[0].isBroken || !entries[0].year) {
      blockedYears.push(year);
    } else {
      years.push(entries[0].year);
    }
  }
  return { years, blockedYears, problems };
}

/** The calendar a run uses, and the registry calendar files' problems. */
export interface BuiltCalendar {
  calendar: WorkCalendar;
  problems: CalendarProblem[];
}

/**
 * Bundled years plus the registry's calendar files: a valid registry year overrides the bundled
 * one; a broken registry year is not covered at all. `bundled` is injectable for tests.
 */
export function buildWorkCalendar(
  registryFiles: readonly SourceFile[] = [],
  options: { bundled?: readonly CalendarYear[] } = {},
): BuiltCalendar {
  const byYear = new Map<number, CalendarYear>();
  for (const y of options.bundled ?? loadBundledYears()) byYear.set(y.notice.year, y);
  const check = checkRegistryCalendars(registryFiles);
  for (const year of check.blockedYears) byYear.delete(year);
  for (const y of check.years) byYear.set(y.notice.year, y);
  return { calendar: createWorkCalendar(byYear.values()), problems: check.problems };
}
