// 行政权力编码: {category abbreviation}-{department code}-{NNNN}, and the file is named after it.
import { CATEGORY_ABBR, type Category } from '../registry/model.js';
import type { Finding, Rule } from './types.js';
import { departmentOf, powerFinding, raw, str } from './read.js';

const CODE_RE = /^(XK|CF|QZ|ZS|JF|JC|QR|JL|CJ|QT|NB)-([A-Z][A-Z0-9]{1,9})-(\d{4})$/;

export const rule: Rule = {
  id: 'code-format',
  // registry scope: the file-name hint must know which file names are already taken
  scope: 'registry',
  severity: 'error',
  run({ registry }) {
    const out: Finding[] = [];
    const taken = new Set(registry.powers.map((p) => p.file.replace(/\.ya?ml$/i, '')));
    for (const p of registry.powers) {
      const d = raw(p);
      const code = str(d.code);
      if (code === undefined) continue;
      const base = p.file.slice(p.file.lastIndexOf('/') + 1).replace(/\.ya?ml$/i, '');
      const m = CODE_RE.exec(code);
      if (!m) {
        out.push(powerFinding('code-format', p, ['code'], 'code-format.pattern', { code }));
      } else {
        const category = str(d.category);
        const expected = category === undefined ? undefined : CATEGORY_ABBR[category as Category];
        if (expected !== undefined && expected !== m[1]) {
          out.push(powerFinding('code-format', p, ['code'], 'code-format.abbr', { code, abbr: m[1], category, expected }));
        }
        const dept = departmentOf(registry, p);
        if (dept && typeof dept.code === 'string' && dept.code !== m[2]) {
          out.push(powerFinding('code-format', p, ['code'], 'code-format.department', { code, deptCode: m[2], expected: dept.code, department: dept.name }));
        }
      }
      if (base !== code) {
        const wanted = `${p.file.slice(0, p.file.lastIndexOf('/') + 1)}${code}`;
        out.push(powerFinding('code-format', p, ['code'], taken.has(wanted) ? 'code-format.fileNameTaken' : 'code-format.fileName', { code, file: base }));
      }
    }
    return out;
  },
};
