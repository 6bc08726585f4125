// End to end: the built binary, as CI runs it. (Build first: `npx tsc -p .`; `npm test` does.)
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../helpers/cli.js';
import { PROJECT, replace } from '../helpers/fixture.js';
import { workspace } from './helpers.js';

describe('powers publish (built binary)', () => {
  it('publishes a clean registry: exit 0, both folders written, no progress bar when not a terminal', () => {
    const ws = workspace();
    const r = runCli(['publish', '--registry', ws.root, '--out', 'site', '--internal-out', 'internal', '--today', '2026-12-01'], { cwd: ws.dir });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('\r');
    expect(r.stdout).toContain('site');
    expect(existsSync(path.join(ws.dir, 'site', 'index.html'))).toBe(true);
    expect(existsSync(path.join(ws.dir, 'internal', 'withheld.html'))).toBe(true);
  });

  it('defaults to site/ and internal/ in the current folder', () => {
    const ws = workspace();
    const r = runCli(['publish', '--registry', ws.root, '--today', '2026-12-01'], { cwd: ws.dir });
    expect(r.status).toBe(0);
    expect(readdirSync(ws.dir).sort()).toEqual(['internal', 'site']);
  });

  it('refuses a registry with errors: exit 1, nothing written, points to powers validate', () => {
    const ws = workspace({ 'departments/gaj/powers/XK-GAJ-0001.yaml': replace('law: 道路交通安全法', 'law: 不存在的法') });
    const r = runCli(['publish', '--registry', ws.root, '--today', '2026-12-01'], { cwd: ws.dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('powers validate');
    expect(r.stderr).toMatch(/\d+ 个校验错误/);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(readdirSync(ws.dir)).toEqual([]);
    const en = runCli(['publish', '--registry', ws.root, '--lang', 'en', '--today', '2026-12-01'], { cwd: ws.dir });
    expect(en.status).toBe(1);
    expect(en.stderr).toContain('powers validate');
  });

  it('--force publishes anyway with a warning (exit 0)', () => {
    const ws = workspace({ 'departments/gaj/powers/XK-GAJ-0001.yaml': replace('law: 道路交通安全法', 'law: 不存在的法') });
    const r = runCli(['publish', '--registry', ws.root, '--force', '--today', '2026-12-01'], { cwd: ws.dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(path.join(ws.dir, 'site', 'index.html'), 'utf8')).toContain('force-banner');
  });

  it('usage errors exit 2: a bad --today, an output folder that is not ours', () => {
    const ws = workspace();
    expect(runCli(['publish', '--registry', ws.root, '--today', '2026-02-30'], { cwd: ws.dir }).status).toBe(2);
    const r = runCli(['publish', '--registry', ws.root, '--out', ws.root, '--today', '2026-12-01'], { cwd: ws.dir });
    expect(r.status).toBe(2);
    expect(hasStackTrace(r.stderr)).toBe(false);
    const notOurs = runCli(['publish', '--registry', ws.root, '--out', path.join(PROJECT, 'templates'), '--today', '2026-12-01'], { cwd: ws.dir });
    expect(notOurs.status).toBe(2);
    expect(existsSync(path.join(PROJECT, 'templates', 'pages', 'power.hbs'))).toBe(true);
  });

  it.skipIf(!existsSync(path.join(PROJECT, 'registry', 'registry.yaml')))('publishes the bundled sample registry cleanly', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'powers-sample-'));
    const r = runCli(['publish', '--registry', path.join(PROJECT, 'registry'), '--out', path.join(dir, 'site'), '--internal-out', path.join(dir, 'internal')], { cwd: dir });
    expect(r.stderr).not.toContain('force');
    expect(r.status).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'site', 'manifest.json'), 'utf8')) as { files: unknown[]; forced: boolean };
    expect(manifest.forced).toBe(false);
    expect(manifest.files.length).toBeGreaterThan(100);
  });
});
