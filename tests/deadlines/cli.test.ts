// `powers deadlines` end to end: the built binary on the fixture registry, "today" fixed.
import { beforeAll, describe, expect, it } from 'vitest';
import { makeRegistry, FIXTURES } from '../helpers/fixture.js';
import { ensureBuilt, runCli } from '../calendar/helpers.js';

const BASIC = `${FIXTURES}/deadlines/basic`;
const run = (...args: string[]) => runCli(['deadlines', '--registry', BASIC, '--today', '2026-06-15', ...args]);

beforeAll(() => ensureBuilt());

describe('--format json: the SPEC §8 contract', () => {
  it('prints {today, deadlines:[{code, kind, source, from, due, done, state, remaining}]} and nothing else', () => {
    const r = run('--format', 'json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['today', 'deadlines']);
    expect(json.today).toBe('2026-06-15');
    expect(json.deadlines).toHaveLength(11);
    for (const d of json.deadlines) {
      expect(Object.keys(d)).toEqual(['code', 'kind', 'source', 'from', 'due', 'done', 'state', 'remaining']);
      expect(['on-time', 'late', 'open', 'overdue']).toContain(d.state);
      expect(['change', 'law-amended', 'law-repealed', 'functions-adjusted', 'unrecorded']).toContain(d.kind);
    }
    expect(json.deadlines[0]).toEqual({
      code: 'CF-GAJ-0001', kind: 'law-amended', source: '治安管理处罚法', from: '2026-04-01', due: '2026-04-30',
      done: null, state: 'overdue', remaining: -30,
    });
    expect(json.deadlines.map((d: { state: string }) => d.state).sort()).toEqual([
      'late', 'late', 'on-time', 'on-time', 'on-time', 'on-time', 'open', 'open', 'open', 'overdue', 'overdue',
    ]);
  });

  it('is the same under hostile time zones and in English', () => {
    const utc = run('--format', 'json').stdout;
    for (const TZ of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
      expect(runCli(['deadlines', '--registry', BASIC, '--today', '2026-06-15', '--format', 'json'], { env: { TZ } }).stdout).toBe(utc);
    }
    expect(runCli(['--lang', 'en', 'deadlines', '--registry', BASIC, '--today', '2026-06-15', '--format', 'json']).stdout).toBe(utc);
  });
});

describe('text', () => {
  it('is a table with overdue first, a summary and the notice', () => {
    const r = run();
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toContain('2026-06-15');
    expect(lines[1]).toMatch(/^状态\s+剩余\s+编码/);
    expect(lines[2]).toMatch(/^已逾期\s+已逾期 68 个工作日\s+JC-SCJGJ-0002/);
    expect(lines[3]).toMatch(/^已逾期\s+已逾期 30 个工作日\s+CF-GAJ-0001/);
    expect(r.stdout).toContain('今天到期');
    expect(r.stdout).toContain('共 11 项：已逾期 2 项，未到期 3 项，逾期完成 2 项，按期完成 4 项');
    expect(r.stdout).toContain('国办发明电〔2025〕7号');
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('speaks English with --lang en', () => {
    const r = runCli(['--lang', 'en', 'deadlines', '--registry', BASIC, '--today', '2026-06-15']);
    expect(r.stdout).toContain('30 working day(s) overdue');
    expect(r.stdout).toContain('11 deadline(s): 2 overdue, 3 open, 2 late, 4 on time');
  });
});

describe('md', () => {
  it('groups the report by department', () => {
    const r = run('--format', 'md');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# 行政权力目录变更期限报告\n/);
    const gaj = r.stdout.indexOf('## 云港市公安局（gaj）');
    const scjgj = r.stdout.indexOf('## 云港市市场监督管理局（scjgj）');
    expect(gaj).toBeGreaterThan(0);
    expect(scjgj).toBeGreaterThan(gaj);
    expect(r.stdout.slice(gaj, scjgj)).toContain('| **已逾期** | CF-GAJ-0001 |');
    expect(r.stdout.slice(scjgj)).toContain('| **已逾期** | JC-SCJGJ-0002 |');
    expect(r.stdout.slice(gaj, scjgj)).not.toContain('JC-SCJGJ');
    expect(r.stdout).toContain('备案机关：云港市政务公开领导小组办公室');
  });
});

describe('--department and --fail-on', () => {
  it('filters by department', () => {
    const json = JSON.parse(run('--format', 'json', '--department', 'scjgj').stdout);
    expect(json.deadlines.map((d: { code: string }) => d.code)).toEqual(['JC-SCJGJ-0001', 'JC-SCJGJ-0002', 'JC-SCJGJ-0003']);
  });

  it('an unknown department is a usage error', () => {
    const r = run('--department', 'nope');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('gaj');
  });

  it('--fail-on overdue exits 1 when something is overdue, 0 otherwise', () => {
    const r = run('--fail-on', 'overdue');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('已逾期');
    expect(r.stderr).toContain('2');
    expect(runCli(['deadlines', '--registry', BASIC, '--today', '2026-03-01', '--fail-on', 'overdue']).code).toBe(0);
    expect(run().code).toBe(0); // overdue without --fail-on is not a failure
    expect(run('--fail-on', 'late').code).toBe(2);
  });
});

describe('calendar coverage', () => {
  const uncovered = () => makeRegistry({
    'departments/gaj/powers/XK-GAJ-0003.yaml': (t: string) => `${t}  - {date: 2026-12-20, kind: 事项变更}\n`,
  }, 'deadlines/basic');

  it('exits 1 naming the missing notice when a due date needs an uncovered year', () => {
    const r = runCli(['deadlines', '--registry', uncovered(), '--today', '2026-12-22', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('XK-GAJ-0003');
    expect(r.stderr).toContain('国务院办公厅关于2027年部分节假日安排的通知');
    expect(r.stderr).toContain('calendar/2027.yaml');
  });

  it('--provisional computes it on weekends only and marks it 暂定', () => {
    const dir = uncovered();
    const json = JSON.parse(runCli(['deadlines', '--registry', dir, '--today', '2026-12-22', '--format', 'json', '--provisional']).stdout);
    expect(json.deadlines.find((d: { from: string }) => d.from === '2026-12-20')).toMatchObject({ due: '2027-01-15', state: 'open', remaining: 18 });
    const text = runCli(['deadlines', '--registry', dir, '--today', '2026-12-22', '--provisional']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('2027-01-15 暂定');
    expect(text.stdout).toContain('国务院办公厅关于2027年部分节假日安排的通知');
  });

  it('a registry calendar for 2027 removes the need', () => {
    const dir = makeRegistry({
      'departments/gaj/powers/XK-GAJ-0003.yaml': (t: string) => `${t}  - {date: 2026-12-20, kind: 事项变更}\n`,
      'calendar/2027.yaml': 'year: 2027\nsource: 国务院办公厅关于2027年部分节假日安排的通知\nholidays:\n  - {name: 元旦, from: 2027-01-01, to: 2027-01-03}\n',
    }, 'deadlines/basic');
    const r = runCli(['deadlines', '--registry', dir, '--today', '2026-12-22', '--format', 'json']);
    expect(r.code).toBe(0);
    // 12/21–25 … 12/31 as before, 2027-01-01 now a holiday: one working day later than provisional
    expect(JSON.parse(r.stdout).deadlines.find((d: { from: string }) => d.from === '2026-12-20')).toMatchObject({ due: '2027-01-18' });
  });
});

describe('validate reports the deadline rules', () => {
  it('change-deadline warnings at the right lines, exit 0', () => {
    const r = runCli(['validate', '--registry', BASIC, '--today', '2026-06-15', '--format', 'json']);
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'change-deadline')
      .map((d: { code: string; line: number; severity: string }) => [d.code, d.line, d.severity]);
    expect(rules).toEqual([
      ['CF-GAJ-0001', 11, 'warning'], ['XK-GAJ-0002', 11, 'warning'], ['JC-SCJGJ-0002', 8, 'warning'], ['JC-SCJGJ-0003', 37, 'warning'],
    ]);
  });
});
