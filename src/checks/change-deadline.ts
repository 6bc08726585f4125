// change-deadline (warning): a change done after its due date, or not done and past due (SPEC §4).
// A warning so that an overdue change never blocks the publication that resolves it; the CI gate
// is `powers deadlines --fail-on overdue`. Deadlines whose due date needed a year no notice
// covers are left to calendar-coverage: their due date is only an estimate.
import { registryDeadlines } from '../deadlines/index.js';
import type { Finding, Rule } from './types.js';

export const rule: Rule = {
  id: 'change-deadline',
  severity: 'warning',
  run: (ctx) => {
    const out: Finding[] = [];
    for (const d of registryDeadlines(ctx.registry, ctx.calendar, ctx.today)) {
      if (d.calendar.isProvisional || (d.state !== 'late' && d.state !== 'overdue')) continue;
      if (d.isAnsweredTooEarly) continue; // dates out of order: status-dates reports them, once
      out.push({
        rule: 'change-deadline', file: d.file, path: d.path, code: d.code,
        message: `change-deadline.${d.state}.${d.kind}`,
        data: {
          source: d.source, from: d.from, due: d.due, days: d.days, done: d.done,
          ...(d.answeredBy !== undefined ? { record: `changes[${d.answeredBy}]` } : {}),
        },
      });
    }
    return out;
  },
};
