// SPEC §1.7: the disclosure scope follows the mode.
import type { Finding, Rule } from './types.js';
import { powerFinding, raw, rec, str } from './read.js';

/** The scopes each mode allows. */
export const ALLOWED_SCOPES: Record<string, string[]> = {
  主动公开: ['社会'],
  依申请公开: ['一定范围', '社会'],
  内部公开: ['单位内部'],
  不予公开: ['单位内部'],
};

const SCOPES = new Set(Object.values(ALLOWED_SCOPES).flat());

export const rule: Rule = {
  id: 'disclosure-scope',
  severity: 'error',
  run({ registry }) {
    const out: Finding[] = [];
    for (const p of registry.powers) {
      const d = rec(raw(p).disclosure);
      const mode = str(d?.mode);
      const scope = str(d?.scope);
      const allowed = mode === undefined ? undefined : ALLOWED_SCOPES[mode];
      // unknown enum values (of the mode or the scope) are the schema's
      if (!allowed || scope === undefined || !SCOPES.has(scope)) continue;
      if (!allowed.includes(scope)) {
        out.push(powerFinding('disclosure-scope', p, ['disclosure', 'scope'], 'disclosure-scope.mismatch', { mode, scope, allowed }));
      }
    }
    return out;
  },
};
