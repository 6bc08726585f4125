// `powers history` against real temporary repositories: moves, renames, code changes, merges,
// broken versions and shallow clones.
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/diff/fields.js';
import { powerHistory } from '../../src/git/history.js';
import { CF, XK, repoFactory } from './helpers.js';

const repo = repoFactory();

const summary = (h: Awaited<ReturnType<typeof powerHistory>>) =>
  h.commits.map((c) => [c.message.split('\n')[0], c.kind, c.fields.map((f) => formatPath(f.path)).join(',')]);

describe('powerHistory', () => {
  it('lists every commit that touched a power, newest first, following moves and renames', async () => {
    const r = repo({ sub: '目录' });
    const first = r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
    r.edit(XK, 'promised_days: 5', 'promised_days: 4');
    r.edit(CF, 'promised_days: 30', 'promised_days: 20');
    r.commit('调整承诺时限\n\n经局务会研究决定。', { date: '2026-02-10T10:00:00+08:00', author: '李四', email: 'lisi@example.gov.cn' });
    r.move(XK, 'departments/gaj/powers/车辆管理所/XK-GAJ-0001.yaml');
    r.commit('按科室整理', { date: '2026-02-11T10:00:00+08:00' });
    r.edit('departments/gaj/powers/车辆管理所/XK-GAJ-0001.yaml', 'name: 机动车驾驶证核发', 'name: 机动车驾驶证核发  # 规范名称');
    r.commit('加注释', { date: '2026-02-12T10:00:00+08:00' });
    r.edit(CF, 'promised_days: 20', 'promised_days: 15');
    r.commit('与本事项无关', { date: '2026-02-13T10:00:00+08:00' });
    // Renamed to a file not named after its code (a code-format error, but history follows it).
    r.move('departments/gaj/powers/车辆管理所/XK-GAJ-0001.yaml', 'departments/gaj/powers/车辆管理所/驾驶证核发.yaml');
    r.commit('改文件名', { date: '2026-02-14T10:00:00+08:00' });
    r.edit('departments/gaj/powers/车辆管理所/驾驶证核发.yaml', 'statutory_days: 20', 'statutory_days: 15');
    r.commit('调整法定时限', { date: '2026-02-15T10:00:00+08:00' });

    const h = await powerHistory(r.root, 'XK-GAJ-0001');
    expect(h.name).toBe('机动车驾驶证核发');
    expect(summary(h)).toEqual([
      ['调整法定时限', 'changed', 'flow.statutory_days'],
      ['改文件名', 'moved', ''],
      ['加注释', 'reformatted', ''],
      ['按科室整理', 'moved', ''],
      ['调整承诺时限', 'changed', 'flow.promised_days'],
      ['初始登记', 'added', expect.stringContaining('code,name,category')],
    ]);
    const change = h.commits[4];
    expect(change).toMatchObject({ date: '2026-02-10T10:00:00+08:00', author: '李四', email: 'lisi@example.gov.cn', message: '调整承诺时限\n\n经局务会研究决定。' });
    expect(change.fields).toMatchObject([{ path: ['flow', 'promised_days'], before: 5, after: 4 }]);
    expect(h.commits[5].commit).toBe(first);
    expect(h.isTruncated).toBe(false);
  });

  it('follows a code change in both directions', async () => {
    const r = repo();
    r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
    r.edit(XK, 'promised_days: 5', 'promised_days: 4');
    r.commit('改时限', { date: '2026-01-06T10:00:00+08:00' });
    r.write('departments/gaj/powers/XK-GAJ-0009.yaml', r.read(XK).replace('XK-GAJ-0001', 'XK-GAJ-0009'));
    r.remove(XK);
    r.commit('改编码', { date: '2026-01-07T10:00:00+08:00' });
    r.edit('departments/gaj/powers/XK-GAJ-0009.yaml', 'promised_days: 4', 'promised_days: 3');
    r.commit('再改时限', { date: '2026-01-08T10:00:00+08:00' });

    for (const code of ['XK-GAJ-0001', 'XK-GAJ-0009']) {
      const h = await powerHistory(r.root, code);
      expect(summary(h).map((s) => s.slice(0, 2))).toEqual([['再改时限', 'changed'], ['改编码', 'changed'], ['改时限', 'changed'], ['初始登记', 'added']]);
      expect(h.commits[1]).toMatchObject({ code: 'XK-GAJ-0009', beforeCode: 'XK-GAJ-0001' });
      expect(h.codes).toEqual([code, code === 'XK-GAJ-0001' ? 'XK-GAJ-0009' : 'XK-GAJ-0001']);
    }
  });

  it('lists the commits of a merged branch, and a removal', async () => {
    const r = repo();
    r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
    r.git(['checkout', '-q', '-b', '调整']);
    r.edit(XK, 'promised_days: 5', 'promised_days: 4');
    r.commit('分支：改时限', { date: '2026-01-06T10:00:00+08:00' });
    r.git(['checkout', '-q', 'main']);
    r.edit(CF, 'promised_days: 30', 'promised_days: 20');
    r.commit('主干：改处罚', { date: '2026-01-07T10:00:00+08:00' });
    r.git(['merge', '-q', '--no-ff', '-m', '合并调整', '调整'], {
      GIT_AUTHOR_NAME: '王五', GIT_AUTHOR_EMAIL: 'w@x', GIT_COMMITTER_NAME: '王五', GIT_COMMITTER_EMAIL: 'w@x',
      GIT_AUTHOR_DATE: '2026-01-08T10:00:00+08:00', GIT_COMMITTER_DATE: '2026-01-08T10:00:00+08:00',
    });
    r.remove(XK);
    r.commit('废止', { date: '2026-01-09T10:00:00+08:00' });

    const h = await powerHistory(r.root, 'XK-GAJ-0001');
    expect(summary(h).map((s) => s.slice(0, 2))).toEqual([['废止', 'removed'], ['分支：改时限', 'changed'], ['初始登记', 'added']]);
  });

  it('reports a version that does not parse, and goes on', async () => {
    const r = repo();
    r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
    r.edit(XK, 'promised_days: 5', 'promised_days: 5\npromised_days: 4');
    r.commit('写坏了', { date: '2026-01-06T10:00:00+08:00' });
    r.edit(XK, 'promised_days: 5\npromised_days: 4', 'promised_days: 4');
    r.commit('修好了', { date: '2026-01-07T10:00:00+08:00' });
    const h = await powerHistory(r.root, 'XK-GAJ-0001');
    expect(h.commits.map((c) => [c.message, c.kind, c.problems.map((p) => `${p.side}:${p.message}`)])).toEqual([
      ['修好了', 'unreadable', ['before:yaml-syntax.indentation']],
      ['写坏了', 'unreadable', ['after:yaml-syntax.indentation']],
      ['初始登记', 'added', []],
    ]);
  });

  it('says the history is truncated in a shallow clone, unless the power was added after the boundary', async () => {
    const r = repo();
    r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
    r.edit(XK, 'promised_days: 5', 'promised_days: 4');
    r.commit('改时限', { date: '2026-01-06T10:00:00+08:00' });
    r.write('departments/gaj/powers/XK-GAJ-0002.yaml', r.read(XK).replace('XK-GAJ-0001', 'XK-GAJ-0002'));
    r.commit('新增', { date: '2026-01-07T10:00:00+08:00' });
    r.edit(XK, 'promised_days: 4', 'promised_days: 3');
    r.edit('departments/gaj/powers/XK-GAJ-0002.yaml', 'promised_days: 4', 'promised_days: 3');
    r.commit('再改', { date: '2026-01-08T10:00:00+08:00' });
    const clone = r.shallowClone(3);

    const old = await powerHistory(clone.root, 'XK-GAJ-0001');
    expect(old.isShallow).toBe(true);
    expect(old.isTruncated).toBe(true);
    expect(old.boundary).toHaveLength(1);
    // The boundary commit (改时限) is not listed: without its parent its diff would be a lie.
    expect(summary(old).map((s) => s[0])).toEqual(['再改']);

    const young = await powerHistory(clone.root, 'XK-GAJ-0002');
    expect(young.isTruncated).toBe(false);
    expect(summary(young).map((s) => s.slice(0, 2))).toEqual([['再改', 'changed'], ['新增', 'added']]);
  });
});
