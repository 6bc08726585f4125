// Fact 18: each external power carries its 责任清单 — duties per stage, the situations that trigger
// accountability (追责情形) and the posts that answer for it. Empty or missing lists inside the block
// are the schema's (minItems, required); this rule reports a missing block and unknown posts.
import { CATEGORY_ABBR } from '../registry/model.js';
import type { Finding, Rule } from './types.js';
import { departmentOf, list, postsOf, powerFinding, raw, rec, str } from './read.js';

export const rule: Rule = {
  id: 'responsibility',
  severity: 'error',
  run({ registry }) {
    const out: Finding[] = [];
    for (const p of registry.powers) {
      const category = str(raw(p).category);
      const block = raw(p).responsibility;
      if (block === undefined) { // null (an empty `responsibility:`) is the schema's
        if (category !== undefined && Object.hasOwn(CATEGORY_ABBR, category) && category !== '内部管理') out.push(powerFinding('responsibility', p, ['category'], 'responsibility.missing', { category }));
        continue;
      }
      const dept = departmentOf(registry, p);
      if (!dept) continue; // a power folder without department.yaml: references reports it
      const posts = postsOf(dept);
      list(rec(block)?.posts)?.forEach((post, i) => {
        const id = str(post);
        if (id !== undefined && !posts.has(id)) out.push(powerFinding('responsibility', p, ['responsibility', 'posts', i], 'responsibility.unknownPost', { post: id }));
      });
    }
    return out;
  },
};
