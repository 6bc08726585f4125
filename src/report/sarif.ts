// SARIF 2.1.0 for code-scanning UIs: rule descriptors carry the Chinese titles and descriptions.
import { RULE_IDS, RULE_SEVERITY } from '../checks/index.js';
import { t } from '../i18n/index.js';
import type { ValidateReport } from './types.js';

/** Formats the report as a SARIF 2.1.0 log with one run. */
export function formatSarif(report: ValidateReport): string {
  const ids = [...RULE_IDS];
  const rules = ids.map((id) => ({
    id,
    name: id,
    shortDescription: { text: t(`rule.${id}.title`) },
    fullDescription: { text: t(`rule.${id}.description`) },
    defaultConfiguration: { level: RULE_SEVERITY[id] },
    helpUri: `https://powers.local/rules#${id}`,
  }));
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
      tool: { driver: { name: 'powers', version: report.toolVersion, informationUri: 'https://powers.local/', rules } },
      results,
      columnKind: 'unicodeCodePoints',
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
