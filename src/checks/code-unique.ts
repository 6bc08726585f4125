// A power code names one power across the whole registry.
import type { Finding, Rule } from './types.js';
import { powerFinding, raw, str } from './read.js';
import type { Power } from '../registry/model.js';

export const rule: Rule = {
  id: 'code-unique',
  scope: 'registry',
  severity: 'error',
  run({ registry }) {
    const byCode = new Map<string, Power[]>();
    for (const p of registry.powers) {
      const code = str(raw(p).code);
      if (code === undefined) continue;
      const group = byCode.get(code);
      if (group) group.push(p);
      else byCode.set(code, [p]);
    }
    const out: Finding[] = [];
    for (const [code, group] of byCode) {
      if (group.length < 2) continue;
      for (const p of group) {
        const others = group.filter((o) => o !== p).map((o) => o.file);
        out.push(powerFinding('code-unique', p, ['code'], 'code-unique.duplicate', { code, others }));
      }
    }
    return out;
  },
};
