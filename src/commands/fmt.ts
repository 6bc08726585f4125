// `powers fmt [paths…] [--check]`: registry files in canonical form (SPEC §7). The work is in
// src/authoring/fmt.ts; this reports what it did.
import { t } from '../i18n/index.js';
import type { RegisterCommand } from './context.js';
import { resolveRegistryRoot } from './options.js';

export const register: RegisterCommand = (program, ctx) => {
  program
    .command('fmt')
    .description(t('fmt.description'))
    .argument('[paths...]', t('fmt.arg.paths'))
    .option('--check', t('fmt.opt.check'))
    .action(async (paths: string[], flags: { check?: boolean }, cmd) => {
      const { io } = ctx;
      const root = resolveRegistryRoot(io, ctx.globals(cmd).registry);
      const { assertRegistryRoot } = await import('../registry/load.js');
      assertRegistryRoot(root);
      const { filesToFormat, formatFiles } = await import('../authoring/fmt.js');
      const results = formatFiles(root, filesToFormat(root, paths, io.cwd), Boolean(flags.check));
      let failed = false;
      for (const r of results) {
        if (r.error) {
          failed = true;
          io.stderr(`${r.file}: ${t(r.error.messageId, r.error.data)}\n`);
        } else if (r.changed) {
          const encoding = r.reencoded ? t(flags.check ? 'fmt.wouldReencode' : 'fmt.reencoded', { encoding: r.reencoded.toUpperCase() }) : '';
          io.stdout(`${t(flags.check ? 'fmt.notCanonical' : 'fmt.formatted', { file: r.file })}${encoding}\n`);
        }
      }
      const changed = results.filter((r) => r.changed).length;
      if (flags.check) {
        io.stderr(`${t(changed > 0 ? 'fmt.checkFailed' : 'fmt.checkOk', { changed, files: results.length })}\n`);
        ctx.setExit(changed > 0 || failed ? 1 : 0);
      } else {
        io.stderr(`${t('fmt.summary', { changed, files: results.length })}\n`);
        ctx.setExit(failed ? 1 : 0);
      }
    });
};
