// `powers records`, `powers deadlines` (record-report) and `powers validate` on records, through
// the built binary, as the supervision office would run them.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../helpers/cli.js';
import { makeRegistry, replace } from '../helpers/fixture.js';

const HEADER = '办件编号,职权编码,重要,受理日期,办结日期,金额,裁量情形,集体讨论,备案日期,公开日期,报备日期';
const JUNE = [
  HEADER,
  'M1,XK-GAJ-0001,是,2026-06-01,2026-06-03,,,,,,2026-06-05', // important, reported in time
  'M2,XK-GAJ-0001,是,2026-06-01,2026-06-15,,,,,,', // late, important and not reported
  'M3,CF-GAJ-0001,否,2026-06-02,2026-06-04,150,多次违法,,,,', // above the lower bound, no collective decision
  'M4,CF-GAJ-0001,否,2026-06-02,2026-06-04,20,首次违法,,,,',
  'M5,CF-GAJ-0002,否,2026-06-03,,,,,,,', // a draft power
  'M5,XK-GAJ-0001,否,2026-06-03,,,,,,,', // a duplicate case number: not counted
  'M6,XK-GAJ-0001,否,2026-06-29,,,,,,,', // open, not yet due
].join('\r\n');
const OLD = [HEADER, 'N1,XK-GAJ-0001,否,2025-03-02,2025-03-04,,,,,,', 'N2,XK-GAJ-0001,是,2026-01-05,2026-01-06,,,,,,2026-01-10'].join('\n');

// The licence has been published since 2025, so that older cases are lawful.
const dir = makeRegistry({
  'records/2026/06.csv': JUNE, 'records/older.csv': OLD,
  'departments/gaj/powers/XK-GAJ-0001.yaml': replace(/filed: 2026-01-15\npublished: 2026-01-20/, 'filed: 2025-01-15\npublished: 2025-01-20'),
}, 'records');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (args: string[], env: Record<string, string> = {}) => runCli([...args, '--registry', dir, '--today', '2026-06-30'], { env });

describe('powers records', () => {
  it('summarises the 12 months ending today per power (JSON contract)', () => {
    const r = run(['records', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      from: '2025-07-01', to: '2026-06-30',
      powers: [
        { code: 'CF-GAJ-0001', count: 2, closed: 2, on_time: 2, above_min: 1, exceptions: 1 },
        { code: 'CF-GAJ-0002', count: 1, closed: 0, on_time: 0, above_min: 0, exceptions: 1 },
        { code: 'XK-GAJ-0001', count: 4, closed: 3, on_time: 2, above_min: 0, exceptions: 1 },
      ],
    });
  });

  it('takes --since/--until (by 受理日期, inclusive) and --department', () => {
    const r = run(['records', '--format', 'json', '--since', '2025-03-02', '--until', '2026-01-05', '--department', 'gaj']);
    expect(JSON.parse(r.stdout)).toEqual({
      from: '2025-03-02', to: '2026-01-05', powers: [{ code: 'XK-GAJ-0001', count: 2, closed: 2, on_time: 2, above_min: 0, exceptions: 0 }],
    });
  });

  it('prints a text table and a Markdown table with the power names', () => {
    const text = run(['records']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('运行情况 2025-07-01 至 2026-06-30');
    expect(text.stdout).toMatch(/XK-GAJ-0001\s+机动车驾驶证核发\s+4\s+3\s+2\s+0\s+1/);
    const md = run(['records', '--format', 'md']);
    expect(md.stdout).toContain('| XK-GAJ-0001 | 机动车驾驶证核发 | 4 | 3 | 2 | 0 | 1 |');
  });

  it('is the same in a hostile time zone', () => {
    expect(run(['records', '--format', 'json'], { TZ: 'America/Los_Angeles' }).stdout).toBe(run(['records', '--format', 'json'], { TZ: 'Asia/Shanghai' }).stdout);
  });

  it('refuses an unknown department and a reversed period (exit 2), without a stack trace', () => {
    const unknown = run(['records', '--department', 'nope']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('nope');
    const reversed = run(['records', '--since', '2026-06-01', '--until', '2026-05-01']);
    expect(reversed.status).toBe(2);
    expect(hasStackTrace(unknown.stderr + reversed.stderr)).toBe(false);
  });
});

describe('powers validate on records', () => {
  it('reports every record finding located at file, CSV line and column (JSON)', () => {
    const r = run(['validate', '--format', 'json']);
    expect(r.status).toBe(1);
    const found = JSON.parse(r.stdout).diagnostics.map((d: Record<string, unknown>) => [d.rule, d.file, d.line, d.column, d.code]);
    expect(found).toEqual([
      ['record-time-limit', 'records/2026/06.csv', 3, 5, 'XK-GAJ-0001'],
      ['record-report', 'records/2026/06.csv', 3, 11, 'XK-GAJ-0001'],
      ['record-discretion', 'records/2026/06.csv', 4, 8, 'CF-GAJ-0001'],
      ['record-power', 'records/2026/06.csv', 6, 2, 'CF-GAJ-0002'],
      ['record-format', 'records/2026/06.csv', 7, 1, 'XK-GAJ-0001'],
    ]);
  });

  it('puts the SARIF region on the CSV line', () => {
    const sarif = JSON.parse(run(['validate', '--format', 'sarif']).stdout);
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'record-power');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toMatch(/records\/2026\/06\.csv$/);
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 6, startColumn: 2 });
    expect(sarif.runs[0].tool.driver.rules.map((x: { id: string }) => x.id)).toContain('record-report');
  });

  it('annotates GitHub workflows at the CSV line', () => {
    const gh = run(['validate', '--format', 'github']).stdout;
    expect(gh).toMatch(/::error file=[^,]*records\/2026\/06\.csv,line=6,col=2/);
  });

  it('reports on the records alone when given records/', () => {
    const r = run(['validate', `${dir}/records/older.csv`, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).diagnostics).toEqual([]);
  });
});

describe('powers deadlines: record-report', () => {
  it('lists one deadline per important closed case (due = 办结 + 7 days, done = 报备日期)', () => {
    const r = run(['deadlines', '--format', 'json']);
    expect(r.status).toBe(0);
    const rr = JSON.parse(r.stdout).deadlines.filter((d: { kind: string }) => d.kind === 'record-report');
    expect(rr).toEqual([
      { code: 'XK-GAJ-0001', kind: 'record-report', source: 'N2', from: '2026-01-06', due: '2026-01-13', done: '2026-01-10', state: 'on-time', remaining: null },
      { code: 'XK-GAJ-0001', kind: 'record-report', source: 'M1', from: '2026-06-03', due: '2026-06-10', done: '2026-06-05', state: 'on-time', remaining: null },
      { code: 'XK-GAJ-0001', kind: 'record-report', source: 'M2', from: '2026-06-15', due: '2026-06-22', done: null, state: 'overdue', remaining: -6 },
    ]);
  });

  it('fails CI with --fail-on overdue', () => {
    const r = run(['deadlines', '--fail-on', 'overdue']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('运行记录报备（办件 M2）');
  });
});
