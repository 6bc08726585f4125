// SPEC §1.6: a power may be withheld only with a secrecy basis and a reason; "凡无保密依据的，均要予以公开".
import type { Finding, Rule } from './types.js';
import { declaredOn, isRepealedBy, lawSuggestion, powerFinding, raw, rec, str } from './read.js';

/** Reasons that say nothing (无, 略 …): the disclosure office cannot review them. */
const PLACEHOLDERS = new Set(['无', '略', '暂无', '不详', '待定', '待补充', '同上', '见上', '保密', '涉密', '无理由', '-', '--', '/', '…', '……', '...', 'N/A', 'n/a', 'TBD', 'todo', 'TODO', 'xx', 'XX', '？', '?']);

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
      if (lawId !== undefined) {
        const law = registry.laws.get(lawId);
        if (!law) out.push(powerFinding('withhold-basis', p, ['disclosure', 'withhold', 'basis', 'law'], 'withhold-basis.unknownLaw', { law: lawId, suggestion: lawSuggestion(registry, lawId).suggestion }));
        else if (isRepealedBy(law, declaredOn(p) ?? today)) {
          out.push(powerFinding('withhold-basis', p, ['disclosure', 'withhold', 'basis', 'law'], 'withhold-basis.repealedLaw', { law: lawId, repealed: law.repealed }));
        }
      }
      const reason = str(w.reason)?.trim();
      if (reason !== undefined && (reason === '' || PLACEHOLDERS.has(reason) || /^[\s\p{P}]*$/u.test(reason))) {
        out.push(powerFinding('withhold-basis', p, ['disclosure', 'withhold', 'reason'], 'withhold-basis.noReason', { reason }));
      }
    }
    return out;
  },
};
