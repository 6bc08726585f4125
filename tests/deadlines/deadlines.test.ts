// computeDeadlines on the fixture registry tests/fixtures/deadlines/basic, "today" 2026-06-15 (a
// Monday). Every due date below was counted by hand on the 2026 notice (清明 4/4–6, 劳动节 5/1–5,
// 5/9 worked, 端午 6/19–21; 春节 2/15–23 with 2/14 and 2/28 worked).
import { describe, expect, it } from 'vitest';
import { buildWorkCalendar, calendarForRegistry } from '../../src/calendar/index.js';
import { computeDeadlines, doneOf, stateOf, type Deadline, type DeadlineEvent } from '../../src/deadlines/index.js';
import { rule as changeDeadline } from '../../src/checks/change-deadline.js';
import { rule as calendarCoverage } from '../../src/checks/calendar-coverage.js';
import { loadRegistry } from '../../src/registry/load.js';
import { makeRegistry, replace, type Edit } from '../helpers/fixture.js';

const TODAY = '2026-06-15';

async function deadlinesOf(edits: Record<string, Edit> = {}, today = TODAY, extra: { provisional?: boolean; extraEvents?: DeadlineEvent[] } = {}) {
  const root = makeRegistry(edits, 'deadlines/basic');
  const { registry } = await loadRegistry(root);
  const { calendar } = calendarForRegistry(registry);
  return { registry, calendar, deadlines: computeDeadlines(registry, calendar, { today, ...extra }) };
}

const row = (d: Deadline) => [d.code, d.kind, d.source, d.from, d.due, d.done, d.state, d.remaining, d.path, d.answeredBy];

describe('the fixture registry on 2026-06-15', () => {
  it('lists every deadline with due date, completion, state and remaining working days', async () => {
    const { deadlines } = await deadlinesOf();
    expect(deadlines.map(row)).toEqual([
      // gaj
      // 治安管理处罚法 amended 4/1, never answered: due 4/30 (4/2–3, 4/7–10, …, 4/27–30); overdue by
      // 5/6–8, 5/9 (worked Saturday), 5/11–29, 6/1–12, 6/15 = 30 working days
      ['CF-GAJ-0001', 'law-amended', '治安管理处罚法', '2026-04-01', '2026-04-30', null, 'overdue', -30, ['basis', 0], undefined],
      // filed 3/15, after the 3/2 amendment: no trigger. 流程图变更 4/13 → 5/13 (5/9 worked), done 5/11
      ['CF-GAJ-0002', 'change', '流程图变更', '2026-04-13', '2026-05-13', '2026-05-11', 'on-time', null, ['changes', 0], undefined],
      // 5/18 → due today
      ['CF-GAJ-0002', 'change', '事项变更', '2026-05-18', '2026-06-15', null, 'open', 0, ['changes', 1], undefined],
      // 5/25 → 6/23 (端午 6/19 off); explained but not published: not done
      ['CF-GAJ-0002', 'change', '事项变更', '2026-05-25', '2026-06-23', null, 'open', 5, ['changes', 2], undefined],
      // 机动车登记办法 repealed 5/20 after filing (2025-12-01): due 6/17
      ['QT-GAJ-0001', 'law-repealed', '机动车登记办法', '2026-05-20', '2026-06-17', null, 'open', 2, ['basis', 0], undefined],
      // answered by changes[0] (依据变化 3/10, done 3/25) against the trigger's due 3/30; not listed again
      ['XK-GAJ-0001', 'law-amended', '道路交通安全法', '2026-03-02', '2026-03-30', '2026-03-25', 'on-time', null, ['basis', 0], 0],
      // answered by changes[0], done 4/10 (the later of explained 4/10 and published 4/8): late
      ['XK-GAJ-0002', 'law-amended', '道路交通安全法', '2026-03-02', '2026-03-30', '2026-04-10', 'late', null, ['basis', 0], 0],
      // 新增 counts as a catalogue change: 5/28 → 6/26
      ['XK-GAJ-0003', 'change', '新增', '2026-05-28', '2026-06-26', '2026-06-01', 'on-time', null, ['changes', 0], undefined],
      // scjgj: functions adjusted 2/2 → due 3/6 (2/14 and 2/28 worked, 春节 off)
      ['JC-SCJGJ-0001', 'functions-adjusted', 'scjgj', '2026-02-02', '2026-03-06', '2026-03-02', 'on-time', null, ['functions'], 0],
      ['JC-SCJGJ-0002', 'functions-adjusted', 'scjgj', '2026-02-02', '2026-03-06', null, 'overdue', -68, ['functions'], undefined],
      // filed 3/1, after the adjustment: only its own 事项变更 3/16 → 4/14, done 4/20: late
      ['JC-SCJGJ-0003', 'change', '事项变更', '2026-03-16', '2026-04-14', '2026-04-20', 'late', null, ['changes', 0], undefined],
    ]);
  });

  it('every deadline cites the 2026 notice and none is provisional', async () => {
    const { deadlines } = await deadlinesOf();
    for (const d of deadlines) {
      expect(d.calendar).toMatchObject({ isProvisional: false, missingYears: [], isNearCoverageEnd: false });
      expect(d.calendar.notices.map((n) => n.doc_no)).toEqual(['国办发明电〔2025〕7号']);
    }
    expect(deadlines.find((d) => d.code === 'CF-GAJ-0001')).toMatchObject({ name: '对扰乱公共秩序行为的行政处罚', department: 'gaj', days: 20 });
  });

  it('state follows today: a week later the open change is overdue', async () => {
    const { deadlines } = await deadlinesOf({}, '2026-06-24');
    expect(deadlines.filter((d) => d.code === 'CF-GAJ-0002').map((d) => [d.from, d.state, d.remaining])).toEqual([
      ['2026-04-13', 'on-time', null], ['2026-05-18', 'overdue', -6], ['2026-05-25', 'overdue', -1],
    ]);
  });
});

