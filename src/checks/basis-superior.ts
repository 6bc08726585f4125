// 印证四: each power corresponds to functions of this-level government or the superior department.
import type { Finding, Rule } from './types.js';
import { list, powerFinding, raw, str } from './read.js';
import { suggestion } from '../util/suggest.js';

export const rule: Rule = {
  id: 'basis-superior',
  severity: 'error',
  run({ registry }) {
    const out: Finding[] = [];
    for (const p of registry.powers) {
      const ids = list(raw(p).superior_functions);
      if (!ids) continue;
      if (ids.length === 0) {
        out.push(powerFinding('basis-superior', p, ['superior_functions'], 'basis-superior.empty'));
        continue;
      }
      ids.forEach((id, i) => {
        const s = str(id);
        if (s === undefined || s.trim() === '') return; // not an id (not text, or blank): the schema rule's
        if (!registry.superior.has(s)) {
          out.push(powerFinding('basis-superior', p, ['superior_functions', i], 'basis-superior.unknown', { id: s, ...suggestion(s, registry.superior.keys()) }));
        }
      });
    }
    return out;
  },
};
