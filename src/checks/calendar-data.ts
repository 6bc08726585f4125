// calendar-data: the registry's own calendar/*.yaml must be a sound notice: make-up days on
// weekends, every day inside its year, `from` ≤ `to`, no day both off and worked, one file per
// year. A file without holidays is "not published" (a warning: it covers nothing).
import { checkCalendarFiles } from '../calendar/index.js';
import type { Rule } from './types.js';

export const rule: Rule = {
  id: 'calendar-data',
  severity: 'error',
  run: (ctx) => checkCalendarFiles(ctx.registry.files),
};
