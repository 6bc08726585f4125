// A charged fee needs a basis in force (of any level: fee standards are often 规范性文件) and a standard.
import type { Finding, Rule } from './types.js';
import { citationProblem, powerFinding, raw, rec, str } from './read.js';

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
        const c = citationProblem(registry, p, lawId, today);
        if (c.problem) out.push(powerFinding('fee-basis', p, ['fee', 'basis', 'law'], `fee-basis.${c.problem}`, c.data));
      }
      const standard = fee.standard;
      if (standard === undefined || standard === null || (typeof standard === 'string' && standard.trim() === '')) out.push(powerFinding('fee-basis', p, ['fee', 'charged'], 'fee-basis.noStandard'));
    }
    return out;
  },
};
