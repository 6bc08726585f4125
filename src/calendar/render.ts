// Words and pictures for the calendar: notice citations, notes, the `calendar check` sentence and
// the `calendar show` month grid. Pure: (data, colour) → string.
import type { ChalkInstance } from 'chalk';
import { t } from '../i18n/index.js';
import type { NodePath } from '../registry/model.js';
import { daysInMonth, toDayNumber, weekday } from '../util/date.js';
import { displayWidth } from '../util/text-width.js';
import { noticeTitle } from './errors.js';
export { displayWidth };
import type { CalendarProblem, DayInfo, NoticeRef, WorkCalendar, WorkdayResult, CalendarBasis } from './types.js';

/** 《title》（doc no，date）: how a notice is cited. */
export function citeNotice(notice: NoticeRef): string {
  const details = [notice.doc_no, notice.issued].filter((x): x is string => Boolean(x));
  if (details.length === 0) return t('calendar.notice.bare', { source: notice.source });
  return t('calendar.notice', { source: notice.source, details: details.join(t('calendar.notice.sep')) });
}

/** Every notice a computation rests on, amendments included, each cited once, in year order. */
export function citeBasis(basis: Pick<CalendarBasis, 'notices'>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of basis.notices) {
    for (const ref of [n, ...n.amended_by]) {
      if (seen.has(ref.source)) continue;
      seen.add(ref.source);
      out.push(citeNotice(ref));
    }
  }
  return out;
}

/** `workdays[2]`, `holidays[0].from`: a node path as a reader writes it. */
export function formatPath(path: NodePath): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

/** One line per problem in a registry calendar file (for commands that do not run validate). */
export function formatProblems(problems: readonly CalendarProblem[]): string {
  return problems
    .map((p) => `${t(p.isWarning ? 'calendar.note.warning' : 'calendar.note.problem', {
      file: p.file, path: formatPath(p.path) || '-', message: t(p.message, p.data),
    })}\n`)
    .join('');
}

/** The warnings a computed date carries: provisional span, near the end of the known calendar. */
export function resultNotes(result: CalendarBasis & Partial<Pick<WorkdayResult, 'date' | 'isNearCoverageEnd'>>): string[] {
  const notes: string[] = [];
  if (result.isProvisional) {
    notes.push(t('calendar.note.provisional', {
      years: result.missingYears.map(String),
      notices: result.missingYears.map((y) => `《${noticeTitle(y)}》`),
      files: result.missingYears.map((y) => `calendar/${y}.yaml`),
    }));
  }
  if (result.isNearCoverageEnd && result.date) {
    const year = Number(result.date.slice(0, 4));
    notes.push(t('calendar.note.nearEnd', { date: result.date, year, nextYear: year + 1, notice: `《${noticeTitle(year + 1)}》` }));
  }
  return notes;
}

/** The weekday's name (星期六 / Saturday). */
export function weekdayName(date: string): string {
  return t(`calendar.weekday.${weekday(date)}`);
}

/** The reason in the user's language (JSON keeps the Chinese data value). */
export function reasonText(info: DayInfo): string {
  if (info.kind === 'holiday') return t('calendar.reason.holiday', { name: info.holiday });
  return t(`calendar.reason.${info.kind}`);
}

/** `powers calendar check` in words. */
export function renderCheck(info: DayInfo): string {
  const line = t(info.isWorkday ? 'calendar.check.workday' : 'calendar.check.dayOff', {
    date: info.date, weekday: weekdayName(info.date), reason: reasonText(info),
  });
  const lines = [line];
  if (info.notice) lines.push(t('calendar.basis', { notices: citeBasis({ notices: [info.notice] }) }));
  return `${lines.join('\n')}\n`;
}

const CELL = 4; // two digits and a marker of display width 2 (休, or H in English)
const MONTH_WIDTH = 7 * CELL + 6;

