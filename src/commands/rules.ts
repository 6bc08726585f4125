// `powers rules`: every rule validate runs, with its severity and title (SPEC §7).
import { Option } from 'commander';
import { t } from '../i18n/index.js';
import type { RegisterCommand } from './context.js';

interface RulesFlags {
  format: 'text' | 'json';
}

export const register: RegisterCommand = (program, ctx) => {
  program
    .command('rules')
    .description(t('rules.description'))
    .addOption(new Option('-f, --format <format>', t('cli.opt.format')).choices(['text', 'json']).default('text'))
    .action(async (flags: RulesFlags) => {
      const { listRules, formatRules } = await import('../report/rules.js');
      ctx.io.stdout(formatRules(listRules(), flags.format));
      ctx.setExit(0);
    });
};
