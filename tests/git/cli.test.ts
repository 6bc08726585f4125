// End to end: the built binary, spawned as users run it, on real repositories.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CF, TestRepo, XK, ensureBuilt, plainRegistry, removeTempDirs, runCli } from './helpers.js';

let r: TestRepo;
let first: string;
let second: string;
let third: string;

beforeAll(() => {
  ensureBuilt();
  r = new TestRepo({ sub: '登记册' });
  first = r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
  r.edit(XK, 'promised_days: 5', 'promised_days: 4');
  r.edit(XK, '{name: 审查, post: cgs-sp, days: 3', '{name: 审查, post: cgs-sp, days: 2');
  r.remove('departments/gaj/powers/QT-GAJ-0001.yaml');
  r.move(CF, 'departments/gaj/powers/交通警察支队/CF-GAJ-0001.yaml');
  r.edit('departments/gaj/department.yaml', 'title: 受理岗', 'title: 综合受理岗');
  second = r.commit('调整承诺时限\n\n经局务会研究。', { date: '2026-02-10T10:00:00+08:00', author: '李四', email: 'lisi@example.gov.cn' });
  r.write('departments/gaj/powers/XK-GAJ-0002.yaml', r.read(XK).replace(/XK-GAJ-0001/, 'XK-GAJ-0002').replace('机动车驾驶证核发', '机动车驾驶证换领'));
  third = r.commit('新增换领', { date: '2026-03-01T09:00:00+08:00' });
});

afterAll(() => {
  r?.dispose();
  removeTempDirs();
});

