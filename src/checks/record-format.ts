// SPEC §10 record-format: each row's required cells, dates and amount parse, 办结 ≥ 受理, and
// 办件编号 is unique across records/. File-level problems (encoding, headers, personal-data
// columns, quoting) are found by the reader (src/records/read.ts) under this same rule id.
//
// Uniqueness keeps only a compact key per case: a 53-bit hash of the case number with the place
// it was first seen, never the string itself, so memory stays small at millions of rows. (Two
// different case numbers share a 53-bit hash with odds of about 1 in 10,000 at 1,000,000 rows.)
import { dayText } from '../records/evaluate.js';
import { rowFinding } from '../records/finding.js';
import { cell, cellOf, HEADER_INDEX, isBlank, NO_DAY, type RecordHeader, type RecordRow } from '../records/types.js';
import type { Finding, Rule } from './types.js';

/** A date cell the row evaluator found no date in: blank (an error for 受理日期 only) or not a date. */
function checkDate(row: RecordRow, header: RecordHeader, emit: (f: Finding) => void): void {
  if (!isBlank(row, HEADER_INDEX[header])) emit(rowFinding('record-format', row, header, 'record-format.badDate', { header, value: cell(row, header) }));
  else if (header === '受理日期') emit(rowFinding('record-format', row, header, 'record-format.emptyCell', { header }));
}

/**
 * A set of case numbers kept as 53-bit hashes (two 32-bit FNV-1a variants) with where each was
 * first seen: no object per case, nothing for the collector. A million random reads of one big
 * table cost more than everything else a row needs, so the cases are appended to many small
 * logs (16 bytes a case, written in order) and a blocked Bloom filter of 2 bytes a case, small
 * enough to stay in cache, says which case may have been seen: only those (a duplicate, or about
 * one in a hundred new ones) are looked for in their log.
 */
export class CaseIndex {
  /** One 32-bit word a block, three bits a case. */
  private readonly bloom: Int32Array;
  /** Per log: entries of four words — hash high, hash low, file index + 1, line. */
  private readonly logs: Uint32Array[];
  private readonly used: Int32Array;

  /** `expected`: about how many cases will come (sizes the filter and the number of logs). */
  constructor(expected = 0) {
    const n = Math.max(expected, 1 << 16);
    let words = 1 << 11;
    while (words * 32 < n * 16) words *= 2;
    this.bloom = new Int32Array(words);
    let logs = 64;
    while (logs * 512 < n) logs *= 2;
    this.logs = Array.from({ length: logs }, () => new Uint32Array(64));
    this.used = new Int32Array(logs);
  }

  /** Adds the case `text[start, end)`; returns where it was first seen when it was already there. */
  add(text: string, file: number, line: number, start = 0, end = text.length): { file: number; line: number } | undefined {
    // Two hashes of the whole number (its fingerprint), and one of it without its last two
    // characters: numbers counted up in sequence share that prefix and differ in their tail (00–99
    // when digits), so they go to neighbouring filter words and to the same log — in cache.
    const cut = end - start > 2 ? end - 2 : end;
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    let hp = 0x811c9dc5;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      if (i === cut - 1) hp = h1;
    }
    h1 >>>= 0;
    h2 = (h2 & 0x1fffff) >>> 0;
    let tail = 0;
    if (cut < end) {
      const a = text.charCodeAt(cut) - 48;
      const b = text.charCodeAt(cut + 1) - 48;
      tail = a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : h1 & 0xffff;
    }
    const place = Math.imul(hp, 0x9e3779b1) >>> 0;
    const word = (place + tail) & (this.bloom.length - 1);
    const bits = (1 << (h2 & 31)) | (1 << ((h2 >>> 5) & 31)) | (1 << ((h2 >>> 10) & 31));
    const n = (Math.imul(hp ^ 0x5bd1e995, 0x85ebca6b) >>> 0) & (this.logs.length - 1);
    let log = this.logs[n];
    const used = this.used[n];
    if ((this.bloom[word] & bits) === bits) {
      for (let j = 0; j < used; j += 4) {
        if (log[j] === h1 && log[j + 1] === h2) return { file: log[j + 2] - 1, line: log[j + 3] };
      }
    }
    this.bloom[word] |= bits;
    if (used === log.length) {
      const grown = new Uint32Array(log.length * 2);
      grown.set(log);
      this.logs[n] = log = grown;
    }
    log[used] = h1;
    log[used + 1] = h2;
    log[used + 2] = file + 1;
    log[used + 3] = line;
    this.used[n] = used + 4;
    return undefined;
  }
}

const CASE_NO = HEADER_INDEX['办件编号'];
const CODE = HEADER_INDEX['职权编码'];
const IMPORTANT = HEADER_INDEX['重要'];
const AMOUNT = HEADER_INDEX['金额'];
const 是 = 0x662f;
const 否 = 0x5426;

export const rule: Rule = {
  id: 'record-format',
  severity: 'error',
  scope: 'records',
  run: () => [],
  records(ctx) {
    const seen = new CaseIndex(ctx.expectedRows);
    const files: string[] = [];
    return (row, facts, emit) => {
      const { text, bounds } = row;
      if (isBlank(row, CASE_NO)) emit(rowFinding('record-format', row, '办件编号', 'record-format.emptyCell', { header: '办件编号' }));
      else {
        if (files[files.length - 1] !== row.file) files.push(row.file);
        const c = cellOf(row, CASE_NO);
        const first = seen.add(text, files.length - 1, row.line, bounds[2 * c], bounds[2 * c + 1]);
        if (first) emit(rowFinding('record-format', row, '办件编号', 'record-format.duplicateCase', { firstFile: files[first.file], firstLine: first.line }));
      }
      if (isBlank(row, CODE)) emit(rowFinding('record-format', row, '职权编码', 'record-format.emptyCell', { header: '职权编码' }));
      const imp = cellOf(row, IMPORTANT);
      const mark = imp >= 0 && bounds[2 * imp + 1] - bounds[2 * imp] === 1 ? text.charCodeAt(bounds[2 * imp]) : -1;
      if (mark !== 是 && mark !== 否) emit(rowFinding('record-format', row, '重要', 'record-format.badImportant', { value: cell(row, '重要') }));
      if (facts.receivedDay === NO_DAY) checkDate(row, '受理日期', emit);
      if (facts.closedDay === NO_DAY) checkDate(row, '办结日期', emit);
      if (facts.filedDay === NO_DAY) checkDate(row, '备案日期', emit);
      if (facts.disclosedDay === NO_DAY) checkDate(row, '公开日期', emit);
      if (facts.reportedDay === NO_DAY) checkDate(row, '报备日期', emit);
      if (facts.amount === undefined && !isBlank(row, AMOUNT)) emit(rowFinding('record-format', row, '金额', 'record-format.badAmount', { value: cell(row, '金额') }));
      if (facts.receivedDay !== NO_DAY && facts.closedDay !== NO_DAY && facts.closedDay < facts.receivedDay) {
        emit(rowFinding('record-format', row, '办结日期', 'record-format.closedBeforeReceived', { closed: dayText(facts.closedDay), received: dayText(facts.receivedDay) }));
      }
    };
  },
};
