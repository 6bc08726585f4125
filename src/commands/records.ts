// `powers records`: operation per power over a period (SPEC §10). The work is in src/records/cli.ts.
import { Option } from 'commander';
import { t } from '../i18n/index.js';
import type { RegisterCommand } from './context.js';
import { parseDateArg, resolveRegistryRoot, resolveToday } from './options.js';

interface RecordsFlags {
  since?: string;
  until?: string;
  today?: string;
  department?: string;
  format: 'text' | 'json' | 'md';
}

export const register: RegisterCommand = (program, ctx) => {
  program
    .command('records')
    .description(t('records.description'))
    .option('--since <date>', t('records.opt.since'), parseDateArg)
    .option('--until <date>', t('records.opt.until'), parseDateArg)
    .option('--today <date>', t('cli.opt.today'), parseDateArg)
    .option('--department <id>', t('records.opt.department'))
    .addOption(new Option('-f, --format <format>', t('cli.opt.format')).choices(['text', 'json', 'md']).default('text'))
    .action(async (flags: RecordsFlags, cmd) => {
      const { io } = ctx;
      const root = resolveRegistryRoot(io, ctx.globals(cmd).registry);
      const today = resolveToday(io, flags.today);
      const { assertRegistryRoot } = await import('../registry/load.js');
      assertRegistryRoot(root);
      const { runRecords } = await import('../records/cli.js');
      ctx.setExit(await runRecords(io, {
        root, today, since: flags.since, until: flags.until, department: flags.department, format: flags.format,
      }));
    });
};
