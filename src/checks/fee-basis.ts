// A charged fee needs a basis in force (of any level: fee standards are often 规范性文件) and a standard.
import type { Finding, Rule } from './types.js';
import { declaredOn, isRepealedBy, lawSuggestion, powerFinding, raw, rec, str } from './read.js';

export const rule: Rule = {
  id: 'fee-basis',
  severity: 'error',
  run({ registry, today }) {
    const out: Finding[] = [];
    for (const p of registry.powers) {
      const fee = rec(raw(p).fee);
      if (!fee || fee.charged !== true) continue;
      const lawId = str(rec(fee.basis)?.law);
      if (fee.basis === undefined || fee.basis === null) {
        out.push(powerFinding('fee-basis', p, ['fee', 'charged'], 'fee-basis.noBasis'));
      } else if (lawId !== undefined) { // a basis without a law, or of the wrong shape: the schema rule's
        const law = registry.laws.get(lawId);
        if (!law) out.push(powerFinding('fee-basis', p, ['fee', 'basis', 'law'], 'fee-basis.unknownLaw', { law: lawId, suggestion: lawSuggestion(registry, lawId).suggestion }));
        else if (isRepealedBy(law, declaredOn(p) ?? today)) {
          out.push(powerFinding('fee-basis', p, ['fee', 'basis', 'law'], 'fee-basis.repealedLaw', { law: lawId, repealed: law.repealed }));
        }
      }
      const standard = fee.standard;
      if (standard === undefined || standard === null || (typeof standard === 'string' && standard.trim() === '')) out.push(powerFinding('fee-basis', p, ['fee', 'charged'], 'fee-basis.noStandard'));
    }
    return out;
  },
};