function center(text: string, width: number): string {
  const pad = Math.max(0, width - displayWidth(text));
  const left = Math.floor(pad / 2);
  return ' '.repeat(left) + text + ' '.repeat(pad - left);
}

function monthLines(calendar: WorkCalendar, year: number, month: number, c: ChalkInstance): string[] {
  // Weeks start on Monday, as Chinese calendars do; each header is two columns wide (一, Mo).
  const header = t('calendar.show.weekdays').split(' ').map((h) => `${h}${' '.repeat(CELL - displayWidth(h))}`);
  const lines = [center(t(`calendar.month.${month}`), MONTH_WIDTH), header.join(' ')];
  const mark = (num: string, m: string) => `${num}${m}${' '.repeat(Math.max(0, CELL - 2 - displayWidth(m)))}`;
  const mm = String(month).padStart(2, '0');
  const first = `${year}-${mm}-01`;
  const offset = (weekday(first) + 6) % 7; // Monday = 0
  const cells: string[] = Array.from({ length: offset }, () => ' '.repeat(CELL));
  const days = daysInMonth(year, month);
  for (let d = 1; d <= days; d++) {
    const date = `${year}-${mm}-${String(d).padStart(2, '0')}`;
    const info = calendar.dayInfo(date);
    const num = String(d).padStart(2, ' ');
    if (info.kind === 'holiday') cells.push(c.red(mark(num, t('calendar.show.mark.holiday'))));
    else if (info.kind === 'makeup') cells.push(c.blue(mark(num, t('calendar.show.mark.makeup'))));
    else if (info.kind === 'weekend') cells.push(c.dim(`${num}  `));
    else cells.push(`${num}  `);
  }
  while (cells.length % 7 !== 0) cells.push(' '.repeat(CELL));
  for (let i = 0; i < cells.length; i += 7) lines.push(cells.slice(i, i + 7).join(' '));
  return lines;
}

/** `powers calendar show <year>`: twelve month grids two abreast, a legend, the holidays and the notices. */
export function renderYear(calendar: WorkCalendar, year: number, c: ChalkInstance): string {
  const data = calendar.year(year);
  if (!data) throw new Error(`renderYear: ${year} is not covered`);
  const out: string[] = [c.bold(center(t('calendar.show.title', { year }), MONTH_WIDTH * 2 + 4).trimEnd()), ''];
  for (let m = 1; m <= 12; m += 2) {
    const left = monthLines(calendar, year, m, c);
    const right = monthLines(calendar, year, m + 1, c);
    while (left.length < right.length) left.push('');
    while (right.length < left.length) right.push('');
    for (let i = 0; i < left.length; i++) {
      const pad = ' '.repeat(Math.max(0, MONTH_WIDTH - displayWidth(left[i])));
      out.push(`${left[i]}${pad}    ${right[i]}`.trimEnd());
    }
    out.push('');
  }
  out.push(t('calendar.show.legend', { holiday: c.red(t('calendar.show.mark.holiday')), makeup: c.blue(t('calendar.show.mark.makeup')) }));
  out.push('');
  out.push(t('calendar.show.holidays'));
  for (const h of data.holidays) {
    const days = toDayNumber(h.to) - toDayNumber(h.from) + 1;
    out.push(`  ${t('calendar.show.holidayLine', { name: h.name, from: h.from, to: h.to, days })}`);
  }
  out.push(t('calendar.show.workdays', {
    dates: data.workdays.length > 0
      ? data.workdays.map((w) => t('calendar.show.workday', { date: w, weekday: weekdayName(w) }))
      : t('calendar.show.none'),
  }));
  out.push('');
  out.push(t('calendar.show.source', { notice: citeNotice(data.notice) }));
  for (const a of data.notice.amended_by) out.push(t('calendar.show.amended', { notice: citeNotice(a) }));
  out.push(t(data.notice.origin === 'registry' ? 'calendar.show.fromRegistry' : 'calendar.show.bundled', { file: data.notice.file }));
  return `${out.join('\n')}\n`;
}
