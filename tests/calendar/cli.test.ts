// `powers calendar …` end to end: the built binary, spawned as a user runs it.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from './helpers.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/** A throwaway registry folder holding only the given fixture's calendar/ (plus a registry.yaml). */
function registryWith(fixture: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'powers-cal-cli-'));
  cpSync(path.join(FIXTURES, fixture), dir, { recursive: true });
  writeFileSync(path.join(dir, 'registry.yaml'), 'jurisdiction: 云港市\nfiling_authority: 云港市政务公开领导小组办公室\n');
  return dir;
}

beforeAll(() => ensureBuilt());

describe('powers calendar add', () => {
  it('prints only the date on stdout', () => {
    expect(runCli(['calendar', 'add', '2026-09-30', '1'])).toEqual({ code: 0, stdout: '2026-10-08\n', stderr: '' });
    expect(runCli(['calendar', 'add', '2026-02-13', '20']).stdout).toBe('2026-03-19\n');
    expect(runCli(['calendar', 'add', '2026-02-16', '0']).stdout).toBe('2026-02-16\n');
  });

  it('is the same under hostile time zones', () => {
    for (const TZ of ['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati']) {
      expect(runCli(['calendar', 'add', '2025-12-31', '1'], { env: { TZ } }).stdout).toBe('2026-01-04\n');
    }
  });

  it('warns on stderr near the end of the newest known year', () => {
    const r = runCli(['calendar', 'add', '2026-12-01', '20']);
    expect(r).toMatchObject({ code: 0, stdout: '2026-12-29\n' });
    expect(r.stderr).toContain('国务院办公厅关于2027年部分节假日安排的通知');
  });

  it('refuses an uncovered year with exit 1 and a clear message', () => {
    const r = runCli(['calendar', 'add', '2026-12-20', '20']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('国务院办公厅关于2027年部分节假日安排的通知');
    expect(r.stderr).toContain('calendar/2027.yaml');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(runCli(['--lang', 'en', 'calendar', 'add', '2026-12-20', '20']).stderr).toContain('Cannot compute');
  });

  it('--provisional counts weekends only and says 暂定 on stderr', () => {
    const r = runCli(['calendar', 'add', '2026-12-20', '20', '--provisional']);
    expect(r).toMatchObject({ code: 0, stdout: '2027-01-15\n' });
    expect(r.stderr).toContain('暂定');
  });

  it('uses the registry\'s calendar/ (--registry)', () => {
    const dir = registryWith('valid-2027');
    // 12/21–25, 12/28–31, then the registry's 2027: 1/1–3 off, 1/4–8, 1/11–15, 1/18
    expect(runCli(['calendar', 'add', '2026-12-20', '20', '--registry', dir])).toMatchObject({ code: 0, stdout: '2027-01-18\n' });
    // also found as ./registry from the working directory
    const parent = mkdtempSync(path.join(tmpdir(), 'powers-cal-cwd-'));
    cpSync(dir, path.join(parent, 'registry'), { recursive: true });
    expect(runCli(['calendar', 'add', '2026-12-20', '20'], { cwd: parent }).stdout).toBe('2027-01-18\n');
  });

  it('reports a broken registry calendar on stderr and refuses its year', () => {
    const r = runCli(['calendar', 'add', '2026-12-20', '20', '--registry', registryWith('workday-not-weekend')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('calendar/2027.yaml workdays[1]');
    expect(r.stderr).toContain('2027-02-10');
  });

  it.each([
    [['calendar', 'add', '2026-02-30', '1']],
    [['calendar', 'add', '2026-2-3', '1']],
    [['calendar', 'add', '2026-02-03', 'x']],
    [['calendar', 'add', '2026-02-03', '1.5']],
    [['calendar', 'add', '2026-02-03', '-1']],
    [['calendar', 'add', '2026-02-03', '99999']],
    [['calendar', 'add', '2026-02-03']],
    [['calendar', 'add', '0050-01-01', '1']], // Date.UTC would read year 50 as 1950
    [['calendar', 'add', '2026-02-03', '1', '--bogus']],
    [['calendar', 'add', '2026-02-03', '1', '--registry', '/no/such/folder']],
  ])('bad input %j → exit 2, nothing on stdout', (args) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toBe('');
  });
});

describe('powers calendar check', () => {
  it('says why, in Chinese by default and in English with --lang en', () => {
    const zh = runCli(['calendar', 'check', '2026-02-14']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('是工作日');
    expect(zh.stdout).toContain('调休上班');
    expect(zh.stdout).toContain('国办发明电〔2025〕7号');
    const en = runCli(['--lang', 'en', 'calendar', 'check', '2026-02-16']);
    expect(en.stdout).toContain('is not a working day');
    expect(en.stdout).toContain('春节');
  });

  it.each([
    ['2026-02-14', true, '调休上班'],
    ['2026-02-16', false, '春节'],
    ['2026-03-07', false, '周末'],
    ['2026-03-09', true, '工作日'],
  ])('--format json %s', (date, workday, reason) => {
    for (const lang of ['zh', 'en']) {
      const r = runCli(['--lang', lang, 'calendar', 'check', date, '--format', 'json']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({ date, workday, reason }); // reason stays a Chinese data value
    }
  });

  it('refuses an uncovered year unless provisional', () => {
    expect(runCli(['calendar', 'check', '2027-01-04']).code).toBe(1);
    const r = runCli(['calendar', 'check', '2027-01-02', '--format', 'json', '--provisional']);
    expect(JSON.parse(r.stdout)).toEqual({ date: '2027-01-02', workday: false, reason: '周末' });
    expect(r.stderr).toContain('暂定');
  });

  it('rejects a bad date or format', () => {
    expect(runCli(['calendar', 'check', '2026-13-01']).code).toBe(2);
    expect(runCli(['calendar', 'check', '2026-01-01', '--format', 'xml']).code).toBe(2);
  });
});

describe('powers calendar show', () => {
  it('draws twelve months with the weekdays in Chinese, a legend and the notice', () => {
    const r = runCli(['calendar', 'show', '2026']);
    expect(r.code).toBe(0);
    for (let m = 1; m <= 12; m++) expect(r.stdout).toContain(`${m}月`);
    expect(r.stdout).toContain('一   二   三   四   五   六   日');
    expect(r.stdout).toMatch(/14班 15休/); // 2/14 worked, 2/15 off
    expect(r.stdout).toContain('图例');
    expect(r.stdout).toContain('《国务院办公厅关于2026年部分节假日安排的通知》（国办发明电〔2025〕7号，2025-11-04）');
    expect(r.stdout).not.toContain('\x1b['); // not a TTY: no colour
  });

  it('lists the amending notices of an amended year, in English with --lang en', () => {
    const r = runCli(['--lang', 'en', 'calendar', 'show', '2020']);
    expect(r.stdout).toContain('Mo   Tu   We   Th   Fr   Sa   Su'); // issue 8: no Chinese weekday headers in English
    expect(r.stdout).toContain('Legend');
    expect(r.stdout).toContain('国务院办公厅关于延长2020年春节假期的通知');
  });

  it('refuses an uncovered year (exit 1) and a bad year (exit 2)', () => {
    expect(runCli(['calendar', 'show', '2027']).code).toBe(1);
    expect(runCli(['calendar', 'show', '27']).code).toBe(2);
  });
});

describe('in-process main', () => {
  async function run(argv: string[], isTTY: boolean, env: Record<string, string> = {}) {
    const { main } = await import('../../src/cli.js');
    let stdout = '';
    let stderr = '';
    const code = await main(argv, {
      stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd: process.cwd(), env,
      now: () => new Date('2026-06-01T00:00:00Z'), isTTY,
    });
    return { code, stdout, stderr };
  }

  it('colours the grid on a TTY only, and never with NO_COLOR', async () => {
    expect((await run(['calendar', 'show', '2026'], true)).stdout).toContain('\x1b[');
    expect((await run(['calendar', 'show', '2026'], true, { NO_COLOR: '1' })).stdout).not.toContain('\x1b[');
    expect((await run(['calendar', 'show', '2026'], false)).stdout).not.toContain('\x1b[');
  });

  it('add prints the date', async () => {
    expect(await run(['calendar', 'add', '2024-09-20', '20'], false)).toEqual({ code: 0, stdout: '2024-10-23\n', stderr: '' });
  });
});
