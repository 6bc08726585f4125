// Fact 20: only powers that concern staff alone belong to 内部公开; an external power kept internal
// must say why ("凡无保密依据的，均要予以公开").
import type { Finding, Rule } from './types.js';
import { isPlaceholder, powerFinding, raw, rec, str } from './read.js';

export const rule: Rule = {
  id: 'internal-reason',
  severity: 'error',
  run({ registry }) {
    const out: Finding[] = [];
    for (const p of registry.powers) {
      const disclosure = rec(raw(p).disclosure);
      const category = str(raw(p).category);
      if (str(disclosure?.mode) !== '内部公开' || category === undefined || category === '内部管理') continue;
      const reason = disclosure!.reason;
      if (reason === undefined) { // null (an empty `reason:`) is the schema's
        out.push(powerFinding('internal-reason', p, ['disclosure', 'mode'], 'internal-reason.missing', { category }));
      } else if (typeof reason === 'string' && /\S/.test(reason) && isPlaceholder(reason)) {
        // An empty or mistyped reason is the schema's.
        out.push(powerFinding('internal-reason', p, ['disclosure', 'reason'], 'internal-reason.placeholder', { reason: reason.trim() }));
      }
    }
    return out;
  },
};
