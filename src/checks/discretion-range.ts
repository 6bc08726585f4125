// SPEC §1.10: each discretion row is a range, lower bound first.
import type { Finding, Rule } from './types.js';
import { list, num, powerFinding, raw, rec } from './read.js';

export const rule: Rule = {
  id: 'discretion-range',
  severity: 'error',
  run({ registry }) {
    const out: Finding[] = [];
    for (const p of registry.powers) {
      list(raw(p).discretion)?.forEach((row, i) => {
        const min = num(rec(row)?.min);
        const max = num(rec(row)?.max);
        if (min !== undefined && max !== undefined && min > max) {
          out.push(powerFinding('discretion-range', p, ['discretion', i, 'min'], 'discretion-range.inverted', { min, max, row: i + 1 }));
        }
      });
    }
    return out;
  },
};
