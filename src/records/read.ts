// The streaming CSV reader for records/**/*.csv (SPEC §10). A file is read in 1 MiB chunks,
// decoded as UTF-8 (fatal: a GBK export is refused with the same advice as a YAML file) and split
// by papaparse's parser, chunk after chunk, keeping only the unfinished last row in between: a
// file of any size is read in constant memory, and each row is handed on and forgotten.
//
// Lines are physical: the header is line 1, and a row whose quoted cells hold line breaks takes
// as many lines as it spans, so that a finding points at the line an editor shows.
import { closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Finding } from '../checks/types.js';
import {
  PERSONAL_HEADERS, RECORD_HEADERS, REQUIRED_HEADERS, type ColumnMap, type RecordHeader, type RecordRow,
} from './types.js';

/** One file under records/. */
export interface RecordFileEntry {
  /** Registry-relative, `/` separators. */
  rel: string;
  abs: string;
}

/** The folder of the records, relative to the registry root. */
export const RECORDS_DIR = 'records';

const CHUNK = 1 << 20;

/** The files under records/, in path order: CSV files to read, and other files (reported, never skipped silently). */
export function listRecordFiles(root: string): { csv: RecordFileEntry[]; other: RecordFileEntry[] } {
  const csv: RecordFileEntry[] = [];
  const other: RecordFileEntry[] = [];
  const walk = (abs: string, rel: string) => {
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const childAbs = path.join(abs, e.name);
      const childRel = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(childAbs, childRel);
      else if (/\.csv$/i.test(e.name)) csv.push({ rel: childRel, abs: childAbs });
      else if (!/^readme(\.md|\.txt)?$/i.test(e.name)) other.push({ rel: childRel, abs: childAbs });
    }
  };
  const dir = path.join(root, RECORDS_DIR);
  if (existsSync(dir)) walk(dir, RECORDS_DIR);
  const byRel = (a: RecordFileEntry, b: RecordFileEntry) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  return { csv: csv.sort(byRel), other: other.sort(byRel) };
}

/** Whether the registry has a records/ folder. */
export function hasRecords(root: string): boolean {
  return existsSync(path.join(root, RECORDS_DIR));
}

/** A file-level `record-format` finding: at line 1 (SPEC §10), at `column` when one header is at fault. */
export function fileFinding(file: string, message: string, data: Record<string, unknown> = {}, column = 1, severity?: 'warning'): Finding {
  return { rule: 'record-format', file, path: [], message, data, code: null, position: { line: 1, column }, ...(severity ? { severity } : {}) };
}

/** What reading one file gave: rows went to `onRow`; these are the file-level findings. */
export interface ReadResult {
  findings: Finding[];
  /** The file was refused whole (no row of it was handed on). */
  isRefused: boolean;
}

