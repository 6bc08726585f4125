// calendar-coverage (warning): a deadline's due date needs a year no calendar covers, so it is
// only an estimate counting weekends alone. `powers calendar` and `powers deadlines` refuse
// such computations (exit 1); validate warns, naming the missing notice and where to add it.
import { noticeTitle } from '../calendar/index.js';
import { registryDeadlines } from '../deadlines/index.js';
import { reviewSpans } from './review-period.js';
import type { Finding, Rule } from './types.js';
import { powerFinding } from './read.js';

export const rule: Rule = {
  id: 'calendar-coverage',
  severity: 'warning',
  run: (ctx) => {
    const out: Finding[] = [];
    for (const d of registryDeadlines(ctx.registry, ctx.calendar, ctx.today)) {
      if (d.calendar.missingYears.length === 0) continue;
      out.push({ rule: 'calendar-coverage', file: d.file, path: d.path, code: d.code, message: 'calendar-coverage.missing', data: missing(d.calendar.missingYears, d.from, d.due) });
    }
    // The clearance workflow's working-day spans (公示, 审核), which review-period leaves to this rule.
    for (const p of ctx.registry.powers) {
      for (const span of reviewSpans(p, ctx.registry, ctx.calendar)) {
        if (span.calendar.missingYears.length === 0) continue;
        const data = { ...missing(span.calendar.missingYears, span.from, span.due ?? span.to), span: span.kind, to: span.due ?? span.to };
        out.push(powerFinding('calendar-coverage', p, span.path, 'calendar-coverage.missingSpan', data));
      }
    }
    return out;
  },
};

function missing(years: number[], from: string, due: string): Record<string, unknown> {
  return {
    years: years.map(String), notices: years.map((y) => `《${noticeTitle(y)}》`),
    files: years.map((y) => `calendar/${y}.yaml`), from, due,
  };
}
