// Deadlines (SPEC §4): every change record, law trigger, functions adjustment and (with --git)
// unrecorded change, each with its due date in working days and its state on a given day.
import type { CalendarNotice } from '../calendar/index.js';
import type { NodePath } from '../registry/model.js';
import type { PlainDate } from '../util/date.js';

/**
 * What started a deadline (the JSON `kind`):
 * - `change`: a `changes` record (its own kind, 事项变更 … 废止, is the `source`);
 * - `law-amended` / `law-repealed`: a cited law's `amended` / `repealed` date (`source` = the law id);
 * - `functions-adjusted`: the department's `adjusted` date (`source` = the department id);
 * - `unrecorded`: a change found outside the records, e.g. a git commit (`source` = the commit id);
 * - `review`: a declaration (`review.declared`) awaiting the legal affairs office's review (`source` = 申报);
 * - `record-report`: an important exercise to report within `deadlines.record_report` calendar days of 办结 (`source` = the case number).
 */
export type DeadlineKind = 'change' | 'law-amended' | 'law-repealed' | 'functions-adjusted' | 'unrecorded' | 'review' | 'record-report';

/** on-time / late (done by / after the due date), open (not done, due ≥ today), overdue (not done, due < today). */
export type DeadlineState = 'on-time' | 'late' | 'open' | 'overdue';

/** Which of registry.yaml's `deadlines` lengths applies. */
export type DeadlineLength = 'change' | 'basis_change' | 'review';

/**
 * An event that starts a deadline but is not in the registry's data: the typed hook for
 * "unrecorded changes from git" (`powers deadlines --git`), filled by the git module.
 */
export interface DeadlineEvent {
  /** The power's code. */
  code: string;
  kind: 'unrecorded';
  /** What identifies the event, e.g. the full commit id. */
  source: string;
  /** The day the deadline runs from, e.g. the commit date (Beijing time). */
  from: PlainDate;
  /** Registry-relative power file (for findings); found from the code when omitted. */
  file?: string;
  /** The power's name when the registry no longer holds it (e.g. its file was deleted). */
  name?: string;
  path?: NodePath;
  /** Default 'change'. */
  length?: DeadlineLength;
  /** The completion date when known (default: not done). */
  done?: PlainDate | null;
}

/** The calendar facts a deadline rests on. */
export interface DeadlineCalendar {
  /** The notices its due date was computed from (each with its amendments). */
  notices: CalendarNotice[];
  /** The due date needed years no notice covers and counted weekends only there (暂定). */
  isProvisional: boolean;
  /** Those years. Without --provisional the command refuses (exit 1); validate warns (calendar-coverage). */
  missingYears: number[];
  /** The due date is in the last weeks of the newest known year: next year's notice may move it. */
  isNearCoverageEnd: boolean;
}

/** One deadline. The JSON contract (SPEC §8) is the first eight fields. */
export interface Deadline {
  code: string;
  kind: DeadlineKind;
  /** See DeadlineKind. */
  source: string;
  /** The day the deadline runs from (not counted). */
  from: PlainDate;
  due: PlainDate;
  /** The later of `explained` and `published` (both needed), or null. */
  done: PlainDate | null;
  state: DeadlineState;
  /**
   * Working days from today to the due date while not done (negative when overdue; 0 = due
   * today); null once done, and null when the span needs a year no notice covers (unless provisional).
   */
  remaining: number | null;

  /** The power's name, '' when missing. */
  name: string;
  /** The department folder the power lies in. */
  department: string;
  /** Registry-relative power file. */
  file: string;
  /** Where in the file: the change record (['changes', 2]) or the basis citation (['basis', 0]). */
  path: NodePath;
  /** The allowed working days. */
  days: number;
  /** For a law or functions trigger: the index of the change record that answers it. */
  answeredBy?: number;
  /** The change record was explained or republished before its own date: not done, and status-dates's to report. */
  isAnsweredTooEarly?: boolean;
  calendar: DeadlineCalendar;
}

/** What `computeDeadlines` needs. */
export interface DeadlineOptions {
  /** "Today" in China, or --today. */
  today: PlainDate;
  /** Report remaining days for spans touching uncovered years, counting weekends only (暂定). */
  provisional?: boolean;
  /** Events found outside the registry's data (git). */
  extraEvents?: readonly DeadlineEvent[];
}
