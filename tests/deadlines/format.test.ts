// The reporters of `powers deadlines`, on hand-made deadlines: markers, grouping, escaping, colour.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { buildWorkCalendar } from '../../src/calendar/index.js';
import { formatDeadlinesJson, formatDeadlinesMarkdown, formatDeadlinesText } from '../../src/deadlines/format.js';
import type { Deadline } from '../../src/deadlines/index.js';
import type { Registry } from '../../src/registry/model.js';

const notice = buildWorkCalendar().calendar.notice(2026)!;
const base: Deadline = {
  code: 'XK-GAJ-0001', kind: 'change', source: '事项变更', from: '2026-11-20', due: '2026-12-18', done: null, state: 'open',
  remaining: 3, name: '机动车|登记', department: 'gaj', file: 'departments/gaj/powers/XK-GAJ-0001.yaml', path: ['changes', 0], days: 20,
  calendar: { notices: [notice], isProvisional: false, missingYears: [], isNearCoverageEnd: true },
};
const provisional: Deadline = {
  ...base, code: 'XK-GAJ-0002', from: '2026-12-20', due: '2027-01-15', remaining: null,
  calendar: { notices: [notice], isProvisional: true, missingYears: [2027], isNearCoverageEnd: false },
};
const overdue: Deadline = { ...base, code: 'CF-ZJJ-0001', department: 'zjj', due: '2026-12-01', state: 'overdue', remaining: -12, kind: 'law-amended', source: '建筑法', path: ['basis', 0] };
const registry = {
  config: { jurisdiction: '云港市', filing_authority: '公开办', deadlines: { change: 20, basis_change: 20 } },
  departments: new Map([['gaj', { name: '云港市公安局' }], ['zjj', { name: '云港市住房和城乡建设局' }]]),
} as unknown as Registry;
const context = { today: '2026-12-17', registry };

describe('text', () => {
  it('marks provisional and near-year-end due dates and explains both', () => {
    const text = formatDeadlinesText([base, provisional, overdue], context);
    expect(text).toContain('2027-01-15 暂定');
    expect(text).toContain('2026-12-18 ※');
    expect(text).toContain('国务院办公厅关于2027年部分节假日安排的通知');
    expect(text).toMatch(/标“暂定”/);
    expect(text).toMatch(/标“※”/);
    expect(text.split('\n')[2]).toMatch(/^已逾期\s+已逾期 12 个工作日\s+CF-ZJJ-0001/);
  });

  it('colours the state only when given colour', () => {
    expect(formatDeadlinesText([overdue], context)).not.toContain('\x1b[');
    expect(formatDeadlinesText([overdue], { ...context, color: new Chalk({ level: 1 }) })).toContain('\x1b[');
  });

  it('says when there is nothing', () => {
    expect(formatDeadlinesText([], context)).toContain('没有期限');
  });
});

describe('md', () => {
  it('groups by department in folder order, escapes table cells, lists notes', () => {
    const md = formatDeadlinesMarkdown([base, provisional, overdue], context);
    expect(md.indexOf('## 云港市公安局（gaj）')).toBeLessThan(md.indexOf('## 云港市住房和城乡建设局（zjj）'));
    expect(md).toContain('机动车\\|登记');
    expect(md).toContain('## 说明');
    expect(md).toContain('| **已逾期** | CF-ZJJ-0001 |');
  });
});

describe('json', () => {
  it('keeps exactly the contract fields', () => {
    const json = JSON.parse(formatDeadlinesJson([provisional], '2026-12-22'));
    expect(json).toEqual({ today: '2026-12-22', deadlines: [{
      code: 'XK-GAJ-0002', kind: 'change', source: '事项变更', from: '2026-12-20', due: '2027-01-15', done: null, state: 'open', remaining: null,
    }] });
  });
});
