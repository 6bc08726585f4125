// `validate --changed [REV]` against real repositories: default base, explicit revisions,
// untracked files, Chinese names, shallow clones, and a folder not in git.
import { beforeAll, describe, expect, it } from 'vitest';
import { changedRegistryFiles } from '../../src/git/changed.js';
import { CF, JC, TestRepo, XK, ensureBuilt, git, plainRegistry, runCli, tempDir, repoFactory } from './helpers.js';

const repo = repoFactory();

/** main with the fixture, then a feature branch that edits XK and adds a file in a Chinese folder. */
function featureRepo(options?: ConstructorParameters<typeof TestRepo>[0]) {
  const r = repo(options);
  r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
  r.git(['checkout', '-q', '-b', 'feature']);
  r.edit(XK, 'promised_days: 5', 'promised_days: 4');
  r.write('departments/gaj/powers/车辆管理所/XK-GAJ-0002.yaml', r.read(XK).replace('XK-GAJ-0001', 'XK-GAJ-0002'));
  r.commit('新增事项', { date: '2026-01-06T10:00:00+08:00' });
  return r;
}

describe('changedRegistryFiles', () => {
  it('defaults to the merge base with main, and includes uncommitted and untracked files', async () => {
    const r = featureRepo({ sub: '登记册' });
    r.git(['checkout', '-q', 'main']);
    r.edit(JC, 'status: 已公布', 'status: 已废止'); // on main after the branch point: not "changed" on feature
    r.commit('主干', { date: '2026-01-07T10:00:00+08:00' });
    r.git(['checkout', '-q', 'feature']);
    r.edit(CF, 'promised_days: 30', 'promised_days: 20');
    r.write('departments/gaj/powers/新文件.yaml', 'code: X\n');
    expect([...(await changedRegistryFiles(r.root))].sort()).toEqual([
      CF, XK, 'departments/gaj/powers/新文件.yaml', 'departments/gaj/powers/车辆管理所/XK-GAJ-0002.yaml',
    ].sort());
  });

  it('takes an explicit revision', async () => {
    const r = featureRepo();
    expect([...(await changedRegistryFiles(r.root, 'HEAD'))]).toEqual([]);
    expect([...(await changedRegistryFiles(r.root, 'HEAD~1'))].sort()).toEqual([XK, 'departments/gaj/powers/车辆管理所/XK-GAJ-0002.yaml']);
    await expect(changedRegistryFiles(r.root, 'nope')).rejects.toMatchObject({ messageId: 'git.badRevision' });
  });

  it('explains a shallow clone without the main branch (what actions/checkout does for a pull request)', async () => {
    const r = featureRepo();
    const dir = tempDir('powers-shallow-');
    git(dir, ['init', '-q']);
    git(dir, ['fetch', '-q', '--depth=1', `file://${r.top}`, '+refs/heads/feature:refs/remotes/pull/1/merge']);
    git(dir, ['checkout', '-q', '--detach', 'refs/remotes/pull/1/merge']);
    await expect(changedRegistryFiles(dir)).rejects.toMatchObject({ messageId: 'git.noBaseShallow', exitCode: 2 });
    // An explicit revision that is present still works.
    expect([...(await changedRegistryFiles(dir, 'HEAD'))]).toEqual([]);
    await expect(changedRegistryFiles(dir, 'HEAD~1')).rejects.toMatchObject({ messageId: 'git.badRevisionShallow' });
  });

  it('says when the registry is not in git', async () => {
    const plain = plainRegistry();
    await expect(changedRegistryFiles(plain)).rejects.toMatchObject({ messageId: 'git.notARepo', exitCode: 2 });
  });
});

describe('powers validate --changed (CLI)', () => {
  beforeAll(ensureBuilt);

  it('reports only on changed files, still cross-checking the whole registry', () => {
    const r = repo();
    // An error committed on main: not reported on a branch that does not touch the file.
    r.edit(CF, 'promised_days: 30', 'promised_days: 300');
    r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
    r.git(['checkout', '-q', '-b', 'feature']);
    // A changed file citing a post that only the (unchanged) department file defines: no error.
    r.edit(XK, 'promised_days: 5', 'promised_days: 50');
    const full = runCli(['validate', '--format', 'json', '--today', '2026-06-01'], r.root);
    const changed = runCli(['validate', '--format', 'json', '--today', '2026-06-01', '--changed'], r.root);
    const files = (out: string) => [...new Set((JSON.parse(out) as { diagnostics: { file: string; rule: string }[] }).diagnostics.map((d) => d.file))].sort();
    expect(files(full.stdout)).toEqual([CF, XK].sort());
    expect(changed.code).toBe(1);
    expect(files(changed.stdout)).toEqual([XK]);
  });

  it('fails with a clear Chinese message outside git (exit 2, no stack)', () => {
    const plain = plainRegistry();
    const r = runCli(['validate', '--changed'], plain);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不在 git 仓库中');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
