// Reporters of `powers diff` and `powers history`: pure (result) → string, in text, Markdown or
// the JSON contracts of SPEC §8.
import { t, type Lang } from '../i18n/index.js';
import type { CatalogueDiff, EntityChange, FileProblem } from './catalogue.js';
import { formatPath, type FieldChange } from './fields.js';
import { fieldLabel, formatValue } from './labels.js';
import type { DocKind } from './schema.js';

/** An output format of diff and history. */
export type DiffFormat = 'text' | 'md' | 'json';

/** What `powers diff` shows. */
export interface DiffReport {
  /** Full commit id, or null before the first commit. */
  from: string | null;
  /** Full commit id or "WORKTREE". */
  to: string;
  /** The dates asked for, when the revisions were picked by date. */
  since?: string;
  until?: string;
  diff: CatalogueDiff;
}

/** One commit of a power's history, as shown (see git/history.ts). */
export interface HistoryReportCommit {
  commit: string;
  date: string;
  author: string;
  email: string;
  message: string;
  kind: 'added' | 'removed' | 'changed' | 'moved' | 'reformatted' | 'unreadable';
  code: string;
  beforeCode: string;
  path: string | null;
  beforePath: string | null;
  fields: FieldChange[];
  problems: FileProblem[];
}

/** What `powers history` shows. */
export interface HistoryReport {
  code: string;
  name: string;
  codes: string[];
  commits: HistoryReportCommit[];
  isTruncated: boolean;
  boundary: string[];
}

const WORKTREE = 'WORKTREE';
const short = (id: string) => id.slice(0, 10);

/** The JSON value of a field change (SPEC §8: path, before, after; null when absent). */
const jsonField = (f: FieldChange) => ({ path: formatPath(f.path), before: f.before ?? null, after: f.after ?? null });

// ------------------------------------------------------------------------------------------ diff

/** Renders a diff in the given format. */
export function renderDiff(report: DiffReport, format: DiffFormat, lang: Lang): string {
  if (format === 'json') return `${JSON.stringify(diffJson(report), null, 2)}\n`;
  return format === 'md' ? diffMarkdown(report, lang) : diffText(report, lang);
}

/** SPEC §8: `{"from","to","added":[code],"removed":[code],"changed":[{"code","fields":[…]}]}`. */
export function diffJson(report: DiffReport) {
  const { diff } = report;
  return {
    from: report.from,
    to: report.to,
    added: diff.added.map((p) => p.code),
    removed: diff.removed.map((p) => p.code),
    changed: diff.changed.map((c) => ({ code: c.code, fields: c.fields.map(jsonField) })),
  };
}

function revisionLabel(report: DiffReport, side: 'from' | 'to', lang: Lang): string {
  const id = report[side];
  if (id === null) return t('diff.beforeFirstCommit', {}, lang);
  if (id === WORKTREE) return t('diff.worktree', {}, lang);
  if (side === 'from' && report.since) return t('diff.sinceLabel', { commit: short(id), date: report.since }, lang);
  if (side === 'to' && report.until) return t('diff.untilLabel', { commit: short(id), date: report.until }, lang);
  return short(id);
}

function isEmptyDiff(d: CatalogueDiff): boolean {
  return d.added.length + d.removed.length + d.changed.length + d.moved.length + d.reformatted.length +
    d.departments.length + d.laws.length + d.superior.length + d.config.length + d.calendar.length + d.problems.length === 0;
}

const problemLine = (p: FileProblem, lang: Lang) =>
  t('diff.problem', { path: p.path, side: t(`diff.side.${p.side}`, {}, lang), message: t(p.message, p.data, lang) }, lang);

