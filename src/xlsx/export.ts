// `powers export xlsx`: the catalogue as the 登记表 workbook (SPEC §7). One sheet per department,
// one row per power, the columns of layout.ts. Which powers: the public catalogue's set, chosen by
// the publish audience filter (never re-implemented here); `--internal` adds the 内部公开 and 不予公开
// powers and the 《涉密不宜公开行政权力目录》 sheet.
import type ExcelJS from 'exceljs';
import { powersFor } from '../publish/view-model.js';
import type { Power, Registry } from '../registry/model.js';
import { COLUMNS, enumOf, formatCell, sheetName, valueAt, WITHHELD_HEADERS, WITHHELD_SHEET, type Column } from './layout.js';
import { formatCitation } from '../authoring/text-forms.js';

/** Options of `exportWorkbook`. */
export interface ExportOptions {
  /** Only this department (folder id). */
  department?: string;
  internal: boolean;
}

/** Rows of the sheet: how many to give drop-downs (new rows a clerk adds included). */
const VALIDATED_ROWS = 2000;


const byCode = (a: Power, b: Power) => (String(a.data.code) < String(b.data.code) ? -1 : String(a.data.code) > String(b.data.code) ? 1 : 0);

/** Builds the workbook (nothing written); returns it and how many powers it holds. */
export async function exportWorkbook(registry: Registry, options: ExportOptions): Promise<{ workbook: ExcelJS.Workbook; powers: number; sheets: number }> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'powers';
  const audiences = options.internal ? (['public', 'internal', 'withheld'] as const) : (['public'] as const);
  const chosen = audiences.flatMap((a) => powersFor(registry, a));
  const inScope = (p: Power) => options.department === undefined || p.folder === options.department;
  let count = 0;
  const departments = [...registry.departments.values()]
    .filter((d) => options.department === undefined || d.folder === options.department)
    .sort((a, b) => (a.folder < b.folder ? -1 : 1));
  for (const dept of departments) {
    const powers = chosen.filter((p) => p.folder === dept.folder).sort(byCode);
    // A department with nothing in this audience gets no sheet (its name is not published either),
    // unless it was asked for by name.
    if (powers.length === 0 && options.department === undefined) continue;
    const sheet = registerSheet(workbook, sheetName(String(dept.name ?? dept.folder)));
    for (const p of powers) sheet.addRow(COLUMNS.map((c) => formatCell(c, valueAt(p.data, c.path)) ?? null));
    count += powers.length;
  }
  if (workbook.worksheets.length === 0) registerSheet(workbook, '登记表');
  if (options.internal) {
    const sheet = workbook.addWorksheet(WITHHELD_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = WITHHELD_HEADERS.map((h) => ({ header: h, width: h === '不公开理由' || h === '依据' ? 36 : 16 }));
    sheet.getRow(1).font = { bold: true };
    for (const p of powersFor(registry, 'withheld').filter(inScope).sort(byCode)) {
      const w = p.data.disclosure?.withhold;
      sheet.addRow([
        p.data.name, p.data.category, w?.reason ?? null, w?.basis ? formatCitation(w.basis) : null,
        registry.departments.get(p.folder)?.name ?? p.folder, p.data.status,
      ]);
    }
  }
  return { workbook, powers: count, sheets: workbook.worksheets.length };
}

/** A 登记表 sheet: headers, widths, frozen header row, drop-downs. */
function registerSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  addDropDowns(sheet);
  return sheet;
}

/** Excel's column letters (A, B, … AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A drop-down of the schema's values on every enum column (and 是/否 on 收费). */
function addDropDowns(sheet: ExcelJS.Worksheet): void {
  const validations = (sheet as unknown as { dataValidations: { add: (range: string, v: ExcelJS.DataValidation) => void } }).dataValidations;
  COLUMNS.forEach((c: Column, i) => {
    const values = c.kind === 'enum' ? enumOf(c) : c.kind === 'bool' ? ['是', '否'] : undefined;
    if (!values) return;
    const letter = columnLetter(i);
    validations.add(`${letter}2:${letter}${VALIDATED_ROWS}`, {
      type: 'list', allowBlank: true, formulae: [`"${values.join(',')}"`],
      showErrorMessage: true, errorTitle: c.header, error: `请从下拉列表中选择：${values.join('、')}`,
    });
  });
}
