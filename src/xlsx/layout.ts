// The 登记表 layout as ONE table (SPEC §7): each column's Chinese header, the power field it holds
// and how a cell is written and read. Export and import are both built on it, so a column is added
// by adding one line here; a test checks that every column names a field of the power schema.
import { suggest as suggestEnum } from '../util/suggest.js';
import type { NodePath } from '../registry/model.js';
import { isPlainDate } from '../util/date.js';
import { loadSchema, schemaAt } from '../authoring/schema-order.js';
import {
  formatCitation, formatDuty, formatList, formatStep, parseCitation, parseDuty, parseStep, splitList,
} from '../authoring/text-forms.js';
import type { FlowStep, LawCitation } from '../registry/model.js';

/** How a column's cells are written and read. */
export type ColumnKind = 'text' | 'int' | 'bool' | 'date' | 'enum' | 'list' | 'citation' | 'citations' | 'steps' | 'duties';

/** One column of the 登记表. */
export interface Column {
  header: string;
  path: NodePath;
  kind: ColumnKind;
  /** Column width in characters. */
  width: number;
}

/** The 登记表 columns, in sheet order. */
export const COLUMNS: readonly Column[] = [
  { header: '编码', path: ['code'], kind: 'text', width: 14 },
  { header: '名称', path: ['name'], kind: 'text', width: 30 },
  { header: '类别', path: ['category'], kind: 'enum', width: 12 },
  { header: '实施主体', path: ['subject'], kind: 'text', width: 18 },
  { header: '承办科室', path: ['unit'], kind: 'text', width: 14 },
  { header: '岗位', path: ['posts'], kind: 'list', width: 20 },
  { header: '机构职能', path: ['functions'], kind: 'list', width: 10 },
  { header: '上级职能', path: ['superior_functions'], kind: 'list', width: 16 },
  { header: '行使依据', path: ['basis'], kind: 'citations', width: 36 },
  { header: '收费', path: ['fee', 'charged'], kind: 'bool', width: 6 },
  { header: '收费依据', path: ['fee', 'basis'], kind: 'citation', width: 24 },
  { header: '收费标准', path: ['fee', 'standard'], kind: 'text', width: 20 },
  { header: '时限单位', path: ['flow', 'unit'], kind: 'enum', width: 8 },
  { header: '法定时限', path: ['flow', 'statutory_days'], kind: 'int', width: 8 },
  { header: '承诺时限', path: ['flow', 'promised_days'], kind: 'int', width: 8 },
  { header: '办理流程', path: ['flow', 'steps'], kind: 'steps', width: 40 },
  { header: '责任事项', path: ['responsibility', 'duties'], kind: 'duties', width: 40 },
  { header: '追责情形', path: ['responsibility', 'accountability'], kind: 'list', width: 30 },
  { header: '救济途径', path: ['remedy'], kind: 'list', width: 16 },
  { header: '投诉举报途径', path: ['complaint'], kind: 'text', width: 20 },
  { header: '风险等级', path: ['risk', 'level'], kind: 'enum', width: 8 },
  { header: '公开方式', path: ['disclosure', 'mode'], kind: 'enum', width: 10 },
  { header: '公开范围', path: ['disclosure', 'scope'], kind: 'enum', width: 10 },
  { header: '公开形式', path: ['disclosure', 'forms'], kind: 'list', width: 20 },
  { header: '公开时限', path: ['disclosure', 'period'], kind: 'enum', width: 10 },
  { header: '公开内容', path: ['disclosure', 'content'], kind: 'text', width: 30 },
  { header: '内部公开理由', path: ['disclosure', 'reason'], kind: 'text', width: 20 },
  { header: '不公开类别', path: ['disclosure', 'withhold', 'class'], kind: 'enum', width: 10 },
  { header: '不公开依据', path: ['disclosure', 'withhold', 'basis'], kind: 'citation', width: 24 },
  { header: '不公开理由', path: ['disclosure', 'withhold', 'reason'], kind: 'text', width: 24 },
  { header: '不公开期限', path: ['disclosure', 'withhold', 'until'], kind: 'date', width: 12 },
  { header: '状态', path: ['status'], kind: 'enum', width: 8 },
  { header: '备案日期', path: ['filed'], kind: 'date', width: 12 },
  { header: '公布日期', path: ['published'], kind: 'date', width: 12 },
];

