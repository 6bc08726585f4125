// The calendar years shipped with the tool: <package>/calendar/<year>.yaml, found relative to
// this module (dist/calendar/bundled.js and src/calendar/bundled.ts both sit two levels down).
// Bundled data is tested to be clean, so a problem here is an internal error, not a finding.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { load, CORE_SCHEMA } from 'js-yaml';
import type { CalendarYear } from './types.js';
import { parseCalendarYear } from './validate.js';

/** The package's calendar/ folder. */
export const BUNDLED_CALENDAR_DIR = fileURLToPath(new URL('../../calendar/', import.meta.url));

let cache: CalendarYear[] | undefined;

/** Reads and validates every bundled year (cached for the default folder); throws on bad data. */
export function loadBundledYears(dir: string = BUNDLED_CALENDAR_DIR): CalendarYear[] {
  if (dir === BUNDLED_CALENDAR_DIR && cache) return cache;
  const names = readdirSync(dir).filter((n) => /^\d{4}\.yaml$/.test(n)).sort();
  const years: CalendarYear[] = [];
  for (const name of names) {
    const file = `calendar/${name}`;
    const data = load(readFileSync(path.join(dir, name), 'utf8'), { schema: CORE_SCHEMA, filename: file });
    const parsed = parseCalendarYear(data, { origin: 'bundled', file });
    if (parsed.problems.length > 0 || !parsed.year) {
      const list = parsed.problems.map((p) => `${p.path.join('.')}: ${p.message} ${JSON.stringify(p.data)}`).join('; ');
      throw new Error(`bundled calendar data ${file} is invalid: ${list || 'not published'}`);
    }
    years.push(parsed.year);
  }
  if (dir === BUNDLED_CALENDAR_DIR) cache = years;
  return years;
}
