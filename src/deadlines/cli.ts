// `powers deadlines`: load the registry and its calendar, compute every deadline, report.
import { Chalk } from 'chalk';
import { calendarForRegistry, CalendarCoverageError } from '../calendar/index.js';
import { formatProblems } from '../calendar/render.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Io } from '../io.js';
import { loadRegistry } from '../registry/load.js';
import { wantsColor } from '../report/stylish.js';
import type { PlainDate } from '../util/date.js';
import { compareDeadlines, computeDeadlines } from './compute.js';
import { describeEvent, formatDeadlinesJson, formatDeadlinesMarkdown, formatDeadlinesText } from './format.js';
import type { DeadlineEvent } from './types.js';

/** The command's inputs, parsed. */
export interface DeadlinesArgs {
  root: string;
  today: PlainDate;
  format: 'text' | 'json' | 'md';
  department?: string;
  failOn?: 'overdue';
  provisional: boolean;
  /** Unrecorded changes found in git (`--git`), supplied by the git module. */
  extraEvents?: readonly DeadlineEvent[];
}

/** Runs the command; returns the exit code (1: overdue with --fail-on overdue). Throws refusals. */
export async function runDeadlines(io: Io, args: DeadlinesArgs): Promise<number> {
  const { registry, findings } = await loadRegistry(args.root);
  if (findings.length > 0) io.stderr(`${t('deadlines.note.loadProblems', { count: findings.length })}\n`);
  const { calendar, problems } = calendarForRegistry(registry);
  if (problems.length > 0) io.stderr(formatProblems(problems));

  if (args.department !== undefined && !registry.departments.has(args.department)) {
    throw new UsageError('deadlines.err.unknownDepartment', {
      id: args.department, known: [...registry.departments.keys()].sort(),
    });
  }

  let deadlines = computeDeadlines(registry, calendar, {
    today: args.today, provisional: args.provisional, extraEvents: args.extraEvents,
  });
  // Operation records (SPEC §10): important exercises to report (src/records/deadlines.ts).
  const { recordReportDeadlines } = await import('../records/deadlines.js');
  deadlines = [...deadlines, ...recordReportDeadlines(registry, calendar, args.today)].sort(compareDeadlines);
  if (args.department !== undefined) deadlines = deadlines.filter((d) => d.department === args.department);

  const uncovered = deadlines.filter((d) => d.calendar.missingYears.length > 0);
  if (uncovered.length > 0 && !args.provisional) {
    for (const d of uncovered) {
      io.stderr(`${t('deadlines.uncovered', { code: d.code, event: describeEvent(d), from: d.from, years: d.calendar.missingYears.map(String) })}\n`);
    }
    throw new CalendarCoverageError([...new Set(uncovered.flatMap((d) => d.calendar.missingYears))].sort((a, b) => a - b));
  }

  const context = {
    today: args.today, registry,
    color: args.format === 'text' ? new Chalk({ level: wantsColor(io.isTTY, io.env) ? 1 : 0 }) : undefined,
  };
  if (args.format === 'json') io.stdout(formatDeadlinesJson(deadlines, args.today));
  else if (args.format === 'md') io.stdout(formatDeadlinesMarkdown(deadlines, context));
  else io.stdout(formatDeadlinesText(deadlines, context));

  const overdue = deadlines.filter((d) => d.state === 'overdue').length;
  if (args.failOn === 'overdue' && overdue > 0) {
    io.stderr(`${t('deadlines.failOn', { count: overdue })}\n`);
    return 1;
  }
  return 0;
}
