// Reporters for `powers deadlines`: pure (deadlines, context) → string. JSON is the stable
// contract of SPEC §8; text is a terminal table (overdue first); md is a report grouped by
// department that the disclosure office can send as it is.
import type { ChalkInstance } from 'chalk';
import type { CalendarNotice } from '../calendar/index.js';
import { citeBasis, displayWidth } from '../calendar/render.js';
import { noticeTitle } from '../calendar/errors.js';
import { t } from '../i18n/index.js';
import type { Registry } from '../registry/model.js';
import type { PlainDate } from '../util/date.js';
import { compareDeadlines } from './compute.js';
import type { Deadline, DeadlineState } from './types.js';
import { visible } from '../report/sanitize.js';

/** What the reporters need besides the deadlines. */
export interface DeadlineReportContext {
  today: PlainDate;
  registry: Pick<Registry, 'config' | 'departments'>;
  /** Colour for the text table (level 0 for none). */
  color?: ChalkInstance;
}

/** The SPEC §8 JSON contract: {"today","deadlines":[{"code","kind","source","from","due","done","state","remaining"}]}. */
export function formatDeadlinesJson(deadlines: readonly Deadline[], today: PlainDate): string {
  const list = deadlines.map((d) => ({
    code: d.code, kind: d.kind, source: d.source, from: d.from, due: d.due, done: d.done, state: d.state, remaining: d.remaining,
  }));
  return `${JSON.stringify({ today, deadlines: list }, null, 2)}\n`;
}

const STATE_ORDER: Record<DeadlineState, number> = { overdue: 0, open: 1, late: 2, 'on-time': 3 };

/** Overdue first, then open, late, on time; each by due date. */
export function byUrgency(a: Deadline, b: Deadline): number {
  return STATE_ORDER[a.state] - STATE_ORDER[b.state] || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) || compareDeadlines(a, b);
}

/** What happened, in words: 事项变更, 法规修订：道路交通安全法, … */
export function describeEvent(d: Deadline): string {
  if (d.kind === 'change') return d.source;
  const source = d.kind === 'unrecorded' ? d.source.slice(0, 10) : d.source;
  return t(`deadlines.event.${d.kind}`, { source });
}

/** 剩 3 个工作日 / 今天到期 / 已逾期 2 个工作日 / —. */
export function describeRemaining(d: Deadline): string {
  if (d.done !== null) return '—';
  if (d.state === 'overdue') return d.remaining === null ? t('deadlines.remaining.overdueUnknown') : t('deadlines.remaining.overdue', { n: -d.remaining });
  if (d.remaining === null) return t('deadlines.remaining.unknown');
  return d.remaining === 0 ? t('deadlines.remaining.today') : t('deadlines.remaining.open', { n: d.remaining });
}

function dueText(d: Deadline): string {
  let due = d.due;
  if (d.calendar.isProvisional) due += ` ${t('deadlines.mark.provisional')}`;
  if (d.calendar.isNearCoverageEnd) due += ' ※';
  return due;
}

function counts(deadlines: readonly Deadline[]): Record<DeadlineState, number> {
  const c: Record<DeadlineState, number> = { overdue: 0, open: 0, late: 0, 'on-time': 0 };
  for (const d of deadlines) c[d.state]++;
  return c;
}

function summaryLine(deadlines: readonly Deadline[]): string {
  const c = counts(deadlines);
  return t('deadlines.summary', { total: deadlines.length, overdue: c.overdue, open: c.open, late: c.late, onTime: c['on-time'] });
}

/** The notices all the deadlines rest on, each cited once, in year order. */
function allNotices(deadlines: readonly Deadline[]): string[] {
  const byYear = new Map<number, CalendarNotice>();
  for (const d of deadlines) for (const n of d.calendar.notices) byYear.set(n.year, n);
  return citeBasis({ notices: [...byYear.values()].sort((a, b) => a.year - b.year) });
}

