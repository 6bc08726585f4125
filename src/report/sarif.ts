// SARIF 2.1.0 for code-scanning UIs. Each rule descriptor carries its documentation page
// (docs/rules/<id>.md): a readable `name` (PascalCase of the id), the Chinese title, what it checks,
// and the whole page as `help`; `helpUri` only when the registry publishes its docs at an absolute
// address (`rule_docs`), since SARIF requires an absolute URI there.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RULE_IDS, RULE_SEVERITY } from '../checks/index.js';
import { t } from '../i18n/index.js';
import { sarifRuleName, plainText, readRuleDoc, ruleHelpUri } from './rule-docs.js';
import type { ValidateReport } from './types.js';

/** The descriptor of one rule. */
export function sarifRule(id: string, ruleDocs?: string) {
  const doc = readRuleDoc(id);
  const what = doc?.sections['检查什么'];
  const helpUri = ruleHelpUri(ruleDocs, id);
  return {
    id,
    name: sarifRuleName(id),
    shortDescription: { text: doc?.title ?? t(`rule.${id}.title`, {}, 'zh') },
    fullDescription: { text: what ? plainText(what) : t(`rule.${id}.description`, {}, 'zh') },
    defaultConfiguration: { level: RULE_SEVERITY[id as keyof typeof RULE_SEVERITY] ?? 'error' },
    ...(doc ? { help: { text: plainText(doc.markdown), markdown: doc.markdown } } : {}),
    ...(helpUri ? { helpUri } : {}),
  };
}

// SARIF wants an absolute informationUri for the tool. The package has no web home of its own
// (registries may live on networks cut off from the internet), so it names the README that ships
// with the installed package: true wherever the tool ran, and never a made-up address.
const INFORMATION_URI = pathToFileURL(fileURLToPath(new URL('../../README.md', import.meta.url))).href;

/** Formats the report as a SARIF 2.1.0 log with one run. */
export function formatSarif(report: ValidateReport): string {
  const ids = [...RULE_IDS];
  const rules = ids.map((id) => sarifRule(id, report.ruleDocs));
  const results = report.diagnostics.map((d) => ({
    ruleId: d.rule,
    ruleIndex: ids.indexOf(d.rule),
    level: d.severity,
    message: { text: d.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: encodeURI(report.registryPrefix ? `${report.registryPrefix}/${d.file}` : d.file) },
        region: { startLine: d.line, startColumn: d.column },
      },
    }],
    ...(d.code ? { properties: { code: d.code } } : {}),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'powers', version: report.toolVersion, informationUri: INFORMATION_URI, rules } },
      results,
      columnKind: 'unicodeCodePoints',
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
