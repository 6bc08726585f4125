// `powers diff <rev-a> [<rev-b>]` / `powers diff --since DATE [--until DATE]`: the semantic,
// field-level diff of the catalogue between two versions (SPEC §6, JSON contract §8).
import { Option } from 'commander';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { RegisterCommand } from './context.js';
import { parseDateArg, resolveRegistryRoot } from './options.js';

interface DiffFlags {
  format: 'text' | 'md' | 'json';
  since?: string;
  until?: string;
}

export const register: RegisterCommand = (program, ctx) => {
  program
    .command('diff')
    .description(t('diff.description'))
    .argument('[rev-a]', t('diff.arg.revA'))
    .argument('[rev-b]', t('diff.arg.revB'))
    .addOption(new Option('-f, --format <format>', t('diff.opt.format')).choices(['text', 'md', 'json']).default('text'))
    .option('--since <date>', t('diff.opt.since'), parseDateArg)
    .option('--until <date>', t('diff.opt.until'), parseDateArg)
    .action(async (revA: string | undefined, revB: string | undefined, flags: DiffFlags, cmd) => {
      const { io } = ctx;
      const globals = ctx.globals(cmd);
      if (flags.since !== undefined && revA !== undefined) throw new UsageError('diff.usage.revAndDate');
      if (flags.until !== undefined && flags.since === undefined) throw new UsageError('diff.usage.untilWithoutSince');
      if (flags.since === undefined && revA === undefined) throw new UsageError('diff.usage.noRevision');
      if (flags.since !== undefined && flags.until !== undefined && flags.since > flags.until) {
        throw new UsageError('diff.usage.datesReversed', { since: flags.since, until: flags.until });
      }
      const root = resolveRegistryRoot(io, globals.registry);

      const { resolveRange } = await import('../git/range.js');
      const { compareRevisions } = await import('../git/compare.js');
      const { renderDiff } = await import('../diff/render.js');
      const range = await resolveRange(root, { revA, revB, since: flags.since, until: flags.until });
      const { from, to, diff } = await compareRevisions(root, range.from, range.to);
      io.stdout(renderDiff({ from, to, since: flags.since, until: flags.until, diff }, flags.format, globals.lang));
      if (flags.format === 'json') {
        for (const p of diff.problems) {
          io.stderr(`${t('diff.problem', { path: p.path, side: t(`diff.side.${p.side}`), message: t(p.message, p.data) })}\n`);
        }
      }
      ctx.setExit(0);
    });
};
