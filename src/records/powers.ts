// The compact view of the registry's powers that the record rules read: built once per run, so
// that a million rows never touch the YAML model.
import type { Registry } from '../registry/model.js';
import { parseDay } from './evaluate.js';
import { NO_DAY, type DiscretionRow, type PowerFacts } from './types.js';

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

const NOT_PUBLIC = new Set(['不予公开', '内部公开']);

/** The day number of `published`, when it is a real date. */
function publishedDay(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const day = parseDay(text);
  return day === NO_DAY ? undefined : day;
}

const MONEY: Record<string, number> = { 元: 1, 千元: 1000, 万元: 10000 };

/** 元 per unit of a discretion row or statute range (absent = 元); undefined for 倍, % and other units. */
export function moneyFactor(unit: unknown): number | undefined {
  if (unit === undefined || unit === null) return 1;
  return typeof unit === 'string' ? MONEY[unit.trim()] : undefined;
}

/** Code → what the record rules know of that power (the first file holding a code wins). */
export function powerFacts(registry: Registry): Map<string, PowerFacts> {
  const out = new Map<string, PowerFacts>();
  for (const p of registry.powers) {
    const d = p.data as unknown as Record<string, unknown>;
    const code = str(d.code);
    if (!code || out.has(code)) continue;
    const flow = isRecord(d.flow) ? d.flow : {};
    const discretion: DiscretionRow[] = [];
    const articles = new Set<string>();
    for (const row of Array.isArray(d.discretion) ? d.discretion : []) {
      if (!isRecord(row)) continue;
      const min = num(row.min);
      const max = num(row.max);
      const factor = moneyFactor(row.unit);
      if (min !== undefined && max !== undefined) {
        discretion.push({ situation: str(row.situation)?.trim() ?? '', min: min * (factor ?? 1), max: max * (factor ?? 1), isMoney: factor !== undefined });
      }
      const article = str(row.article);
      if (article) articles.add(article);
    }
    const statute: PowerFacts['statute'] = [];
    for (const citation of Array.isArray(d.basis) ? d.basis : []) {
      if (!isRecord(citation)) continue;
      const law = registry.laws.get(str(citation.law) ?? '');
      if (!law || !Array.isArray(law.ranges)) continue;
      const cited = str(citation.articles);
      for (const r of law.ranges) {
        if (!isRecord(r) || (r.articles !== cited && !articles.has(str(r.articles) ?? ''))) continue;
        const factor = moneyFactor(r.unit);
        const min = num(r.min);
        const max = num(r.max);
        if (factor !== undefined && min !== undefined && max !== undefined && !statute.some((s) => s.law === law.id && s.articles === r.articles)) {
          statute.push({ min: min * factor, max: max * factor, law: law.id, articles: String(r.articles) });
        }
      }
    }
    out.set(code, {
      code,
      folder: p.folder,
      name: str(d.name) ?? '',
      category: str(d.category) ?? '',
      status: str(d.status) ?? '',
      mode: str(isRecord(d.disclosure) ? d.disclosure.mode : undefined) ?? '',
      published: str(d.published),
      publishedDay: publishedDay(str(d.published)),
      isNotPublic: NOT_PUBLIC.has(str(isRecord(d.disclosure) ? d.disclosure.mode : undefined) ?? ''),
      unit: flow.unit === '日' ? '日' : '工作日',
      promisedDays: num(flow.promised_days),
      discretion,
      moneyRows: discretion.filter((r) => r.isMoney),
      lowestMin: discretion.some((r) => r.isMoney) ? Math.min(...discretion.filter((r) => r.isMoney).map((r) => r.min)) : undefined,
      bySituation: new Map([...discretion].reverse().map((r) => [r.situation, r])),
      statute,
    });
  }
  return out;
}

/** Only what the record rules read of a power's data (validate keeps it in its compact projections). */
export function recordFieldsOf(d: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['category', 'published', 'discretion', 'basis']) if (d[key] !== undefined) out[key] = d[key];
  if (isRecord(d.flow)) out.flow = { unit: d.flow.unit, promised_days: d.flow.promised_days };
  if (isRecord(d.disclosure)) out.disclosure = { mode: d.disclosure.mode };
  return out;
}
