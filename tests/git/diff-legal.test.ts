// `powers diff` names the fields of issue 9 (time unit, 委托/授权, 共有职权, 责任清单, 内部公开理由,
// 暂不公开截止日期, the review workflow, law ranges) by their Chinese schema titles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestRepo, XK, ensureBuilt, removeTempDirs, runCli } from './helpers.js';

const JC = 'departments/scjgj/powers/JC-SCJGJ-0001.yaml';
const QT = 'departments/gaj/powers/QT-GAJ-0001.yaml';

let r: TestRepo;
let first: string;
let second: string;

beforeAll(() => {
  ensureBuilt();
  r = new TestRepo();
  first = r.commit('初始登记', { date: '2026-01-05T10:00:00+08:00' });
  r.edit(XK, '  unit: 工作日', '  unit: 日');
  r.edit(XK, '{stage: 受理, duty: 依法受理或不予受理，不予受理的一次性告知理由}', '{stage: 受理, duty: 依法受理}');
  r.edit(XK, 'subject: 云港市公安局\n', 'subject: 云港市车辆管理服务中心\ndelegation:\n  type: 委托\n  by: 云港市公安局\n  basis: {law: 道路交通安全法, articles: 第八条}\n');
  r.edit(XK, 'status: 已公布', 'review:\n  declared: 2025-12-01\n  signed_by: 局长\n  reviewed: 2025-12-18\n  publicity: {from: 2025-12-19, to: 2025-12-31}\nstatus: 已公布');
  r.edit(JC, 'unit: 食品经营监管科\n', 'unit: 食品经营监管科\nrole: 协办\nlead: XK-GAJ-0001\n');
  r.edit(JC, '  content: 检查计划和检查结果', '  content: 检查计划和检查结果\n  reason: 检查计划仅供执法人员掌握');
  r.edit(QT, '    reason: 涉及', '    until: 2027-01-01\n    reason: 涉及');
  second = r.commit('责任清单、委托和审核流程', { date: '2026-02-10T10:00:00+08:00' });
});

afterAll(() => {
  r?.dispose();
  removeTempDirs();
});

describe('powers diff on the new fields', () => {
  it('labels each in Chinese', () => {
    const out = runCli(['diff', first, second], r.root);
    expect(out.code).toBe(0);
    for (const line of [
      '运行流程 › 时限单位：工作日 → 日',
      '责任清单 › 责任事项 第 1 项（受理） › 责任内容：依法受理或不予受理，不予受理的一次性告知理由 → 依法受理',
      '委托或授权：（无） → {type: 委托, by: 云港市公安局, basis: {law: 道路交通安全法, articles: 第八条}}',
      '实施主体：云港市公安局 → 云港市车辆管理服务中心',
      '审核流程：（无） → {declared: 2025-12-01, signed_by: 局长, reviewed: 2025-12-18, publicity: {from: 2025-12-19, to: 2025-12-31}}',
      '共有职权中的角色：（无） → 协办',
      '主办权力编码：（无） → XK-GAJ-0001',
      '公开方式 › 内部公开理由：（无） → 检查计划仅供执法人员掌握',
      '公开方式 › 不予公开的依据和理由 › 暂不公开截止日期：（无） → 2027-01-01',
    ]) expect(out.stdout).toContain(line);
  });

  it('labels a changed review date and publicity inside the block', () => {
    r.edit(XK, '  reviewed: 2025-12-18', '  reviewed: 2025-12-17');
    r.edit(XK, 'to: 2025-12-31', 'to: 2025-12-30');
    const third = r.commit('更正审核日期', { date: '2026-02-11T10:00:00+08:00' });
    const out = runCli(['diff', second, third], r.root);
    expect(out.stdout).toContain('审核流程 › 审核日期：2025-12-18 → 2025-12-17');
    expect(out.stdout).toContain('审核流程 › 公示期 › 公示结束日期：2025-12-31 → 2025-12-30');
    const json = JSON.parse(runCli(['diff', second, third, '-f', 'json'], r.root).stdout);
    expect(json.changed[0].fields).toEqual([
      { path: 'review.reviewed', before: '2025-12-18', after: '2025-12-17' },
      { path: 'review.publicity.to', before: '2025-12-31', after: '2025-12-30' },
    ]);
  });
});
