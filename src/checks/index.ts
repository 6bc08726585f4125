// The explicit, sorted list of rules. A test checks that every file in this folder that defines a
// rule is listed here, documented in the README and covered by a fixture test.
import type { Rule, RuleId } from './types.js';
import { rule as basisAuthority } from './basis-authority.js';
import { rule as basisFunction } from './basis-function.js';
import { rule as basisLaw } from './basis-law.js';
import { rule as basisPost } from './basis-post.js';
import { rule as basisSuperior } from './basis-superior.js';
import { rule as calendarCoverage } from './calendar-coverage.js';
import { rule as calendarData } from './calendar-data.js';
import { rule as changeDeadline } from './change-deadline.js';
import { rule as codeFormat } from './code-format.js';
import { rule as codeUnique } from './code-unique.js';
import { rule as delegationBasis } from './delegation-basis.js';
import { rule as disclosureScope } from './disclosure-scope.js';
import { rule as discretionRange } from './discretion-range.js';
import { rule as duplicateName } from './duplicate-name.js';
import { rule as feeBasis } from './fee-basis.js';
import { rule as internalReason } from './internal-reason.js';
import { rule as jointPower } from './joint-power.js';
import { rule as overlap } from './overlap.js';
import { rule as recordDiscretion } from './record-discretion.js';
import { rule as recordFormat } from './record-format.js';
import { rule as recordPower } from './record-power.js';
import { rule as recordReport } from './record-report.js';
import { rule as recordTimeLimit } from './record-time-limit.js';
import { rule as references } from './references.js';
import { rule as responsibility } from './responsibility.js';
import { rule as reviewPeriod } from './review-period.js';
import { rule as schema } from './schema.js';
import { rule as statusDates } from './status-dates.js';
import { rule as strayFile } from './stray-file.js';
import { rule as timeLimit } from './time-limit.js';
import { rule as timeUnit } from './time-unit.js';
import { rule as withholdBasis } from './withhold-basis.js';
import { rule as withholdExpiry } from './withhold-expiry.js';

/** Every rule that runs on the model (`yaml-syntax` findings come from the loader). */
export const RULES: readonly Rule[] = [
  basisAuthority, basisFunction, basisLaw, basisPost, basisSuperior, calendarCoverage,
  calendarData, changeDeadline, codeFormat, codeUnique, delegationBasis, disclosureScope,
  discretionRange, duplicateName, feeBasis, internalReason, jointPower, overlap,
  recordDiscretion, recordFormat, recordPower, recordReport, recordTimeLimit,
  references, responsibility, reviewPeriod, schema, statusDates, strayFile, timeLimit, timeUnit,
  withholdBasis, withholdExpiry,
];

/** Every rule id with its default severity, `yaml-syntax` included (for SARIF, docs and tests). */
export const RULE_SEVERITY: Readonly<Record<RuleId, Rule['severity']>> = Object.fromEntries([
  ['yaml-syntax', 'error'],
  ...RULES.map((r) => [r.id, r.severity]),
]) as Record<RuleId, Rule['severity']>;

/** All rule ids, sorted. */
export const RULE_IDS: readonly RuleId[] = (Object.keys(RULE_SEVERITY) as RuleId[]).sort();
