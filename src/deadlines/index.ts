// Deadlines: from change events (records, laws, departments, git) to due dates and states.
import type { WorkCalendar } from '../calendar/index.js';
import type { Registry } from '../registry/model.js';
import type { PlainDate } from '../util/date.js';
import { computeDeadlines } from './compute.js';
import type { Deadline } from './types.js';

export type * from './types.js';
export { computeDeadlines, compareDeadlines, doneOf, stateOf } from './compute.js';

// Keyed by the powers array, not the registry: validate reuses one registry object for each
// power file in turn (a new one-element array each time).
const memo = new WeakMap<readonly unknown[], { registry: Registry; calendar: WorkCalendar; today: PlainDate; deadlines: Deadline[] }>();

/**
 * The registry's deadlines for the rules (no extra events, dues computed even where provisional):
 * computed once per set of powers, calendar and day, so `change-deadline` and `calendar-coverage` share them.
 */
export function registryDeadlines(registry: Registry, calendar: WorkCalendar, today: PlainDate): Deadline[] {
  const hit = memo.get(registry.powers);
  if (hit && hit.registry === registry && hit.calendar === calendar && hit.today === today) return hit.deadlines;
  const deadlines = computeDeadlines(registry, calendar, { today });
  memo.set(registry.powers, { registry, calendar, today, deadlines });
  return deadlines;
}
