// The refusal to compute with a year no published notice covers (SPEC §4: never a silent guess).
import { RefusalError } from '../errors.js';

/** The title of the State Council notice that would cover `year`. */
export function noticeTitle(year: number): string {
  return `国务院办公厅关于${year}年部分节假日安排的通知`;
}

/** A computation needs a year no calendar covers: exit 1, naming the missing notice and where to add it. */
export class CalendarCoverageError extends RefusalError {
  override name = 'CalendarCoverageError';
  constructor(readonly missingYears: number[]) {
    super('calendar.coverage.missing', {
      years: missingYears.map(String),
      notices: missingYears.map((y) => `《${noticeTitle(y)}》`),
      files: missingYears.map((y) => `calendar/${y}.yaml`),
    });
  }
}
