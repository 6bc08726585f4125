// The audience filter lives in one pure builder: registry → view models.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/registry/load.js';
import type { Power } from '../../src/registry/model.js';
import { audienceOf, buildViews, changeKey, type Audience } from '../../src/publish/view-model.js';
import { FIXTURES } from '../helpers/fixture.js';
import { FIXTURE } from './helpers.js';

const power = (data: Record<string, unknown>): Pick<Power, 'data'> => ({ data: data as unknown as Power['data'] });

describe('audienceOf', () => {
  const cases: [string, string | undefined, string | undefined, Audience | null][] = [
    ['主动公开, 已公布', '主动公开', '已公布', 'public'],
    ['依申请公开, 已公布', '依申请公开', '已公布', 'public'],
    ['主动公开, 已备案 (not yet published)', '主动公开', '已备案', null],
    ['主动公开, 草稿', '主动公开', '草稿', null],
    ['依申请公开, 已废止', '依申请公开', '已废止', null],
    ['内部公开, 已公布', '内部公开', '已公布', 'internal'],
    ['内部公开, 已申报', '内部公开', '已申报', 'internal'],
    ['内部公开, 草稿', '内部公开', '草稿', null],
    ['内部公开, 已废止', '内部公开', '已废止', null],
    ['不予公开, 已审核', '不予公开', '已审核', 'withheld'],
    ['不予公开, 已公布', '不予公开', '已公布', 'withheld'],
    ['不予公开, 草稿', '不予公开', '草稿', null],
    ['不予公开, 已废止', '不予公开', '已废止', null],
    ['a typo in the mode fails closed', '主动公布', '已公布', null],
    ['a missing mode fails closed', undefined, '已公布', null],
    ['a missing status fails closed', '主动公开', undefined, null],
    ['an unknown status fails closed', '内部公开', '待定', null],
  ];
  it.each(cases)('%s', (_name, mode, status, expected) => {
    expect(audienceOf(power({ disclosure: mode === undefined ? {} : { mode }, ...(status === undefined ? {} : { status }) }))).toBe(expected);
  });
  it('is null for data that is not an object at all', () => {
    expect(audienceOf(power(null as unknown as Record<string, unknown>))).toBe(null);
    expect(audienceOf(power({ disclosure: '主动公开', status: '已公布' }))).toBe(null);
  });
});

