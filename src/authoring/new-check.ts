// Checks a flag's value for `powers new` before anything is asked or written: an unknown choice or
// id is a usage error (exit 2) that names the flag and, where it can, suggests the right value.
import { suggest as suggestEnum } from '../util/suggest.js';
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Registry } from '../registry/model.js';
import { isPlainDate } from '../util/date.js';
import { CATEGORIES, MODES, WITHHOLD_CLASSES, type Question } from './new.js';
import { parseStep } from './text-forms.js';

const CHOICES: Partial<Record<Question['key'], readonly string[]>> = {
  category: CATEGORIES, disclosure: MODES, withholdClass: WITHHOLD_CLASSES, unit: ['工作日', '日'],
};

const hint = (suggestion: string | undefined) => (suggestion ? t('new.didYouMean', { suggestion }) : '');

/** Throws a UsageError when `value` cannot be the answer to `q`. */
export function checkAnswer(q: Question, value: string | string[], registry: Registry): void {
  const bad = (messageId: string, data: Record<string, unknown> = {}) => {
    throw new UsageError(messageId, { flag: q.flag, value: Array.isArray(value) ? value.join(' ') : value, ...data });
  };
  const choices = CHOICES[q.key];
  if (choices && typeof value === 'string' && !choices.includes(value)) {
    bad('new.badChoice', { hint: hint(suggestEnum(value, [...choices])), allowed: choices.join('、') });
  }
  if (q.key === 'department' && typeof value === 'string' && !registry.departments.has(value)) {
    const ids = [...registry.departments.keys()];
    bad('new.badChoice', { hint: hint(suggestEnum(value, ids)), allowed: ids.join('、') });
  }
  if ((q.key === 'statutory' || q.key === 'promised') && !/^\d+$/.test(String(value))) bad('new.badNumber');
  if (q.key === 'withholdUntil' && !isPlainDate(value)) bad('cli.err.badDate');
  if (q.key === 'step' && Array.isArray(value)) {
    for (const item of value) {
      const parsed = parseStep(item);
      if ('error' in parsed) bad(`new.prompt.${parsed.error}`, { text: item });
    }
  }
}
