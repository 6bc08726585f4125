// Issue 10: `powers rules` and `powers explain <rule>` (SPEC §7), through the built binary.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/checks/index.js';
import { runCli } from '../helpers/cli.js';
import { PROJECT } from '../helpers/fixture.js';

describe('powers rules', () => {
  it('lists every rule, one line each, with its severity and title', () => {
    const r = runCli(['rules']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => /^ {2}[a-z]/.test(l));
    expect(lines.map((l) => l.trim().split(/\s+/)[0])).toEqual([...RULE_IDS]);
    expect(lines.find((l) => l.includes('basis-law'))).toMatch(/^ {2}basis-law +错误／警告 +印证一：法律法规依据——/);
    expect(lines.find((l) => l.includes('overlap'))).toMatch(/^ {2}overlap +警告 +交叉重叠——/);
    expect(r.stdout).toMatch(/powers explain/);
  });

  it('--format json, and English titles with --lang en', () => {
    const r = runCli(['rules', '--format', 'json']);
    const { rules } = JSON.parse(r.stdout) as { rules: { id: string; severity: string[]; title: string }[] };
    expect(rules.map((x) => x.id)).toEqual([...RULE_IDS]);
    expect(rules.find((x) => x.id === 'basis-law')?.severity).toEqual(['error', 'warning']);
    const en = runCli(['--lang', 'en', 'rules']);
    expect(en.stdout).toMatch(/^ {2}overlap +warning +\S/m);
    expect(en.stdout).not.toMatch(/错误|警告/);
  });
});

describe('powers explain', () => {
  it('prints the rule\'s page as it is', () => {
    for (const id of ['basis-law', 'yaml-syntax']) {
      const r = runCli(['explain', id]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(readFileSync(path.join(PROJECT, 'docs', 'rules', `${id}.md`), 'utf8'));
    }
  });

  it('explains documented SPEC rules that other work registers (time-unit)', () => {
    const r = runCli(['explain', 'time-unit']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# time-unit · /);
  });

  it('an unknown rule is a usage error (exit 2) with a did-you-mean', () => {
    const typo = runCli(['explain', 'basis-lw']);
    expect(typo.status).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr.trim()).toBe('没有规则“basis-lw”。您是不是要写 basis-law？（运行 powers rules 查看全部规则编号）');
    const none = runCli(['explain', '../../package']);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^没有规则“\.\.\/\.\.\/package”（运行 powers rules/);
    const missing = runCli(['explain']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/缺少参数 <规则>（运行 powers explain --help 查看用法）/);
  });
});
