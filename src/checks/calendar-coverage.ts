// calendar-coverage (warning): a deadline's due date needs a year no calendar covers, so it is
// only an estimate counting weekends alone. `powers calendar` and `powers deadlines` refuse
// such computations (exit 1); validate warns, naming the missing notice and where to add it.
import { noticeTitle } from '../calendar/index.js';
import { registryDeadlines } from '../deadlines/index.js';
import type { Finding, Rule } from './types.js';

export const rule: Rule = {
  id: 'calendar-coverage',
  severity: 'warning',
  run: (ctx) => {
    const out: Finding[] = [];
    for (const d of registryDeadlines(ctx.registry, ctx.calendar, ctx.today)) {
      const years = d.calendar.missingYears;
      if (years.length === 0) continue;
      out.push({
        rule: 'calendar-coverage', file: d.file, path: d.path, code: d.code, message: 'calendar-coverage.missing',
        data: {
          years: years.map(String), notices: years.map((y) => `《${noticeTitle(y)}》`),
          files: years.map((y) => `calendar/${y}.yaml`), from: d.from, due: d.due,
        },
      });
    }
    return out;
  },
};
