// The calendar of a loaded registry, and its calendar files' problems as `calendar-data` findings.
import type { Finding } from '../checks/types.js';
import type { Registry, SourceFile } from '../registry/model.js';
import type { CalendarProblem, CalendarYear, WorkCalendar } from './types.js';
import { buildWorkCalendar, checkRegistryCalendars } from './build.js';

/**
 * `calendar-data` findings for the given problems. Shape problems are left out: the `schema` and
 * `yaml-syntax` rules report those, and each problem is reported once.
 */
export function calendarDataFindings(problems: readonly CalendarProblem[]): Finding[] {
  return problems.filter((p) => !p.isShape).map((p): Finding => ({
    rule: 'calendar-data', file: p.file, path: p.path, message: p.message, data: p.data, code: null,
    ...(p.isWarning ? { severity: 'warning' as const } : {}),
  }));
}

/** The registry's calendar files' findings (what the `calendar-data` rule reports). */
export function checkCalendarFiles(files: readonly SourceFile[]): Finding[] {
  return calendarDataFindings(checkRegistryCalendars(files).problems);
}

/**
 * The working-day calendar for a loaded registry (bundled years plus its calendar/*.yaml) and
 * the `calendar-data` findings of those files. The `calendar-data` rule reports the same
 * findings from the same function; `finalize` de-duplicates.
 */
export function calendarForRegistry(
  registry: Pick<Registry, 'files'>,
  options: { bundled?: readonly CalendarYear[] } = {},
): { calendar: WorkCalendar; findings: Finding[]; problems: CalendarProblem[] } {
  const { calendar, problems } = buildWorkCalendar(registry.files, options);
  return { calendar, findings: calendarDataFindings(problems), problems };
}
