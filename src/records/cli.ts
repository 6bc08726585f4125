// `powers records`: load the registry, stream the records, print the summary (text, json, md).
import { calendarForRegistry } from '../calendar/index.js';
import { formatProblems } from '../calendar/render.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Io } from '../io.js';
import { loadRegistry } from '../registry/load.js';
import type { PlainDate } from '../util/date.js';
import { powerFacts } from './powers.js';
import { summariseOperation, type OperationSummary, type PowerOperation } from './summary.js';

/** The command's inputs, parsed. */
export interface RecordsArgs {
  root: string;
  today: PlainDate;
  since?: PlainDate;
  until?: PlainDate;
  department?: string;
  format: 'text' | 'json' | 'md';
}

/** Runs the command; returns the exit code. */
export async function runRecords(io: Io, args: RecordsArgs): Promise<number> {
  const { registry } = await loadRegistry(args.root);
  const { calendar, problems } = calendarForRegistry(registry);
  if (problems.length > 0) io.stderr(formatProblems(problems));
  if (args.department !== undefined && !registry.departments.has(args.department)) {
    throw new UsageError('records.err.unknownDepartment', { id: args.department, known: [...registry.departments.keys()].sort() });
  }
  const until = args.until ?? (args.since !== undefined && args.since > args.today ? args.since : args.today);
  const since = args.since;
  if (since !== undefined && since > until) throw new UsageError('records.err.period', { since, until });
  const summary = summariseOperation(registry, calendar, { today: args.today, from: since, to: until, department: args.department });
  const names = new Map([...powerFacts(registry)].map(([code, p]) => [code, p.name]));
  if (args.format === 'json') io.stdout(formatRecordsJson(summary));
  else io.stdout(formatRecordsTable(summary, names, args.format === 'md'));
  return 0;
}

/** The SPEC §10 contract: {"from","to","powers":[{"code","count","closed","on_time","above_min","exceptions"}]}. */
export function formatRecordsJson(summary: OperationSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

const COLUMNS: (keyof Omit<PowerOperation, 'code'>)[] = ['count', 'closed', 'on_time', 'above_min', 'exceptions'];
const LABELS = ['records.col.count', 'records.col.closed', 'records.col.onTime', 'records.col.aboveMin', 'records.col.exceptions'];

/** Display width: CJK characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** A text table (aligned, for a terminal) or a Markdown table. */
export function formatRecordsTable(summary: OperationSummary, names: ReadonlyMap<string, string>, isMarkdown: boolean): string {
  const title = t('records.title', { from: summary.from, to: summary.to });
  if (summary.powers.length === 0) return `${isMarkdown ? '## ' : ''}${title}\n\n${t('records.none')}\n`;
  const total = COLUMNS.map((c) => summary.powers.reduce((s, p) => s + p[c], 0));
  const head = [t('records.col.code'), t('records.col.name'), ...LABELS.map((l) => t(l))];
  const rows = summary.powers.map((p) => [p.code, names.get(p.code) ?? t('records.unknownPower'), ...COLUMNS.map((c) => String(p[c]))]);
  rows.push([t('records.total'), '', ...total.map(String)]);
  const lines: string[] = [];
  if (isMarkdown) {
    const esc = (s: string) => s.replace(/\|/g, '\\|');
    lines.push(`## ${title}`, '', `| ${head.join(' | ')} |`, `|${head.map((_, i) => (i < 2 ? ' --- ' : ' ---: ')).join('|')}|`);
    for (const r of rows) lines.push(`| ${r.map(esc).join(' | ')} |`);
  } else {
    const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
    const fmt = (r: string[]) => r.map((c, i) => (i < 2 ? c + ' '.repeat(widths[i] - width(c)) : ' '.repeat(widths[i] - width(c)) + c)).join('  ').trimEnd();
    lines.push(title, '', fmt(head), ...rows.map(fmt));
  }
  if (total[4] > 0) lines.push('', t('records.note.exceptions'));
  return `${lines.join('\n')}\n`;
}
