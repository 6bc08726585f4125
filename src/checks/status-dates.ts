// Fact 14: clearance is a reviewed workflow — declared (申报), reviewed (审核意见), shown to the
// public (公示), filed (备案), published (公布) — and fact 8: a change is explained to the filing
// authority and republished after it happens. The dates must say so.
import type { NodePath } from '../registry/model.js';
import { isPlainDate } from '../util/date.js';
import type { Finding, Rule } from './types.js';
import { list, powerFinding, raw, rec, str } from './read.js';

/** The workflow's dates in the order they must come (each message names the field by `dateField.<key>`). */
const CHAIN: readonly [NodePath, string][] = [
  [['review', 'declared'], 'declared'],
  [['review', 'reviewed'], 'reviewed'],
  [['review', 'publicity', 'from'], 'publicityFrom'],
  [['review', 'publicity', 'to'], 'publicityTo'],
  [['filed'], 'filed'],
  [['published'], 'published'],
];

/** Which dates a status needs. */
const NEEDS: Record<string, readonly string[]> = { 已备案: ['filed'], 已公布: ['filed', 'published'] };

/** The value at `path` when it is a real `YYYY-MM-DD` date (anything else is the schema's). */
function dateAt(data: Record<string, unknown>, path: NodePath): string | undefined {
  let node: unknown = data;
  for (const key of path) node = rec(node)?.[key];
  return isPlainDate(node) ? node : undefined;
}

export const rule: Rule = {
  id: 'status-dates',
  severity: 'error',
  run({ registry, today }) {
    const out: Finding[] = [];
    for (const p of registry.powers) {
      const d = raw(p);
      const status = str(d.status);
      for (const field of NEEDS[status ?? ''] ?? []) {
        if (d[field] === undefined) out.push(powerFinding('status-dates', p, ['status'], 'status-dates.missing', { status, field }));
      }

      let latest: { key: string; date: string } | undefined;
      for (const [path, key] of CHAIN) {
        const date = dateAt(d, path);
        if (date === undefined) continue;
        if (latest && date < latest.date) {
          out.push(powerFinding('status-dates', p, path, 'status-dates.order', { field: key, date, earlier: latest.key, earlierDate: latest.date }));
        } else {
          latest = { key, date };
        }
        // A 公示 still under way (status 已审核) may end after today.
        const mayLieAhead = key === 'publicityTo' && status === '已审核';
        if (date > today && !mayLieAhead) out.push(powerFinding('status-dates', p, path, 'status-dates.future', { field: key, date, today }));
      }
      const reviewedWithholding = dateAt(d, ['disclosure', 'withhold', 'reviewed']);
      if (reviewedWithholding !== undefined && reviewedWithholding > today) {
        out.push(powerFinding('status-dates', p, ['disclosure', 'withhold', 'reviewed'], 'status-dates.future', { field: 'withholdReviewed', date: reviewedWithholding, today }));
      }

      list(d.changes)?.forEach((c, i) => {
        const change = rec(c);
        if (!change) return;
        const changeDate = isPlainDate(change.date) ? change.date : undefined;
        for (const key of ['explained', 'published'] as const) {
          const date = change[key];
          if (!isPlainDate(date)) continue;
          const path = ['changes', i, key];
          const field = key === 'explained' ? 'changeExplained' : 'changePublished';
          if (changeDate !== undefined && date < changeDate) out.push(powerFinding('status-dates', p, path, 'status-dates.beforeChange', { field, date, changeDate }));
          if (date > today) out.push(powerFinding('status-dates', p, path, 'status-dates.future', { field, date, today }));
        }
      });
    }
    return out;
  },
};
