// The `powers calendar` subcommands: read the calendar (bundled + the registry's calendar/),
// compute, print. Results go to stdout, notes and warnings to stderr.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Chalk } from 'chalk';
import type { Io } from '../io.js';
import { UsageError } from '../errors.js';
import { resolveRegistryRoot } from '../commands/options.js';
import { wantsColor } from '../report/stylish.js';
import { isPlainDate } from '../util/date.js';
import { buildWorkCalendar } from './build.js';
import { readRegistryCalendarFiles } from './registry-files.js';
import { formatProblems, renderCheck, renderYear, resultNotes } from './render.js';
import type { WorkCalendar } from './types.js';

/** The largest N `calendar add` accepts (about 40 years of working days): no run ever hangs. */
export const MAX_WORKDAYS = 10_000;

/**
 * The calendar for a command: bundled years plus `<registry>/calendar/*.yaml` when the folder is
 * a registry (has registry.yaml) or was named with --registry. Problems go to stderr.
 */
export function commandCalendar(io: Io, registry: string | undefined): WorkCalendar {
  const root = resolveRegistryRoot(io, registry);
  const isRegistry = registry !== undefined || existsSync(path.join(root, 'registry.yaml'));
  const files = isRegistry ? readRegistryCalendarFiles(root) : [];
  const { calendar, problems } = buildWorkCalendar(files);
  if (problems.length > 0) io.stderr(formatProblems(problems));
  return calendar;
}

/** Years the arithmetic accepts from users: Date.UTC maps years 0–99 to 1900–1999, and far years overflow ISO dates. */
const MIN_YEAR = 1000;
const MAX_YEAR = 9000;

function requireDate(value: string): string {
  if (!isPlainDate(value) || Number(value.slice(0, 4)) < MIN_YEAR || Number(value.slice(0, 4)) > MAX_YEAR) {
    throw new UsageError('cli.err.badDate', { value });
  }
  return value;
}

/** `powers calendar add <date> <n> [--provisional]`: prints only the date on stdout. */
export function runAdd(io: Io, registry: string | undefined, args: { date: string; n: string; provisional: boolean }): number {
  const date = requireDate(args.date);
  if (!/^\d+$/.test(args.n) || Number(args.n) > MAX_WORKDAYS) {
    throw new UsageError('calendar.err.badCount', { value: args.n, max: MAX_WORKDAYS });
  }
  const calendar = commandCalendar(io, registry);
  const result = calendar.addWorkdays(date, Number(args.n), { provisional: args.provisional });
  io.stdout(`${result.date}\n`);
  for (const note of resultNotes(result)) io.stderr(`${note}\n`);
  return 0;
}

/** `powers calendar check <date> [--format text|json] [--provisional]`. */
export function runCheck(
  io: Io, registry: string | undefined, args: { date: string; format: 'text' | 'json'; provisional: boolean },
): number {
  const date = requireDate(args.date);
  const calendar = commandCalendar(io, registry);
  const info = calendar.dayInfo(date, { provisional: args.provisional });
  if (args.format === 'json') io.stdout(`${JSON.stringify({ date: info.date, workday: info.isWorkday, reason: info.reason })}\n`);
  else io.stdout(renderCheck(info));
  if (info.isProvisional) {
    const year = Number(date.slice(0, 4));
    for (const note of resultNotes({ years: [], notices: [], isProvisional: true, missingYears: [year] })) io.stderr(`${note}\n`);
  }
  return 0;
}

/** `powers calendar show <year>`. */
export function runShow(io: Io, registry: string | undefined, args: { year: string }): number {
  if (!/^\d{4}$/.test(args.year) || Number(args.year) < MIN_YEAR || Number(args.year) > MAX_YEAR) {
    throw new UsageError('calendar.err.badYear', { value: args.year });
  }
  const year = Number(args.year);
  const calendar = commandCalendar(io, registry);
  if (!calendar.covers(year)) calendar.dayInfo(`${args.year}-01-01`); // throws the coverage refusal
  const c = new Chalk({ level: wantsColor(io.isTTY, io.env) ? 1 : 0 });
  io.stdout(renderYear(calendar, year, c));
  return 0;
}
