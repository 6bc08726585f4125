// Fact 16, who may set a power (设定权): an external power needs a law, regulation or rule — a 三定
// provision gives functions, not powers over citizens; a licence a 法律/行政法规/地方性法规/地方政府规章
// (行政许可法第十四条至第十七条: a 部门规章 cannot create one); a coercive measure a 法律 or 法规
// (行政强制法第十条、第十一条). Unknown and repealed laws and 规范性文件 are basis-law's: they do not count here.
import { CATEGORY_ABBR } from '../registry/model.js';
import { LAWFUL_LEVELS } from './basis-law.js';
import type { Finding, Rule } from './types.js';
import { declaredOn, isRepealedBy, list, powerFinding, raw, rec, str } from './read.js';

const EXTERNAL = new Set(['法律', '行政法规', '地方性法规', '自治条例和单行条例', '部门规章', '地方政府规章']);
const LICENCE = new Set(['法律', '行政法规', '地方性法规', '自治条例和单行条例', '地方政府规章']);
const COERCIVE = new Set(['法律', '行政法规', '地方性法规', '自治条例和单行条例']);

export const rule: Rule = {
  id: 'basis-authority',
  severity: 'error',
  run({ registry, today }) {
    const out: Finding[] = [];
    for (const p of registry.powers) {
      const category = str(raw(p).category);
      if (category === undefined || !Object.hasOwn(CATEGORY_ABBR, category) || category === '内部管理') continue;
      const on = declaredOn(p) ?? today;
      const levels: string[] = [];
      for (const item of list(raw(p).basis) ?? []) {
        const law = registry.laws.get(str(rec(item)?.law) ?? '');
        if (law && !isRepealedBy(law, on) && LAWFUL_LEVELS.has(law.level)) levels.push(law.level);
      }
      if (levels.length === 0) continue;
      const has = (allowed: Set<string>) => levels.some((l) => allowed.has(l));
      const message = category === '行政许可' && !has(LICENCE) ? 'basis-authority.licence'
        : category === '行政强制' && !has(COERCIVE) ? 'basis-authority.coercive'
          : !has(EXTERNAL) ? 'basis-authority.external' : undefined;
      if (message) out.push(powerFinding('basis-authority', p, ['basis'], message, { category, levels: [...new Set(levels)] }));
    }
    return out;
  },
};