function diffText(report: DiffReport, lang: Lang): string {
  const { diff } = report;
  const out: string[] = [t('diff.header', { from: revisionLabel(report, 'from', lang), to: revisionLabel(report, 'to', lang) }, lang)];
  if (isEmptyDiff(diff)) {
    out.push(t('diff.noChanges', {}, lang));
    return `${out.join('\n')}\n`;
  }
  out.push(t('diff.summary', { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length, moved: diff.moved.length }, lang));
  const section = (id: string) => out.push('', t(id, {}, lang));
  const fieldLines = (kind: DocKind, fields: FieldChange[], indent: string) => {
    for (const f of fields) {
      out.push(`${indent}${t('diff.field', { label: fieldLabel(kind, f, lang), before: formatValue(f.before, lang), after: formatValue(f.after, lang) }, lang)}`);
    }
  };
  if (diff.added.length > 0) {
    section('diff.section.added');
    for (const p of diff.added) out.push(`  + ${p.code} ${p.name}`.trimEnd());
  }
  if (diff.removed.length > 0) {
    section('diff.section.removed');
    for (const p of diff.removed) out.push(`  - ${p.code} ${p.name}`.trimEnd());
  }
  if (diff.changed.length > 0) {
    section('diff.section.changed');
    for (const c of diff.changed) {
      out.push(`  * ${c.code} ${c.name}`.trimEnd());
      if (c.beforeCode !== c.code) out.push(`      ${t('diff.codeChanged', { before: c.beforeCode, after: c.code }, lang)}`);
      if (c.beforePath !== c.path) out.push(`      ${t('diff.fileMoved', { from: c.beforePath, to: c.path }, lang)}`);
      fieldLines('power', c.fields.filter((f) => !(c.beforeCode !== c.code && f.path.length === 1 && f.path[0] === 'code')), '      ');
    }
  }
  if (diff.moved.length > 0) {
    section('diff.section.moved');
    for (const m of diff.moved) out.push(`  ${t('diff.moveLine', { code: m.code, name: m.name, from: m.from, to: m.to }, lang)}`);
  }
  if (diff.reformatted.length > 0) {
    section('diff.section.reformatted');
    for (const r of diff.reformatted) out.push(`  ${r.code} ${r.name}`.trimEnd());
  }
  const entities = (id: string, kind: DocKind, list: EntityChange[], extra?: (e: EntityChange) => string[]) => {
    if (list.length === 0) return;
    section(id);
    for (const e of list) {
      const mark = e.status === 'added' ? '+' : e.status === 'removed' ? '-' : '*';
      out.push(`  ${mark} ${e.id} ${e.name}`.trimEnd());
      fieldLines(kind, e.fields, '      ');
      for (const line of extra?.(e) ?? []) out.push(`      ${line}`);
    }
  };
  entities('diff.section.departments', 'department', diff.departments);
  entities('diff.section.laws', 'law', diff.laws, (e) => lawNotes(diff, e, lang));
  entities('diff.section.superior', 'superior', diff.superior);
  if (diff.config.length > 0) {
    section('diff.section.config');
    fieldLines('registry', diff.config, '  ');
  }
  if (diff.calendar.length > 0) {
    section('diff.section.calendar');
    for (const c of diff.calendar) out.push(`  ${t(`diff.status.${c.status}`, {}, lang)} ${c.path}`);
  }
  if (diff.problems.length > 0) {
    section('diff.section.problems');
    for (const p of diff.problems) out.push(`  ${problemLine(p, lang)}`);
  }
  return `${out.join('\n')}\n`;
}

function lawNotes(diff: CatalogueDiff, e: EntityChange, lang: Lang): string[] {
  const law = diff.laws.find((l) => l.id === e.id);
  if (!law || !(law.isAmended || law.isRepealed)) return [];
  const what = t(law.isRepealed ? 'diff.law.repealed' : 'diff.law.amended', {}, lang);
  return [law.citedBy.length > 0 ? t('diff.law.citedBy', { what, codes: law.citedBy }, lang) : t('diff.law.citedByNone', { what }, lang)];
}

const mdCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const mdCode = (s: string) => `\`${s.replace(/`/g, 'ˋ')}\``;

