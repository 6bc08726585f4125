// Operation records (SPEC §10): what one CSV row is, what the record rules know of a power, and
// what they may read. Rows are streamed: a row lives only while the rules look at it.
import type { WorkCalendar } from '../calendar/index.js';
import type { Finding } from '../checks/types.js';
import type { PlainDate } from '../util/date.js';

/** The headers SPEC §10 defines, in its order; the first four are required. */
export const RECORD_HEADERS = [
  '办件编号', '职权编码', '重要', '受理日期', '办结日期', '金额', '裁量情形', '集体讨论', '备案日期', '公开日期', '报备日期',
] as const;

/** One of the headers of SPEC §10. */
export type RecordHeader = (typeof RECORD_HEADERS)[number];

/** Headers a file must have. */
export const REQUIRED_HEADERS: readonly RecordHeader[] = ['办件编号', '职权编码', '重要', '受理日期'];

/** A header that is, or contains, one of these is personal data: the whole file is refused. */
export const PERSONAL_HEADERS: readonly string[] = ['当事人', '姓名', '身份证号', '联系电话'];

/** Where each known header stands in one file: header → 1-based column index (0 = absent). */
export type ColumnMap = Readonly<Record<RecordHeader, number>>;

/** One CSV row, as read. */
export interface RecordRow {
  /** Registry-relative file, `/` separators. */
  file: string;
  /** The physical line the row starts on (1 = the header line). */
  line: number;
  /** The row's cells, in file order. */
  cells: readonly string[];
  columns: ColumnMap;
}

/** The value under `header`, trimmed; '' when the column is absent or the cell empty. */
export function cell(row: RecordRow, header: RecordHeader): string {
  const col = row.columns[header];
  if (col === 0) return '';
  const v = row.cells[col - 1];
  return v === undefined ? '' : v.trim();
}

/** A discretion row of a power, as the record rules need it: bounds in 元 when `isMoney`. */
export interface DiscretionRow {
  situation: string;
  min: number;
  max: number;
  /** The row counts in 元, 千元 or 万元 (converted to 元); rows in 倍 or % of something cannot be compared with an amount. */
  isMoney: boolean;
}

/** What the record rules know of one power: a compact projection, built once per run. */
export interface PowerFacts {
  code: string;
  /** Department folder. */
  folder: string;
  name: string;
  category: string;
  status: string;
  mode: string;
  published?: PlainDate;
  /** How the promised limit is counted; a missing flow.unit counts as 工作日 (SPEC §2 migration). */
  unit: '工作日' | '日';
  promisedDays?: number;
  discretion: DiscretionRow[];
  /** The rows in money, the lowest of their lower bounds, and the rows by situation (precomputed: rows stream by the million). */
  moneyRows: DiscretionRow[];
  lowestMin?: number;
  bySituation: ReadonlyMap<string, DiscretionRow>;
  /** Due dates by day number of the 受理日期, filled as rows come (a run's memo). */
  dueByDay?: Map<number, { due?: PlainDate; missingYear?: number }>;
  /** The ranges the statute allows, from the law library (`ranges` of the cited articles). */
  statute: { min: number; max: number; law: string; articles: string }[];
}

/** What every record rule may read. */
export interface RecordContext {
  powers: ReadonlyMap<string, PowerFacts>;
  today: PlainDate;
  calendar: WorkCalendar;
  /** Calendar days to report an important exercise (`deadlines.record_report`, default 7). */
  reportDays: number;
}

/** What a record rule does with each row; it reports through `emit`. */
export type RowCheck = (row: RecordRow, facts: RowFacts, emit: (finding: Finding) => void) => void;

/** What one row means, computed once and shared by the rules, `powers records` and publish. */
export interface RowFacts {
  power?: PowerFacts;
  /** 受理日期 when it is a real date. */
  received?: PlainDate;
  /** 办结日期 when it is a real date. */
  closed?: PlainDate;
  /** 金额 when it parses. */
  amount?: number;
  /** The promised due date (受理 + promised limit), when it can be computed. */
  due?: PlainDate;
  /** The calendar year the due date needed and no notice covers. */
  missingYear?: number;
  /** The discretion lower bound that applies (named row's min, else the lowest min). */
  lowerBound?: number;
  /** The named discretion row, when 裁量情形 names one. */
  namedRow?: DiscretionRow;
  isImportant: boolean;
}
