// SPEC §10 record-format: each row's required cells, dates and amount parse, 办结 ≥ 受理, and
// 办件编号 is unique across records/. File-level problems (encoding, headers, personal-data
// columns, quoting) are found by the reader (src/records/read.ts) under this same rule id.
//
// Uniqueness keeps only a compact key per case: a 53-bit hash of the case number with the place
// it was first seen, never the string itself, so memory stays small at millions of rows. (Two
// different case numbers share a 53-bit hash with odds of about 1 in 10,000 at 1,000,000 rows.)
import { isPlainDate } from '../util/date.js';
import { parseAmount } from '../records/evaluate.js';
import { own, rowFinding } from '../records/finding.js';
import { cell, type RecordHeader } from '../records/types.js';
import type { Rule } from './types.js';

const DATE_HEADERS: readonly RecordHeader[] = ['受理日期', '办结日期', '备案日期', '公开日期', '报备日期'];

/** A 53-bit hash of a string (two 32-bit FNV-1a variants). */
export function hash53(text: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}

export const rule: Rule = {
  id: 'record-format',
  severity: 'error',
  scope: 'records',
  run: () => [],
  records() {
    const firstSeen = new Map<number, number>();
    const files: string[] = [];
    return (row, facts, emit) => {
      const caseNo = cell(row, '办件编号');
      if (caseNo === '') emit(rowFinding('record-format', row, '办件编号', 'record-format.emptyCell', { header: '办件编号' }));
      else {
        const key = hash53(caseNo);
        const first = firstSeen.get(key);
        if (first === undefined) {
          if (files[files.length - 1] !== row.file) files.push(own(row.file));
          firstSeen.set(key, (files.length - 1) * 0x100000000 + row.line);
        } else {
          const file = files[Math.floor(first / 0x100000000)];
          emit(rowFinding('record-format', row, '办件编号', 'record-format.duplicateCase', { firstFile: file, firstLine: first % 0x100000000 }));
        }
      }
      if (cell(row, '职权编码') === '') emit(rowFinding('record-format', row, '职权编码', 'record-format.emptyCell', { header: '职权编码' }));
      const important = cell(row, '重要');
      if (important !== '是' && important !== '否') emit(rowFinding('record-format', row, '重要', 'record-format.badImportant', { value: own(important) }));
      for (const header of DATE_HEADERS) {
        const value = cell(row, header);
        if (value === '') {
          if (header === '受理日期') emit(rowFinding('record-format', row, header, 'record-format.emptyCell', { header }));
        } else if (!isPlainDate(value)) emit(rowFinding('record-format', row, header, 'record-format.badDate', { header, value: own(value) }));
      }
      const amount = cell(row, '金额');
      if (amount !== '' && parseAmount(amount) === undefined) emit(rowFinding('record-format', row, '金额', 'record-format.badAmount', { value: own(amount) }));
      if (facts.received && facts.closed && facts.closed < facts.received) {
        emit(rowFinding('record-format', row, '办结日期', 'record-format.closedBeforeReceived', { closed: facts.closed, received: facts.received }));
      }
    };
  },
};
