// The working-day calendar's types. A calendar year is what one State Council notice (plus any
// later notice that changed it) says about that year: days off and weekend days worked.
import type { NodePath } from '../registry/model.js';
import type { MessageId } from '../i18n/index.js';
import type { PlainDate } from '../util/date.js';

/** A notice as cited: its title, and where known its document number and date. */
export interface NoticeRef {
  /** The notice's title, e.g. 国务院办公厅关于2026年部分节假日安排的通知. */
  source: string;
  doc_no?: string;
  issued?: PlainDate;
}

/** Where a calendar year came from: shipped with the tool, or the registry's calendar/ folder. */
export type CalendarOrigin = 'bundled' | 'registry';

/** The notices behind one calendar year, and the file they were read from. */
export interface CalendarNotice extends NoticeRef {
  year: number;
  /** Later notices that changed this year (they are sources of it too). */
  amended_by: NoticeRef[];
  origin: CalendarOrigin;
  /** `calendar/<year>.yaml`: relative to the registry root, or to the package for bundled years. */
  file: string;
}

/** One break as a notice gives it: both ends inclusive, weekends inside included. */
export interface HolidaySpan {
  name: string;
  from: PlainDate;
  to: PlainDate;
}

/** A validated calendar year. */
export interface CalendarYear {
  notice: CalendarNotice;
  holidays: HolidaySpan[];
  /** Weekend days worked (调休上班). */
  workdays: PlainDate[];
}

/** What a day is: an ordinary weekday, a weekend day, a day off for a holiday, a weekend day worked. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup';

/** The reasons `powers calendar check` gives (Chinese data values, also in JSON). */
export const REASON = { weekend: '周末', makeup: '调休上班', workday: '工作日' } as const;

/** Whether a day is worked, and why. */
export interface DayInfo {
  date: PlainDate;
  isWorkday: boolean;
  kind: DayKind;
  /** The holiday's name when `kind` is 'holiday'. */
  holiday?: string;
  /** 周末 | the holiday's name | 调休上班 | 工作日 (a Chinese data value, as in JSON output). */
  reason: string;
  /** The year is not covered and the answer knows weekends only (`--provisional`, 暂定). */
  isProvisional: boolean;
  /** The notice the answer rests on; undefined when provisional. */
  notice?: CalendarNotice;
}

/** Options of the arithmetic. */
export interface CalendarOptions {
  /** Count weekends only for years no calendar covers, instead of refusing; results are 暂定. */
  provisional?: boolean;
}

/** What every computed span carries: the notices it rests on and what it had to guess. */
export interface CalendarBasis {
  /** Covered years whose days were consulted, ascending. */
  years: number[];
  /** Their notices (each with its amendments), ascending by year. */
  notices: CalendarNotice[];
  /** Some days fell in years no calendar covers and were counted as weekdays/weekends only. */
  isProvisional: boolean;
  /** Those uncovered years, ascending (empty unless provisional). */
  missingYears: number[];
}

/** The result of `addWorkdays`. */
export interface WorkdayResult extends CalendarBasis {
  /** The date `n` working days after `start`. */
  date: PlainDate;
  start: PlainDate;
  n: number;
  /**
   * The date lies within 30 calendar days of the end of a covered year whose next year is not
   * covered: the next year's notice may still move it (it has before, e.g. 2011-12-31, 2018-12-29).
   */
  isNearCoverageEnd: boolean;
}

/** The result of `workdaysBetween`. */
export interface WorkdayCount extends CalendarBasis {
  /** Working days in (from, to] when to ≥ from; minus the working days in (to, from] otherwise. */
  days: number;
}

/** The working-day calendar: pure arithmetic on plain dates, identical in every time zone. */
export interface WorkCalendar {
  /** Whether a published notice covers `year`. */
  covers(year: number): boolean;
  /** The covered years, ascending. */
  years(): number[];
  /** The newest covered year (throws when no year is covered). */
  newestYear(): number;
  /** The notice behind a covered year. */
  notice(year: number): CalendarNotice | undefined;
  /** The year's data (for display), or undefined when not covered. */
  year(year: number): CalendarYear | undefined;
  /** Whether `date` is a working day and why; throws CalendarCoverageError for an uncovered year unless provisional. */
  dayInfo(date: PlainDate, options?: CalendarOptions): DayInfo;
  /**
   * The date `n` working days after `start` (the start day is not counted; n = 0 returns `start`
   * itself and consults no year). Throws CalendarCoverageError when an uncovered year is needed,
   * unless provisional.
   */
  addWorkdays(start: PlainDate, n: number, options?: CalendarOptions): WorkdayResult;
  /** Signed count of working days from `from` to `to` (see WorkdayCount.days). */
  workdaysBetween(from: PlainDate, to: PlainDate, options?: CalendarOptions): WorkdayCount;
}

/** A problem found in a calendar file, before it becomes a Finding or an error. */
export interface CalendarProblem {
  /** Registry- or package-relative file, `/` separators. */
  file: string;
  path: NodePath;
  /** `calendar-data.<case>` message id. */
  message: MessageId;
  data: Record<string, unknown>;
  /** A shape problem (type, required field, unreal date) that the JSON Schema also reports. */
  isShape: boolean;
  /** Not an error: the year is simply not published yet (no holidays). */
  isWarning?: boolean;
}
