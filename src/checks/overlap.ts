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

/** A finding names at most this many other powers; beyond that it names one per department and counts. */
export const MAX_NAMED = 3;

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
    // Linear at province scale: a name shared by many departments is one group; each file gets one
    // finding that names up to MAX_NAMED others and counts the rest (not N×N messages).
    const out: Finding[] = [];
    const label = (o: Power) => `${registry.departments.get(o.folder)?.name ?? o.folder} ${str(raw(o).code) ?? o.file}`;
    for (const group of byName.values()) {
      if (group.length < 2) continue;
      const byFolder = new Map<string, Power[]>();
      for (const p of group) {
        const list = byFolder.get(p.folder);
        if (list) list.push(p);
        else byFolder.set(p.folder, [p]);
      }
      if (byFolder.size < 2) continue;
      // 主办/协办 pairs linked by `lead` are coordinated: not an overlap (joint-power checks the link).
      const byCode = new Map<string, Power>();
      for (const p of group) { const c = str(raw(p).code); if (c !== undefined) byCode.set(c, p); }
      const partnersOf = new Map<Power, Set<Power>>();
      for (const p of group) {
        const lead = str(raw(p).lead);
        const o = lead === undefined ? undefined : byCode.get(lead);
        if (!o || !isLinkedPair(p, o)) continue;
        for (const [a, b] of [[p, o], [o, p]] as const) {
          const set = partnersOf.get(a) ?? new Set<Power>();
          set.add(b);
          partnersOf.set(a, set);
        }
      }
      for (const p of group) {
        const partners = partnersOf.get(p);
        const isOther = (o: Power) => o.folder !== p.folder && !partners?.has(o);
        let count = group.length - byFolder.get(p.folder)!.length;
        let departments = byFolder.size - 1;
        if (partners) {
          count -= [...partners].filter((o) => o.folder !== p.folder).length;
          departments = [...byFolder].filter(([folder, list]) => folder !== p.folder && list.some(isOther)).length;
        }
        if (count <= 0) continue;
        const others: string[] = [];
        for (const [folder, list] of byFolder) {
          if (folder === p.folder) continue;
          const candidates = list.filter(isOther);
          if (candidates.length === 0) continue;
          if (count <= MAX_NAMED) for (const o of candidates) others.push(label(o));
          else others.push(label(candidates[0]));
          if (others.length >= MAX_NAMED) break;
        }
        const name = str(raw(p).name);
        out.push(count <= MAX_NAMED
          ? powerFinding('overlap', p, ['name'], 'overlap.sameName', { name, others })
          : powerFinding('overlap', p, ['name'], 'overlap.sameNameMany', { name, others, count, departments }));
      }
    }
    return out;
  },
};