/** Whether a UTF-16 code unit is white space as `String.prototype.trim` sees it. */
function isSpace(c: number): boolean {
  if (c > 0x20 && c < 0xa0) return false;
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Rows papaparse parses at a time once a line holds a quote. */
const QUOTED_BATCH = 64;

/**
 * Reads one CSV file, handing each data row to `onRow` (the same row object, refilled: read it
 * before returning). A line without a `"` cannot hold a quoted cell: its cells are found by
 * splitting on commas, as places in the decoded chunk (no array, no string). From a line that
 * holds a quote on, papaparse parses a batch of rows (quoted cells, escaped quotes, line breaks
 * in cells, malformed quoting): it stays the parser of record for anything but plain cells.
 * File-level problems (not UTF-8, no header, a missing required header, a personal-data column,
 * malformed quoting) become `record-format` findings; a refused file hands on no row.
 */
export function readRecordFile(entry: RecordFileEntry, onRow: (row: RecordRow) => void): ReadResult {
  const findings: Finding[] = [];
  let fd: number;
  try {
    fd = openSync(entry.abs, 'r');
  } catch (error) {
    return { findings: [fileFinding(entry.rel, 'record-format.unreadable', { detail: (error as Error).message })], isRefused: true };
  }
  let buffer = Buffer.allocUnsafe(CHUNK);
  // The BOM is kept (and trimmed off the first header cell): each chunk is decoded on its own.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  /** Bytes at the start of `buffer` carried over from the last read: the unfinished last line. */
  let carry = 0;
  // Rows end at \n; a \r before it is trimmed off the last cell like any white space.
  const parser = new Papa.Parser({ delimiter: ',', newline: '\n', quoteChar: '"', preview: QUOTED_BATCH });
  let partial = '';
  let line = 1;
  let columns: ColumnMap | undefined;
  let isRefused = false;
  let isFirstChunk = true;
  // One row object, refilled for each row: a million rows make no million objects.
  const row: RecordRow = { file: entry.rel, line: 0, text: '', bounds: new Int32Array(64), count: 0, columns: {} as ColumnMap, at: new Int32Array(RECORD_HEADERS.length).fill(-1) };
  /** Sets the row's cell `n` to `text[s, e)`, trimmed. */
  const setCell = (text: string, n: number, s: number, e: number) => {
    if (2 * n + 2 > row.bounds.length) {
      const grown = new Int32Array(row.bounds.length * 2);
      grown.set(row.bounds);
      row.bounds = grown;
    }
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    row.bounds[2 * n] = s;
    row.bounds[2 * n + 1] = e;
  };
  /** The row is in `row`; false when the file is refused (at its header). */
  const take = (rowLine: number): boolean => {
    const isBlankLine = row.count === 1 && row.bounds[0] === row.bounds[1];
    if (!columns) {
      if (isBlankLine) return true; // blank lines before the header
      const cells: string[] = [];
      for (let i = 0; i < row.count; i++) cells.push(row.text.substring(row.bounds[2 * i], row.bounds[2 * i + 1]));
      const header = headerColumns(entry.rel, cells, rowLine);
      if ('finding' in header) {
        findings.push(header.finding);
        isRefused = true;
        return false;
      }
      columns = header.columns;
      row.columns = columns;
      RECORD_HEADERS.forEach((h, i) => { row.at[i] = columns![h] - 1; });
      return true;
    }
    if (isBlankLine) return true;
    row.line = rowLine;
    onRow(row);
    return true;
  };
  try {
    for (;;) {
      // Read, then decode up to the last line break: a chunk holds whole lines (a flat string,
      // never a concatenation), and no character is split between two chunks.
      if (carry === buffer.length) {
        const grown = Buffer.allocUnsafe(buffer.length * 2); // a line longer than the buffer
        buffer.copy(grown, 0, 0, carry);
        buffer = grown;
      }
      const n = readSync(fd, buffer, carry, buffer.length - carry, null);
      const isLast = n === 0;
      const total = carry + n;
      const cut = isLast ? total : buffer.lastIndexOf(0x0a, total - 1) + 1;
      if (cut === 0 && !isLast) {
        carry = total;
        continue;
      }
      let text: string;
      try {
        text = decoder.decode(buffer.subarray(0, cut));
      } catch {
        const bytes = buffer.subarray(0, cut);
        if (isFirstChunk) {
          findings.push(fileFinding(entry.rel, looksGbk(bytes) ? 'record-format.gbk' : 'record-format.notUtf8'));
          isRefused = true;
        } else {
          findings.push(fileFinding(entry.rel, 'record-format.notUtf8After', { line }));
        }
        break;
      }
      buffer.copy(buffer, 0, cut, total);
      carry = total - cut;
      isFirstChunk = false;
      // A quoted row that goes on past this chunk waits in `partial` (rare: a concatenation then).
      const chunk = partial === '' ? text : partial + text;
      const end = chunk.length;
      let p = 0;
      let quote = chunk.indexOf('"');
      while (p < end) {
        let nl = chunk.indexOf('\n', p);
        if (nl < 0) {
          if (!isLast) break; // the line goes on in the next chunk
          nl = end;
        }
        if (quote >= 0 && quote < p) quote = chunk.indexOf('"', p);
        if (quote < 0 || quote > nl) {
          // The usual line, without a quote: split on commas.
          let count = 0;
          let s = p;
          for (let comma = chunk.indexOf(',', s); comma >= 0 && comma < nl; comma = chunk.indexOf(',', s)) {
            setCell(chunk, count++, s, comma);
            s = comma + 1;
          }
          setCell(chunk, count++, s, nl);
          row.text = chunk;
          row.count = count;
          if (!take(line++)) return { findings, isRefused };
          p = nl + 1;
          continue;
        }
        // A quote: papaparse parses the next rows (all that end in this chunk, up to a batch).
        const results = parser.parse(chunk.substring(p), 0, !isLast) as Papa.ParseResult<string[]>;
        if (results.data.length === 0) break; // the quoted row goes on in the next chunk
        const broken = new Set<number>();
        for (const e of results.errors) if (typeof e.row === 'number') broken.add(e.row);
        for (let i = 0; i < results.data.length; i++) {
          const cells = results.data[i];
          const rowLine = line;
          line += 1 + newlinesIn(cells);
          if (broken.has(i) && columns) {
            findings.push({
              rule: 'record-format', file: entry.rel, path: [], message: 'record-format.badQuotes', data: {}, code: null,
              position: { line: rowLine, column: 1 },
            });
            continue;
          }
          const joined = cells.join('');
          row.text = joined;
          let s = 0;
          for (let c = 0; c < cells.length; c++) {
            setCell(joined, c, s, s + cells[c].length);
            s += cells[c].length;
          }
          row.count = cells.length;
          if (!take(rowLine)) return { findings, isRefused };
        }
        p += results.meta.cursor;
        quote = chunk.indexOf('"', p);
        if (results.meta.cursor === 0) break;
      }
      partial = p < end ? chunk.substring(p) : '';
      if (isLast) break;
    }
  } finally {
    closeSync(fd);
  }
  if (!columns && !isRefused) {
    findings.push(fileFinding(entry.rel, 'record-format.empty'));
    isRefused = true;
  }
  return { findings, isRefused };
}

function newlinesIn(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) {
    if (c.length === 0 || c.indexOf('\n') < 0) continue;
    for (let i = c.indexOf('\n'); i >= 0; i = c.indexOf('\n', i + 1)) n++;
  }
  return n;
}

