// SPEC §1 fact 13 / §10 record-power: 未公布的非涉密行政权力一律不得实施. A case must name a power of
// the registry that could be exercised on its 受理日期: a public power once 已公布 and published on
// or before that day; a withheld (不予公开) or internal (内部公开) power once 已备案 or 已公布.
import { rowFinding } from '../records/finding.js';
import { dayText } from '../records/evaluate.js';
import { cell, NO_DAY } from '../records/types.js';
import type { Rule } from './types.js';

const NOT_PUBLIC = new Set(['不予公开', '内部公开']);
const IN_FORCE_UNPUBLISHED = new Set(['已备案', '已公布']);

export const rule: Rule = {
  id: 'record-power',
  severity: 'error',
  scope: 'records',
  run: () => [],
  records() {
    return (row, facts, emit) => {
      const { power, receivedDay } = facts;
      if (!power) {
        emit(rowFinding('record-power', row, '职权编码', 'record-power.unknown', { value: cell(row, '职权编码') }));
        return;
      }
      if (receivedDay === NO_DAY) return; // record-format's
      // The usual case first, allocating nothing: a published public power, published in time.
      if (power.status === '已公布' && power.publishedDay !== undefined && power.publishedDay <= receivedDay && !power.isNotPublic) return;
      const data = { name: power.name, status: power.status, received: dayText(receivedDay) };
      if (NOT_PUBLIC.has(power.mode)) {
        if (!IN_FORCE_UNPUBLISHED.has(power.status)) emit(rowFinding('record-power', row, '职权编码', 'record-power.notFiled', { ...data, mode: power.mode }));
        return;
      }
      if (power.status === '已废止') emit(rowFinding('record-power', row, '职权编码', 'record-power.abolished', data));
      else if (power.status !== '已公布') emit(rowFinding('record-power', row, '职权编码', 'record-power.unpublished', data));
      else emit(rowFinding('record-power', row, '职权编码', 'record-power.beforePublished', { ...data, published: power.published ?? '—' }));
    };
  },
};