/** The value at a key path of a power's data (undefined where any step is missing). */
export const valueAt = (data: unknown, at: NodePath): unknown =>
  at.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), data);

/** The schema's allowed values of an enum column. */
export function enumOf(column: Column): string[] {
  return (schemaAt(loadSchema('power.schema.json'), column.path)?.enum ?? []).map(String);
}

/** A cell as exceljs gives it, reduced to what a clerk can type. */
export type CellInput = string | number | boolean | Date | undefined;

/** What a cell holds: a value (undefined = empty), or why it cannot be read. */
export type CellParse = { value: unknown } | { error: string; data: Record<string, unknown> };

const YES = new Set(['是', '收费', 'true', 'TRUE', 'Y', 'y']);
const NO = new Set(['否', '不收费', 'false', 'FALSE', 'N', 'n']);

/** The cell text export writes for a field's value (numbers stay numbers). */
export function formatCell(column: Column, value: unknown): string | number | undefined {
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : [];
  switch (column.kind) {
    case 'int': return typeof value === 'number' ? value : String(value);
    case 'bool': return value === true ? '是' : value === false ? '否' : String(value);
    case 'list': return formatList(list);
    case 'citation': return formatCitation(value as LawCitation);
    case 'citations': return list.map((c) => formatCitation(c as LawCitation)).join('；');
    case 'steps': return list.map((s) => formatStep(s as FlowStep)).join('；');
    case 'duties': return list.map((d) => formatDuty(d as { stage: string; duty: string })).join('；');
    default: return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/** A date cell's calendar day: exceljs gives dates as UTC midnight, so UTC fields, never local time. */
function dateCell(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** Reads a cell into the field's value. */
export function parseCell(column: Column, cell: CellInput): CellParse {
  if (cell === undefined || (typeof cell === 'string' && cell.trim() === '')) return { value: undefined };
  const text = cell instanceof Date ? dateCell(cell) : String(cell).trim();
  switch (column.kind) {
    case 'text': return { value: text };
    case 'int':
      return /^\d+$/.test(text) ? { value: Number(text) } : { error: 'xlsx.err.int', data: { value: text } };
    case 'bool':
      if (YES.has(text)) return { value: true };
      if (NO.has(text)) return { value: false };
      return { error: 'xlsx.err.bool', data: { value: text } };
    case 'date':
      return isPlainDate(text) ? { value: text } : { error: 'xlsx.err.date', data: { value: text } };
    case 'enum': {
      const allowed = enumOf(column);
      if (allowed.includes(text)) return { value: text };
      const suggestion = suggestEnum(text, allowed);
      return { error: suggestion ? 'xlsx.err.enumSuggest' : 'xlsx.err.enum', data: { value: text, suggestion: suggestion ?? '', allowed } };
    }
    case 'list': return { value: splitList(text) };
    case 'citation': return { value: parseCitation(text) };
    case 'citations': return { value: splitList(text).map(parseCitation) };
    case 'duties': return { value: splitList(text).map(parseDuty) };
    case 'steps': {
      const steps: FlowStep[] = [];
      for (const item of splitList(text)) {
        const parsed = parseStep(item);
        if ('error' in parsed) return { error: `xlsx.err.${parsed.error}`, data: { value: item } };
        steps.push(parsed.step);
      }
      return { value: steps };
    }
  }
}

/** The text of a cell for comparing with what export would write (so an untouched cell is no change). */
export function cellText(cell: CellInput | string | number): string {
  if (cell === undefined) return '';
  return (cell instanceof Date ? dateCell(cell) : String(cell)).trim();
}

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '_').slice(0, 31);
}

/** The withheld list's sheet (SPEC §5: 项目名称, 类别, 不公开理由, 依据, 部门, 状态). */
export const WITHHELD_SHEET = '涉密不宜公开行政权力目录';
export const WITHHELD_HEADERS = ['项目名称', '类别', '不公开理由', '依据', '部门', '状态'] as const;
