// `powers calendar add|check|show`: the working-day calendar (SPEC §4). The work is in
// src/calendar/cli.ts, imported lazily so that other commands never load it.
import { Option } from 'commander';
import { t } from '../i18n/index.js';
import type { RegisterCommand } from './context.js';

export const register: RegisterCommand = (program, ctx) => {
  const calendar = program
    .command('calendar')
    .description(t('calendar.description'))
    .helpOption('-h, --help', t('cli.help'))
    .addHelpText('after', `\n${t('calendar.help.after')}`);

  calendar
    .command('add')
    .description(t('calendar.add.description'))
    .helpOption('-h, --help', t('cli.help'))
    .argument('<date>', t('calendar.add.arg.date'))
    .argument('<n>', t('calendar.add.arg.n'))
    .option('--provisional', t('calendar.opt.provisional'), false)
    .action(async (date: string, n: string, flags: { provisional: boolean }, cmd) => {
      const { runAdd } = await import('../calendar/cli.js');
      ctx.setExit(runAdd(ctx.io, ctx.globals(cmd).registry, { date, n, provisional: flags.provisional }));
    });

  calendar
    .command('check')
    .description(t('calendar.check.description'))
    .helpOption('-h, --help', t('cli.help'))
    .argument('<date>', t('calendar.check.arg.date'))
    .addOption(new Option('-f, --format <format>', t('cli.opt.format')).choices(['text', 'json']).default('text'))
    .option('--provisional', t('calendar.opt.provisional'), false)
    .action(async (date: string, flags: { format: 'text' | 'json'; provisional: boolean }, cmd) => {
      const { runCheck } = await import('../calendar/cli.js');
      ctx.setExit(runCheck(ctx.io, ctx.globals(cmd).registry, { date, format: flags.format, provisional: flags.provisional }));
    });

  calendar
    .command('show')
    .description(t('calendar.show.description'))
    .helpOption('-h, --help', t('cli.help'))
    .argument('<year>', t('calendar.show.arg.year'))
    .action(async (year: string, _flags: unknown, cmd) => {
      const { runShow } = await import('../calendar/cli.js');
      ctx.setExit(runShow(ctx.io, ctx.globals(cmd).registry, { year }));
    });
};