function fieldTable(kind: DocKind, fields: FieldChange[], lang: Lang): string[] {
  if (fields.length === 0) return [];
  return [
    '',
    `| ${t('diff.md.field', {}, lang)} | ${t('diff.md.path', {}, lang)} | ${t('diff.md.before', {}, lang)} | ${t('diff.md.after', {}, lang)} |`,
    '| --- | --- | --- | --- |',
    ...fields.map((f) => `| ${mdCell(fieldLabel(kind, f, lang))} | ${mdCode(formatPath(f.path) || '.')} | ${mdCell(formatValue(f.before, lang))} | ${mdCell(formatValue(f.after, lang))} |`),
  ];
}

function diffMarkdown(report: DiffReport, lang: Lang): string {
  const { diff } = report;
  const out: string[] = [`# ${mdCell(t('diff.header', { from: revisionLabel(report, 'from', lang), to: revisionLabel(report, 'to', lang) }, lang))}`, ''];
  if (isEmptyDiff(diff)) {
    out.push(t('diff.noChanges', {}, lang));
    return `${out.join('\n')}\n`;
  }
  out.push(t('diff.summary', { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length, moved: diff.moved.length }, lang));
  const section = (id: string) => out.push('', `## ${t(id, {}, lang)}`, '');
  if (diff.added.length > 0) {
    section('diff.section.added');
    for (const p of diff.added) out.push(`- ${mdCode(p.code)} ${mdCell(p.name)}`);
  }
  if (diff.removed.length > 0) {
    section('diff.section.removed');
    for (const p of diff.removed) out.push(`- ${mdCode(p.code)} ${mdCell(p.name)}`);
  }
  if (diff.changed.length > 0) {
    section('diff.section.changed');
    for (const c of diff.changed) {
      out.push(`### ${mdCode(c.code)} ${mdCell(c.name)}`);
      if (c.beforeCode !== c.code) out.push('', t('diff.codeChanged', { before: c.beforeCode, after: c.code }, lang));
      if (c.beforePath !== c.path) out.push('', t('diff.fileMoved', { from: mdCode(c.beforePath), to: mdCode(c.path) }, lang));
      out.push(...fieldTable('power', c.fields, lang), '');
    }
  }
  if (diff.moved.length > 0) {
    section('diff.section.moved');
    for (const m of diff.moved) out.push(`- ${t('diff.moveLine', { code: mdCode(m.code), name: mdCell(m.name), from: mdCode(m.from), to: mdCode(m.to) }, lang)}`);
  }
  if (diff.reformatted.length > 0) {
    section('diff.section.reformatted');
    for (const r of diff.reformatted) out.push(`- ${mdCode(r.code)} ${mdCell(r.name)}`);
  }
  const entities = (id: string, kind: DocKind, list: EntityChange[]) => {
    if (list.length === 0) return;
    section(id);
    for (const e of list) {
      const status = t(`diff.status.${e.status}`, {}, lang);
      out.push(`### ${status} ${mdCode(e.id)} ${mdCell(e.name)}`);
      if (kind === 'law') for (const line of lawNotes(diff, e, lang)) out.push('', mdCell(line));
      out.push(...fieldTable(kind, e.fields, lang), '');
    }
  };
  entities('diff.section.departments', 'department', diff.departments);
  entities('diff.section.laws', 'law', diff.laws);
  entities('diff.section.superior', 'superior', diff.superior);
  if (diff.config.length > 0) {
    section('diff.section.config');
    out.push(...fieldTable('registry', diff.config, lang).slice(1));
  }
  if (diff.calendar.length > 0) {
    section('diff.section.calendar');
    for (const c of diff.calendar) out.push(`- ${t(`diff.status.${c.status}`, {}, lang)} ${mdCode(c.path)}`);
  }
  if (diff.problems.length > 0) {
    section('diff.section.problems');
    for (const p of diff.problems) out.push(`- ${mdCell(problemLine(p, lang))}`);
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

// --------------------------------------------------------------------------------------- history

/** Renders a power's history in the given format. */
export function renderHistory(report: HistoryReport, format: DiffFormat, lang: Lang): string {
  if (format === 'json') return `${JSON.stringify(historyJson(report), null, 2)}\n`;
  return format === 'md' ? historyMarkdown(report, lang) : historyText(report, lang);
}

/** SPEC §8: `{"code","commits":[{"commit","date","author","email","message","fields":[…]}]}`. */
export function historyJson(report: HistoryReport) {
  return {
    code: report.code,
    commits: report.commits.map((c) => ({
      commit: c.commit, date: c.date, author: c.author, email: c.email, message: c.message, fields: c.fields.map(jsonField),
    })),
  };
}

const displayDate = (iso: string) => iso.replace('T', ' ');
const subject = (message: string) => message.split('\n')[0] ?? '';

/** What a commit did, in one line, when it is not a list of fields. */
function kindLine(c: HistoryReportCommit, lang: Lang): string | undefined {
  switch (c.kind) {
    case 'added': return t('history.kind.added', { path: c.path ?? '' }, lang);
    case 'removed': return t('history.kind.removed', { path: c.beforePath ?? '' }, lang);
    case 'moved': return t('history.kind.moved', { from: c.beforePath ?? '', to: c.path ?? '' }, lang);
    case 'reformatted': return t('history.kind.reformatted', {}, lang);
    case 'unreadable': return t('history.kind.unreadable', {}, lang);
    default: return undefined;
  }
}

function historyNotes(report: HistoryReport, lang: Lang): string[] {
  const notes: string[] = [];
  if (report.codes.length > 1) notes.push(t('history.otherCodes', { codes: report.codes.slice(1) }, lang));
  if (report.isTruncated) notes.push(t('history.truncated', { boundary: report.boundary.map(short) }, lang));
  return notes;
}

function historyText(report: HistoryReport, lang: Lang): string {
  const out = [t('history.title', { code: report.code, name: report.name, count: report.commits.length }, lang)];
  out.push(...historyNotes(report, lang));
  for (const c of report.commits) {
    out.push('', `${displayDate(c.date)}  ${short(c.commit)}  ${c.author} <${c.email}>`, `  ${subject(c.message)}`);
    const line = kindLine(c, lang);
    if (line) out.push(`    ${line}`);
    if (c.kind === 'changed') {
      if (c.beforeCode !== c.code) out.push(`    ${t('diff.codeChanged', { before: c.beforeCode, after: c.code }, lang)}`);
      if (c.beforePath !== c.path) out.push(`    ${t('diff.fileMoved', { from: c.beforePath ?? '', to: c.path ?? '' }, lang)}`);
      for (const f of c.fields) {
        if (c.beforeCode !== c.code && f.path.length === 1 && f.path[0] === 'code') continue;
        out.push(`    ${t('diff.field', { label: fieldLabel('power', f, lang), before: formatValue(f.before, lang), after: formatValue(f.after, lang) }, lang)}`);
      }
    }
    for (const p of c.problems) out.push(`    ${problemLine(p, lang)}`);
  }
  return `${out.join('\n')}\n`;
}

function historyMarkdown(report: HistoryReport, lang: Lang): string {
  const out = [`# ${mdCell(t('history.title', { code: report.code, name: report.name, count: report.commits.length }, lang))}`, ''];
  for (const note of historyNotes(report, lang)) out.push(`> ${mdCell(note)}`, '');
  for (const c of report.commits) {
    out.push(`## ${displayDate(c.date)} ${mdCode(short(c.commit))} ${mdCell(c.author)}`, '', mdCell(subject(c.message)));
    const line = kindLine(c, lang);
    if (line) out.push('', mdCell(line));
    if (c.kind === 'changed') {
      if (c.beforeCode !== c.code) out.push('', t('diff.codeChanged', { before: c.beforeCode, after: c.code }, lang));
      out.push(...fieldTable('power', c.fields, lang));
    }
    for (const p of c.problems) out.push('', `- ${mdCell(problemLine(p, lang))}`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