/** Maps the header row to columns, or says why the file is refused. */
function headerColumns(file: string, cells: readonly string[], line: number): { columns: ColumnMap } | { finding: Finding } {
  const columns = Object.fromEntries(RECORD_HEADERS.map((h) => [h, 0])) as Record<RecordHeader, number>;
  const known = new Set<string>(RECORD_HEADERS);
  for (let i = 0; i < cells.length; i++) {
    const name = cells[i].replace(/^\uFEFF/, '').replace(/[\s\u3000]+/g, '');
    const personal = PERSONAL_HEADERS.find((p) => name.includes(p));
    if (personal) return { finding: { ...fileFinding(file, 'record-format.personalData', { header: name, personal }, i + 1), position: { line, column: i + 1 } } };
    if (!known.has(name)) continue;
    const h = name as RecordHeader;
    if (columns[h] !== 0) return { finding: { ...fileFinding(file, 'record-format.duplicateHeader', { header: h, first: columns[h] }, i + 1), position: { line, column: i + 1 } } };
    columns[h] = i + 1;
  }
  const missing = REQUIRED_HEADERS.filter((h) => columns[h] === 0);
  if (missing.length > 0) return { finding: { ...fileFinding(file, 'record-format.missingHeader', { headers: missing }), position: { line, column: 1 } } };
  return { columns };
}

/** Whether the bytes read as GBK Chinese: the usual export from a Windows case system. */
function looksGbk(bytes: Uint8Array): boolean {
  // Cut at the last line break so that a character split by the chunk does not spoil the test.
  const end = bytes.lastIndexOf(0x0a);
  try {
    const text = new TextDecoder('gbk', { fatal: true }).decode(end > 0 ? bytes.subarray(0, end) : bytes);
    return /[\u4e00-\u9fff]/.test(text);
  } catch {
    return false;
  }
}
