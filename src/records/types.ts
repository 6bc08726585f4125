// Operation records (SPEC §10): what one CSV row is, what the record rules know of a power, and
// what they may read. Rows are streamed: a row lives only while the rules look at it.
import type { WorkCalendar } from '../calendar/index.js';
import type { Finding } from '../checks/types.js';
import type { PlainDate } from '../util/date.js';
import type { CodeTable } from './code-table.js';

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

/** Each header's index in RECORD_HEADERS (the order of `RecordRow.at`). */
export const HEADER_INDEX: Readonly<Record<RecordHeader, number>> = Object.fromEntries(RECORD_HEADERS.map((h, i) => [h, i])) as Record<RecordHeader, number>;

/**
 * One CSV row, as read. Its cells are not strings but places: cell i is
 * `text.substring(bounds[2i], bounds[2i + 1])`, already trimmed, so that a million rows are read
 * without a million arrays of strings; a rule cuts a string only for what it reports.
 */
export interface RecordRow {
  /** Registry-relative file, `/` separators. */
  file: string;
  /** The physical line the row starts on (1 = the header line). */
  line: number;
  /** The text the cells lie in. */
  text: string;
  /** Start and end (trimmed) of each cell in `text`, two entries a cell. */
  bounds: Int32Array;
  /** How many cells the row has. */
  count: number;
  columns: ColumnMap;
  /** Header (index in RECORD_HEADERS) → 0-based cell index in this file; -1 = no such column. */
  at: Int32Array;
}

/** The 0-based cell of the header with index `h` in RECORD_HEADERS, or -1 (no column, or a short row). */
export function cellOf(row: RecordRow, h: number): number {
  const i = row.at[h];
  return i < row.count ? i : -1;
}

/** A string that keeps no reference to the text it was cut from (V8 slices long substrings). */
export function own(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}

/** The value under `header`, trimmed (a string of its own); '' when the column is absent or the cell empty. */
export function cell(row: RecordRow, header: RecordHeader): string {
  const i = cellOf(row, HEADER_INDEX[header]);
  return i < 0 ? '' : own(row.text.substring(row.bounds[2 * i], row.bounds[2 * i + 1]));
}

/** Whether the cell of header index `h` is empty (or absent): no string is made. */
export function isBlank(row: RecordRow, h: number): boolean {
  const i = cellOf(row, h);
  return i < 0 || row.bounds[2 * i] === row.bounds[2 * i + 1];
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
  /** `published` as a day number (undefined when absent or not a real date). */
  publishedDay?: number;
  /** Withheld (不予公开) or internal (内部公开). */
  isNotPublic: boolean;
  /** How the promised limit is counted; a missing flow.unit counts as 工作日 (SPEC §2 migration). */
  unit: '工作日' | '日';
  promisedDays?: number;
  discretion: DiscretionRow[];
  /** The rows in money, the lowest of their lower bounds, and the rows by situation (precomputed: rows stream by the million). */
  moneyRows: DiscretionRow[];
  lowestMin?: number;
  bySituation: ReadonlyMap<string, DiscretionRow>;
  /** The ranges the statute allows, from the law library (`ranges` of the cited articles). */
  statute: { min: number; max: number; law: string; articles: string }[];
}

/** What every record rule may read. */
export interface RecordContext {
  powers: ReadonlyMap<string, PowerFacts>;
  /** The same powers, looked up by a cell's place in its row (no string cut). */
  codes: CodeTable<PowerFacts>;
  today: PlainDate;
  calendar: WorkCalendar;
  /** About how many rows the files hold (from their sizes), so that per-case state is sized once. */
  expectedRows?: number;
  /** Calendar days to report an important exercise (`deadlines.record_report`, default 7). */
  reportDays: number;
}

/** What a record rule does with each row; it reports through `emit`. */
export type RowCheck = (row: RecordRow, facts: RowFacts, emit: (finding: Finding) => void) => void;

/** A date cell that is blank, absent or not a real date (day numbers of real dates are far above it). */
export const NO_DAY = -(2 ** 30);

/**
 * What one row means, computed once and shared by the rules, `powers records` and publish. Dates
 * are day numbers (days since 1970-01-01, `dayText` gives the text): compared as numbers, never
 * cut out as strings.
 */
export interface RowFacts {
  power?: PowerFacts;
  /** 受理日期, 办结日期, 备案日期, 公开日期, 报备日期: NO_DAY when blank, absent or not a real date. */
  receivedDay: number;
  closedDay: number;
  filedDay: number;
  disclosedDay: number;
  reportedDay: number;
  /** 金额 when it parses. */
  amount?: number;
  /** The promised due day (受理 + promised limit); NO_DAY when it cannot be computed. */
  dueDay: number;
  /** The calendar year the due date needed and no notice covers. */
  missingYear?: number;
  /** The discretion lower bound that applies (named row's min, else the lowest min). */
  lowerBound?: number;
  /** The named discretion row, when 裁量情形 names one. */
  namedRow?: DiscretionRow;
  isImportant: boolean;
}
