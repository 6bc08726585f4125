// `powers diff` against real temporary repositories: commits, the working tree, dates, moves,
// Chinese file names, laws and departments, broken YAML in history.
import { describe, expect, it } from 'vitest';
import { compareRevisions, WORKTREE } from '../../src/git/compare.js';
import { formatPath } from '../../src/diff/fields.js';
import { GitError } from '../../src/errors.js';
import { resolveRange } from '../../src/git/range.js';
import { CF, JC, QT, XK, plainRegistry, repoFactory } from './helpers.js';

const repo = repoFactory();

const paths = (fields: { path: (string | number)[] }[]) => fields.map((f) => formatPath(f.path));

describe('compareRevisions', () => {
  it('lists added, removed and field-level changes between two commits', async () => {
    const r = repo();
    const a = r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
    r.edit(XK, 'promised_days: 5', 'promised_days: 4');
    r.edit(XK, '{name: 审查, post: cgs-sp, days: 3', '{name: 审查, post: cgs-sp, days: 2');
    r.remove(QT);
    r.write('departments/gaj/powers/XK-GAJ-0002.yaml', r.read(XK).replace(/XK-GAJ-0001/g, 'XK-GAJ-0002').replace('机动车驾驶证核发', '机动车驾驶证换证'));
    const b = r.commit('调整', { date: '2026-02-10T10:00:00+08:00' });

    const { from, to, diff } = await compareRevisions(r.root, a, b);
    expect([from, to]).toEqual([a, b]);
    expect(diff.added.map((p) => p.code)).toEqual(['XK-GAJ-0002']);
    expect(diff.removed.map((p) => p.code)).toEqual(['QT-GAJ-0001']);
    expect(diff.changed.map((c) => [c.code, paths(c.fields)])).toEqual([['XK-GAJ-0001', ['flow.promised_days', 'flow.steps[1].days']]]);
    expect(diff.changed[0].fields[0]).toMatchObject({ before: 5, after: 4 });
  });

  it('does not count a move into a Chinese-named folder, nor reformatting, as a change', async () => {
    const r = repo({ sub: '登记册' });
    const a = r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
    r.move(CF, 'departments/gaj/powers/交通警察支队/CF-GAJ-0001.yaml');
    r.edit(XK, 'name: 机动车驾驶证核发', 'name: "机动车驾驶证核发"   # 规范名称');
    const b = r.commit('按科室整理', { date: '2026-01-06T10:00:00+08:00' });

    const { diff } = await compareRevisions(r.root, a, b);
    expect(diff.changed).toEqual([]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.moved).toEqual([{ code: 'CF-GAJ-0001', name: '对机动车驾驶人违反道路通行规定的行政处罚', from: CF, to: 'departments/gaj/powers/交通警察支队/CF-GAJ-0001.yaml' }]);
    expect(diff.reformatted.map((p) => p.code)).toEqual(['XK-GAJ-0001']);
  });

  it('shows a code change (file renamed with it) as such', async () => {
    const r = repo();
    const a = r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
    r.write('departments/gaj/powers/QT-GAJ-0002.yaml', r.read(QT).replace('QT-GAJ-0001', 'QT-GAJ-0002'));
    r.remove(QT);
    const b = r.commit('改编码', { date: '2026-01-06T10:00:00+08:00' });
    const { diff } = await compareRevisions(r.root, a, b);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toMatchObject([{ code: 'QT-GAJ-0002', beforeCode: 'QT-GAJ-0001', fields: [{ path: ['code'], before: 'QT-GAJ-0001', after: 'QT-GAJ-0002' }] }]);
  });

  it('compares with the working tree: modified, deleted and untracked files only', async () => {
    const r = repo();
    const a = r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
    r.edit(JC, /status: 已公布/, 'status: 已废止');
    r.remove(QT);
    r.write('departments/gaj/powers/车辆管理所/XK-GAJ-0003.yaml', r.read(XK).replace('XK-GAJ-0001', 'XK-GAJ-0003'));
    const { from, to, diff } = await compareRevisions(r.root, a, WORKTREE);
    expect([from, to]).toEqual([a, 'WORKTREE']);
    expect(diff.added.map((p) => [p.code, p.path])).toEqual([['XK-GAJ-0003', 'departments/gaj/powers/车辆管理所/XK-GAJ-0003.yaml']]);
    expect(diff.removed.map((p) => p.code)).toEqual(['QT-GAJ-0001']);
    expect(diff.changed.map((c) => [c.code, paths(c.fields)])).toEqual([['JC-SCJGJ-0001', ['status']]]);
  });

  it('reports a law amended between the revisions with the powers that cite it', async () => {
    const r = repo();
    const a = r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
    r.edit('laws/laws.yaml', 'amended: 2021-04-29', 'amended: 2026-02-01');
    r.edit('laws/laws.yaml', /- id: 食品安全法\n(\s+)title: 中华人民共和国食品安全法\n(\s+)level: 法律\n(\s+)effective: 2015-10-01/, '- id: 食品安全法\n$1title: 中华人民共和国食品安全法\n$2level: 法律\n$3effective: 2015-10-01\n$3repealed: 2026-03-01');
    r.edit('departments/gaj/department.yaml', 'title: 受理岗', 'title: 综合受理岗');
    const b = r.commit('法规修订', { date: '2026-02-10T10:00:00+08:00' });
    const { diff } = await compareRevisions(r.root, a, b);
    expect(diff.laws.map((l) => [l.id, l.isAmended, l.isRepealed, l.citedBy])).toEqual([
      ['道路交通安全法', true, false, ['CF-GAJ-0001', 'XK-GAJ-0001']],
      ['食品安全法', false, true, ['JC-SCJGJ-0001']],
    ]);
    expect(diff.departments).toMatchObject([{ id: 'gaj', status: 'changed', fields: [{ path: ['posts', 0, 'title'], before: '受理岗', after: '综合受理岗' }] }]);
    expect(diff.changed).toEqual([]);
  });

  it('reports bad YAML in history as a problem instead of failing', async () => {
    const r = repo();
    const a = r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
    r.edit(XK, 'promised_days: 5', 'promised_days: 5\n  promised_days: 6');
    r.write('departments/gaj/powers/CF-GAJ-0009.yaml', Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x3a, 0x20, 0x31, 0x0a])); // GBK "中文: 1"
    const b = r.commit('坏文件', { date: '2026-01-06T10:00:00+08:00' });
    const { diff } = await compareRevisions(r.root, a, b);
    expect(diff.problems.map((p) => [p.path, p.side, p.message])).toEqual([
      [XK, 'after', 'yaml-syntax.duplicateKey'],
      ['departments/gaj/powers/CF-GAJ-0009.yaml', 'after', 'yaml-syntax.gbk'],
    ].sort());
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([]);
  });

  it('reads nothing outside the registry folder', async () => {
    const r = repo({ sub: 'registry' });
    const a = r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
    r.write('../archive/departments/gaj/powers/XK-GAJ-0009.yaml', r.read(XK).replace('XK-GAJ-0001', 'XK-GAJ-0009'));
    r.write('../README.md', '说明');
    r.edit(XK, 'promised_days: 5', 'promised_days: 4');
    const b = r.commit('改', { date: '2026-01-06T10:00:00+08:00' });
    const { diff } = await compareRevisions(r.root, a, b);
    expect(diff.added).toEqual([]);
    expect(diff.changed.map((c) => c.code)).toEqual(['XK-GAJ-0001']);
    const worktree = await compareRevisions(r.root, a, WORKTREE);
    expect(worktree.diff.added).toEqual([]);
  });
});