describe('buildViews on the publish fixture', async () => {
  const { registry } = await loadRegistry(path.join(FIXTURES, 'publish'));
  const views = buildViews(registry);

  it('puts each power in its audience only', () => {
    expect(views.site.powers.map((p) => p.code).sort()).toEqual([...FIXTURE.public].sort());
    expect(views.internal.powers.map((p) => p.code).sort()).toEqual([...FIXTURE.internal].sort());
    expect(views.withheld.items.map((p) => p.code).sort()).toEqual([...FIXTURE.withheld].sort());
  });

  it('groups by department and by category with counts, in a stable order', () => {
    expect(views.site.byDepartment.map((g) => [g.name, g.count])).toEqual([['云港市公安局', 4], ['云港市市场监督管理局', 1]]);
    expect(views.site.byCategory.map((g) => [g.name, g.count])).toEqual([['行政许可', 2], ['行政处罚', 2], ['行政检查', 1]]);
    expect(views.site.byDepartment.every((g) => g.powers.every((p) => p.department.anchor === g.anchor))).toBe(true);
    expect(views.site.byDepartment[0].powers.map((p) => p.code)).toEqual(['CF-GAJ-0001', 'CF-GAJ-0002', 'XK-GAJ-0001', 'XK-GAJ-0002']);
  });

  it('resolves laws to their full titles with articles, and posts to their unit and title', () => {
    const p = views.site.powers.find((v) => v.code === 'XK-GAJ-0001')!;
    expect(p.basis[0]).toMatchObject({ law: '道路交通安全法', title: '中华人民共和国道路交通安全法', articles: '第十九条', text: '《中华人民共和国道路交通安全法》第十九条' });
    expect(p.fee).toMatchObject({ isCharged: true, standard: '工本费每证10元' });
    expect(p.steps.map((s) => [s.name, s.postLabel, s.days, s.supervision, s.isDisclosed])).toEqual([
      ['受理', '车辆管理所 受理岗', 1, null, true],
      ['审查', '车辆管理所 审批岗', 3, '法制审核', false],
      ['决定', '车辆管理所 审批岗', 1, null, true],
    ]);
    expect(p.risk).toMatchObject({ level: '二级', colour: '黄' });
    expect(p.href).toBe('powers/XK-GAJ-0001.html');
  });

  it('names the risk colours as officials do: 一级 red, 二级 yellow, 三级 orange', () => {
    expect(views.site.powers.find((v) => v.code === 'XK-GAJ-0002')!.risk).toMatchObject({ level: '一级', colour: '红', cls: 'risk-1' });
    expect(views.internal.powers.find((v) => v.code === 'NB-GAJ-0002')!.risk).toMatchObject({ level: '三级', colour: '橙', cls: 'risk-3' });
  });

  it('builds the change log newest first, with an empty slot for git data', () => {
    expect(views.site.changes.map((c) => [c.date, c.power.code])).toEqual([['2026-03-02', 'XK-GAJ-0002']]);
    expect(views.site.changes[0].git).toBe(null);
  });

  it('lists withheld powers with reason, basis (full title and articles), department and status', () => {
    const w = views.withheld.items.find((i) => i.code === 'QT-GAJ-0001')!;
    expect(w).toMatchObject({
      name: '重要目标警卫勤务部署', category: '其他行政权力', withholdClass: '国家秘密', status: '已备案',
      reason: '涉及重要目标警卫工作部署，公开后可能危及国家安全',
    });
    expect(w.basis).toMatchObject({ title: '中华人民共和国保守国家秘密法', articles: '第十三条' });
    expect(w.department.name).toBe('云港市公安局');
  });

  it('shows due dates and outcomes of change records when deadlines are given, never a today-dependent state', () => {
    const file = registry.powers.find((p) => p.data.code === 'XK-GAJ-0002')!.file;
    const late = buildViews(registry, { changeDeadlines: new Map([[changeKey(file, 0), { due: '2026-03-05', done: '2026-03-12' }]]) });
    expect(late.site.changes[0]).toMatchObject({ due: '2026-03-05', outcome: '逾期完成' });
    const open = buildViews(registry, { changeDeadlines: new Map([[changeKey(file, 0), { due: '2026-03-30', done: null }]]) });
    expect(open.site.changes[0]).toMatchObject({ due: '2026-03-30', outcome: '未完成' });
  });

  it('copies public fields only: a withhold block left on a disclosed power never reaches a view', async () => {
    const { registry: r } = await loadRegistry(path.join(FIXTURES, 'publish'));
    const p = r.powers.find((x) => x.data.code === 'XK-GAJ-0001')!;
    (p.data.disclosure as Record<string, unknown>).withhold = { class: '国家秘密', basis: { law: '保守国家秘密法' }, reason: 'SECRET-REASON' };
    (p.data as unknown as Record<string, unknown>).internal_note = 'SECRET-NOTE';
    const v = buildViews(r);
    expect(JSON.stringify(v.site)).not.toMatch(/SECRET-REASON|SECRET-NOTE/);
  });

  it('survives schema-invalid data (as under --force) without crashing', async () => {
    const { registry: r } = await loadRegistry(path.join(FIXTURES, 'publish'));
    const p = r.powers.find((x) => x.data.code === 'XK-GAJ-0001')!;
    const d = p.data as unknown as Record<string, unknown>;
    d.flow = { steps: 'not a list' };
    d.basis = [{ law: 42 }, 'x', null];
    d.risk = { level: '四级' };
    d.code = '../../etc/passwd';
    d.name = 7;
    const v = buildViews(r);
    const view = v.site.powers.find((x) => x.code === '../../etc/passwd')!;
    expect(view.steps).toEqual([]);
    expect(view.basis).toEqual([]);
    expect(view.risk).toMatchObject({ level: '四级', colour: '' });
    expect(view.href).toMatch(/^powers\/p-[0-9a-f]{12}\.html$/);
    expect(view.name).toBe('（未填写名称）');
  });

  it('gives duplicate codes distinct pages', async () => {
    const { registry: r } = await loadRegistry(path.join(FIXTURES, 'publish'));
    r.powers.find((x) => x.data.code === 'CF-GAJ-0002')!.data.code = 'CF-GAJ-0001';
    const hrefs = buildViews(r).site.powers.map((p) => p.href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(hrefs).toContain('powers/CF-GAJ-0001-2.html');
  });
});
