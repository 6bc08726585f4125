// SPEC §1.12: powers that cross or overlap between departments (交叉、重叠) must be coordinated.
import type { Finding, Rule } from './types.js';
import { powerFinding, raw, str } from './read.js';
import type { Power } from '../registry/model.js';
import { toSimplified } from '../util/chinese.js';
import { isLinkedPair } from './joint-power.js';

/** Bracketed suffixes (（市本级）, (试行), 【…】) say where, not what: they do not distinguish powers. */
const BRACKETED = /[（(【\[〔][^）)】\]〕]*[）)】\]〕]/gu;
const NOISE = /[\s\p{P}\p{S}]/gu;

/** The name two departments would both recognise: NFKC, simplified, no brackets, spaces or punctuation. */
export function normaliseName(name: string): string {
  return toSimplified(name.normalize('NFKC')).replace(BRACKETED, '').replace(NOISE, '');
}

export const rule: Rule = {
  id: 'overlap',
  scope: 'registry',
  severity: 'warning',
  run({ registry }) {
    const byName = new Map<string, Power[]>();
    for (const p of registry.powers) {
      const d = raw(p);
      const name = str(d.name);
      if (name === undefined || d.status === '已废止') continue;
      const key = normaliseName(name);
      if (key === '') continue;
      const group = byName.get(key);
      if (group) group.push(p);
      else byName.set(key, [p]);
    }
    const out: Finding[] = [];
    for (const group of byName.values()) {
      if (group.length < 2 || new Set(group.map((p) => p.folder)).size < 2) continue;
      for (const p of group) {
        const others = group.filter((o) => o.folder !== p.folder && !isLinkedPair(p, o)); // 主办/协办: coordinated
        if (others.length === 0) continue;
        out.push(powerFinding('overlap', p, ['name'], 'overlap.sameName', {
          name: str(raw(p).name),
          others: others.map((o) => `${registry.departments.get(o.folder)?.name ?? o.folder} ${str(raw(o).code) ?? o.file}`),
        }));
      }
    }
    return out;
  },
};
