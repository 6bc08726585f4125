// `powers deadlines`: every deadline of the registry with its due date and state (SPEC §4, §8).
// The work is in src/deadlines/cli.ts, imported lazily.
import { Option } from 'commander';
import { t } from '../i18n/index.js';
import type { RegisterCommand } from './context.js';
import { parseDateArg, resolveRegistryRoot, resolveToday } from './options.js';

interface DeadlinesFlags {
  today?: string;
  format: 'text' | 'json' | 'md';
  department?: string;
  failOn?: 'overdue';
  provisional: boolean;
  git: boolean;
}

export const register: RegisterCommand = (program, ctx) => {
  program
    .command('deadlines')
    .description(t('deadlines.description'))
    .option('--today <date>', t('cli.opt.today'), parseDateArg)
    .addOption(new Option('-f, --format <format>', t('cli.opt.format')).choices(['text', 'json', 'md']).default('text'))
    .option('--department <id>', t('deadlines.opt.department'))
    .addOption(new Option('--fail-on <state>', t('deadlines.opt.failOn')).choices(['overdue']))
    .option('--provisional', t('deadlines.opt.provisional'), false)
    .option('--git', t('git.opt.deadlinesGit'), false)
    .addHelpText('after', `\n${t('deadlines.help.after')}`)
    .action(async (flags: DeadlinesFlags, cmd) => {
      const { io } = ctx;
      const globals = ctx.globals(cmd);
      const root = resolveRegistryRoot(io, globals.registry);
      const today = resolveToday(io, flags.today);
      const { runDeadlines } = await import('../deadlines/cli.js');
      // --git: unrecorded changes found in the history (src/git/unrecorded.ts) join the deadlines.
      const extraEvents = flags.git ? await (await import('../git/unrecorded.js')).gitDeadlineEvents(io, root) : undefined;
      ctx.setExit(await runDeadlines(io, {
        root, today, format: flags.format, department: flags.department, failOn: flags.failOn, provisional: flags.provisional, extraEvents,
      }));
    });
};
