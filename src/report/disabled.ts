// `validate --list-disabled`: the reviewed exceptions, for auditors.
import { t } from '../i18n/index.js';
import type { DisableComment } from '../checks/engine.js';
import { visible } from './sanitize.js';

/** Lists disable comments with their reasons. */
export function formatDisabled(disables: DisableComment[]): string {
  if (disables.length === 0) return `${t('validate.disabled.none')}\n`;
  const lines = [t('validate.disabled.title', { count: disables.length })];
  for (const d of disables) {
    lines.push(`  ${visible(d.file)}:${d.line + 1}  ${visible(d.rules.join(', '))}  — ${visible(d.reason)}${d.used === 0 ? ` ${t('validate.disabled.unused')}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
