// `powers import xlsx`: a 登记表 sheet back into power files (SPEC §7). New rows become new files,
// rows with an existing code update that file — only the cells that differ from what export would
// write, so comments and the fields the sheet lacks are kept and an untouched sheet changes nothing.
// Every problem is located as `工作表!单元格 列名：…`; the whole rule set runs on the registry as it
// would be (an in-memory overlay) before anything is written.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../checks/engine.js';
import { t } from '../i18n/index.js';
import { nextFreeCode, writeNew } from '../authoring/new.js';
import { validateOverlay } from '../authoring/overlay.js';
import { newPowerText, schemaHeader, updatePowerText, type FieldEdit } from '../authoring/power-writer.js';
import { CATEGORY_ABBR, type Category, type Power, type Registry } from '../registry/model.js';
import type { PlainDate } from '../util/date.js';
import { cellText, COLUMNS, formatCell, parseCell, sheetName, valueAt, WITHHELD_SHEET, type CellInput, type Column } from './layout.js';
import { columnLetter } from './export.js';

/** One located problem: `sheet!cell header：message`. */
export interface ImportProblem {
  sheet: string;
  cell: string;
  header: string;
  message: string;
  severity: 'error' | 'warning';
}

/** What happened (or, with --dry-run, would happen) to one row. */
export interface ImportChange {
  row: number;
  rel: string;
  kind: 'new' | 'updated';
  /** The headers of the changed columns (updates). */
  headers: string[];
}

export interface ImportResult {
  sheet: string;
  problems: ImportProblem[];
  changes: ImportChange[];
  /** Rows whose file was written (all changes, unless broken rows were left out or dry run). */
  written: ImportChange[];
  unchanged: number;
}

export interface ImportOptions {
  root: string;
  registry: Registry;
  file: string;
  department: string;
  partial: boolean;
  dryRun: boolean;
  today: PlainDate;
}

interface RowPlan {
  row: number;
  rel: string;
  abs: string;
  kind: 'new' | 'updated';
  text: string;
  headers: string[];
  /** A problem in the row: its file is not written. */
  broken: boolean;
}


/** An exceljs cell value reduced to what a clerk typed. */
function cellInput(value: ExcelJS.CellValue): CellInput {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join('');
  if ('result' in v) return cellInput(v.result as ExcelJS.CellValue);
  if (typeof v.text === 'string') return v.text;
  if ('error' in v) return String(v.error);
  return undefined;
}

/** Sets `value` at `p` in a plain object, creating the maps on the way. */
function setAt(target: Record<string, unknown>, p: (string | number)[], value: unknown): void {
  let node = target;
  p.slice(0, -1).forEach((k) => {
    if (typeof node[k] !== 'object' || node[k] === null) node[k] = {};
    node = node[k] as Record<string, unknown>;
  });
  node[p[p.length - 1]] = value;
}

