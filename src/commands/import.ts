// `powers import xlsx FILE --department ID [--partial] [--dry-run]`: a 登记表 sheet back into power
// files (SPEC §7). exceljs is loaded only here; the work is in src/xlsx/import.ts.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { RefusalError, UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { RegisterCommand } from './context.js';
import { parseDateArg, resolveRegistryRoot, resolveToday } from './options.js';

interface ImportFlags {
  department?: string;
  partial?: boolean;
  dryRun?: boolean;
  today?: string;
}

export const register: RegisterCommand = (program, ctx) => {
  program
    .command('import')
    .description(t('import.description'))
    .argument('<format>', t('export.arg.format'))
    .argument('<file>', t('import.arg.file'))
    .option('--department <id>', t('import.opt.department'))
    .option('--partial', t('import.opt.partial'))
    .option('--dry-run', t('import.opt.dryRun'))
    .option('--today <date>', t('cli.opt.today'), parseDateArg)
    .action(async (format: string, file: string, flags: ImportFlags, cmd) => {
      const { io } = ctx;
      if (format !== 'xlsx') throw new UsageError('export.badFormat', { format });
      if (flags.department === undefined) throw new UsageError('import.needDepartment');
      const department = flags.department;
      const root = resolveRegistryRoot(io, ctx.globals(cmd).registry);
      const today = resolveToday(io, flags.today);
      const abs = path.resolve(io.cwd, file);
      if (!existsSync(abs)) throw new UsageError('import.noFile', { file });
      const { loadRegistry } = await import('../registry/load.js');
      const { registry } = await loadRegistry(root);
      if (!registry.departments.has(department)) {
        throw new UsageError('xlsx.unknownDepartment', { id: department, ids: [...registry.departments.keys()] });
      }
      const { importWorkbook } = await import('../xlsx/import.js');
      let result;
      try {
        result = await importWorkbook({
          root, registry, file: abs, department,
          partial: Boolean(flags.partial), dryRun: Boolean(flags.dryRun), today,
        });
      } catch (error) {
        // exceljs cannot read it: not an .xlsx workbook (an .xls, a CSV renamed, a damaged file).
        throw new RefusalError('import.unreadable', { file, detail: (error as Error).message });
      }
      for (const p of result.problems) {
        io.stderr(`${p.sheet}!${p.cell} ${p.header}：${p.message}${p.severity === 'warning' ? t('import.isWarning') : ''}\n`);
      }
      const errors = result.problems.filter((p) => p.severity === 'error').length;
      const written = new Set(result.written.map((w) => w.rel));
      for (const c of result.changes) {
        const id = flags.dryRun ? `import.would.${c.kind}` : written.has(c.rel) ? `import.did.${c.kind}` : `import.skipped`;
        io.stdout(`${t(id, { row: c.row, file: c.rel, headers: c.headers })}\n`);
      }
      io.stdout(`${t('import.summary', { sheet: result.sheet, written: result.written.length, unchanged: result.unchanged, errors })}\n`);
      if (errors > 0 && !flags.partial) io.stderr(`${t('import.nothingWritten')}\n`);
      ctx.setExit(errors > 0 ? 1 : 0);
    });
};
