// `powers history <code>`: every commit that touched one power, with its field-level changes
// (SPEC §6, JSON contract §8).
import { Option } from 'commander';
import { t } from '../i18n/index.js';
import type { RegisterCommand } from './context.js';
import { resolveRegistryRoot } from './options.js';

interface HistoryFlags {
  format: 'text' | 'md' | 'json';
}

export const register: RegisterCommand = (program, ctx) => {
  program
    .command('history')
    .description(t('history.description'))
    .argument('<code>', t('history.arg.code'))
    .addOption(new Option('-f, --format <format>', t('history.opt.format')).choices(['text', 'md', 'json']).default('text'))
    .action(async (code: string, flags: HistoryFlags, cmd) => {
      const { io } = ctx;
      const globals = ctx.globals(cmd);
      const root = resolveRegistryRoot(io, globals.registry);
      const { powerHistory } = await import('../git/history.js');
      const { renderHistory } = await import('../diff/render.js');
      const history = await powerHistory(root, code.trim());
      if (history.commits.length === 0 && !(history.isShallow && history.isAtHead)) {
        // Nothing to show: say why (and, in a shallow clone, that older commits are missing).
        if (flags.format === 'json') io.stdout(renderHistory(history, 'json', globals.lang));
        io.stderr(`${t('history.notFound', { code })}\n`);
        if (history.isShallow) io.stderr(`${t('history.truncated', { boundary: history.boundary.map((b) => b.slice(0, 10)) })}\n`);
        ctx.setExit(1);
        return;
      }
      io.stdout(renderHistory(history, flags.format, globals.lang));
      if (history.isTruncated && flags.format === 'json') {
        io.stderr(`${t('history.truncated', { boundary: history.boundary.map((b) => b.slice(0, 10)) })}\n`);
      }
      ctx.setExit(0);
    });
};