/** Notes for provisional and near-year-end due dates. */
function notes(deadlines: readonly Deadline[]): string[] {
  const out: string[] = [];
  const missing = [...new Set(deadlines.flatMap((d) => d.calendar.missingYears))].sort((a, b) => a - b);
  if (missing.length > 0) {
    out.push(t('deadlines.note.provisional', {
      years: missing.map(String), notices: missing.map((y) => `《${noticeTitle(y)}》`), files: missing.map((y) => `calendar/${y}.yaml`),
    }));
  }
  const near = deadlines.filter((d) => d.calendar.isNearCoverageEnd);
  if (near.length > 0) {
    const year = Number(near[0].due.slice(0, 4));
    out.push(t('deadlines.note.nearEnd', { year, nextYear: year + 1, notice: `《${noticeTitle(year + 1)}》` }));
  }
  return out;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function stateColor(c: ChalkInstance, state: DeadlineState): (s: string) => string {
  switch (state) {
    case 'overdue': return c.red.bold;
    case 'open': return c.yellow;
    case 'late': return c.magenta;
    default: return c.green;
  }
}

/** The terminal table. */
export function formatDeadlinesText(deadlines: readonly Deadline[], context: DeadlineReportContext): string {
  const c = context.color;
  const lines: string[] = [t('deadlines.text.title', { today: context.today })];
  if (deadlines.length === 0) return `${lines[0]}\n${t('deadlines.none')}\n`;
  const header = ['state', 'remaining', 'code', 'name', 'event', 'from', 'due', 'done'].map((k) => t(`deadlines.col.${k}`));
  const rows = [...deadlines].sort(byUrgency).map((d) => ({
    state: d.state,
    // Names and codes come from the files: control characters are shown, not obeyed (issue 8).
    cells: [t(`deadlines.state.${d.state}`), describeRemaining(d), d.code, d.name, describeEvent(d), d.from, dueText(d), d.done ?? '—'].map(visible),
  }));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r.cells[i]))));
  const render = (cells: string[]) => cells.map((cell, i) => pad(cell, widths[i])).join('  ').trimEnd();
  lines.push(c ? c.bold(render(header)) : render(header));
  for (const row of rows) {
    const text = render(row.cells);
    if (!c) {
      lines.push(text);
      continue;
    }
    const first = pad(row.cells[0], widths[0]);
    lines.push(stateColor(c, row.state)(first) + text.slice(first.length));
  }
  lines.push('', summaryLine(deadlines));
  const basis = allNotices(deadlines);
  if (basis.length > 0) lines.push(t('deadlines.basis', { notices: basis }));
  lines.push(...notes(deadlines));
  return `${lines.join('\n')}\n`;
}

/** Each deadline's own notices, by document number (the full citations follow the tables). */
function noticeNumbers(d: Deadline): string {
  const refs = d.calendar.notices.flatMap((n) => [n, ...n.amended_by]).map((n) => n.doc_no ?? n.source);
  const missing = d.calendar.missingYears.map((y) => t('deadlines.md.missingNotice', { year: y }));
  return [...new Set(refs), ...missing].join(t('calendar.notice.sep')) || '—';
}

function mdCell(text: string): string {
  return visible(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The report grouped by department, in Markdown. */
export function formatDeadlinesMarkdown(deadlines: readonly Deadline[], context: DeadlineReportContext): string {
  const { config, departments } = context.registry;
  const out: string[] = [`# ${t('deadlines.md.title')}`, ''];
  if (config.jurisdiction) out.push(`- ${t('deadlines.md.jurisdiction', { value: mdCell(config.jurisdiction) })}`);
  if (config.filing_authority) out.push(`- ${t('deadlines.md.filingAuthority', { value: mdCell(config.filing_authority) })}`);
  out.push(`- ${t('deadlines.md.today', { today: context.today })}`);
  out.push(`- ${t('deadlines.md.lengths', { change: config.deadlines.change, basisChange: config.deadlines.basis_change })}`);
  out.push(`- ${summaryLine(deadlines)}`, '');
  if (deadlines.length === 0) {
    out.push(t('deadlines.none'), '');
    return `${out.join('\n')}`;
  }

  const folders = [...new Set(deadlines.map((d) => d.department))].sort();
  const header = ['state', 'code', 'name', 'event', 'from', 'due', 'done', 'remaining', 'notices'].map((k) => t(`deadlines.col.${k}`));
  for (const folder of folders) {
    const list = deadlines.filter((d) => d.department === folder).sort(byUrgency);
    const name = departments.get(folder)?.name;
    out.push(`## ${mdCell(name ? `${name}（${folder}）` : folder)}`, '');
    out.push(`${summaryLine(list)}`, '');
    out.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
    for (const d of list) {
      const state = t(`deadlines.state.${d.state}`);
      const cells = [
        d.state === 'overdue' ? `**${state}**` : state, d.code, d.name, describeEvent(d), d.from, dueText(d), d.done ?? '—', describeRemaining(d),
        noticeNumbers(d),
      ];
      out.push(`| ${cells.map(mdCell).join(' | ')} |`);
    }
    out.push('');
  }
  out.push(`## ${t('deadlines.md.basisTitle')}`, '');
  for (const n of allNotices(deadlines)) out.push(`- ${n}`);
  const extra = notes(deadlines);
  if (extra.length > 0) {
    out.push('', `## ${t('deadlines.md.notesTitle')}`, '');
    for (const n of extra) out.push(`- ${n}`);
  }
  out.push('', t('deadlines.md.rule', { change: config.deadlines.change }), '');
  return out.join('\n');
}
