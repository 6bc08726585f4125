// Fact 20: a 暂不宜公开 power is withheld only until a date, then disclosed or reviewed again.
import { isPlainDate } from '../util/date.js';
import type { Finding, Rule } from './types.js';
import { powerFinding, raw, rec, str } from './read.js';

export const rule: Rule = {
  id: 'withhold-expiry',
  severity: 'error',
  run({ registry, today }) {
    const out: Finding[] = [];
    for (const p of registry.powers) {
      const disclosure = rec(raw(p).disclosure);
      const withhold = rec(disclosure?.withhold);
      // A withhold block on a disclosed power is wrong as a whole: withhold-basis says so.
      if (str(disclosure?.mode) !== '不予公开' || str(withhold?.class) !== '暂不宜公开') continue;
      const until = withhold!.until;
      if (until === undefined) { // null (an empty `until:`) is the schema's
        out.push(powerFinding('withhold-expiry', p, ['disclosure', 'withhold', 'class'], 'withhold-expiry.noUntil'));
      } else if (isPlainDate(until) && until < today) {
        out.push({ ...powerFinding('withhold-expiry', p, ['disclosure', 'withhold', 'until'], 'withhold-expiry.expired', { until, today }), severity: 'warning' });
      }
    }
    return out;
  },
};