describe('triggers', () => {
  it('an answering record dated after the due date still answers, and is judged late by the trigger', async () => {
    const { deadlines } = await deadlinesOf({
      'departments/gaj/powers/CF-GAJ-0001.yaml': (t) => `${t}changes:\n  - {date: 2026-05-10, kind: 依据变化, explained: 2026-05-20, published: 2026-05-21}\n`,
    });
    const d = deadlines.filter((x) => x.code === 'CF-GAJ-0001');
    expect(d.map(row)).toEqual([
      ['CF-GAJ-0001', 'law-amended', '治安管理处罚法', '2026-04-01', '2026-04-30', '2026-05-21', 'late', null, ['basis', 0], 0],
    ]);
  });

  it('a 依据变化 record before the amendment does not answer it, and keeps its own deadline', async () => {
    const { deadlines } = await deadlinesOf({
      'departments/gaj/powers/CF-GAJ-0001.yaml': (t) => `${t}changes:\n  - {date: 2026-03-02, kind: 依据变化, explained: 2026-03-05, published: 2026-03-05}\n`,
    });
    expect(deadlines.filter((x) => x.code === 'CF-GAJ-0001').map((x) => [x.kind, x.state, x.path])).toEqual([
      ['change', 'on-time', ['changes', 0]], ['law-amended', 'overdue', ['basis', 0]],
    ]);
  });

  it('a 职能调整 record does not answer a law trigger, nor 依据变化 a functions adjustment', async () => {
    const { deadlines } = await deadlinesOf({
      'departments/gaj/powers/CF-GAJ-0001.yaml': (t) => `${t}changes:\n  - {date: 2026-04-02, kind: 职能调整, explained: 2026-04-03, published: 2026-04-03}\n`,
      'departments/scjgj/powers/JC-SCJGJ-0002.yaml': (t) => `${t}changes:\n  - {date: 2026-02-03, kind: 依据变化, explained: 2026-02-04, published: 2026-02-04}\n`,
    });
    expect(deadlines.filter((x) => x.code === 'CF-GAJ-0001' || x.code === 'JC-SCJGJ-0002').map((x) => [x.code, x.kind, x.state])).toEqual([
      ['CF-GAJ-0001', 'law-amended', 'overdue'], ['CF-GAJ-0001', 'change', 'on-time'],
      ['JC-SCJGJ-0002', 'functions-adjusted', 'overdue'], ['JC-SCJGJ-0002', 'change', 'on-time'],
    ]);
  });

  it('one record answers every trigger it follows; a law cited twice triggers once', async () => {
    const { deadlines } = await deadlinesOf({
      'departments/gaj/powers/CF-GAJ-0001.yaml': (t) => replace('basis:\n  - law: 治安管理处罚法\n',
        'basis:\n  - law: 治安管理处罚法\n  - law: 道路交通安全法\n  - law: 治安管理处罚法\n    articles: 第二条\n')(t)
        + 'changes:\n  - {date: 2026-04-20, kind: 依据变化, explained: 2026-04-21, published: 2026-04-22}\n',
    });
    expect(deadlines.filter((x) => x.code === 'CF-GAJ-0001').map((x) => [x.kind, x.source, x.due, x.state, x.path, x.answeredBy])).toEqual([
      ['law-amended', '道路交通安全法', '2026-03-30', 'late', ['basis', 1], 0], // done 4/22
      ['law-amended', '治安管理处罚法', '2026-04-30', 'on-time', ['basis', 0], 0],
    ]);
  });

  it('a change record before the trigger is a declaration too (a power never filed)', async () => {
    const noFiled = (t: string) => t.replace(/^filed: .*\n/m, '').replace(/^published: .*\n/m, '');
    const { deadlines } = await deadlinesOf({
      'departments/gaj/powers/CF-GAJ-0001.yaml': noFiled,
      'departments/scjgj/powers/JC-SCJGJ-0002.yaml': (t) => `${noFiled(t)}changes:\n  - {date: 2026-01-20, kind: 新增, explained: 2026-01-21, published: 2026-01-21}\n`,
    });
    expect(deadlines.filter((x) => x.code === 'CF-GAJ-0001')).toEqual([]); // never declared: nothing to re-declare
    expect(deadlines.filter((x) => x.code === 'JC-SCJGJ-0002').map((x) => x.kind)).toEqual(['change', 'functions-adjusted']);
  });

  it('a power abolished before the trigger is exempt from it', async () => {
    const { deadlines } = await deadlinesOf({
      'departments/gaj/powers/CF-GAJ-0001.yaml': (t) => `${t.replace('status: 已公布', 'status: 已废止')}changes:\n  - {date: 2026-03-20, kind: 废止, explained: 2026-03-25, published: 2026-03-26}\n`,
    });
    expect(deadlines.filter((x) => x.code === 'CF-GAJ-0001').map((x) => [x.kind, x.source, x.due, x.state])).toEqual([
      ['change', '废止', '2026-04-20', 'on-time'], // 清明 4/6 (Monday) off
    ]);
  });
});

