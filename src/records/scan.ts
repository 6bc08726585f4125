// One pass over records/**/*.csv: each file is streamed, each row evaluated once and checked by
// every record rule, then forgotten. A row with a record-format finding is checked no further
// (its dates or amount cannot be trusted) and is not counted by `powers records`.
import { statSync } from 'node:fs';
import type { WorkCalendar } from '../calendar/index.js';
import { RULES } from '../checks/index.js';
import type { Finding } from '../checks/types.js';
import type { Registry } from '../registry/model.js';
import type { PlainDate } from '../util/date.js';
import { CodeTable } from './code-table.js';
import { rowEvaluator } from './evaluate.js';
import { powerFacts } from './powers.js';
import { fileFinding, listRecordFiles, readRecordFile } from './read.js';
import type { RecordContext, RecordRow, RowCheck, RowFacts } from './types.js';

/** Default `deadlines.record_report`: 一周内 (calendar days). */
export const DEFAULT_RECORD_REPORT_DAYS = 7;

/** What a scan visitor sees of each row that passed record-format, and how many findings the other record rules gave it. */
export type RowVisitor = (row: RecordRow, facts: RowFacts, exceptions: number) => void;

/** The result of a scan. */
export interface RecordScan {
  findings: Finding[];
  /** Files under records/ (CSV files read, other files reported), registry-relative. */
  files: string[];
  /** Rows read (all of them, refused files excepted). */
  rows: number;
}

/** The record context of a registry. */
export function recordContext(registry: Registry, calendar: WorkCalendar, today: PlainDate): RecordContext {
  const configured = registry.config.deadlines.record_report;
  const powers = powerFacts(registry);
  return {
    powers, codes: new CodeTable(powers), today, calendar,
    reportDays: Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_RECORD_REPORT_DAYS,
  };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // the reader reports it
  }
}

/** Streams every record file of the registry through the record rules. */
export function scanRecords(registry: Registry, ctx: RecordContext, visit?: RowVisitor): RecordScan {
  const { csv, other } = listRecordFiles(registry.root);
  let bytes = 0;
  for (const e of csv) bytes += sizeOf(e.abs);
  // A row is rarely shorter than 48 bytes (a case number, a code, 是/否 and a date, with commas).
  ctx = { ...ctx, expectedRows: Math.ceil(bytes / 48) };
  const rules = RULES.filter((r) => r.scope === 'records' && r.records);
  const formatCheck = rules.find((r) => r.id === 'record-format')?.records?.(ctx);
  const checks: RowCheck[] = rules.filter((r) => r.id !== 'record-format').map((r) => r.records!(ctx));
  const evaluate = rowEvaluator(ctx);
  const findings: Finding[] = other.map((e) => fileFinding(e.rel, 'record-format.notCsv', {}, 1, 'warning'));
  let rows = 0;
  let fired = 0;
  let isFormatBroken = false;
  const emitFormat = (f: Finding) => {
    isFormatBroken = true;
    findings.push(f);
  };
  const emit = (f: Finding) => {
    fired++;
    findings.push(f);
  };
  for (const entry of csv) {
    const read = readRecordFile(entry, (row) => {
      rows++;
      const facts = evaluate(row);
      isFormatBroken = false;
      formatCheck?.(row, facts, emitFormat);
      if (isFormatBroken) return;
      fired = 0;
      for (let i = 0; i < checks.length; i++) checks[i](row, facts, emit);
      visit?.(row, facts, fired);
    });
    findings.push(...read.findings);
  }
  return { findings, files: [...csv, ...other].map((e) => e.rel), rows };
}
