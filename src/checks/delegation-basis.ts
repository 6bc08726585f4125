// Fact 17, who exercises a power (实施主体): an organisation authorised by a law or regulation (授权,
// on a 法律, 行政法规 or 地方性法规) or entrusted by an organ (委托, acting in the entrusting organ's
// name). `subject` then names that organisation, not the department.
import type { Finding, Rule } from './types.js';
import { citationProblem, departmentOf, powerFinding, raw, rec, str } from './read.js';

/** Levels that can authorise an organisation (法律法规授权的组织). */
const AUTHORISING = new Set(['法律', '行政法规', '地方性法规']);

export const rule: Rule = {
  id: 'delegation-basis',
  severity: 'error',
  run({ registry, today }) {
    const out: Finding[] = [];
    for (const p of registry.powers) {
      const delegation = rec(raw(p).delegation);
      const type = str(delegation?.type);
      if (!delegation || (type !== '委托' && type !== '授权')) continue; // shape and enum: the schema's
      const lawId = str(rec(delegation.basis)?.law);
      if (lawId !== undefined) {
        const c = citationProblem(registry, p, lawId, today);
        const at = ['delegation', 'basis', 'law'];
        if (c.problem) out.push(powerFinding('delegation-basis', p, at, `delegation-basis.${c.problem}`, c.data));
        else if (type === '授权' && !AUTHORISING.has(c.law.level)) out.push(powerFinding('delegation-basis', p, at, 'delegation-basis.authorisationLevel', { law: lawId, level: c.law.level }));
      }
      const by = delegation.by;
      if (type === '委托' && by === undefined) out.push(powerFinding('delegation-basis', p, ['delegation', 'type'], 'delegation-basis.noBy'));
      const subject = str(raw(p).subject);
      if (subject === undefined) continue;
      if (subject === departmentOf(registry, p)?.name) {
        out.push(powerFinding('delegation-basis', p, ['subject'], 'delegation-basis.subjectIsDepartment', { subject, type }));
      } else if (type === '委托' && by === subject) {
        out.push(powerFinding('delegation-basis', p, ['delegation', 'by'], 'delegation-basis.byIsSubject', { subject }));
      }
    }
    return out;
  },
};
