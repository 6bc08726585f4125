// 印证三: each power is handled by real posts of its department, in the unit it names.
import type { Finding, Rule } from './types.js';
import { departmentOf, list, postsOf, powerFinding, raw, rec, str } from './read.js';
import { suggestion } from '../util/suggest.js';

export const rule: Rule = {
  id: 'basis-post',
  severity: 'error',
  run({ registry }) {
    const out: Finding[] = [];
    for (const p of registry.powers) {
      const d = raw(p);
      const ids = list(d.posts);
      const dept = departmentOf(registry, p);
      if (ids && ids.length === 0) out.push(powerFinding('basis-post', p, ['posts'], 'basis-post.empty'));
      if (!dept) continue;
      const posts = postsOf(dept);
      const units = new Set<string>();
      ids?.forEach((id, i) => {
        const s = str(id);
        if (s === undefined || s.trim() === '') return; // not an id (not text, or blank): the schema rule's
        const post = posts.get(s);
        if (!post) out.push(powerFinding('basis-post', p, ['posts', i], 'basis-post.unknown', { id: s, department: dept.name, ...suggestion(s, posts.keys()) }));
        else units.add(post.unit);
      });
      const unit = str(d.unit);
      if (unit !== undefined && units.size > 0 && !units.has(unit)) {
        out.push(powerFinding('basis-post', p, ['unit'], 'basis-post.unitMismatch', { unit, units: [...units] }));
      }
      list(rec(d.flow)?.steps)?.forEach((step, i) => {
        const post = str(rec(step)?.post);
        if (post !== undefined && post.trim() !== '' && !posts.has(post)) {
          out.push(powerFinding('basis-post', p, ['flow', 'steps', i, 'post'], 'basis-post.unknownStep', { id: post, step: str(rec(step)?.name) ?? i + 1, ...suggestion(post, posts.keys()) }));
        }
      });
    }
    return out;
  },
};