describe('resolveRange', () => {
  it('picks the last commits before dates in China time, whatever the machine zone', async () => {
    const r = repo();
    const first = r.commit('一', { date: '2026-01-05T10:00:00+08:00' });
    r.edit(XK, 'promised_days: 5', 'promised_days: 4');
    // 23:30 on 1 February in Beijing is still 1 February there (15:30 UTC).
    const second = r.commit('二', { date: '2026-02-01T23:30:00+08:00' });
    r.edit(XK, 'promised_days: 4', 'promised_days: 3');
    // 00:10 on 2 February in Beijing is 1 February 16:10 UTC: a different day in China.
    const third = r.commit('三', { date: '2026-02-02T00:10:00+08:00' });

    expect(await resolveRange(r.root, { since: '2026-02-01' })).toMatchObject({ from: first, to: third });
    expect(await resolveRange(r.root, { since: '2026-02-02' })).toMatchObject({ from: second, to: third });
    expect(await resolveRange(r.root, { since: '2026-01-06', until: '2026-02-01' })).toMatchObject({ from: first, to: second });
    expect(await resolveRange(r.root, { since: '2026-01-01' })).toMatchObject({ from: null, to: third });
    const { from, to, diff } = await compareRevisions(r.root, null, second);
    expect([from, to]).toEqual([null, second]);
    expect(diff.added.map((p) => p.code)).toEqual(['CF-GAJ-0001', 'JC-SCJGJ-0001', 'QT-GAJ-0001', 'XK-GAJ-0001']);
  });

  it('resolves revisions to full ids, the second defaulting to the working tree', async () => {
    const r = repo();
    const a = r.commit('一', { date: '2026-01-05T10:00:00+08:00' });
    r.git(['tag', 'v1']);
    expect(await resolveRange(r.root, { revA: 'v1' })).toMatchObject({ from: a, to: 'WORKTREE' });
    expect(await resolveRange(r.root, { revA: a.slice(0, 8), revB: 'main' })).toMatchObject({ from: a, to: a });
    await expect(resolveRange(r.root, { revA: 'no-such-tag' })).rejects.toMatchObject({ messageId: 'git.badRevision', data: { rev: 'no-such-tag' } });
    await expect(resolveRange(r.root, { revA: '--output=/tmp/x' })).rejects.toBeInstanceOf(GitError);
  });

  it('says a folder is not in git', async () => {
    const plain = plainRegistry();
    await expect(resolveRange(plain, { revA: 'HEAD' })).rejects.toMatchObject({ messageId: 'git.notARepo', exitCode: 2 });
  });
});

