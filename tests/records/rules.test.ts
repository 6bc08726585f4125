// Table-driven tests of the record rules (SPEC §10): each case writes CSV files into records/ of
// the records fixture registry and lists exactly the findings expected: rule, file, CSV line and
// the header whose column is pointed at. Cases with `expected: []` must NOT trigger.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { validateRegistry } from '../../src/checks/validate.js';
import { RECORD_HEADERS } from '../../src/records/types.js';
import { type Edit, makeRegistry, replace } from '../helpers/fixture.js';

const TODAY = '2026-06-30';
const HEADER = '办件编号,职权编码,重要,受理日期,办结日期,金额,裁量情形,集体讨论,备案日期,公开日期,报备日期';
const CSV = 'records/2026-06.csv';
const CF = 'departments/gaj/powers/CF-GAJ-0001.yaml';

interface Expect {
  rule: string;
  file?: string;
  line: number;
  /** The header the column points at; omitted for file-level findings (column 1). */
  header?: string;
  column?: number;
  severity?: 'error' | 'warning';
  message?: string;
}
interface Case {
  name: string;
  /** Data rows under the standard header (or whole files in `files`). */
  rows?: string[];
  files?: Record<string, Edit>;
  edits?: Record<string, Edit>;
  expected: Expect[];
}

const csv = (...rows: string[]) => `${[HEADER, ...rows].join('\n')}\n`;
/** A row of the standard header from its cells by name. */
const row = (cells: Partial<Record<string, string>>) => RECORD_HEADERS.map((h) => cells[h] ?? '').join(',');
const ok = (n: string, code = 'XK-GAJ-0001', more: Partial<Record<string, string>> = {}) =>
  row({ 办件编号: n, 职权编码: code, 重要: '否', 受理日期: '2026-06-01', 办结日期: '2026-06-03', ...more });