describe('lengths and completion', () => {
  it('uses registry.yaml\'s change and basis_change', async () => {
    const { deadlines } = await deadlinesOf({
      'registry.yaml': replace('  change: 20\n  basis_change: 20', '  change: 10\n  basis_change: 15'),
    });
    const pick = (code: string, kind: string) => deadlines.find((d) => d.code === code && d.kind === kind)!;
    expect(pick('JC-SCJGJ-0003', 'change')).toMatchObject({ days: 10, due: '2026-03-30' });
    expect(pick('CF-GAJ-0001', 'law-amended')).toMatchObject({ days: 15, due: '2026-04-23' });
  });

  it('done is the later of explained and published, and needs both', () => {
    expect(doneOf({ explained: '2026-03-20', published: '2026-03-25' })).toBe('2026-03-25');
    expect(doneOf({ explained: '2026-04-10', published: '2026-04-08' })).toBe('2026-04-10');
    expect(doneOf({ explained: '2026-04-10' })).toBeNull();
    expect(doneOf({ published: '2026-04-10' })).toBeNull();
    expect(doneOf({ explained: 'soon', published: '2026-04-10' })).toBeNull();
    expect(doneOf({ date: '2026-04-01', explained: '2026-03-01', published: '2026-04-10' })).toBeNull(); // explained before the change
  });

  it('state needs only due, done and today; the due date itself is on time', () => {
    expect(stateOf('2026-03-30', '2026-03-30', '2026-06-15')).toBe('on-time');
    expect(stateOf('2026-03-30', '2026-03-31', '2026-06-15')).toBe('late');
    expect(stateOf('2026-06-15', null, '2026-06-15')).toBe('open');
    expect(stateOf('2026-06-14', null, '2026-06-15')).toBe('overdue');
  });
});

