// 印证四: each power corresponds to functions of this-level government (`jurisdiction`人民政府) or of
// the department's superior department (`superior`), and to no one else's.
import type { Finding, Rule } from './types.js';
import { departmentOf, list, powerFinding, raw, str } from './read.js';
import { suggestion } from '../util/suggest.js';

export const rule: Rule = {
  id: 'basis-superior',
  severity: 'error',
  run({ registry }) {
    const out: Finding[] = [];
    const government = `${registry.config.jurisdiction}人民政府`;
    for (const p of registry.powers) {
      const ids = list(raw(p).superior_functions);
      if (!ids) continue;
      if (ids.length === 0) {
        out.push(powerFinding('basis-superior', p, ['superior_functions'], 'basis-superior.empty'));
        continue;
      }
      const superior = departmentOf(registry, p)?.superior;
      ids.forEach((id, i) => {
        const s = str(id);
        if (s === undefined || s.trim() === '') return; // not an id (not text, or blank): the schema rule's
        const fn = registry.superior.get(s);
        if (!fn) {
          out.push(powerFinding('basis-superior', p, ['superior_functions', i], 'basis-superior.unknown', { id: s, ...suggestion(s, registry.superior.keys()) }));
          return;
        }
        const owner = str(fn.owner);
        if (owner === undefined || owner === government || owner === superior) return;
        out.push(powerFinding('basis-superior', p, ['superior_functions', i], 'basis-superior.wrongOwner', {
          id: s, owner, government, superior: str(superior) ?? '—',
        }));
      });
    }
    return out;
  },
};
