// `powers init` (SPEC §7): the skeleton validates with 0 errors, is canonical, maps the schemas
// for VS Code, and its CI files are YAML that call commands the tool really has.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { initSkeleton, snapshot, validateJson } from './helpers.js';

describe('powers init', () => {
  const dir = initSkeleton();

  it('writes a skeleton that validates with 0 errors and 0 warnings, with one power', () => {
    const report = validateJson(dir);
    expect(report.diagnostics).toEqual([]);
    expect(report.summary.powers).toBe(1);
    // The power carries the fields the legal-depth rules need.
    const power = parse(readFileSync(path.join(dir, 'departments/mzj/powers/XK-MZJ-0001.yaml'), 'utf8')) as Record<string, any>;
    expect(power.flow.unit).toBe('工作日');
    expect(power.responsibility.duties.length).toBeGreaterThan(0);
    expect(power.review.publicity.from).toBe('2025-02-10');
  });

  it('is already canonical (fmt --check passes)', () => {
    const run = runCli(['fmt', '--check', '--registry', dir]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  it('copies the schemas and points every file header at them', () => {
    for (const f of ['power', 'department', 'laws', 'superior', 'registry', 'calendar']) {
      expect(existsSync(path.join(dir, '.powers/schema', `${f}.schema.json`))).toBe(true);
    }
    const power = readFileSync(path.join(dir, 'departments/mzj/powers/XK-MZJ-0001.yaml'), 'utf8');
    expect(power.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../.powers/schema/power.schema.json');
    expect(readFileSync(path.join(dir, 'registry.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=.powers/schema/registry.schema.json');
  });

  it('maps the schemas onto the files with VS Code globs that match at any depth', () => {
    const settings = JSON.parse(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    const schemas = settings['yaml.schemas'];
    for (const schema of Object.keys(schemas)) expect(existsSync(path.join(dir, schema))).toBe(true);
    const matches = (file: string) => Object.entries(schemas).filter(([, globs]) => globs.some((g) => path.matchesGlob(file, g))).map(([s]) => s);
    expect(matches('departments/mzj/powers/XK-MZJ-0001.yaml')).toEqual(['./.powers/schema/power.schema.json']);
    expect(matches('departments/mzj/powers/社会组织管理科/二级/XK-MZJ-0009.yaml')).toEqual(['./.powers/schema/power.schema.json']);
    expect(matches('departments/mzj/department.yaml')).toEqual(['./.powers/schema/department.schema.json']);
    expect(matches('laws/法律法规.yaml')).toEqual(['./.powers/schema/laws.schema.json']);
  });

  it('ignores the publish outputs in git', () => {
    const lines = readFileSync(path.join(dir, '.gitignore'), 'utf8').split('\n');
    expect(lines).toContain('site/');
    expect(lines).toContain('internal/');
  });

  it('writes CI files that are YAML and run validate, deadlines --fail-on overdue and publish, which all succeed here', () => {
    const github = parse(readFileSync(path.join(dir, '.github/workflows/powers.yml'), 'utf8')) as { on: Record<string, unknown>; jobs: Record<string, { steps: { run?: string }[] }> };
    const gitlab = parse(readFileSync(path.join(dir, '.gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[] }>;
    expect(Object.keys(github.on)).toContain('push');
    const ghRuns = Object.values(github.jobs).flatMap((j) => j.steps.map((s) => s.run).filter((r): r is string => typeof r === 'string'));
    const glRuns = Object.values(gitlab).flatMap((j) => j.script ?? []);
    for (const runs of [ghRuns, glRuns]) {
      const commands = runs.filter((r) => r.startsWith('powers '));
      expect(commands.map((c) => c.split(' ')[1])).toEqual(['validate', 'deadlines', 'publish']);
      expect(commands.some((c) => c.includes('--fail-on overdue'))).toBe(true);
      // Each command really runs, in the registry, with the built binary.
      const cwd = mkdtempSync(path.join(tmpdir(), 'powers-ci-'));
      for (const c of commands) {
        const args = c.split(' ').slice(1);
        const run = runCli([...args, '--registry', dir, '--today', '2026-12-01'], { cwd });
        expect(run.status, `${c}\n${run.stdout}${run.stderr}`).toBe(0);
      }
      expect(existsSync(path.join(cwd, 'site', 'index.html'))).toBe(true);
    }
  });

  it('refuses a non-empty folder (exit 1, nothing written) unless --force', () => {
    const target = mkdtempSync(path.join(tmpdir(), 'powers-init-'));
    writeFileSync(path.join(target, 'notes.txt'), '我的笔记');
    const before = snapshot(target);
    const refused = runCli(['init', target]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('不是空文件夹');
    expect(snapshot(target)).toEqual(before);
    const forced = runCli(['init', target, '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(path.join(target, 'notes.txt'), 'utf8')).toBe('我的笔记');
    expect(validateJson(target).summary.errors).toBe(0);
    const file = path.join(target, 'notes.txt');
    const onFile = runCli(['init', file, '--force']);
    expect(onFile.status).toBe(1);
    expect(onFile.stderr).toContain('不是文件夹');
    expect(readFileSync(file, 'utf8')).toBe('我的笔记');
  });

  it('creates a missing folder, including nested ones', () => {
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'powers-init-')), 'a', '登记册');
    mkdirSync(path.dirname(target), { recursive: true });
    expect(runCli(['init', target]).status).toBe(0);
    expect(validateJson(target).summary.errors).toBe(0);
  });
});
