// 印证一: every power rests on at least one current law, regulation or rule (SPEC §1.5, §3).
import type { Finding, Rule } from './types.js';
import { declaredOn, lawSuggestion, list, powerFinding, rec, str } from './read.js';

/** Levels that may found a power; 规范性文件 may not. */
export const LAWFUL_LEVELS = new Set(['法律', '行政法规', '地方性法规', '自治条例和单行条例', '部门规章', '地方政府规章', '三定规定']);

export const rule: Rule = {
  id: 'basis-law',
  severity: 'error',
  run({ registry, today }) {
    const out: Finding[] = [];
    for (const p of registry.powers) {
      const basis = list((p.data as unknown as Record<string, unknown>).basis);
      if (!basis) continue; // missing or mistyped: the schema rule reports it
      if (basis.length === 0) {
        out.push(powerFinding('basis-law', p, ['basis'], 'basis-law.empty'));
        continue;
      }
      const declared = declaredOn(p);
      basis.forEach((item, i) => {
        const id = str(rec(item)?.law);
        if (id === undefined) return;
        const law = registry.laws.get(id);
        if (!law) {
          const { suggestion, isTitle } = lawSuggestion(registry, id);
          out.push(powerFinding('basis-law', p, ['basis', i, 'law'], isTitle ? 'basis-law.titleNotId' : 'basis-law.unknown', { law: id, ...(suggestion ? { suggestion } : {}) }));
        } else if (!LAWFUL_LEVELS.has(law.level)) {
          out.push(powerFinding('basis-law', p, ['basis', i, 'law'], 'basis-law.notLawful', { law: id, level: law.level }));
        } else if (typeof law.repealed === 'string') {
          // Repealed before the power was (last) declared: it never had this basis. Repealed after:
          // a re-declaration is due (SPEC §4), a warning until the change is recorded.
          const isLate = declared !== undefined ? law.repealed > declared : law.repealed > today;
          out.push({
            ...powerFinding('basis-law', p, ['basis', i, 'law'], isLate ? 'basis-law.repealedLater' : 'basis-law.repealed', {
              law: id, repealed: law.repealed, declared: declared ?? '',
            }),
            ...(isLate ? { severity: 'warning' as const } : {}),
          });
        }
      });
    }
    return out;
  },
};
