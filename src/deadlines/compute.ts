// From a registry, a calendar and "today" to every deadline. Pure: no I/O, no clock.
//
// Decisions the SPEC leaves open, made here once:
// - A trigger (a cited law amended/repealed on T, or the department's functions adjusted on T)
//   applies to a power declared before T: its baseline, the later of `filed` and its latest
//   change record dated before T, exists and is earlier than T. A power never filed and without
//   change records has nothing to re-declare. A power abolished (废止 record) before T is exempt.
// - The first 依据变化 (law) / 职能调整 (functions) record dated on or after T answers the
//   trigger and is judged against the trigger's due date. Such a record is then NOT listed again
//   as its own deadline: it is the response to the trigger, and its own later due date would hide
//   a late answer. One record may answer several triggers.
// - A law cited twice in `basis` triggers once, at its first citation.
// - Dues are always computed (weekends only in uncovered years) and flagged; whether to refuse,
//   warn or show 暂定 is the caller's business.
// - The review deadline (fact 14) exists while a declaration awaits its review: `review.declared`
//   set and `review.reviewed` not; once reviewed, a late review is review-period's warning.
//   Abolished powers have none.
import type { WorkCalendar } from '../calendar/index.js';
import type { ChangeRecord, Department, NodePath, Power, Registry } from '../registry/model.js';
import { isPlainDate, type PlainDate } from '../util/date.js';
import type {
  Deadline, DeadlineCalendar, DeadlineKind, DeadlineLength, DeadlineOptions, DeadlineState,
} from './types.js';

const BASIS_KINDS = new Set(['依据变化', '职能调整']);

/**
 * The completion date: the later of `explained` and `published`, both needed. An explanation or a
 * republication dated before the change itself answers nothing (status-dates reports the dates).
 */
export function doneOf(record: { date?: unknown; explained?: unknown; published?: unknown }): PlainDate | null {
  const { explained, published } = record;
  if (!isPlainDate(explained) || !isPlainDate(published) || precedesChange(record)) return null;
  return explained > published ? explained : published;
}

/** Whether the record's `explained` or `published` is dated before its own `date`. */
export function precedesChange(record: { date?: unknown; explained?: unknown; published?: unknown }): boolean {
  const { date } = record;
  if (!isPlainDate(date)) return false;
  return [record.explained, record.published].some((d) => isPlainDate(d) && d < date);
}

/** The state needs only the due date, the completion date and today. */
export function stateOf(due: PlainDate, done: PlainDate | null, today: PlainDate): DeadlineState {
  if (done !== null) return done <= due ? 'on-time' : 'late';
  return due >= today ? 'open' : 'overdue';
}

interface Recorded {
  index: number;
  date: PlainDate;
  kind: string;
  record: Partial<ChangeRecord>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The power's well-formed change records (others are the schema's business). */
function recordsOf(power: Power): Recorded[] {
  const changes = (power.data as unknown as Record<string, unknown>).changes;
  if (!Array.isArray(changes)) return [];
  const out: Recorded[] = [];
  changes.forEach((c: unknown, index) => {
    if (isRecord(c) && isPlainDate(c.date) && typeof c.kind === 'string') {
      out.push({ index, date: c.date, kind: c.kind, record: c as Partial<ChangeRecord> });
    }
  });
  return out;
}

/** The later of `filed` and the latest change record dated before `t`, if any. */
function baselineBefore(filed: PlainDate | undefined, records: readonly Recorded[], t: PlainDate): PlainDate | undefined {
  let baseline = filed;
  for (const r of records) if (r.date < t && (baseline === undefined || r.date > baseline)) baseline = r.date;
  return baseline;
}

/** The first record of `kind` dated on or after `t`. */
function answerOf(records: readonly Recorded[], kind: string, t: PlainDate): Recorded | undefined {
  let best: Recorded | undefined;
  for (const r of records) {
    if (r.kind === kind && r.date >= t && (!best || r.date < best.date)) best = r;
  }
  return best;
}

interface Trigger {
  kind: DeadlineKind;
  source: string;
  t: PlainDate;
  path: NodePath;
  answerKind: '依据变化' | '职能调整';
}

function triggersOf(power: Power, registry: Registry, department: Department | undefined): Trigger[] {
  const data = power.data as unknown as Record<string, unknown>;
  const out: Trigger[] = [];
  const seen = new Set<string>();
  if (Array.isArray(data.basis)) {
    data.basis.forEach((citation: unknown, j) => {
      const id = isRecord(citation) ? str(citation.law) : undefined;
      if (id === undefined || seen.has(id)) return;
      seen.add(id);
      const law = registry.laws.get(id);
      if (!law) return;
      if (isPlainDate(law.amended)) out.push({ kind: 'law-amended', source: id, t: law.amended, path: ['basis', j], answerKind: '依据变化' });
      if (isPlainDate(law.repealed)) out.push({ kind: 'law-repealed', source: id, t: law.repealed, path: ['basis', j], answerKind: '依据变化' });
    });
  }
  if (department && isPlainDate(department.adjusted)) {
    out.push({ kind: 'functions-adjusted', source: department.id, t: department.adjusted, path: ['functions'], answerKind: '职能调整' });
  }
  return out;
}

