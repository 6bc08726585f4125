// Fact 17: jointly held powers (共有职权) name one lead department (主办) and its partners (协办).
// A partner points at the lead power of another department; such a linked pair is coordinated,
// so `overlap` leaves it alone (see isLinkedPair).
import type { Power } from '../registry/model.js';
import type { Finding, Rule } from './types.js';
import { codeOf, powerFinding, raw, str } from './read.js';

/** Whether one of the two powers is the 协办 of the other, which is its 主办. */
export function isLinkedPair(a: Power, b: Power): boolean {
  const links = (partner: Power, lead: Power) => raw(partner).role === '协办' && raw(lead).role === '主办'
    && str(raw(partner).lead) !== undefined && str(raw(partner).lead) === codeOf(lead);
  return links(a, b) || links(b, a);
}

export const rule: Rule = {
  id: 'joint-power',
  scope: 'registry',
  severity: 'error',
  run({ registry }) {
    const out: Finding[] = [];
    let byCode: Map<string, Power> | undefined;
    for (const p of registry.powers) {
      const role = raw(p).role;
      const lead = str(raw(p).lead);
      if (role === '协办' && lead === undefined) {
        if (raw(p).lead === undefined) out.push(powerFinding('joint-power', p, ['role'], 'joint-power.noLead'));
        continue;
      }
      if (lead === undefined) continue;
      if (role !== '协办') {
        out.push(powerFinding('joint-power', p, ['lead'], 'joint-power.leadWithoutRole', { lead }));
        continue;
      }
      if (!byCode) {
        byCode = new Map();
        for (const q of registry.powers) {
          const code = codeOf(q);
          if (code !== null && !byCode.has(code)) byCode.set(code, q);
        }
      }
      const main = byCode.get(lead);
      if (!main) out.push(powerFinding('joint-power', p, ['lead'], 'joint-power.unknownLead', { lead }));
      else if (main.folder === p.folder) out.push(powerFinding('joint-power', p, ['lead'], 'joint-power.sameDepartment', { lead }));
      else if (raw(main).role !== '主办') out.push(powerFinding('joint-power', p, ['lead'], 'joint-power.leadNotMain', { lead, role: str(raw(main).role) ?? '无' }));
    }
    return out;
  },
};
