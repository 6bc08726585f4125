// Fact 15: time limits have units. 行政许可法第八十二条 counts licensing limits in working days;
// 行政处罚法第八十五条 only its 二日/三日/五日/七日; 行政强制法第六十九条 limits of ten days or less.
import type { Finding, Rule } from './types.js';
import { num, powerFinding, raw, rec, str } from './read.js';

/** 行政处罚法第八十五条: the only penalty limits counted in working days. */
const PENALTY_WORKDAY_LIMITS = new Set([2, 3, 5, 7]);

export const rule: Rule = {
  id: 'time-unit',
  severity: 'error',
  run({ registry }) {
    const out: Finding[] = [];
    for (const p of registry.powers) {
      const flow = rec(raw(p).flow);
      const unit = str(flow?.unit);
      if (unit !== '工作日' && unit !== '日') continue; // missing or not in the enum: the schema's
      const days = num(flow?.statutory_days);
      const at = (message: string, isWarning: boolean) => out.push({
        ...powerFinding('time-unit', p, ['flow', 'unit'], message, { days: days ?? '', unit }),
        ...(isWarning ? { severity: 'warning' as const } : {}),
      });
      switch (str(raw(p).category)) {
        case '行政许可':
          if (unit === '日') at('time-unit.licenceDays', false);
          break;
        case '行政处罚':
          if (days === undefined) break;
          if (unit === '工作日' && !PENALTY_WORKDAY_LIMITS.has(days)) at('time-unit.penaltyWorkdays', true);
          if (unit === '日' && PENALTY_WORKDAY_LIMITS.has(days)) at('time-unit.penaltyShortDays', true);
          break;
        case '行政强制':
          if (days === undefined) break;
          if (unit === '工作日' && days > 10) at('time-unit.coerciveWorkdays', true);
          if (unit === '日' && days <= 10) at('time-unit.coerciveShortDays', true);
          break;
        default:
          break;
      }
    }
    return out;
  },
};
