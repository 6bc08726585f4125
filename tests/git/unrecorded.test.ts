// `deadlines --git` (unrecorded changes) and the change log for publish, against real repositories.
import { describe, expect, it } from 'vitest';
import { commitOfRecord, powerCommitLog, powerCommitLogIfAny } from '../../src/git/changelog.js';
import { unrecordedChanges } from '../../src/git/unrecorded.js';
import { loadRegistry } from '../../src/registry/load.js';
import { CF, JC, QT, XK, plainRegistry, repoFactory } from './helpers.js';

const repo = repoFactory();

const RECORD = (date: string, kind = '事项变更') => `changes:\n  - {date: ${date}, kind: ${kind}, summary: 调整}\n`;

describe('unrecordedChanges', () => {
  it('finds substantive commits to published powers without a change record', async () => {
    const r = repo({ sub: '登记册' });
    r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
    // 1. Substance changed, no record: unrecorded (China date of a late-evening UTC commit).
    r.edit(XK, 'promised_days: 5', 'promised_days: 4');
    const unrecorded = r.commit('改时限', { date: '2026-02-01T17:30:00+00:00' });
    // 2. Substance changed with a record in the same commit: recorded.
    r.edit(CF, 'promised_days: 30', 'promised_days: 20');
    r.write(CF, `${r.read(CF)}${RECORD('2026-02-03')}`);
    r.commit('改处罚时限并登记', { date: '2026-02-03T10:00:00+08:00' });
    // 3. Only record-keeping fields, formatting, or a move: no substance.
    r.edit(JC, 'published: 2026-01-20', 'published: 2026-01-21');
    r.edit(XK, 'name: 机动车驾驶证核发', 'name: "机动车驾驶证核发"');
    r.move(CF, 'departments/gaj/powers/交通警察支队/CF-GAJ-0001.yaml');
    r.commit('整理', { date: '2026-02-04T10:00:00+08:00' });
    // 4. A power that is not published (已备案): not a change of a published power.
    r.edit(QT, 'promised_days: 10', 'promised_days: 9');
    r.commit('内部事项', { date: '2026-02-05T10:00:00+08:00' });
    // 5. Changed, then recorded by a follow-up commit within the grace period: recorded.
    r.edit(JC, /promised_days: \d+/, 'promised_days: 7');
    r.commit('改检查时限', { date: '2026-02-06T10:00:00+08:00' });
    r.write(JC, `${r.read(JC)}${RECORD('2026-02-06')}`);
    r.commit('补登记', { date: '2026-02-09T10:00:00+08:00' });

    const result = await unrecordedChanges(r.root);
    expect(result.changes).toEqual([{
      code: 'XK-GAJ-0001', file: XK, commit: unrecorded, date: '2026-02-02', author: '张三', subject: '改时限', fields: ['flow.promised_days'],
    }]);
    expect(result.events).toEqual([{ code: 'XK-GAJ-0001', kind: 'unrecorded', source: unrecorded, from: '2026-02-02', file: XK, length: 'change', done: null }]);
    expect(result.isShallow).toBe(false);

    // With the registry already loaded: the same answer.
    const { registry } = await loadRegistry(r.root);
    expect((await unrecordedChanges(r.root, registry)).events).toEqual(result.events);
  });

  it('does not let a much later record answer an old change', async () => {
    const r = repo();
    r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
    r.edit(XK, 'promised_days: 5', 'promised_days: 4');
    const old = r.commit('改时限', { date: '2026-01-10T10:00:00+08:00' });
    r.edit(XK, 'statutory_days: 20', 'statutory_days: 15');
    r.write(XK, `${r.read(XK)}${RECORD('2026-06-01')}`);
    r.commit('再改并登记', { date: '2026-06-01T10:00:00+08:00' });
    expect((await unrecordedChanges(r.root)).events.map((e) => e.source)).toEqual([old]);
  });

  it('a published power deleted without a 废止 record is an unrecorded change (git rm)', async () => {
    const r = repo({ sub: '登记册' });
    r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
    // 1. A published power removed outright: unrecorded, from the commit's China date.
    r.remove(CF);
    const removal = r.commit('删除处罚事项', { date: '2026-02-01T17:30:00+00:00', author: '王五' });
    // 2. A published power abolished with its 废止 record, then removed: recorded.
    r.write(JC, `${r.read(JC)}${RECORD('2026-02-10', '废止')}`);
    r.commit('废止检查事项', { date: '2026-02-10T10:00:00+08:00' });
    r.remove(JC);
    r.commit('移除已废止事项', { date: '2026-02-12T10:00:00+08:00' });
    // 3. A power never published (已备案) removed: not a change of the published catalogue.
    r.remove(QT);
    r.commit('删除内部事项', { date: '2026-02-13T10:00:00+08:00' });

    const expected = {
      code: 'CF-GAJ-0001', file: CF, commit: removal, date: '2026-02-02', author: '王五', subject: '删除处罚事项', fields: [],
      removed: true, name: '对机动车驾驶人违反道路通行规定的行政处罚',
    };
    const result = await unrecordedChanges(r.root);
    expect(result.changes).toEqual([expected]);
    expect(result.events).toEqual([{
      code: 'CF-GAJ-0001', kind: 'unrecorded', source: removal, from: '2026-02-02', file: CF, length: 'change', done: null,
      name: '对机动车驾驶人违反道路通行规定的行政处罚',
    }]);
    // With the registry already loaded (the removed power is not in it): the same answer.
    const { registry } = await loadRegistry(r.root);
    expect((await unrecordedChanges(r.root, registry)).changes).toEqual([expected]);
  });

  it('a power moved and edited in one commit is an edit, not a removal', async () => {
    const r = repo();
    r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
    r.write('departments/gaj/powers/交通警察支队/CF-GAJ-0001.yaml', r.read(CF).replace('首次违法', '首次违法行为'));
    r.remove(CF);
    r.commit('移动并修改', { date: '2026-01-10T10:00:00+08:00' });
    const result = await unrecordedChanges(r.root);
    expect(result.changes.map((c) => [c.code, c.removed ?? false])).toEqual([['CF-GAJ-0001', false]]);
  });

  it('skips the commits a shallow clone does not have, and says so', async () => {
    const r = repo();
    r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
    r.edit(XK, 'promised_days: 5', 'promised_days: 4');
    r.commit('改时限', { date: '2026-01-10T10:00:00+08:00' });
    const clone = r.shallowClone(1);
    const result = await unrecordedChanges(clone.root);
    expect(result).toMatchObject({ changes: [], isShallow: true });
    expect(result.boundary).toHaveLength(1);
  });
});

