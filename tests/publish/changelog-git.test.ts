// The published change log gains what git knows: the commit that recorded each change record, by
// its short id and China date, never its author; nothing of withheld or internal powers is read for
// it. A shallow clone is said on stderr, in manifest.json and on the page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, tempDir, removeTempDirs, runCli, ensureBuilt, XK } from '../git/helpers.js';

afterAll(removeTempDirs);

describe('change log from git', () => {
  it('shows the short id and China date of the commit that recorded a change, never its author', () => {
    ensureBuilt();
    const repo = new TestRepo({ sub: '登记册' });
    try {
      repo.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
      repo.edit(XK, 'published: 2026-01-20', 'published: 2026-01-20\nchanges:\n  - {date: 2026-02-09, kind: 流程图变更, summary: 调整承诺时限, explained: 2026-02-10, published: 2026-02-11}');
      repo.edit(XK, 'promised_days: 5', 'promised_days: 6');
      // 2026-02-09 20:30 UTC is 2026-02-10 04:30 in China.
      const recorded = repo.commit('调整承诺时限并登记变更', { date: '2026-02-09T20:30:00+00:00', author: '李四', email: 'lisi@example.gov.cn' });
      const out = tempDir();
      const r = runCli(['publish', '--registry', repo.root, '--out', path.join(out, 'site'), '--internal-out', path.join(out, 'internal'), '--today', '2026-03-01'], repo.top);
      expect(r.code, r.stderr).toBe(0);
      const page = readFileSync(path.join(out, 'site', 'changes.html'), 'utf8');
      expect(page).toContain(`提交 <span class="mono">${recorded.slice(0, 10)}</span>（2026-02-10）`);
      expect(page).not.toContain('李四');
      expect(page).not.toContain('lisi@');
      expect(page).not.toContain('浅克隆');
      expect(r.stderr).not.toContain('浅克隆');
      const manifest = JSON.parse(readFileSync(path.join(out, 'site', 'manifest.json'), 'utf8'));
      expect(manifest.source).toEqual({ commit: recorded, dirty: false, history: 'full', shallow_boundary: [], history_note: null });
    } finally {
      repo.dispose();
    }
  });

  it('publishing from a shallow clone says so on stderr, in manifest.json and on the change log page', () => {
    ensureBuilt();
    const repo = new TestRepo();
    try {
      repo.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
      repo.edit(XK, 'published: 2026-01-20', 'published: 2026-01-20\nchanges:\n  - {date: 2026-02-09, kind: 流程图变更, summary: 调整承诺时限, explained: 2026-02-10, published: 2026-02-11}');
      const head = repo.commit('登记变更', { date: '2026-02-10T09:30:00+08:00' });
      const clone = repo.shallowClone(1);
      const out = tempDir();
      const r = runCli(['publish', '--registry', clone.root, '--out', path.join(out, 'site'), '--internal-out', path.join(out, 'internal'), '--today', '2026-03-01'], clone.top);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('浅克隆');
      expect(r.stderr).toContain(head.slice(0, 10));
      expect(r.stderr).toContain('fetch-depth: 0');
      for (const dir of ['site', 'internal']) {
        const manifest = JSON.parse(readFileSync(path.join(out, dir, 'manifest.json'), 'utf8'));
        expect(manifest.source).toMatchObject({ commit: head, history: 'shallow', shallow_boundary: [head] });
        expect(manifest.source.history_note).toContain('浅克隆');
      }
      expect(readFileSync(path.join(out, 'site', 'changes.html'), 'utf8')).toContain('浅克隆');
    } finally {
      repo.dispose();
    }
  });
});
