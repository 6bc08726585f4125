// `powers publish [--out site] [--internal-out internal] [--force] [--today D]`: render the
// public catalogue and the internal catalogues (SPEC §5). The work is in src/publish/.
import path from 'node:path';
import { t } from '../i18n/index.js';
import type { RegisterCommand } from './context.js';
import { parseDateArg, resolveRegistryRoot, resolveToday } from './options.js';

interface PublishFlags {
  out: string;
  internalOut: string;
  force?: boolean;
  today?: string;
}

export const register: RegisterCommand = (program, ctx) => {
  program
    .command('publish')
    .description(t('publish.description'))
    .option('--out <dir>', t('publish.opt.out'), 'site')
    .option('--internal-out <dir>', t('publish.opt.internalOut'), 'internal')
    .option('--force', t('publish.opt.force'))
    .option('--today <date>', t('cli.opt.today'), parseDateArg)
    .action(async (flags: PublishFlags, cmd) => {
      const { io } = ctx;
      const globals = ctx.globals(cmd);
      const root = resolveRegistryRoot(io, globals.registry);
      const today = resolveToday(io, flags.today);
      const { publish } = await import('../publish/publish.js');
      const { createProgress } = await import('../publish/progress.js');
      const { VERSION } = await import('../version.js');
      // The progress bar goes to stderr, and only when stderr is a terminal (never in CI logs).
      const showProgress = io.isStderrTTY === true;
      // Ctrl-C, kill or a closed terminal stop the run cleanly (temporary folders removed) and exit
      // 130 / 143 / 129 through main, instead of killing the process mid-write.
      const controller = new AbortController();
      const restoreSignals = io.onSignal?.((signal) => controller.abort(signal));
      const result = await publish({
        root,
        out: path.resolve(io.cwd, flags.out),
        internalOut: path.resolve(io.cwd, flags.internalOut),
        today,
        force: Boolean(flags.force),
        version: VERSION,
        progress: (total) => createProgress(io.stderr, t('publish.progress'), total, showProgress),
        onValidate: () => showProgress && io.stderr(`\r${t('publish.validating')}`),
        signal: controller.signal,
      }).finally(() => restoreSignals?.());
      const rel = (dir: string) => {
        const r = path.relative(io.cwd, dir);
        return r === '' ? '.' : r.startsWith('..') || path.isAbsolute(r) ? dir : r;
      };
      if (result.recovered > 0) io.stderr(`${t('publish.recovered', { count: result.recovered })}\n`);
      if (result.shallow) io.stderr(`${t('publish.shallowWarning', { boundary: result.shallow.map((b) => b.slice(0, 10)).join('、') })}\n`);
      if (result.forced) io.stderr(`${t('publish.forcedWarning', { errors: result.forced.errors })}\n`);
      io.stdout(`${t('publish.done', {
        sitePowers: result.site.powers, siteFiles: result.site.files, site: rel(result.site.dir),
        internalPowers: result.internal.powers, withheld: result.internal.withheld, internalFiles: result.internal.files,
        internal: rel(result.internal.dir),
      })}\n`);
      if (result.commit) io.stdout(`${t('publish.commit', { commit: result.commit })}\n`);
      if (result.warnings > 0) io.stderr(`${t('publish.warnings', { warnings: result.warnings })}\n`);
      ctx.setExit(0);
    });
};