/** Computes every deadline of the registry, sorted by department, code, start date. */
export function computeDeadlines(registry: Registry, calendar: WorkCalendar, options: DeadlineOptions): Deadline[] {
  const { today } = options;
  const lengths = registry.config.deadlines;
  const lengthOf = (which: DeadlineLength): number => lengths[which] ?? 20;
  const out: Deadline[] = [];

  const make = (
    power: { code: string; name: string; department: string; file: string },
    kind: DeadlineKind, source: string, from: PlainDate, length: DeadlineLength, done: PlainDate | null, path: NodePath,
    answeredBy?: number, record?: Partial<ChangeRecord>,
  ): Deadline => {
    const days = lengthOf(length);
    const result = calendar.addWorkdays(from, days, { provisional: true });
    const due = result.date;
    const state = stateOf(due, done, today);
    let remaining: number | null = null;
    if (done === null) {
      const span = calendar.workdaysBetween(today, due, { provisional: true });
      remaining = span.isProvisional && !options.provisional ? null : span.days;
    }
    const cal: DeadlineCalendar = {
      notices: result.notices, isProvisional: result.isProvisional, missingYears: result.missingYears,
      isNearCoverageEnd: result.isNearCoverageEnd,
    };
    return {
      code: power.code, kind, source, from, due, done, state, remaining,
      name: power.name, department: power.department, file: power.file, path, days,
      ...(answeredBy !== undefined ? { answeredBy } : {}), ...(record && precedesChange(record) ? { isAnsweredTooEarly: true } : {}),
      calendar: cal,
    };
  };

  const byCode = new Map<string, { code: string; name: string; department: string; file: string }>();
  for (const power of registry.powers) {
    const data = power.data as unknown as Record<string, unknown>;
    const code = str(data.code);
    if (code === undefined) continue;
    const who = { code, name: str(data.name) ?? '', department: power.folder, file: power.file };
    if (!byCode.has(code)) byCode.set(code, who);
    const records = recordsOf(power);
    const filed = isPlainDate(data.filed) ? data.filed : undefined;
    const abolished = records.filter((r) => r.kind === '废止').map((r) => r.date).sort()[0];
    const answering = new Set<number>();

    for (const trigger of triggersOf(power, registry, registry.departments.get(power.folder))) {
      if (abolished !== undefined && abolished <= trigger.t) continue;
      const baseline = baselineBefore(filed, records, trigger.t);
      if (baseline === undefined || !(trigger.t > baseline)) continue;
      const answer = answerOf(records, trigger.answerKind, trigger.t);
      if (answer) answering.add(answer.index);
      out.push(make(
        who, trigger.kind, trigger.source, trigger.t, 'basis_change', answer ? doneOf(answer.record) : null,
        trigger.path, answer?.index, answer?.record,
      ));
    }

    const review = isRecord(data.review) ? data.review : undefined;
    if (review && isPlainDate(review.declared) && review.reviewed === undefined && data.status !== '已废止') {
      out.push(make(who, 'review', '申报', review.declared, 'review', null, ['review', 'declared']));
    }

    for (const r of records) {
      if (answering.has(r.index)) continue;
      out.push(make(who, 'change', r.kind, r.date, BASIS_KINDS.has(r.kind) ? 'basis_change' : 'change', doneOf(r.record), ['changes', r.index], undefined, r.record));
    }
  }

  for (const event of options.extraEvents ?? []) {
    const who = byCode.get(event.code)
      ?? { code: event.code, name: event.name ?? '', department: event.file?.split('/')[1] ?? '', file: event.file ?? '' };
    out.push(make(
      { ...who, file: event.file ?? who.file }, event.kind, event.source, event.from, event.length ?? 'change',
      event.done ?? null, event.path ?? [],
    ));
  }

  return out.sort(compareDeadlines);
}

const KIND_ORDER: Record<DeadlineKind, number> = {
  change: 0, 'law-amended': 1, 'law-repealed': 2, 'functions-adjusted': 3, unrecorded: 4, review: 5,
  'record-report': 6,
};

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Department, code, start date, kind, source: stable across runs and machines. */
export function compareDeadlines(a: Deadline, b: Deadline): number {
  return cmp(a.department, b.department) || cmp(a.code, b.code) || cmp(a.from, b.from)
    || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || cmp(a.source, b.source) || cmp(String(a.path), String(b.path));
}