/** Reads the workbook and imports the department's sheet. */
export async function importWorkbook(options: ImportOptions): Promise<ImportResult> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  await workbook.xlsx.readFile(options.file);
  const dept = options.registry.departments.get(options.department);
  if (!dept) throw new Error(`unknown department ${options.department}`);
  const wanted = sheetName(String(dept.name ?? dept.folder));
  const candidates = workbook.worksheets.filter((s) => s.name !== WITHHELD_SHEET);
  const sheet = candidates.find((s) => s.name === wanted) ?? (candidates.length === 1 ? candidates[0] : undefined);
  if (!sheet) return { sheet: wanted, problems: [{ sheet: wanted, cell: 'A1', header: '', message: t('xlsx.err.noSheet', { sheet: wanted, sheets: workbook.worksheets.map((s) => s.name) }), severity: 'error' }], changes: [], written: [], unchanged: 0 };

  // Header row: which column of the sheet holds which field (any order; unknown headers ignored).
  const where = new Map<Column, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const header = cellText(cellInput(cell.value));
    const column = COLUMNS.find((c) => c.header === header);
    if (column) where.set(column, col);
  });
  const problems: ImportProblem[] = [];
  const at = (row: number, column: Column | undefined) => ({
    sheet: sheet.name,
    cell: `${columnLetter((column ? where.get(column) ?? 1 : where.get(COLUMNS[0]) ?? 1) - 1)}${row}`,
    header: column?.header ?? t('xlsx.wholeRow'),
  });
  if (!where.has(COLUMNS[0]) || !where.has(COLUMNS[1])) {
    problems.push({ ...at(1, undefined), message: t('xlsx.err.headers'), severity: 'error' });
    return { sheet: sheet.name, problems, changes: [], written: [], unchanged: 0 };
  }

  const byCode = new Map<string, Power>();
  for (const p of options.registry.powers) if (typeof p.data?.code === 'string') byCode.set(p.data.code, p);
  const plans: RowPlan[] = [];
  const taken = new Set<string>();
  let unchanged = 0;

  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = new Map<Column, CellInput>();
    for (const [column, col] of where) cells.set(column, cellInput(row.getCell(col).value));
    if ([...cells.values()].every((v) => cellText(v) === '')) continue;
    const rowProblems: ImportProblem[] = [];
    const parsed = new Map<Column, unknown>();
    for (const [column, cell] of cells) {
      const result = parseCell(column, cell);
      if ('error' in result) rowProblems.push({ ...at(r, column), message: t(result.error, result.data), severity: 'error' });
      else parsed.set(column, result.value);
    }
    const code = parsed.get(COLUMNS[0]) as string | undefined;
    const existing = code ? byCode.get(code) : undefined;
    if (existing && existing.folder !== dept.folder) {
      rowProblems.push({ ...at(r, COLUMNS[0]), message: t('xlsx.err.otherDepartment', { code, department: options.registry.departments.get(existing.folder)?.name ?? existing.folder }), severity: 'error' });
    }
    if (code && taken.has(code)) rowProblems.push({ ...at(r, COLUMNS[0]), message: t('xlsx.err.codeTwice', { code }), severity: 'error' });
    if (code) taken.add(code);
    problems.push(...rowProblems);
    if (rowProblems.length > 0) {
      plans.push({ row: r, rel: '', abs: '', kind: existing ? 'updated' : 'new', text: '', headers: [], broken: true });
      continue;
    }

    if (existing) {
      // Only cells that differ from what export writes for the file's value are edits.
      const edits: FieldEdit[] = [];
      const headers: string[] = [];
      for (const [column, cell] of cells) {
        const current = formatCell(column, valueAt(existing.data, column.path));
        if (cellText(cell) === cellText(current)) continue;
        edits.push({ path: column.path, value: parsed.get(column) });
        headers.push(column.header);
      }
      if (edits.length === 0) {
        unchanged++;
        continue;
      }
      const abs = path.join(options.root, ...existing.file.split('/'));
      const text = updatePowerText(readFileSync(abs, 'utf8'), edits, schemaHeader(options.root, abs, 'power.schema.json'));
      plans.push({ row: r, rel: existing.file, abs, kind: 'updated', text, headers, broken: false });
    } else {
      const data: Record<string, unknown> = {};
      for (const [column, value] of parsed) if (value !== undefined) setAt(data, column.path, value);
      data.status ??= '草稿';
      const category = data.category as Category | undefined;
      let newCode = code;
      if (!newCode && category && CATEGORY_ABBR[category]) {
        newCode = nextFreeCode(options.registry, category, dept.code, taken);
        data.code = newCode;
        taken.add(newCode);
      }
      if (!newCode) {
        problems.push({ ...at(r, COLUMNS[2]), message: t('xlsx.err.noCode'), severity: 'error' });
        plans.push({ row: r, rel: '', abs: '', kind: 'new', text: '', headers: [], broken: true });
        continue;
      }
      const rel = `departments/${dept.folder}/powers/${newCode}.yaml`;
      const abs = path.join(options.root, ...rel.split('/'));
      if (existsSync(abs)) {
        // A file of that name that is not a power the registry could read (it does not parse).
        problems.push({ ...at(r, COLUMNS[0]), message: t('xlsx.err.fileExists', { file: rel }), severity: 'error' });
        plans.push({ row: r, rel: '', abs: '', kind: 'new', text: '', headers: [], broken: true });
        continue;
      }
      plans.push({ row: r, rel, abs, kind: 'new', text: newPowerText(data, schemaHeader(options.root, abs, 'power.schema.json')), headers: [], broken: false });
    }
  }

  // Every rule, on the registry as it would be; findings in the rows' files go back to their cells.
  const ready = plans.filter((p) => !p.broken);
  if (ready.length > 0) {
    const overlay = new Map(ready.map((p) => [p.rel, p.text]));
    const { diagnostics } = validateOverlay(options.root, overlay, options.today);
    for (const plan of ready) {
      const own = diagnostics.filter((d) => d.file === plan.rel);
      for (const d of own) {
        problems.push({ ...at(plan.row, columnOfLine(plan.text, d)), message: `${d.message}（${d.rule}）`, severity: d.severity });
      }
      if (own.some((d) => d.severity === 'error')) plan.broken = true;
    }
  }

  const changes = plans.filter((p) => p.rel !== '').map(({ row, rel, kind, headers }) => ({ row, rel, kind, headers }));
  const hasErrors = problems.some((p) => p.severity === 'error');
  const toWrite = options.dryRun || (hasErrors && !options.partial) ? [] : plans.filter((p) => !p.broken);
  for (const plan of toWrite) {
    if (plan.kind === 'new') writeNew(plan.abs, plan.text);
    else writeFileSync(plan.abs, plan.text);
  }
  problems.sort((a, b) => rowOf(a.cell) - rowOf(b.cell) || (a.cell < b.cell ? -1 : a.cell > b.cell ? 1 : 0));
  return {
    sheet: sheet.name, problems, changes,
    written: toWrite.map(({ row, rel, kind, headers }) => ({ row, rel, kind, headers })),
    unchanged,
  };
}

const rowOf = (cell: string) => Number(/\d+$/.exec(cell)?.[0] ?? 0);

/** The column whose field (key line to last line of its value) holds the diagnostic's line: the narrowest. */
function columnOfLine(text: string, d: Diagnostic): Column | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const line = (offset: number) => lineCounter.linePos(offset).line;
  let best: { column: Column; span: number } | undefined;
  for (const column of COLUMNS) {
    const parent = column.path.length === 1 ? doc.contents : doc.getIn(column.path.slice(0, -1), true);
    if (!isMap(parent)) continue;
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === column.path[column.path.length - 1]);
    const keyRange = (pair?.key as Node | undefined)?.range;
    if (!pair || !keyRange) continue;
    const valueRange = (pair.value as Node | null)?.range;
    const from = line(keyRange[0]);
    const to = valueRange ? line(Math.max(valueRange[0], valueRange[1] - 1)) : from;
    if (d.line >= from && d.line <= to && (!best || to - from < best.span)) best = { column, span: to - from };
  }
  return best?.column;
}
