// `powers validate [paths…]`: check the whole registry, report on the given paths.
import path from 'node:path';
import { Option } from 'commander';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { RegisterCommand } from './context.js';
import { parseDateArg, resolveRegistryRoot, resolveToday } from './options.js';

interface ValidateFlags {
  format: 'stylish' | 'json' | 'sarif' | 'github';
  maxWarnings?: string;
  groupBy?: 'department';
  listDisabled?: boolean;
  maxFileSize?: string;
  today?: string;
  changed?: string | boolean;
  shard?: string;
}

/** Parses `--shard i/n` (1 ≤ i ≤ n ≤ 1000). */
export function parseShard(value: string): { index: number; count: number } | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && count >= 1 && index <= count && count <= 1000 ? { index, count } : undefined;
}

/** Parses 1048576, 512K, 2M, 1MiB. */
export function parseSize(value: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|kib|m|mb|mib)?$/i.exec(value.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? '').toLowerCase();
  const factor = unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1;
  const bytes = Math.round(Number(m[1]) * factor);
  return bytes > 0 ? bytes : undefined;
}

export const register: RegisterCommand = (program, ctx) => {
  program
    .command('validate')
    .description(t('validate.description'))
    .argument('[paths...]', t('validate.arg.paths'))
    .addOption(new Option('-f, --format <format>', t('validate.opt.format')).choices(['stylish', 'json', 'sarif', 'github']).default('stylish'))
    .option('--max-warnings <n>', t('validate.opt.maxWarnings'))
    .addOption(new Option('--group-by <what>', t('validate.opt.groupBy')).choices(['department']))
    .option('--list-disabled', t('validate.opt.listDisabled'))
    .option('--max-file-size <size>', t('validate.opt.maxFileSize'))
    .option('--today <date>', t('cli.opt.today'), parseDateArg)
    .option('--changed [rev]', t('validate.opt.changed'))
    .option('--shard <i/n>', t('validate.opt.shard'))
    .action(async (paths: string[], flags: ValidateFlags, cmd) => {
      const { io } = ctx;
      const globals = ctx.globals(cmd);
      const root = resolveRegistryRoot(io, globals.registry);
      const today = resolveToday(io, flags.today);
      let maxWarnings: number | undefined;
      if (flags.maxWarnings !== undefined) {
        if (!/^\d+$/.test(flags.maxWarnings)) throw new UsageError('cli.err.badInteger', { name: '--max-warnings', value: flags.maxWarnings });
        maxWarnings = Number(flags.maxWarnings);
      }
      let maxFileSize: number | undefined;
      if (flags.maxFileSize !== undefined) {
        maxFileSize = parseSize(flags.maxFileSize);
        if (maxFileSize === undefined) throw new UsageError('validate.badSize', { value: flags.maxFileSize });
      }
      const filter = await reportFilter(io.cwd, root, paths, flags.changed);
      const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
      if (flags.shard !== undefined && !shard) throw new UsageError('validate.badShard', { value: flags.shard });

      const { validateRegistry } = await import('../checks/validate.js');
      const validation = await validateRegistry(root, { today, maxFileSize, filter, collectAllDisables: flags.listDisabled, shard });
      const { formatReport } = await import('../report/index.js');
      const { wantsColor } = await import('../report/stylish.js');
      const { VERSION } = await import('../version.js');
      const prefix = path.relative(io.cwd, root).split(path.sep).join('/');
      const ruleDocs = flags.format === 'sarif' ? await (await import('../report/rule-docs.js')).readRuleDocsBase(root) : undefined;
      io.stdout(formatReport(flags.format, {
        diagnostics: validation.diagnostics,
        summary: validation.summary,
        registryPrefix: prefix,
        departments: validation.departmentNames,
        toolVersion: VERSION,
        ruleDocs,
      }, { isColor: wantsColor(io.isTTY, io.env), groupBy: flags.groupBy, maxWarnings }));
      if (flags.listDisabled) {
        const { formatDisabled } = await import('../report/disabled.js');
        (flags.format === 'stylish' ? io.stdout : io.stderr)(formatDisabled(validation.disables));
      }
      const { errors, warnings } = validation.summary;
      if (maxWarnings !== undefined && warnings > maxWarnings) {
        io.stderr(`${t('validate.tooManyWarnings', { warnings, max: maxWarnings })}\n`);
        ctx.setExit(1);
        return;
      }
      ctx.setExit(errors > 0 ? 1 : 0);
    });
};

/** Which registry files to report on: the given paths, and/or files changed since a revision. */
async function reportFilter(cwd: string, root: string, paths: string[], changed: string | boolean | undefined) {
  const prefixes: string[] = [];
  for (const p of paths) {
    const rel = path.relative(root, path.resolve(cwd, p)).split(path.sep).join('/');
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new UsageError('validate.badPath', { path: p, root });
    prefixes.push(rel);
  }
  let files: string[] | undefined;
  if (changed !== undefined && changed !== false) {
    const { changedRegistryFiles } = await import('../git/changed.js');
    files = [...(await changedRegistryFiles(root, typeof changed === 'string' ? changed : undefined))];
  }
  if (prefixes.length === 0 && !files) return undefined;
  return { prefixes, files };
}