describe('calendar coverage', () => {
  const lateChange = {
    'departments/gaj/powers/XK-GAJ-0003.yaml': (t: string) => `${t}  - {date: 2026-12-20, kind: 事项变更}\n`,
  };

  it('a due date in an uncovered year is computed on weekends only and flagged', async () => {
    const { deadlines } = await deadlinesOf(lateChange, '2026-12-22');
    const d = deadlines.find((x) => x.from === '2026-12-20')!;
    expect(d).toMatchObject({ due: '2027-01-15', state: 'open', remaining: null });
    expect(d.calendar).toMatchObject({ isProvisional: true, missingYears: [2027] });
  });

  it('--provisional also gives the remaining days', async () => {
    const { deadlines } = await deadlinesOf(lateChange, '2026-12-22', { provisional: true });
    // (12/22, 1/15]: 12/23–25, 12/28–31, then weekdays 1/1, 1/4–8, 1/11–15
    expect(deadlines.find((x) => x.from === '2026-12-20')).toMatchObject({ remaining: 18 });
  });

  it('remaining is null when the calendar does not cover today', async () => {
    const { deadlines } = await deadlinesOf({}, '2027-03-01');
    expect(deadlines.find((d) => d.code === 'CF-GAJ-0001')).toMatchObject({ state: 'overdue', remaining: null });
  });

  it('a due date in the last weeks of 2026 warns that the 2027 notice may move it', async () => {
    const { deadlines } = await deadlinesOf({
      'departments/gaj/powers/XK-GAJ-0003.yaml': (t: string) => `${t}  - {date: 2026-11-20, kind: 事项变更}\n`,
    });
    expect(deadlines.find((x) => x.from === '2026-11-20')).toMatchObject({
      due: '2026-12-18', calendar: { isNearCoverageEnd: true, isProvisional: false },
    });
  });
});

describe('extra events (the git hook)', () => {
  it('an unrecorded change is a deadline from its commit date', async () => {
    const { deadlines } = await deadlinesOf({}, TODAY, {
      extraEvents: [{ code: 'XK-GAJ-0001', kind: 'unrecorded', source: '0123456789abcdef0123456789abcdef01234567', from: '2026-05-25' }],
    });
    expect(deadlines.filter((d) => d.kind === 'unrecorded')).toMatchObject([{
      code: 'XK-GAJ-0001', source: '0123456789abcdef0123456789abcdef01234567', from: '2026-05-25', due: '2026-06-23',
      done: null, state: 'open', remaining: 5, department: 'gaj', file: 'departments/gaj/powers/XK-GAJ-0001.yaml', days: 20,
    }]);
  });
});

describe('rules', () => {
  async function findings(edits: Record<string, Edit> = {}, today = TODAY) {
    const root = makeRegistry(edits, 'deadlines/basic');
    const { registry } = await loadRegistry(root);
    const { calendar } = calendarForRegistry(registry);
    const ctx = { registry, today, calendar };
    return [...changeDeadline.run(ctx), ...calendarCoverage.run(ctx)]
      .map((f) => [f.rule, f.file.split('/').pop(), f.path, f.message, f.code]);
  }

  it('change-deadline: late or past due, at the change record or the basis citation', async () => {
    expect(await findings()).toEqual([
      ['change-deadline', 'CF-GAJ-0001.yaml', ['basis', 0], 'change-deadline.overdue.law-amended', 'CF-GAJ-0001'],
      ['change-deadline', 'XK-GAJ-0002.yaml', ['basis', 0], 'change-deadline.late.law-amended', 'XK-GAJ-0002'],
      ['change-deadline', 'JC-SCJGJ-0002.yaml', ['functions'], 'change-deadline.overdue.functions-adjusted', 'JC-SCJGJ-0002'],
      ['change-deadline', 'JC-SCJGJ-0003.yaml', ['changes', 0], 'change-deadline.late.change', 'JC-SCJGJ-0003'],
    ]);
  });

  it('calendar-coverage: a due date that needs 2027; change-deadline leaves it alone', async () => {
    const out = await findings({
      'departments/gaj/powers/XK-GAJ-0003.yaml': (t: string) => `${t}  - {date: 2026-12-20, kind: 事项变更}\n`,
    }, '2027-02-01');
    expect(out.filter((f) => f[0] === 'calendar-coverage')).toEqual([
      ['calendar-coverage', 'XK-GAJ-0003.yaml', ['changes', 1], 'calendar-coverage.missing', 'XK-GAJ-0003'],
    ]);
    expect(out.filter((f) => f[1] === 'XK-GAJ-0003.yaml' && f[0] === 'change-deadline')).toEqual([]);
  });

  it('finding data carry the dates', async () => {
    const root = makeRegistry({}, 'deadlines/basic');
    const { registry } = await loadRegistry(root);
    const out = changeDeadline.run({ registry, today: TODAY, calendar: buildWorkCalendar().calendar });
    expect(out.find((f) => f.code === 'XK-GAJ-0002')?.data).toEqual({
      source: '道路交通安全法', from: '2026-03-02', due: '2026-03-30', days: 20, done: '2026-04-10', record: 'changes[0]',
    });
  });
});
