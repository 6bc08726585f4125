// The review deadline (SPEC §4, fact 14): a declaration (review.declared) without the legal affairs
// office's review (review.reviewed) is due `deadlines.review` (15) working days later. Counted by
// hand on the 2026 notice (劳动节 5/1–5, 5/9 worked, 端午 6/19–21); "today" 2026-06-15.
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarForRegistry } from '../../src/calendar/index.js';
import { rule as calendarCoverage } from '../../src/checks/calendar-coverage.js';
import { rule as changeDeadline } from '../../src/checks/change-deadline.js';
import { computeDeadlines } from '../../src/deadlines/index.js';
import { loadRegistry } from '../../src/registry/load.js';
import { ensureBuilt, runCli } from '../calendar/helpers.js';
import { makeRegistry, replace, type Edit } from '../helpers/fixture.js';

const TODAY = '2026-06-15';
const XK3 = 'departments/gaj/powers/XK-GAJ-0003.yaml';

/** XK-GAJ-0003 declared on `declared` (and reviewed on `reviewed`), status 已申报. */
const declare = (declared: string, reviewed?: string, status = '已申报'): Record<string, Edit> => ({
  [XK3]: replace('status: 已公布', `review:\n  declared: ${declared}\n  signed_by: 局长\n${reviewed ? `  reviewed: ${reviewed}\n` : ''}status: ${status}`),
});

async function load(edits: Record<string, Edit>) {
  const { registry } = await loadRegistry(makeRegistry(edits, 'deadlines/basic'));
  return { registry, calendar: calendarForRegistry(registry).calendar };
}

async function reviews(edits: Record<string, Edit>, today = TODAY) {
  const { registry, calendar } = await load(edits);
  return computeDeadlines(registry, calendar, { today }).filter((d) => d.kind === 'review')
    .map((d) => [d.code, d.source, d.from, d.due, d.done, d.state, d.remaining, d.path, d.days]);
}

describe('computeDeadlines: kind review', () => {
  it('a declaration awaiting review is due 15 working days later (端午 skipped)', async () => {
    // 6/2–5, 6/8–12, 6/15–18, 6/22, 6/23; 6/19 is 端午. Remaining from 6/15: 6/16–18, 6/22, 6/23.
    expect(await reviews(declare('2026-06-01'))).toEqual([
      ['XK-GAJ-0003', '申报', '2026-06-01', '2026-06-23', null, 'open', 5, ['review', 'declared'], 15],
    ]);
  });

  it('past due it is overdue (5/9 a worked Saturday)', async () => {
    // 5/7, 5/8, 5/9, 5/11–15, 5/18–22, 5/25, 5/26; overdue by 5/27–29, 6/1–5, 6/8–12, 6/15
    expect(await reviews(declare('2026-05-06'))).toEqual([
      ['XK-GAJ-0003', '申报', '2026-05-06', '2026-05-26', null, 'overdue', -14, ['review', 'declared'], 15],
    ]);
  });

  it('uses registry.yaml deadlines.review', async () => {
    const out = await reviews({ ...declare('2026-05-06'), 'registry.yaml': replace('  basis_change: 20', '  basis_change: 20\n  review: 10') });
    expect(out.map((r) => [r[3], r[8]])).toEqual([['2026-05-19', 10]]);
  });

  it('none once reviewed (a late review is review-period\'s), and none for an abolished power', async () => {
    expect(await reviews(declare('2026-05-06', '2026-06-10', '已审核'))).toEqual([]);
    expect(await reviews(declare('2026-05-06', undefined, '已废止'))).toEqual([]);
    expect(await reviews({})).toEqual([]);
  });
});

describe('a change explained before it happened (issue 9)', () => {
  it('is not done: deadlines no longer call it 按期完成, and change-deadline leaves it to status-dates', async () => {
    const edits = { [XK3]: replace('explained: 2026-06-01, published: 2026-06-01', 'explained: 2026-04-28, published: 2026-06-01') };
    const { registry, calendar } = await load(edits);
    const d = computeDeadlines(registry, calendar, { today: TODAY }).find((x) => x.code === 'XK-GAJ-0003')!;
    expect([d.done, d.state, d.isAnsweredTooEarly]).toEqual([null, 'open', true]);
    const late = computeDeadlines(registry, calendar, { today: '2026-07-01' }).find((x) => x.code === 'XK-GAJ-0003')!;
    expect(late.state).toBe('overdue');
    expect(changeDeadline.run({ registry, calendar, today: '2026-07-01' }).filter((f) => f.code === 'XK-GAJ-0003')).toEqual([]);
  });
});

describe('validate: change-deadline and calendar-coverage on review deadlines', () => {
  async function findings(edits: Record<string, Edit>, today: string) {
    const { registry, calendar } = await load(edits);
    const ctx = { registry, today, calendar };
    return [...changeDeadline.run(ctx), ...calendarCoverage.run(ctx)]
      .filter((f) => f.code === 'XK-GAJ-0003').map((f) => [f.rule, f.path, f.message, f.data?.due]);
  }

  it('an overdue review is a change-deadline warning at review.declared', async () => {
    expect(await findings(declare('2026-05-06'), TODAY)).toEqual([
      ['change-deadline', ['review', 'declared'], 'change-deadline.overdue.review', '2026-05-26'],
    ]);
  });

  it('a review due in a year no notice covers is calendar-coverage\'s', async () => {
    expect(await findings(declare('2026-12-20'), '2027-02-01')).toEqual([
      ['calendar-coverage', ['review', 'declared'], 'calendar-coverage.missing', expect.stringMatching(/^2027-01-/)],
    ]);
  });
});

describe('powers deadlines prints review deadlines', () => {
  beforeAll(() => ensureBuilt());
  const dir = () => makeRegistry(declare('2026-06-01'), 'deadlines/basic');

  it('json', () => {
    const r = runCli(['deadlines', '--registry', dir(), '--today', TODAY, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).deadlines.filter((d: { kind: string }) => d.kind === 'review')).toEqual([
      { code: 'XK-GAJ-0003', kind: 'review', source: '申报', from: '2026-06-01', due: '2026-06-23', done: null, state: 'open', remaining: 5 },
    ]);
  });

  it('text and md name the event', () => {
    const root = dir();
    for (const format of ['text', 'md']) {
      const r = runCli(['deadlines', '--registry', root, '--today', TODAY, '--format', format]);
      expect(r.code).toBe(0);
      const line = r.stdout.split('\n').find((l) => l.includes('XK-GAJ-0003') && l.includes('申报待审核'));
      expect(line, format).toBeDefined();
      expect(line).toContain('2026-06-23');
    }
    const en = runCli(['--lang', 'en', 'deadlines', '--registry', root, '--today', TODAY]);
    expect(en.stdout).toMatch(/XK-GAJ-0003.*declaration awaiting review|declaration awaiting review.*XK-GAJ-0003/);
  });
});
