// The published change log gains what git knows: the commit that recorded each change record,
// with its author and date; nothing of withheld or internal powers is read for it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, tempDir, removeTempDirs, runCli, ensureBuilt, XK } from '../git/helpers.js';

afterAll(removeTempDirs);

describe('change log from git', () => {
  it('shows the commit, author and date that recorded a change', () => {
    ensureBuilt();
    const repo = new TestRepo({ sub: '登记册' });
    try {
      repo.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
      repo.edit(XK, 'published: 2026-01-20', 'published: 2026-01-20\nchanges:\n  - {date: 2026-02-09, kind: 流程图变更, summary: 调整承诺时限, explained: 2026-02-10, published: 2026-02-11}');
      repo.edit(XK, 'promised_days: 5', 'promised_days: 6');
      const recorded = repo.commit('调整承诺时限并登记变更', { date: '2026-02-10T09:30:00+08:00', author: '李四', email: 'lisi@example.gov.cn' });
      const out = tempDir();
      const r = runCli(['publish', '--registry', repo.root, '--out', path.join(out, 'site'), '--internal-out', path.join(out, 'internal'), '--today', '2026-03-01'], repo.top);
      expect(r.code, r.stderr).toBe(0);
      const page = readFileSync(path.join(out, 'site', 'changes.html'), 'utf8');
      expect(page).toContain(recorded);
      expect(page).toMatch(/提交 <span class="mono">[0-9a-f]{40}<\/span>，李四，2026-02-10T09:30:00\+08:00/);
      const manifest = JSON.parse(readFileSync(path.join(out, 'site', 'manifest.json'), 'utf8'));
      expect(manifest.source.commit).toBe(recorded);
    } finally {
      repo.dispose();
    }
  });
});