describe('powerCommitLog', () => {
  it('gives each power its commits and links change records to the commit that added them', async () => {
    const r = repo();
    const first = r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
    r.edit(XK, 'promised_days: 5', 'promised_days: 4');
    r.write(XK, `${r.read(XK)}${RECORD('2026-02-03')}`);
    const second = r.commit('调整承诺时限', { date: '2026-02-03T10:00:00+08:00', author: '李四' });
    r.move(XK, 'departments/gaj/powers/车辆管理所/XK-GAJ-0001.yaml');
    r.commit('移动', { date: '2026-02-04T10:00:00+08:00' });

    const log = await powerCommitLog(r.root, { codes: ['XK-GAJ-0001'] });
    expect([...log.byCode.keys()]).toEqual(['XK-GAJ-0001']);
    expect(log.byCode.get('XK-GAJ-0001')).toEqual([
      { commit: second, date: '2026-02-03T10:00:00+08:00', author: '李四', subject: '调整承诺时限', kind: 'changed', fields: ['flow.promised_days', 'changes[0]'], addedRecords: [{ date: '2026-02-03', kind: '事项变更' }], isPublic: true },
      // The first commit also added the withheld QT-GAJ-0001: never shown on a public page.
      { commit: first, date: '2026-01-05T10:00:00+08:00', author: '张三', subject: '初始登记', kind: 'added', fields: [], addedRecords: [], isPublic: false },
    ]);
    expect(commitOfRecord(log, 'XK-GAJ-0001', { date: '2026-02-03', kind: '事项变更' })?.commit).toBe(second);
    expect(log.head).toBe(r.head());

    // A power created with its record: the record belongs to the creating commit.
    r.write('departments/gaj/powers/XK-GAJ-0005.yaml', `${r.read(CF).replace('CF-GAJ-0001', 'XK-GAJ-0005')}${RECORD('2026-02-05', '新增')}`);
    const created = r.commit('新增事项', { date: '2026-02-05T10:00:00+08:00' });
    const withNew = await powerCommitLog(r.root, { codes: ['XK-GAJ-0005'] });
    expect(withNew.byCode.get('XK-GAJ-0005')).toMatchObject([{ commit: created, kind: 'added' }]);
    expect(commitOfRecord(withNew, 'XK-GAJ-0005', { date: '2026-02-05', kind: '新增' })?.commit).toBe(created);

    const all = await powerCommitLog(r.root);
    expect([...all.byCode.keys()].sort()).toEqual(['CF-GAJ-0001', 'JC-SCJGJ-0001', 'QT-GAJ-0001', 'XK-GAJ-0001', 'XK-GAJ-0005']);
  });

  it('is undefined (not an error) for a registry outside git', async () => {
    const plain = plainRegistry();
    expect(await powerCommitLogIfAny(plain)).toBeUndefined();
  });
});
