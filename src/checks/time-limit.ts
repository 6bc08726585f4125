// SPEC §1.9: promised time limits never exceed statutory ones, and the steps fit in the promise.
import type { Finding, Rule } from './types.js';
import { list, num, powerFinding, raw, rec } from './read.js';

export const rule: Rule = {
  id: 'time-limit',
  severity: 'error',
  run({ registry }) {
    const out: Finding[] = [];
    for (const p of registry.powers) {
      const flow = rec(raw(p).flow);
      if (!flow) continue;
      const statutory = num(flow.statutory_days);
      const promised = num(flow.promised_days);
      if (statutory !== undefined && promised !== undefined && promised > statutory) {
        out.push(powerFinding('time-limit', p, ['flow', 'promised_days'], 'time-limit.promisedOverStatutory', { promised, statutory }));
      }
      if (promised === undefined) continue;
      let sum = 0;
      const steps = list(flow.steps) ?? [];
      for (let i = 0; i < steps.length; i++) {
        sum += num(rec(steps[i])?.days) ?? 0;
        if (sum > promised) {
          const total = steps.reduce<number>((s, x) => s + (num(rec(x)?.days) ?? 0), 0);
          out.push(powerFinding('time-limit', p, ['flow', 'steps', i, 'days'], 'time-limit.stepsOverPromised', { total, promised, step: i + 1 }));
          break;
        }
      }
    }
    return out;
  },
};
