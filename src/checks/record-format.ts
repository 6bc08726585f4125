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
 * A set of case numbers kept as 53-bit hashes (two 32-bit FNV-1a variants) in typed arrays, with
 * where each was first seen: 16 bytes a slot, no object per case, nothing for the collector.
 */
export class CaseIndex {
  /** Slots of four words: hash high, hash low, file index + 1 (0 = empty), line — one cache line a probe. */
  private slots = new Uint32Array(4 * 1024);
  private size = 0;

  /** Adds the case; returns where it was first seen when it was already there. */
  add(text: string, file: number, line: number, start = 0, end = text.length): { file: number; line: number } | undefined {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    h1 >>>= 0;
    h2 = (h2 & 0x1fffff) >>> 0;
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    let i = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
    while (slots[4 * i + 2] !== 0) {
      if (slots[4 * i] === h1 && slots[4 * i + 1] === h2) return { file: slots[4 * i + 2] - 1, line: slots[4 * i + 3] };
      i = (i + 1) & mask;
    }
    slots[4 * i] = h1;
    slots[4 * i + 1] = h2;
    slots[4 * i + 2] = file + 1;
    slots[4 * i + 3] = line;
    if (++this.size * 2 > mask + 1) this.grow();
    return undefined;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Uint32Array(old.length * 2);
    const mask = (slots.length >> 2) - 1;
    for (let j = 0; j < old.length; j += 4) {
      if (old[j + 2] === 0) continue;
      let i = (old[j] ^ Math.imul(old[j + 1], 0x9e3779b1)) & mask;
      while (slots[4 * i + 2] !== 0) i = (i + 1) & mask;
      slots[4 * i] = old[j];
      slots[4 * i + 1] = old[j + 1];
      slots[4 * i + 2] = old[j + 2];
      slots[4 * i + 3] = old[j + 3];
    }
    this.slots = slots;
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
  records() {
    const seen = new CaseIndex();
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
