// End-to-end: the built binary's validate command, its exit codes and its output contracts.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { hasStackTrace, runCli } from '../helpers/cli.js';
import { makeRegistry, PROJECT, replace } from '../helpers/fixture.js';

const XK = 'departments/gaj/powers/XK-GAJ-0001.yaml';
let broken: string;
let clean: string;
beforeAll(() => {
  clean = makeRegistry();
  broken = makeRegistry({
    [XK]: replace('promised_days: 5', 'promised_days: 25'),
    'departments/scjgj/powers/JC-SCJGJ-0001.yaml': replace('name: 对食品经营者经营活动的监督检查', 'name: 机动车驾驶证核发'),
  });
});
afterAll(() => {
  rmSync(broken, { recursive: true, force: true });
  rmSync(clean, { recursive: true, force: true });
});

describe('powers validate (built binary)', () => {
  it('the bundled sample registry validates with zero errors, from the project folder with no arguments', () => {
    const r = runCli(['validate', '--format', 'json', '--today', '2026-12-31']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.summary.errors).toBe(0);
    expect(out.summary.powers).toBeGreaterThanOrEqual(120);
  });

  it('exit 0 and a success line on a clean registry', () => {
    const r = runCli(['validate', '--registry', clean]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/✔ 校验通过/);
    expect(r.stdout).not.toMatch(/\x1b\[/); // no colour without a TTY
  });

  it('exit 1 with errors; the JSON contract of SPEC §8', () => {
    const r = runCli(['validate', '--registry', broken, '--format', 'json']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['diagnostics', 'summary']);
    expect(Object.keys(out.summary)).toEqual(['errors', 'warnings', 'files', 'powers']);
    expect(out.summary).toMatchObject({ errors: 1, warnings: 2, powers: 4 });
    for (const d of out.diagnostics) {
      expect(Object.keys(d)).toEqual(['rule', 'severity', 'message', 'file', 'line', 'column', 'code']);
      expect(d.file).not.toMatch(/\\/);
    }
    expect(out.diagnostics.find((d: { rule: string }) => d.rule === 'time-limit'))
      .toEqual({ rule: 'time-limit', severity: 'error', message: expect.stringMatching(/承诺时限 25/), file: XK, line: 19, column: 3, code: 'XK-GAJ-0001' });
  });

  it('--lang en switches messages to English', () => {
    const r = runCli(['validate', '--registry', broken, '--format', 'json', '--lang', 'en']);
    const messages = JSON.parse(r.stdout).diagnostics.map((d: { message: string }) => d.message).join('\n');
    expect(messages).toMatch(/promised 25 working days exceed the statutory 20/);
  });

  it('--max-warnings turns too many warnings into exit 1', () => {
    const dir = makeRegistry({ 'departments/scjgj/powers/JC-SCJGJ-0001.yaml': replace('name: 对食品经营者经营活动的监督检查', 'name: 机动车驾驶证核发') });
    try {
      expect(runCli(['validate', '--registry', dir]).status).toBe(0);
      expect(runCli(['validate', '--registry', dir, '--max-warnings', '2']).status).toBe(0);
      const r = runCli(['validate', '--registry', dir, '--max-warnings', '1']);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/max-warnings/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('path arguments limit what is reported, not what is checked', () => {
    const r = runCli(['validate', '--registry', broken, '--format', 'json', 'departments/scjgj'], { cwd: broken });
    const out = JSON.parse(r.stdout);
    expect(out.diagnostics.map((d: { file: string }) => d.file)).toEqual(['departments/scjgj/powers/JC-SCJGJ-0001.yaml']);
    expect(out.diagnostics[0].rule).toBe('overlap'); // found by comparing with a file outside the path
    expect(r.status).toBe(0);
  });

  it('a path outside the registry is a usage error', () => {
    const r = runCli(['validate', '--registry', broken, '/']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/不在登记册/);
  });

  it('sarif: 2.1.0, rule descriptors with Chinese descriptions, located results', () => {
    const r = runCli(['validate', '--registry', broken, '--format', 'sarif']);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === 'time-limit');
    expect(rule.fullDescription.text).toMatch(/承诺时限/);
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'time-limit');
    expect(result.level).toBe('error');
    expect(result.message.text).toMatch(/法定时限/);
    expect(result.locations[0].physicalLocation.region.startLine).toBe(19);
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('time-limit');
  });

  it('github: one workflow annotation per diagnostic', () => {
    const r = runCli(['validate', '--registry', broken, '--format', 'github']);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.filter((l) => l.startsWith('::error '))).toEqual([
      expect.stringMatching(/^::error file=.*XK-GAJ-0001\.yaml,line=19,col=3,title=powers time-limit XK-GAJ-0001::承诺时限/),
    ]);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(2);
  });

  it('--group-by department gives each department its own section', () => {
    const r = runCli(['validate', '--registry', broken, '--group-by', 'department']);
    expect(r.stdout).toMatch(/== 云港市公安局（departments\/gaj） ==[\s\S]*== 云港市市场监督管理局（departments\/scjgj） ==/);
  });

  it('--list-disabled lists reviewed exceptions with their reasons', () => {
    const r = runCli(['validate', '--list-disabled']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/禁用注释（经审核的例外）：\d+ 处/);
    expect(r.stdout).toMatch(/overlap\s+— 已与/);
  });

  it('usage errors exit 2 with a Chinese message and no stack trace', () => {
    for (const args of [['validate', '--bogus'], ['validate', '--format', 'xml'], ['validate', '--today', '2026-02-30'], ['validate', '--max-warnings', '-1'], ['frobnicate']]) {
      const r = runCli(['--registry', clean, ...args]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/用法错误|无效|未知/);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });

  it('a missing registry exits 2 and says how to point at one', () => {
    const r = runCli(['validate', '--registry', '/nonexistent/registry']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/找不到登记册目录/);
    const r2 = runCli(['validate', '--registry', PROJECT + '/tests']);
    expect(r2.status).toBe(2);
    expect(r2.stderr).toMatch(/registry\.yaml/);
  });

  it('gives the same answer in every time zone', () => {
    const outs = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati'].map(
      (TZ) => runCli(['validate', '--registry', broken, '--format', 'json', '--today', '2026-06-01'], { env: { TZ } }).stdout,
    );
    expect(new Set(outs).size).toBe(1);
  });

  it('main() runs in-process with an injected io and returns the exit code', async () => {
    let out = '';
    const code = await main(['validate', '--registry', broken, '--format', 'json'], {
      stdout: (s) => { out += s; }, stderr: () => undefined, cwd: PROJECT, env: {}, now: () => new Date('2026-06-01T00:00:00Z'), isTTY: false,
    });
    expect(code).toBe(1);
    expect(JSON.parse(out).summary.errors).toBe(1);
  });

  it('colour only on a TTY, and never with NO_COLOR', async () => {
    const collect = async (isTTY: boolean, env: Record<string, string>) => {
      let out = '';
      await main(['validate', '--registry', broken], { stdout: (s) => { out += s; }, stderr: () => undefined, cwd: PROJECT, env, now: () => new Date(), isTTY });
      return out;
    };
    expect(await collect(true, {})).toMatch(/\x1b\[/);
    expect(await collect(true, { NO_COLOR: '1' })).not.toMatch(/\x1b\[/);
    expect(await collect(false, {})).not.toMatch(/\x1b\[/);
  });
});
