// SPEC §3: two powers of one department with the same name are, almost always, a file copied and
// not edited (a copy-paste duplicate). Unlike `overlap`, bracketed suffixes are kept: 某某许可（新办）
// and 某某许可（延续） are different powers of the same department.
import type { Power } from '../registry/model.js';
import type { Finding, Rule } from './types.js';
import { powerFinding, raw, str } from './read.js';

const NOISE = /[\s\p{P}]/gu;

/** The name as compared within a department: NFKC, no whitespace or punctuation, brackets' words kept. */
export function sameDepartmentKey(name: string): string {
  return name.normalize('NFKC').replace(NOISE, '');
}

/** The earlier power as the clerk finds it: its code, and its file name when that differs (a copy keeps the code). */
function describe(p: Power): string {
  const code = str(raw(p).code);
  const base = p.file.slice(p.file.lastIndexOf('/') + 1);
  return code === undefined ? base : base.replace(/\.ya?ml$/i, '') === code ? code : `${code}（${base}）`;
}

export const rule: Rule = {
  id: 'duplicate-name',
  scope: 'registry',
  severity: 'warning',
  run({ registry }) {
    const first = new Map<string, Power>();
    const out: Finding[] = [];
    const powers = [...registry.powers].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    for (const p of powers) {
      const d = raw(p);
      const name = str(d.name);
      if (name === undefined || d.status === '已废止') continue;
      const key = sameDepartmentKey(name);
      if (key === '') continue;
      const id = `${p.folder}\u0000${key}`;
      const earlier = first.get(id);
      if (!earlier) {
        first.set(id, p);
        continue;
      }
      out.push(powerFinding('duplicate-name', p, ['name'], 'duplicate-name.sameName', { name, first: describe(earlier), firstFile: earlier.file }));
    }
    return out;
  },
};