const cases: Case[] = [
  { name: 'clean rows of every kind', rows: [
    ok('A1'), ok('A2', 'CF-GAJ-0001', { 金额: '20', 裁量情形: '首次违法' }), ok('A3', 'QT-GAJ-0001'),
    ok('A4', 'CF-GAJ-0001', { 金额: '150', 裁量情形: '多次违法', 集体讨论: '2026年第3次局务会', 备案日期: '2026-06-05', 公开日期: '2026-06-06' }),
    ok('A5', 'XK-GAJ-0001', { 重要: '是', 报备日期: '2026-06-10' }), row({ 办件编号: 'A6', 职权编码: 'XK-GAJ-0001', 重要: '否', 受理日期: '2026-06-29' }),
  ], expected: [] },
  { name: 'BOM, CRLF, columns in another order, unknown columns ignored', files: {
    [CSV]: '\uFEFF备注,受理日期,重要,职权编码,办件编号,承办人岗位\r\n"含,逗号",2026-06-29,否,XK-GAJ-0001,B1,受理岗\r\n\r\n,2026-06-29,否,XK-GAJ-0001,B2,\r\n',
  }, expected: [] },

  // record-format: whole files
  { name: 'record-format: a required header missing', files: { [CSV]: '办件编号,职权编码,受理日期\nC1,XK-GAJ-0001,2026-06-01\n' }, expected: [{ rule: 'record-format', line: 1, column: 1, message: 'record-format.missingHeader' }] },
  { name: 'record-format: a personal-data column refuses the file', files: { [CSV]: `${HEADER},当事人姓名\nC1,XK-GAJ-0001,否,2026-06-01,,,,,,,,张三\nC1,XK-GAJ-0001,否,2026-06-01,,,,,,,,\n` }, expected: [{ rule: 'record-format', line: 1, column: 12, message: 'record-format.personalData' }] },
  { name: 'record-format: 联系电话 too', files: { [CSV]: `联系电话,${HEADER}\n1,C1,XK-GAJ-0001,否,2026-06-01,,,,,,,\n` }, expected: [{ rule: 'record-format', line: 1, column: 1, message: 'record-format.personalData' }] },
  { name: 'record-format: a GBK export', files: { [CSV]: Buffer.from('b0ecbcfeb1e0bac52cd6b0c8a8b1e0c2eb2cd6d8d2aa2ccadcc0edc8d5c6da0a43312c584b2d47414a2d303030312cb7f12c323032362d30362d30310a', 'hex') }, expected: [{ rule: 'record-format', line: 1, column: 1, message: 'record-format.gbk' }] },
  { name: 'record-format: an empty file', files: { [CSV]: '' }, expected: [{ rule: 'record-format', line: 1, column: 1, message: 'record-format.empty' }] },
  { name: 'record-format: a header named twice', files: { [CSV]: `${HEADER},金额\n` }, expected: [{ rule: 'record-format', line: 1, column: 12, message: 'record-format.duplicateHeader' }] },
  { name: 'record-format: a spreadsheet left in records/ is reported, not skipped', files: { 'records/2026-06.xlsx': 'PK' }, expected: [{ rule: 'record-format', file: 'records/2026-06.xlsx', line: 1, column: 1, severity: 'warning', message: 'record-format.notCsv' }] },

  // record-format: rows
  { name: 'record-format: a date Excel rewrote', rows: [ok('D1', 'XK-GAJ-0001', { 受理日期: '2026/6/1' })], expected: [{ rule: 'record-format', line: 2, header: '受理日期', message: 'record-format.badDate' }] },
  { name: 'record-format: an impossible date', rows: [ok('D1', 'XK-GAJ-0001', { 报备日期: '2026-02-30' })], expected: [{ rule: 'record-format', line: 2, header: '报备日期' }] },
  { name: 'record-format: an amount that is not a number', rows: [ok('D1', 'CF-GAJ-0001', { 金额: '一百元' })], expected: [{ rule: 'record-format', line: 2, header: '金额', message: 'record-format.badAmount' }] },
  { name: 'record-format: amounts with thousands commas and decimals parse', rows: [ok('D1', 'CF-GAJ-0001', { 金额: '"1,00.5"' }), ok('D2', 'CF-GAJ-0001', { 金额: '20.00' })], expected: [{ rule: 'record-format', line: 2, header: '金额' }] },
  { name: 'record-format: 重要 neither 是 nor 否', rows: [ok('D1', 'XK-GAJ-0001', { 重要: 'Y' })], expected: [{ rule: 'record-format', line: 2, header: '重要' }] },
  { name: 'record-format: closed before received', rows: [ok('D1', 'XK-GAJ-0001', { 办结日期: '2026-05-31' })], expected: [{ rule: 'record-format', line: 2, header: '办结日期', message: 'record-format.closedBeforeReceived' }] },
  { name: 'record-format: empty case number and code', rows: [row({ 重要: '否', 受理日期: '2026-06-01' })], expected: [{ rule: 'record-format', line: 2, header: '办件编号' }, { rule: 'record-format', line: 2, header: '职权编码' }] },
  { name: 'record-format: a duplicate case number, on every later occurrence, across files', rows: [ok('E1'), ok('E2'), ok('E1')], files: { 'records/2026-07.csv': csv(ok('E1')) }, expected: [{ rule: 'record-format', line: 4, header: '办件编号', message: 'record-format.duplicateCase' }, { rule: 'record-format', file: 'records/2026-07.csv', line: 2, header: '办件编号' }] },
  { name: 'record-format: lines are physical (a quoted cell spanning lines)', files: { [CSV]: `${HEADER},备注\nF1,XK-GAJ-0001,否,2026-06-29,,,,,,,,"第一行\n第二行\r\n第三行"\nF2,XK-GAJ-0001,否,2026-13-01,,,,,,,,\n` }, expected: [{ rule: 'record-format', line: 5, header: '受理日期' }] },
  { name: 'record-format: unbalanced quotes', files: { [CSV]: `${HEADER}\nG1,XK-GAJ-0001,否,2026-06-29,,,,,,,\nG2,"XK-GAJ-0001,否,2026-06-01,,,,,,,\n` }, expected: [{ rule: 'record-format', line: 3, column: 1, message: 'record-format.badQuotes' }] },

  // record-power
  { name: 'record-power: a code not in the registry', rows: [ok('H1', 'XK-GAJ-0009')], expected: [{ rule: 'record-power', line: 2, header: '职权编码', message: 'record-power.unknown' }] },
  { name: 'record-power: a draft power', rows: [ok('H1', 'CF-GAJ-0002')], expected: [{ rule: 'record-power', line: 2, header: '职权编码', message: 'record-power.unpublished' }] },
  { name: 'record-power: received before the power was published', rows: [ok('H1', 'CF-GAJ-0003', { 受理日期: '2026-04-30', 办结日期: '2026-05-02' }), ok('H2', 'CF-GAJ-0003', { 受理日期: '2026-05-01', 办结日期: '2026-05-02' })], expected: [{ rule: 'record-power', line: 2, header: '职权编码', message: 'record-power.beforePublished' }] },
  { name: 'record-power: an abolished power', rows: [ok('H1', 'CF-GAJ-0001')], edits: { [CF]: replace('status: 已公布', 'status: 已废止') }, expected: [{ rule: 'record-power', line: 2, header: '职权编码', message: 'record-power.abolished' }] },
  { name: 'record-power: an internal power not yet filed', rows: [ok('H1', 'NB-GAJ-0001')], expected: [{ rule: 'record-power', line: 2, header: '职权编码', message: 'record-power.notFiled' }] },
  { name: 'record-power: a withheld power once filed may be exercised', rows: [ok('H1', 'QT-GAJ-0001')], expected: [] },

  // record-time-limit
  { name: 'record-time-limit: working days skip the May Day holiday (on time on the due day)', rows: [ok('J1', 'XK-GAJ-0001', { 受理日期: '2026-04-30', 办结日期: '2026-05-11' })], expected: [] },
  { name: 'record-time-limit: one working day late', rows: [ok('J1', 'XK-GAJ-0001', { 受理日期: '2026-04-30', 办结日期: '2026-05-12' })], expected: [{ rule: 'record-time-limit', line: 2, header: '办结日期', severity: 'warning', message: 'record-time-limit.late' }] },
  { name: 'record-time-limit: calendar days (日) for the penalty', rows: [ok('J1', 'CF-GAJ-0001', { 受理日期: '2026-05-01', 办结日期: '2026-05-31' }), ok('J2', 'CF-GAJ-0001', { 受理日期: '2026-05-01', 办结日期: '2026-06-01' })], expected: [{ rule: 'record-time-limit', line: 3, header: '办结日期' }] },
  { name: 'record-time-limit: open past its limit (超期未办结)', rows: [row({ 办件编号: 'J1', 职权编码: 'XK-GAJ-0001', 重要: '否', 受理日期: '2026-06-01' }), row({ 办件编号: 'J2', 职权编码: 'XK-GAJ-0001', 重要: '否', 受理日期: '2026-06-24' })], expected: [{ rule: 'record-time-limit', line: 2, header: '受理日期', message: 'record-time-limit.openOverdue' }] },

  // record-discretion
  { name: 'record-discretion: above the lower bound without a collective decision', rows: [ok('K1', 'CF-GAJ-0001', { 金额: '150', 裁量情形: '多次违法' })], expected: [{ rule: 'record-discretion', line: 2, header: '集体讨论', message: 'record-discretion.noCollective' }] },
  { name: 'record-discretion: at the lower bound needs nothing', rows: [ok('K1', 'CF-GAJ-0001', { 金额: '50', 裁量情形: '多次违法' }), ok('K2', 'CF-GAJ-0001', { 金额: '20' })], expected: [] },
  { name: 'record-discretion: without a named row the lowest bound applies', rows: [ok('K1', 'CF-GAJ-0001', { 金额: '21' })], expected: [{ rule: 'record-discretion', line: 2, header: '集体讨论' }] },
  { name: 'record-discretion: outside the named row', rows: [ok('K1', 'CF-GAJ-0001', { 金额: '60', 裁量情形: '首次违法' })], expected: [{ rule: 'record-discretion', line: 2, header: '金额', message: 'record-discretion.outsideRow' }] },
  { name: 'record-discretion: outside every row', rows: [ok('K1', 'CF-GAJ-0001', { 金额: '250' })], expected: [{ rule: 'record-discretion', line: 2, header: '金额', message: 'record-discretion.outsideRows' }] },
  { name: 'record-discretion: a situation the power does not have', rows: [ok('K1', 'CF-GAJ-0001', { 金额: '30', 裁量情形: '情节严重' })], expected: [{ rule: 'record-discretion', line: 2, header: '裁量情形', message: 'record-discretion.unknownSituation' }] },
  { name: 'record-discretion: no rows, checked against the statute only', rows: [ok('K1', 'CF-GAJ-0001', { 金额: '300' }), ok('K2', 'CF-GAJ-0001', { 金额: '200' })], edits: { [CF]: replace(/discretion:\n(  - .*\n)+/, '') }, expected: [{ rule: 'record-discretion', line: 2, header: '金额', message: 'record-discretion.outsideStatute' }] },
  { name: 'record-discretion: filing and disclosure missing 20 working days after closing', rows: [
    ok('K1', 'CF-GAJ-0001', { 金额: '150', 集体讨论: '第3次局务会', 受理日期: '2026-05-08', 办结日期: '2026-05-10', 公开日期: '2026-05-20' }),
    ok('K2', 'CF-GAJ-0001', { 金额: '150', 集体讨论: '第3次局务会', 受理日期: '2026-05-08', 办结日期: '2026-05-10', 备案日期: '2026-05-20' }),
    ok('K3', 'CF-GAJ-0001', { 金额: '150', 集体讨论: '第3次局务会', 办结日期: '2026-06-01' }),
  ], expected: [{ rule: 'record-discretion', line: 2, header: '备案日期', severity: 'warning', message: 'record-discretion.notFiled' }, { rule: 'record-discretion', line: 3, header: '公开日期', severity: 'warning' }] },

  { name: 'record-discretion: rows in 万元 compare with amounts in 元', rows: [ok('K1', 'CF-GAJ-0001', { 金额: '400000', 裁量情形: '多次违法' }), ok('K2', 'CF-GAJ-0001', { 金额: '200000', 裁量情形: '首次违法' })], edits: { [CF]: (text) => replace(/unit: 元, article: 第九十条/g, 'unit: 万元')(replace('articles: 第九十条', 'articles: 第九十一条')(text)) }, expected: [{ rule: 'record-discretion', line: 2, header: '金额', message: 'record-discretion.outsideRow' }] },
  { name: 'record-discretion: rows in 倍 cannot be compared with an amount', rows: [ok('K1', 'CF-GAJ-0001', { 金额: '9000', 裁量情形: '多次违法' }), ok('K2', 'CF-GAJ-0001', { 金额: '9000' })], edits: { [CF]: (text) => replace(/unit: 元, article: 第九十条/g, 'unit: 倍（违法所得）')(replace('articles: 第九十条', 'articles: 第九十一条')(text)) }, expected: [] },

  // record-report
  { name: 'record-report: an important case not reported within a week', rows: [ok('L1', 'XK-GAJ-0001', { 重要: '是', 办结日期: '2026-06-03' }), ok('L2', 'XK-GAJ-0001', { 重要: '是', 受理日期: '2026-06-22', 办结日期: '2026-06-23' })], expected: [{ rule: 'record-report', line: 2, header: '报备日期', message: 'record-report.missing' }] },
  { name: 'record-report: reported late', rows: [ok('L1', 'XK-GAJ-0001', { 重要: '是', 报备日期: '2026-06-11' }), ok('L2', 'XK-GAJ-0001', { 重要: '是', 报备日期: '2026-06-10' }), ok('L3', 'XK-GAJ-0001', { 重要: '否' })], expected: [{ rule: 'record-report', line: 2, header: '报备日期', severity: 'warning', message: 'record-report.late' }] },
];

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('record rules (table-driven)', () => {
  it.each(cases)('$name', async (c) => {
    const files: Record<string, Edit> = { ...(c.rows ? { [CSV]: csv(...c.rows) } : {}), ...c.files };
    const dir = makeRegistry({ ...c.edits, ...files }, 'records');
    dirs.push(dir);
    const v = await validateRegistry(dir, { today: TODAY });
    const got = v.diagnostics.map((d) => ({ rule: d.rule, file: d.file, line: d.line, column: d.column, severity: d.severity, message: d.messageId }));
    const header = (file: string) => (file === CSV && c.rows ? HEADER.split(',') : undefined);
    const want = c.expected.map((e) => {
      const file = e.file ?? CSV;
      const column = e.column ?? (e.header ? (header(file) ?? HEADER.split(',')).indexOf(e.header) + 1 : 1);
      return expect.objectContaining({
        rule: e.rule, file, line: e.line, column, ...(e.severity ? { severity: e.severity } : {}), ...(e.message ? { message: e.message } : {}),
      });
    });
    expect(got).toEqual(want);
  });
});
