// SPEC §1.10: each discretion row is a range, lower bound first; a row that names the article it
// rests on lies within the range the statute allows (law library `ranges`), for every law of the
// power's basis that records exactly that article.
import type { Law, Power, Registry } from '../registry/model.js';
import type { Finding, Rule } from './types.js';
import { list, num, powerFinding, raw, rec, str } from './read.js';

/** Units that convert into each other (a row in 万元 against a statute in 元). */
const YUAN: Record<string, number> = { 元: 1, 万元: 10_000 };

/** The factor that turns `from` amounts into `to` amounts, or undefined when they cannot be compared. */
function factor(from: string | undefined, to: string | undefined): number | undefined {
  if (from === undefined || to === undefined || from === to) return 1;
  return from in YUAN && to in YUAN ? YUAN[from] / YUAN[to] : undefined;
}

/** The laws of the power's basis, each once. */
function basisLaws(registry: Registry, p: Power): Law[] {
  const out = new Set<Law>();
  for (const item of list(raw(p).basis) ?? []) {
    const law = registry.laws.get(str(rec(item)?.law) ?? '');
    if (law) out.add(law);
  }
  return [...out];
}

export const rule: Rule = {
  id: 'discretion-range',
  severity: 'error',
  run({ registry }) {
    const out: Finding[] = [];
    for (const p of registry.powers) {
      const rows = list(raw(p).discretion);
      if (!rows) continue;
      let laws: Law[] | undefined;
      rows.forEach((row, i) => {
        const r = rec(row);
        const min = num(r?.min);
        const max = num(r?.max);
        if (min !== undefined && max !== undefined && min > max) {
          out.push(powerFinding('discretion-range', p, ['discretion', i, 'min'], 'discretion-range.inverted', { min, max, row: i + 1 }));
          return;
        }
        const article = str(r?.article);
        if (article === undefined || min === undefined || max === undefined) return;
        laws ??= basisLaws(registry, p);
        const unit = str(r?.unit);
        for (const law of laws) {
          for (const range of list(law.ranges) ?? []) {
            const lawMin = num(rec(range)?.min);
            const lawMax = num(rec(range)?.max);
            if (str(rec(range)?.articles) !== article || lawMin === undefined || lawMax === undefined) continue;
            const lawUnit = str(rec(range)?.unit);
            const f = factor(unit, lawUnit);
            if (f === undefined) continue;
            const below = min * f < lawMin;
            if (!below && max * f <= lawMax) continue;
            out.push(powerFinding('discretion-range', p, ['discretion', i, below ? 'min' : 'max'], 'discretion-range.outsideStatute', {
              row: i + 1, min, max, unit: unit ?? '', law: law.id, article, lawMin, lawMax, lawUnit: lawUnit ?? '',
            }));
          }
        }
      });
    }
    return out;
  },
};
