// What a rule is and what it returns. Rules are pure: (context) → findings. They never choose
// their severity at run time, read flags, touch files or the clock; the engine does the rest
// (locating, suppressing, de-duplicating, sorting, translating).
import type { NodePath, Registry } from '../registry/model.js';
import type { PlainDate } from '../util/date.js';
import type { MessageId } from '../i18n/index.js';
import type { WorkCalendar } from '../calendar/index.js';
import type { RecordContext, RowCheck } from '../records/types.js';

/** Every rule id (SPEC §3, plus `calendar-data` for the registry's own calendar files). */
export type RuleId =
  | 'yaml-syntax' | 'schema' | 'basis-law' | 'basis-function' | 'basis-post' | 'basis-superior'
  | 'withhold-basis' | 'disclosure-scope' | 'code-format' | 'code-unique' | 'overlap' | 'fee-basis'
  | 'time-limit' | 'discretion-range' | 'references' | 'change-deadline' | 'calendar-coverage'
  | 'calendar-data' | 'stray-file' | 'duplicate-name' | 'time-unit' | 'status-dates' | 'review-period'
  | 'internal-reason' | 'withhold-expiry' | 'basis-authority' | 'delegation-basis' | 'joint-power' | 'responsibility'
  | 'record-format' | 'record-power' | 'record-time-limit' | 'record-discretion' | 'record-report';

export type Severity = 'error' | 'warning';

/** One problem a rule found, before the engine locates and words it. */
export interface Finding {
  rule: RuleId;
  /** Registry-relative file, `/` separators. */
  file: string;
  /** Key path of the offending node; the engine maps it to line/column (nearest existing parent). */
  path: NodePath;
  /** Message id in src/i18n (`<rule>.<case>`), with its data. */
  message: MessageId;
  data?: Record<string, unknown>;
  /** The power code the finding concerns, or null. */
  code?: string | null;
  /** An explicit place (1-based) when there is no node to point at, e.g. a YAML syntax error. */
  position?: { line: number; column: number };
  /** Overrides the rule's default severity for this finding (e.g. basis-law's "repealed later" warning: SPEC §3). */
  severity?: Severity;
}

/** Everything a rule may read. */
export interface RuleContext {
  registry: Registry;
  /** "Today" in China, or `--today`. */
  today: PlainDate;
  /** The working-day calendar (bundled years plus the registry's calendar/*.yaml). */
  calendar: WorkCalendar;
}

/** A rule: metadata plus a pure `run`. Titles/descriptions are message ids `rule.<id>.title` / `.description`. */
export interface Rule {
  id: RuleId;
  severity: Severity;
  /**
   * 'file' (default): findings about one file at a time, from that file plus the shared libraries
   * (laws, superior functions, departments, calendar) — such rules may run on a shard of the powers.
   * 'registry': compares powers with each other (codes, names, folders) and must see them all.
   * 'records': checks the rows of records/**\/*.csv as they stream past (`records`; `run` finds nothing).
   */
  scope?: 'file' | 'registry' | 'records';
  run: (ctx: RuleContext) => Finding[];
  /** For scope 'records': a per-run row check; state across rows (compact keys only) lives in its closure. */
  records?: (ctx: RecordContext) => RowCheck;
}