describe('shallow clones', () => {
  it('diffs two revisions that are both present, and explains the missing ones', async () => {
    const r = repo();
    r.commit('一', { date: '2026-01-05T10:00:00+08:00' });
    r.edit(XK, 'promised_days: 5', 'promised_days: 4');
    const second = r.commit('二', { date: '2026-01-06T10:00:00+08:00' });
    r.edit(XK, 'promised_days: 4', 'promised_days: 3');
    const third = r.commit('三', { date: '2026-01-07T10:00:00+08:00' });
    const clone = r.shallowClone(2);

    const range = await resolveRange(clone.root, { revA: second, revB: 'HEAD' });
    expect(range.repo.isShallow).toBe(true);
    const { diff } = await compareRevisions(clone.root, range.from, range.to);
    expect(diff.changed[0].fields).toMatchObject([{ path: ['flow', 'promised_days'], before: 4, after: 3 }]);
    expect(range.to).toBe(third);

    await expect(resolveRange(clone.root, { revA: 'HEAD~2' })).rejects.toMatchObject({ messageId: 'git.badRevisionShallow' });
    await expect(resolveRange(clone.root, { since: '2026-01-06' })).rejects.toMatchObject({ messageId: 'git.shallowDate' });
    expect(await resolveRange(clone.root, { since: '2026-01-07' })).toMatchObject({ from: second, to: third });
  });
});
