// `powers export xlsx [--out FILE] [--department ID] [--internal]`: the 登记表 workbook (SPEC §7).
// exceljs is loaded only here; the work is in src/xlsx/export.ts.
import path from 'node:path';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { RegisterCommand } from './context.js';
import { resolveRegistryRoot } from './options.js';

export const register: RegisterCommand = (program, ctx) => {
  program
    .command('export')
    .description(t('export.description'))
    .argument('<format>', t('export.arg.format'))
    .option('--out <file>', t('export.opt.out'), '职权登记表.xlsx')
    .option('--department <id>', t('export.opt.department'))
    .option('--internal', t('export.opt.internal'))
    .action(async (format: string, flags: { out: string; department?: string; internal?: boolean }, cmd) => {
      const { io } = ctx;
      if (format !== 'xlsx') throw new UsageError('export.badFormat', { format });
      const root = resolveRegistryRoot(io, ctx.globals(cmd).registry);
      const { loadRegistry } = await import('../registry/load.js');
      const { registry } = await loadRegistry(root);
      if (flags.department !== undefined && !registry.departments.has(flags.department)) {
        throw new UsageError('xlsx.unknownDepartment', { id: flags.department, ids: [...registry.departments.keys()] });
      }
      const { exportWorkbook } = await import('../xlsx/export.js');
      const out = path.resolve(io.cwd, flags.out);
      const { workbook, powers, sheets } = await exportWorkbook(registry, { department: flags.department, internal: Boolean(flags.internal) });
      await workbook.xlsx.writeFile(out);
      io.stdout(`${t(flags.internal ? 'export.doneInternal' : 'export.done', { file: path.relative(io.cwd, out) || out, powers, sheets })}\n`);
      ctx.setExit(0);
    });
};
