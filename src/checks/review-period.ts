// Fact 14: reviewed powers are shown to the public for at least 7 working days (公示不少于 7 个工作日),
// and the legal affairs office reviews a declaration within 15 working days (审核 15 个工作日).
// Working days follow the official calendar; a span needing a year no notice covers is left to
// calendar-coverage (it reads `reviewSpans` too), as change-deadline leaves its provisional dues.
import type { CalendarBasis, WorkCalendar } from '../calendar/index.js';
import type { NodePath, Power, Registry } from '../registry/model.js';
import { addCalendarDays, isPlainDate } from '../util/date.js';
import type { Finding, Rule } from './types.js';
import { powerFinding, raw, rec, str } from './read.js';

/** Statuses a power reaches only after the legal affairs office's review. */
const REVIEWED = new Set(['已审核', '已备案', '已公布']);

/** One working-day span of the workflow, computed on the official calendar. */
export interface ReviewSpan {
  kind: 'publicity' | 'review';
  path: NodePath;
  from: string;
  to: string;
  calendar: CalendarBasis;
  /** publicity: working days from `from` to `to`, both counted. */
  days?: number;
  /** review: the date `deadlines.review` working days after the declaration. */
  due?: string;
}

/** The 公示 span and the review deadline of a power, where its dates allow them (provisional where uncovered). */
export function reviewSpans(p: Power, registry: Registry, calendar: WorkCalendar): ReviewSpan[] {
  const review = rec(raw(p).review);
  if (!review) return [];
  const out: ReviewSpan[] = [];
  const publicity = rec(review.publicity);
  const from = publicity?.from;
  const to = publicity?.to;
  if (isPlainDate(from) && isPlainDate(to) && from <= to) {
    const count = calendar.workdaysBetween(addCalendarDays(from, -1), to, { provisional: true });
    out.push({ kind: 'publicity', path: ['review', 'publicity', 'to'], from, to, calendar: count, days: count.days });
  }
  const { declared, reviewed } = review;
  if (isPlainDate(declared) && isPlainDate(reviewed) && REVIEWED.has(str(raw(p).status) ?? '')) {
    const due = calendar.addWorkdays(declared, reviewDays(registry), { provisional: true });
    out.push({ kind: 'review', path: ['review', 'reviewed'], from: declared, to: reviewed, calendar: due, due: due.date });
  }
  return out;
}

/** `deadlines.review` of registry.yaml (the loader supplies the default, 15). */
const reviewDays = (registry: Registry): number => registry.config.deadlines.review;

export const rule: Rule = {
  id: 'review-period',
  severity: 'error',
  run({ registry, calendar }) {
    const out: Finding[] = [];
    const minimum = registry.config.deadlines.publicity;
    for (const p of registry.powers) {
      if (str(rec(raw(p).disclosure)?.mode) === '不予公开' && rec(rec(raw(p).review)?.publicity)) {
        out.push(powerFinding('review-period', p, ['review', 'publicity'], 'review-period.withheldPublicity'));
        continue;
      }
      for (const span of reviewSpans(p, registry, calendar)) {
        if (span.calendar.isProvisional) continue; // calendar-coverage says which notice is missing
        if (span.kind === 'publicity' && span.days! < minimum) {
          out.push(powerFinding('review-period', p, span.path, 'review-period.shortPublicity', { from: span.from, to: span.to, days: span.days, min: minimum }));
        }
        if (span.kind === 'review' && span.to > span.due!) {
          out.push({
            ...powerFinding('review-period', p, span.path, 'review-period.lateReview', { declared: span.from, reviewed: span.to, due: span.due, days: reviewDays(registry) }),
            severity: 'warning',
          });
        }
      }
    }
    return out;
  },
};
