// `powers init [dir] [--force]`: a new registry skeleton (SPEC §7). The work is in src/authoring/init.ts.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { RefusalError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { RegisterCommand } from './context.js';

export const register: RegisterCommand = (program, ctx) => {
  program
    .command('init')
    .description(t('init.description'))
    .argument('[dir]', t('init.arg.dir'), '.')
    .option('--force', t('init.opt.force'))
    .action(async (dir: string, flags: { force?: boolean }) => {
      const { io } = ctx;
      const { initRegistry, isNonEmptyDir } = await import('../authoring/init.js');
      const { VERSION } = await import('../version.js');
      const target = path.resolve(io.cwd, dir);
      if (existsSync(target) && !statSync(target).isDirectory()) throw new RefusalError('init.notADir', { dir });
      if (!flags.force && isNonEmptyDir(target)) throw new RefusalError('init.notEmpty', { dir });
      const result = initRegistry(target, VERSION);
      io.stdout(`${t('init.done', { dir, files: result.files.length })}\n`);
      io.stdout(`${t('init.next', { dir })}\n`);
      ctx.setExit(0);
    });
};