describe('powers diff', () => {
  it('prints the SPEC §8 JSON contract', () => {
    const out = runCli(['diff', first, second, '--format', 'json'], r.root);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(Object.keys(json)).toEqual(['from', 'to', 'added', 'removed', 'changed']);
    expect(json).toEqual({
      from: first,
      to: second,
      added: [],
      removed: ['QT-GAJ-0001'],
      changed: [{
        code: 'XK-GAJ-0001',
        fields: [
          { path: 'flow.promised_days', before: 5, after: 4 },
          { path: 'flow.steps[1].days', before: 3, after: 2 },
        ],
      }],
    });
  });

  it('prints readable Chinese text with field labels, the move and the department', () => {
    const out = runCli(['diff', first, second], r.root);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('权力事项：新增 0 项，删除 1 项，修改 1 项，移动 1 项');
    expect(out.stdout).toContain('运行流程 › 承诺时限：5 → 4');
    expect(out.stdout).toContain('运行流程 › 办理环节 第 2 项（审查） › 环节时限：3 → 2');
    expect(out.stdout).toContain('departments/gaj/powers/交通警察支队/CF-GAJ-0001.yaml');
    expect(out.stdout).toContain('岗位职责〔cgs-sl〕 › 岗位名称：受理岗 → 综合受理岗');
    expect(out.stderr).toBe('');
  });

  it('prints Markdown tables', () => {
    const out = runCli(['diff', first, second, '-f', 'md'], r.root);
    expect(out.stdout).toMatch(/^# 比较 /);
    expect(out.stdout).toContain('| 运行流程 › 承诺时限 | `flow.promised_days` | 5 | 4 |');
  });

  it('compares by dates in China time, and against the working tree by default', () => {
    const byDate = JSON.parse(runCli(['diff', '--since', '2026-02-11', '--until', '2026-03-01', '-f', 'json'], r.root).stdout);
    expect(byDate).toMatchObject({ from: second, to: third, added: ['XK-GAJ-0002'], removed: [], changed: [] });
    const worktree = JSON.parse(runCli(['diff', 'HEAD', '-f', 'json'], r.root).stdout);
    expect(worktree).toEqual({ from: third, to: 'WORKTREE', added: [], removed: [], changed: [] });
    expect(runCli(['diff', 'HEAD'], r.root).stdout).toContain('没有实质变化');
  });

  it('refuses bad usage with exit 2 and a Chinese message', () => {
    for (const args of [['diff'], ['diff', 'HEAD', '--since', '2026-01-01'], ['diff', '--until', '2026-01-01'], ['diff', 'no-such-rev']]) {
      const out = runCli(args, r.root);
      expect(out.code, args.join(' ')).toBe(2);
      expect(out.stderr).toMatch(/[\u4e00-\u9fff]/);
      expect(out.stderr).not.toMatch(/\n\s+at /);
    }
    expect(runCli(['diff', 'no-such-rev'], r.root).stderr).toContain('找不到版本“no-such-rev”');
    expect(runCli(['diff', 'no-such-rev', '--lang', 'en'], r.root).stderr).toContain('revision "no-such-rev" not found');
  });

  it('says clearly that a registry outside git cannot be diffed (exit 2)', () => {
    const plain = plainRegistry();
    const out = runCli(['diff', 'HEAD'], plain);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('不在 git 仓库中');
    expect(runCli(['history', 'XK-GAJ-0001'], plain).code).toBe(2);
  });
});

describe('powers history', () => {
  it('prints the SPEC §8 JSON contract', () => {
    const out = runCli(['history', 'XK-GAJ-0001', '--format', 'json'], r.root);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(Object.keys(json)).toEqual(['code', 'commits']);
    expect(json.code).toBe('XK-GAJ-0001');
    expect(json.commits.map((c: { commit: string }) => c.commit)).toEqual([second, first]);
    expect(Object.keys(json.commits[0])).toEqual(['commit', 'date', 'author', 'email', 'message', 'fields']);
    expect(json.commits[0]).toEqual({
      commit: second, date: '2026-02-10T10:00:00+08:00', author: '李四', email: 'lisi@example.gov.cn', message: '调整承诺时限\n\n经局务会研究。',
      fields: [{ path: 'flow.promised_days', before: 5, after: 4 }, { path: 'flow.steps[1].days', before: 3, after: 2 }],
    });
    expect(json.commits[1].fields[0]).toEqual({ path: 'code', before: null, after: 'XK-GAJ-0001' });
  });

  it('prints a readable Chinese history, following a moved file', () => {
    const out = runCli(['history', 'CF-GAJ-0001'], r.root);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('CF-GAJ-0001 对机动车驾驶人违反道路通行规定的行政处罚 的变更历史：2 次提交');
    expect(out.stdout).toContain('文件移动：departments/gaj/powers/CF-GAJ-0001.yaml → departments/gaj/powers/交通警察支队/CF-GAJ-0001.yaml（内容未变）');
    expect(out.stdout).toContain('李四 <lisi@example.gov.cn>');
  });

  it('exits 1 for an unknown code', () => {
    const out = runCli(['history', 'XK-GAJ-9999'], r.root);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('没有编码为 XK-GAJ-9999 的权力事项');
  });
});

describe('powers deadlines --git', () => {
  it('adds the commit that changed a published power without a change record', () => {
    const out = runCli(['deadlines', '--git', '--today', '2026-03-02', '--format', 'json'], r.root);
    expect(out.code).toBe(0);
    const unrecorded = JSON.parse(out.stdout).deadlines.filter((d: { kind: string }) => d.kind === 'unrecorded');
    // second changed XK-GAJ-0001 (published) without a record; the move of CF and the new XK-GAJ-0002 are not changes.
    expect(unrecorded).toMatchObject([{ code: 'XK-GAJ-0001', source: second, from: '2026-02-10', done: null }]);
    const plain = runCli(['deadlines', '--today', '2026-03-02', '--format', 'json'], r.root);
    expect(JSON.parse(plain.stdout).deadlines.filter((d: { kind: string }) => d.kind === 'unrecorded')).toEqual([]);
  });
});

describe('powers deadlines --git, a deleted published power', () => {
  it('lists the removal (git rm, no 废止 record) by the deleted file, with the power\'s name', () => {
    const repo = new TestRepo();
    try {
      repo.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
      repo.git(['rm', '-q', CF]);
      const removal = repo.commit('删除', { date: '2026-02-10T10:00:00+08:00' });
      const json = runCli(['deadlines', '--git', '--today', '2026-03-02', '--format', 'json'], repo.root);
      expect(json.code, json.stderr).toBe(0);
      expect(JSON.parse(json.stdout).deadlines.filter((d: { kind: string }) => d.kind === 'unrecorded'))
        .toEqual([{ code: 'CF-GAJ-0001', kind: 'unrecorded', source: removal, from: '2026-02-10', due: '2026-03-16', done: null, state: 'open', remaining: 10 }]);
      const text = runCli(['deadlines', '--git', '--today', '2026-03-02', '--department', 'gaj'], repo.root);
      expect(text.code, text.stderr).toBe(0);
      expect(text.stdout).toContain('对机动车驾驶人违反道路通行规定的行政处罚');
      expect(text.stdout).toContain(removal.slice(0, 10));
    } finally {
      repo.dispose();
    }
  });
});

describe('in a shallow clone (CI default)', () => {
  it('still diffs what is present, explains what is not, and marks history as truncated', () => {
    const clone = r.shallowClone(1);
    const present = runCli(['diff', 'HEAD', '-f', 'json'], clone.root);
    expect(present.code).toBe(0);

    const missing = runCli(['diff', first], clone.root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('浅克隆');
    expect(missing.stderr).toContain('fetch-depth: 0');
    expect(missing.stderr).toContain('git fetch --unshallow');
    expect(missing.stderr).not.toMatch(/\n\s+at /);

    const byDate = runCli(['diff', '--since', '2026-01-01'], clone.root);
    expect(byDate.code).toBe(2);
    expect(byDate.stderr).toContain('浅克隆');

    const history = runCli(['history', 'XK-GAJ-0001'], clone.root);
    expect(history.stdout).toContain('历史在');
    expect(history.stdout).toContain('截断');
  });
});
