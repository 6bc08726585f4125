// SPEC §1.6: a power may be withheld only with a secrecy basis and a reason; "凡无保密依据的，均要予以公开".
import type { Finding, Rule } from './types.js';
import { citationProblem, isPlaceholder, powerFinding, raw, rec, str } from './read.js';

export const rule: Rule = {
  id: 'withhold-basis',
  severity: 'error',
  run({ registry, today }) {
    const out: Finding[] = [];
    for (const p of registry.powers) {
      const disclosure = rec(raw(p).disclosure);
      if (!disclosure) continue;
      const mode = str(disclosure.mode);
      const withhold = disclosure.withhold;
      if (mode !== '不予公开') {
        if (withhold !== undefined && withhold !== null) {
          out.push(powerFinding('withhold-basis', p, ['disclosure', 'withhold'], 'withhold-basis.onDisclosed', { mode: mode ?? '' }));
        }
        continue;
      }
      if (withhold === undefined || withhold === null) {
        out.push(powerFinding('withhold-basis', p, ['disclosure', 'mode'], 'withhold-basis.missing'));
        continue;
      }
      // One problem, one message: a withhold block of the wrong shape, or without its basis, law or
      // reason, is the schema rule's (they are required there); this rule judges what is written.
      const w = rec(withhold);
      if (!w) continue;
      const lawId = str(rec(w.basis)?.law);
      const c = lawId === undefined ? undefined : citationProblem(registry, p, lawId, today);
      if (c?.problem) out.push(powerFinding('withhold-basis', p, ['disclosure', 'withhold', 'basis', 'law'], `withhold-basis.${c.problem}`, c.data));
      const reason = str(w.reason);
      if (reason !== undefined && isPlaceholder(reason)) {
        out.push(powerFinding('withhold-basis', p, ['disclosure', 'withhold', 'reason'], 'withhold-basis.noReason', { reason: reason.trim() }));
      }
    }
    return out;
  },
};
