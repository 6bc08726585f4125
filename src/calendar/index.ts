// The working-day calendar: the years shipped with the tool, extended or overridden by the
// registry's calendar/*.yaml, and the arithmetic over them. See types.ts for the API.
export type * from './types.js';
export { REASON } from './types.js';
export { CalendarCoverageError, noticeTitle } from './errors.js';
export { createWorkCalendar, noticeSources, NEAR_COVERAGE_END_DAYS } from './work-calendar.js';
export { parseCalendarYear, yearFromFileName, type ParsedCalendarYear } from './validate.js';
export { loadBundledYears, BUNDLED_CALENDAR_DIR } from './bundled.js';
export { readRegistryCalendarFiles } from './registry-files.js';
export { buildWorkCalendar, checkRegistryCalendars, type BuiltCalendar, type RegistryCalendarCheck } from './build.js';
export { calendarForRegistry, calendarDataFindings, checkCalendarFiles } from './for-registry.js';
