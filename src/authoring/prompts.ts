// The interactive side of `powers new` (@inquirer/prompts, loaded only when a clerk runs it in a
// terminal). One prompt per question of QUESTIONS; each returns the same text a flag would give.
import { checkbox, confirm, input, search, select } from '@inquirer/prompts';
import { normaliseName } from '../checks/overlap.js';
import { t } from '../i18n/index.js';
import type { Registry } from '../registry/model.js';
import { isPlainDate } from '../util/date.js';
import {
  CATEGORIES, departmentOf, MODES, WITHHOLD_CLASSES, type NewAnswers, type Question,
} from './new.js';
import { LIST_SEP, parseStep, splitList } from './text-forms.js';

type Answer = string | string[] | undefined;
const required = (v: string) => (v.trim() === '' ? t('new.prompt.required') : true);

/** Laws matching what the clerk typed (id, title; NFKC/simplified as overlap compares names). */
function lawChoices(registry: Registry, term: string | undefined, allowNormative: boolean) {
  const key = term ? normaliseName(term) : '';
  return [...registry.laws.values()]
    .filter((l) => allowNormative || l.level !== '规范性文件')
    .filter((l) => key === '' || normaliseName(`${l.id}${l.title ?? ''}`).includes(key))
    .slice(0, 50)
    .map((l) => ({ value: l.id, name: `${l.id}（${l.level}）`, description: l.title }));
}

/** Searches the law library as the clerk types, then asks for the articles: "LAW：ARTICLES". */
async function citation(registry: Registry, message: string, allowNormative = false): Promise<string> {
  const law = await search<string>({ message, source: (term) => lawChoices(registry, term, allowNormative), pageSize: 8 });
  const articles = await input({ message: t('new.prompt.articles', { law }) });
  return articles.trim() === '' ? law : `${law}：${articles.trim()}`;
}

async function citations(registry: Registry): Promise<string[]> {
  const out: string[] = [];
  do out.push(await citation(registry, t('new.prompt.law')));
  while (await confirm({ message: t('new.prompt.moreLaw'), default: false }));
  return out;
}

const listInput = async (message: string, fallback: string[] | undefined, validate?: (item: string) => string | true) =>
  splitList(await input({
    message, default: fallback?.join(LIST_SEP),
    validate: (v) => {
      const items = splitList(v);
      if (items.length === 0) return t('new.prompt.required');
      for (const item of items) {
        const r = validate?.(item);
        if (typeof r === 'string') return r;
      }
      return true;
    },
  }));

/** Asks one question; `fallback` is its default (from QUESTIONS). */
export async function ask(q: Question, a: NewAnswers, registry: Registry, fallback: Answer): Promise<Answer> {
  const dept = departmentOf(a, registry);
  const label = t(`new.prompt.${q.key}`);
  switch (q.key) {
    case 'department':
      return select({
        message: label, default: typeof fallback === 'string' ? fallback : undefined,
        choices: [...registry.departments.values()].map((d) => ({ value: d.folder, name: `${d.name}（${d.folder}）` })),
      });
    case 'category':
      return select({ message: label, choices: CATEGORIES.map((c) => ({ value: c, name: c })), pageSize: 11 });
    case 'disclosure':
      return select({ message: label, default: '主动公开', choices: MODES.map((m) => ({ value: m, name: m })) });
    case 'withholdClass':
      return select({ message: label, choices: WITHHOLD_CLASSES.map((m) => ({ value: m, name: m })) });
    case 'unit':
      return select({ message: label, default: typeof fallback === 'string' ? fallback : '工作日', choices: ['工作日', '日'].map((u) => ({ value: u, name: u })) });
    case 'law':
      return citations(registry);
    case 'withholdBasis':
      return citation(registry, label);
    case 'feeBasis':
      return (await confirm({ message: t('new.prompt.charged'), default: false })) ? citation(registry, label, true) : '';
    case 'function':
      return checkbox({
        message: label, required: true, pageSize: 12,
        choices: (dept?.functions ?? []).map((f) => ({ value: f.id, name: `${f.id} ${f.text ?? ''}` })),
      });
    case 'post':
      return checkbox({
        message: label, required: true, pageSize: 12,
        choices: (dept?.posts ?? []).map((p) => ({ value: p.id, name: `${p.id} ${p.unit}${p.title ? ` ${p.title}` : ''}` })),
      });
    case 'superiorFunction':
      return checkbox({
        message: label, required: true, pageSize: 12,
        choices: [...registry.superior.values()].map((s) => ({ value: s.id, name: `${s.id} ${s.owner ?? ''}：${s.text ?? ''}` })),
      });
    case 'office': {
      const units = [...new Set((dept?.posts ?? []).filter((p) => a.post?.includes(p.id)).map((p) => p.unit))];
      if (units.length <= 1) return units[0] ?? (typeof fallback === 'string' ? fallback : undefined);
      return select({ message: label, choices: units.map((u) => ({ value: u, name: u })) });
    }
    case 'statutory':
    case 'promised':
      return input({
        message: label, default: typeof fallback === 'string' ? fallback : undefined,
        validate: (v) => (/^\d+$/.test(v.trim()) && Number(v) > 0 ? true : t('new.prompt.number')),
      });
    case 'withholdUntil':
      return input({ message: label, validate: (v) => (isPlainDate(v.trim()) ? true : t('new.prompt.date')) });
    case 'step':
      return listInput(label, Array.isArray(fallback) ? fallback : undefined, (item) => {
        const parsed = parseStep(item);
        return 'step' in parsed ? true : t(`new.prompt.${parsed.error}`, { text: item });
      });
    case 'duty':
    case 'accountability':
      return listInput(label, Array.isArray(fallback) ? fallback : undefined);
    default:
      return input({
        message: label, default: typeof fallback === 'string' && fallback !== '' ? fallback : undefined,
        validate: fallback === undefined ? required : undefined,
      });
  }
}
