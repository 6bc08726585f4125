// manifest.json lists every published file with a SHA-256 that verifies, the source commit when
// the registry is in git, the tool version and the calendar notices used.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/publish/manifest.js';
import { publishTo, readTree, workspace } from './helpers.js';

function git(cwd: string, args: string[]): string {
  const r = spawnSync('git', args, {
    cwd, encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '', HOME: tmpdir(), GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: '测试', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: '测试', GIT_COMMITTER_EMAIL: 't@example.org',
      GIT_AUTHOR_DATE: '2026-01-05T10:00:00+08:00', GIT_COMMITTER_DATE: '2026-01-05T10:00:00+08:00',
    },
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

function verify(dir: string, audience: 'public' | 'internal'): Manifest {
  const tree = readTree(dir);
  const manifest = JSON.parse(tree.get('manifest.json')!.toString('utf8')) as Manifest;
  expect(manifest).toMatchObject({ schema: 'powers-manifest/1', generator: { name: 'powers', version: '0.0.0-test' }, audience });
  const listed = manifest.files.map((f) => f.path);
  expect(listed).toEqual([...tree.keys()].filter((k) => k !== 'manifest.json').sort());
  for (const f of manifest.files) {
    const bytes = tree.get(f.path)!;
    expect(f.bytes).toBe(bytes.length);
    expect(f.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  }
  return manifest;
}

describe('manifest.json', () => {
  it('lists every file of site/ and internal/ with hashes that verify; no source outside git', async () => {
    const ws = workspace();
    await publishTo(ws);
    const site = verify(ws.out, 'public');
    const internal = verify(ws.internal, 'internal');
    expect(site.source).toBe(null);
    expect(internal.source).toBe(null);
    expect(site.files.map((f) => f.path)).toEqual(expect.arrayContaining([
      'index.html', 'categories.html', 'changes.html', 'catalogue.md', 'catalogue.json', 'catalogue.csv',
      'assets/powers.css', 'assets/filter.js', 'powers/XK-GAJ-0001.html',
    ]));
    expect(internal.files.map((f) => f.path)).toEqual(expect.arrayContaining(['index.html', 'withheld.html', 'withheld.md', 'catalogue.md', 'powers/NB-MJJ-0001.html']));
  });

  it('names the calendar notices the change log due dates were computed from', async () => {
    const ws = workspace();
    await publishTo(ws);
    const site = verify(ws.out, 'public');
    expect(site.calendar_notices.map((n) => n.year)).toEqual([2026]);
    expect(site.calendar_notices[0].source).toContain('2026');
  });

  it('records the source commit, and whether the registry had uncommitted changes', async () => {
    const ws = workspace();
    git(ws.root, ['init', '-q', '-b', 'main']);
    git(ws.root, ['add', '-A']);
    git(ws.root, ['commit', '-q', '-m', '初始目录']);
    const head = git(ws.root, ['rev-parse', 'HEAD']);
    // Outputs inside the registry (as `powers publish` run in it would place them) do not make it dirty.
    const inside = { ...ws, out: path.join(ws.root, 'site'), internal: path.join(ws.root, 'internal') };
    await publishTo(inside);
    expect(verify(inside.out, 'public').source).toEqual({ commit: head, dirty: false, history: 'full', shallow_boundary: [], history_note: null });
    writeFileSync(path.join(ws.root, 'departments/gaj/powers/XK-GAJ-0001.yaml'), '# edited\n', { flag: 'a' });
    await publishTo(inside);
    expect(verify(inside.out, 'public').source).toEqual({ commit: head, dirty: true, history: 'full', shallow_boundary: [], history_note: null });
    expect(verify(inside.internal, 'internal').source).toEqual({ commit: head, dirty: true, history: 'full', shallow_boundary: [], history_note: null });
  });
});
