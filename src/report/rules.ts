// `powers rules` as data and as text: every registered rule, its severity (from its doc page,
// which may say 错误／警告, else the registry's default) and its title in the user's language.
import { RULE_IDS, RULE_SEVERITY } from '../checks/index.js';
import type { Severity } from '../checks/types.js';
import { t } from '../i18n/index.js';
import { displayWidth } from '../util/text-width.js';
import { documentedRuleIds, readRuleDoc } from './rule-docs.js';

export { readRuleDoc };

/** One line of `powers rules`. */
export interface RuleSummary {
  id: string;
  severity: Severity[];
  title: string;
  description: string;
}

/** Every rule validate runs, sorted by id. */
export function listRules(): RuleSummary[] {
  return RULE_IDS.map((id) => {
    const doc = readRuleDoc(id);
    const severity = doc && doc.severities.length > 0 ? doc.severities : [RULE_SEVERITY[id]];
    return { id, severity, title: t(`rule.${id}.title`), description: t(`rule.${id}.description`) };
  });
}

/** The ids `powers explain` accepts: every registered rule and every documented one. */
export function explainableRuleIds(): string[] {
  return [...new Set([...RULE_IDS, ...documentedRuleIds()])].sort();
}

/** `powers rules` output. */
export function formatRules(rules: RuleSummary[], format: 'text' | 'json'): string {
  if (format === 'json') return `${JSON.stringify({ rules }, null, 2)}\n`;
  const severity = (r: RuleSummary) => r.severity.map((s) => t(`validate.severity.${s}`)).join(t('rules.severitySep'));
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const sevWidth = Math.max(...rules.map((r) => displayWidth(severity(r))));
  const lines = rules.map((r) => {
    const sev = severity(r);
    return `  ${r.id.padEnd(idWidth)}  ${sev}${' '.repeat(sevWidth - displayWidth(sev))}  ${t('rules.line', { title: r.title, description: r.description })}`;
  });
  return `${t('rules.title', { count: rules.length })}\n${lines.join('\n')}\n\n${t('rules.hint')}\n`;
}
