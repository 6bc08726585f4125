// The CSV reader splits plain lines itself and hands lines with a quote to papaparse; chunks are
// cut at line breaks. Whatever the mix, it must read exactly what papaparse reads of the whole
// file (cells trimmed), at the physical line each row starts on — also across chunk boundaries.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseIndex } from '../../src/checks/record-format.js';
import { readRecordFile } from '../../src/records/read.js';
import { RECORD_HEADERS, type RecordRow } from '../../src/records/types.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'powers-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = RECORD_HEADERS.join(',');

/** Every row as the reader hands it on: line and trimmed cells. */
function read(text: string): { line: number; cells: string[] }[] {
  const abs = path.join(dir, `${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(abs, text);
  const out: { line: number; cells: string[] }[] = [];
  const result = readRecordFile({ rel: 'records/x.csv', abs }, (row: RecordRow) => {
    const cells: string[] = [];
    for (let i = 0; i < row.count; i++) cells.push(row.text.substring(row.bounds[2 * i], row.bounds[2 * i + 1]));
    out.push({ line: row.line, cells });
  });
  expect(result.findings).toEqual([]);
  return out;
}

/** What papaparse reads of the whole text, with the physical line each row starts on. */
function expected(text: string): { line: number; cells: string[] }[] {
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', newline: '\n', quoteChar: '"' });
  expect(parsed.errors).toEqual([]);
  const out: { line: number; cells: string[] }[] = [];
  let line = 1;
  for (const cells of parsed.data) {
    const start = line;
    line += 1 + cells.join('').split('\n').length - 1;
    if (cells.length === 1 && cells[0].trim() === '') continue;
    out.push({ line: start, cells: cells.map((c) => c.trim()) });
  }
  return out.slice(1); // the header
}

/** A deterministic mix of plain and quoted rows, `n` of them. */
function mixed(n: number, eol: string): string {
  const lines = [HEADER];
  for (let i = 0; i < n; i++) {
    const k = i % 9;
    if (k === 0) lines.push(`"Q${i}",XK-GAJ-0001,否,2026-06-01,,,,"2026年第${i}次局务会, 纪要",,,`);
    else if (k === 3) lines.push(`M${i},XK-GAJ-0001,是,2026-06-01,2026-06-02,,,"两行${eol}之二 ""引号""",,,`);
    else if (k === 5) lines.push(` P${i} , XK-GAJ-0001 ,否,2026-06-01,\u30002026-06-03\u3000,1500,,,,,`);
    else if (k === 7) lines.push('');
    else lines.push(`P${i},CF-GAJ-0001,否,2026-06-0${1 + (i % 9)},,200,首次违法,,,,`);
  }
  return `\uFEFF${lines.join(eol)}${eol}`;
}

describe('readRecordFile', () => {
  it.each([['LF', '\n'], ['CRLF', '\r\n']])('reads what papaparse reads, at the physical lines (%s)', (_, eol) => {
    const text = mixed(400, eol);
    expect(read(text)).toEqual(expected(text));
  });

  it('reads across chunk boundaries: plain and quoted multi-line rows cut by the 1 MiB chunks', () => {
    // About 3.5 MiB, so that several chunk ends fall inside rows of every kind.
    const text = mixed(60_000, '\n');
    expect(Buffer.byteLength(text)).toBeGreaterThan(3 << 20);
    const got = read(text);
    const want = expected(text);
    expect(got.length).toBe(want.length);
    expect(got).toEqual(want);
  });

  it('reads a row longer than a chunk, and a last line without a line break', () => {
    const long = 'x'.repeat(1_500_000);
    const text = `${HEADER}\nL1,XK-GAJ-0001,否,2026-06-01,,,,${long},,,\n"L2",XK-GAJ-0001,否,2026-06-01,,,,"${long}\n${long}",,,\nL3,XK-GAJ-0001,否,2026-06-01,,,,,,,`;
    expect(read(text)).toEqual(expected(text));
    expect(read(text).map((r) => r.line)).toEqual([2, 3, 5]);
  });
});

describe('CaseIndex', () => {
  it('finds every repeated case number, where it was first seen, and no other', () => {
    const index = new CaseIndex(1000); // far fewer than come: the filter fills up, the answers stay right
    const numbers: string[] = [];
    for (let i = 0; i < 60_000; i++) numbers.push(`C${i % 7}-2026-${String(i).padStart(6, '0')}`);
    for (let i = 0; i < 20_000; i++) numbers.push(`行政处罚决定书〔2026〕${(i * 7919) % 100_003}号`);
    for (let i = 0; i < 99; i++) numbers.push(String(i));
    numbers.forEach((n, line) => expect(index.add(n, 0, line + 2)).toBeUndefined());
    // Again, inside a longer text (a chunk), from another file.
    const text = numbers.map((n) => `${n},X`).join('\n');
    let start = 0;
    numbers.forEach((n, line) => {
      expect(index.add(text, 1, 0, start, start + n.length)).toEqual({ file: 0, line: line + 2 });
      start += n.length + 3;
    });
  });
});
