// 印证二: each power corresponds to functions in its department's 三定 provisions.
import type { Finding, Rule } from './types.js';
import { departmentOf, functionIdsOf, list, powerFinding, raw, str } from './read.js';
import { suggestion } from '../util/suggest.js';

export const rule: Rule = {
  id: 'basis-function',
  severity: 'error',
  run({ registry }) {
    const out: Finding[] = [];
    for (const p of registry.powers) {
      const ids = list(raw(p).functions);
      if (!ids) continue;
      if (ids.length === 0) {
        out.push(powerFinding('basis-function', p, ['functions'], 'basis-function.empty'));
        continue;
      }
      const dept = departmentOf(registry, p);
      if (!dept) continue; // the folder's missing department.yaml is reported by `references`
      const known = functionIdsOf(dept);
      ids.forEach((id, i) => {
        const s = str(id);
        if (s === undefined || s.trim() === '') return; // not an id (not text, or blank): the schema rule's
        if (!known.has(s)) {
          out.push(powerFinding('basis-function', p, ['functions', i], 'basis-function.unknown', { id: s, department: dept.name, ...suggestion(s, known) }));
        }
      });
    }
    return out;
  },
};
