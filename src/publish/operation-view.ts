// The 运行情况 of published pages and the internal exceptions list (SPEC §5, §10), from the
// operation records. Public pages get aggregates only — counts and rates per power over the 12
// months ending today — never a case number, an amount or a date of a case. The exceptions list
// (internal/exceptions.html, for the disclosure and supervision offices) lists every record finding.
import type { WorkCalendar } from '../calendar/index.js';
import type { Diagnostic } from '../checks/engine.js';
import { t } from '../i18n/index.js';
import type { Registry } from '../registry/model.js';
import { powerFacts } from '../records/powers.js';
import { hasRecords } from '../records/read.js';
import { summariseOperation, twelveMonthsBefore } from '../records/summary.js';
import type { PlainDate } from '../util/date.js';

/** What the operation partial shows for one public power. */
export interface OperationView {
  from: PlainDate;
  to: PlainDate;
  count: number;
  closed: number;
  onTime: number;
  /** "96.2%" of the closed cases, or null when none closed. */
  onTimeRate: string | null;
  aboveMin: number;
  /** "3.1%" of the cases, or null when there are none. */
  aboveMinShare: string | null;
}

/** One row of internal/exceptions.html. */
export interface ExceptionView {
  caseNo: string;
  code: string;
  name: string;
  rule: string;
  ruleTitle: string;
  severity: string;
  message: string;
  /** file:line, for the office to find the row. */
  where: string;
}

/** The operation data of a publication: per power code, and the exceptions. */
export interface OperationData {
  /** Code → 运行情况; empty when the registry keeps no records. */
  byCode: Map<string, OperationView>;
  exceptions: ExceptionView[];
  hasRecords: boolean;
  from: PlainDate;
  to: PlainDate;
}

const percent = (n: number, of: number): string | null => (of === 0 ? null : `${(Math.round((n / of) * 1000) / 10).toFixed(1)}%`);

/** Builds the 运行情况 of every power with records and the exceptions from validate's diagnostics. */
export function buildOperation(registry: Registry, calendar: WorkCalendar, today: PlainDate, diagnostics: readonly Diagnostic[]): OperationData {
  if (!hasRecords(registry.root)) return { byCode: new Map(), exceptions: [], hasRecords: false, from: twelveMonthsBefore(today), to: today };
  const summary = summariseOperation(registry, calendar, { today });
  const byCode = new Map<string, OperationView>();
  for (const p of summary.powers) {
    byCode.set(p.code, {
      from: summary.from, to: summary.to, count: p.count, closed: p.closed, onTime: p.on_time,
      onTimeRate: percent(p.on_time, p.closed), aboveMin: p.above_min, aboveMinShare: percent(p.above_min, p.count),
    });
  }
  const facts = powerFacts(registry);
  const exceptions = diagnostics.filter((d) => d.rule.startsWith('record-')).map((d) => ({
    caseNo: typeof d.data.case === 'string' ? d.data.case : '—',
    code: d.code ?? '—',
    name: facts.get(d.code ?? '')?.name || '—',
    rule: d.rule,
    ruleTitle: t(`rule.${d.rule}.title`),
    severity: d.severity === 'error' ? '错误' : '警告',
    message: d.message,
    where: `${d.file}:${d.line}`,
  }));
  return { byCode, exceptions, hasRecords: true, from: summary.from, to: summary.to };
}

/** A public power's 运行情况: undefined when the registry keeps no records; zeros when it had no case. */
export function operationOf(data: OperationData, code: string): OperationView | undefined {
  if (!data.hasRecords) return undefined;
  return data.byCode.get(code) ?? { from: data.from, to: data.to, count: 0, closed: 0, onTime: 0, onTimeRate: null, aboveMin: 0, aboveMinShare: null };
}
