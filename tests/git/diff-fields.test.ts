// The semantic diff, pure: parsed documents in, field changes out (no git here).
import { describe, expect, it } from 'vitest';
import { diffCatalogue, type DocFile } from '../../src/diff/catalogue.js';
import { diffFields, formatPath, isEqualValue } from '../../src/diff/fields.js';
import { fieldLabel, formatValue } from '../../src/diff/labels.js';

const power = (over: Record<string, unknown> = {}) => ({
  code: 'XK-GAJ-0001',
  name: '机动车驾驶证核发',
  category: '行政许可',
  posts: ['cgs-sl', 'cgs-sp'],
  basis: [{ law: '道路交通安全法', articles: '第十九条' }, { law: '道路交通安全法实施条例', articles: '第二十条' }],
  flow: {
    unit: '工作日', statutory_days: 20, promised_days: 5,
    steps: [{ name: '受理', post: 'cgs-sl', days: 1 }, { name: '审查', post: 'cgs-sp', days: 3 }],
  },
  changes: [{ date: '2026-01-10', kind: '新增', summary: '首次登记' }],
  status: '已公布',
  ...over,
});

const simple = (before: unknown, after: unknown, kind: 'power' | 'department' = 'power') =>
  diffFields(kind, before, after).map((f) => ({ path: formatPath(f.path), before: f.before, after: f.after }));

describe('diffFields', () => {
  it('finds nothing between equal values, whatever the key order', () => {
    const a = power();
    const b = { ...power(), flow: { steps: a.flow.steps, promised_days: 5, statutory_days: 20, unit: '工作日' } };
    expect(diffFields('power', a, b)).toEqual([]);
    expect(isEqualValue({ x: null }, {})).toBe(true);
  });

  it('reports a scalar with its dotted path and step index', () => {
    const after = power();
    after.flow = { ...after.flow, promised_days: 4, steps: [after.flow.steps[0], { ...after.flow.steps[1], days: 2 }] };
    expect(simple(power(), after)).toEqual([
      { path: 'flow.promised_days', before: 5, after: 4 },
      { path: 'flow.steps[1].days', before: 3, after: 2 },
    ]);
  });

  it('matches basis items by law: reordering is no change, an edit is one field', () => {
    const base = power();
    expect(diffFields('power', base, power({ basis: [...base.basis].reverse() }))).toEqual([]);
    const edited = power({ basis: [{ law: '道路交通安全法实施条例', articles: '第二十一条' }, base.basis[0]] });
    expect(simple(base, edited)).toEqual([{ path: 'basis[0].articles', before: '第二十条', after: '第二十一条' }]);
  });

  it('shows an added and a removed basis as whole items (null on the absent side)', () => {
    const base = power();
    const after = power({ basis: [base.basis[0], { law: '新条例' }, base.basis[1]] });
    expect(simple(base, after)).toEqual([{ path: 'basis[1]', before: null, after: { law: '新条例' } }]);
    expect(simple(after, base)).toEqual([{ path: 'basis[1]', before: { law: '新条例' }, after: null }]);
  });

  it('matches steps by position: an inserted step shifts the ones after it', () => {
    const base = power();
    const steps = [base.flow.steps[0], { name: '补正', post: 'cgs-sl', days: 1 }, base.flow.steps[1]];
    const out = simple(base, power({ flow: { ...base.flow, steps } }));
    expect(out.map((f) => f.path)).toEqual(['flow.steps[1].name', 'flow.steps[1].post', 'flow.steps[1].days', 'flow.steps[2]']);
  });

  it('matches change records by date and kind', () => {
    const base = power();
    const added = { date: '2026-03-01', kind: '事项变更', summary: '调整承诺时限' };
    expect(simple(base, power({ changes: [...base.changes, added] }))).toEqual([{ path: 'changes[1]', before: null, after: added }]);
    const explained = power({ changes: [{ ...base.changes[0], explained: '2026-01-20' }] });
    expect(simple(base, explained)).toEqual([{ path: 'changes[0].explained', before: null, after: '2026-01-20' }]);
  });

  it('compares lists of words by value, pairing a replaced word', () => {
    expect(diffFields('power', power(), power({ posts: ['cgs-sp', 'cgs-sl'] }))).toEqual([]);
    expect(simple(power(), power({ posts: ['cgs-sl', 'cgs-zx'] }))).toEqual([{ path: 'posts[1]', before: 'cgs-sp', after: 'cgs-zx' }]);
    expect(simple(power(), power({ posts: ['cgs-sl'] }))).toEqual([{ path: 'posts[1]', before: 'cgs-sp', after: null }]);
  });

  it('treats an absent list as empty and an absent object as null', () => {
    const out = simple(power(), power({ remedy: ['行政复议'], fee: { charged: false } }));
    expect(out).toEqual([
      { path: 'fee', before: null, after: { charged: false } },
      { path: 'remedy[0]', before: null, after: '行政复议' },
    ]);
  });

  it('matches department posts and functions by id', () => {
    const dept = { id: 'gaj', posts: [{ id: 'a', unit: '甲', title: '受理岗' }, { id: 'b', unit: '乙' }], functions: [{ id: 'F01', text: '一' }] };
    const after = { ...dept, posts: [dept.posts[1], { ...dept.posts[0], title: '综合受理岗' }] };
    expect(simple(dept, after, 'department')).toEqual([{ path: 'posts[1].title', before: '受理岗', after: '综合受理岗' }]);
  });
});

describe('issue 9 lists', () => {
  it('matches law ranges by article and responsibility duties by position, hinting the stage', () => {
    const law = (ranges: unknown[]) => ({ id: '道路交通安全法', title: '中华人民共和国道路交通安全法', level: '法律', ranges });
    const ranges = diffFields('law', law([{ articles: '第九十一条', min: 200, max: 2000 }]), law([{ articles: '第九十条', min: 20, max: 200 }, { articles: '第九十一条', min: 200, max: 1500 }]));
    expect(ranges.map((f) => [formatPath(f.path), f.before, f.after])).toEqual([
      ['ranges[0]', null, { articles: '第九十条', min: 20, max: 200 }],
      ['ranges[1].max', 2000, 1500],
    ]);
    expect(fieldLabel('law', ranges[1], 'zh')).toBe('法定幅度〔第九十一条〕 › 法定上限');
    const duties = (duty: string) => power({ responsibility: { duties: [{ stage: '受理', duty: '依法受理' }, { stage: '审查', duty }], accountability: ['不依法审查的'] } });
    const changed = diffFields('power', duties('审查材料'), duties('审查材料，必要时实地核查'));
    expect(changed.map((f) => formatPath(f.path))).toEqual(['responsibility.duties[1].duty']);
    expect(fieldLabel('power', changed[0], 'zh')).toBe('责任清单 › 责任事项 第 2 项（审查） › 责任内容');
  });
});

describe('labels', () => {
  const label = (path: (string | number)[], tags: ({ key?: string; hint?: string } | null)[] = path.map(() => null)) =>
    fieldLabel('power', { path, tags }, 'zh');

  it('names fields by their schema titles', () => {
    expect(label(['name'])).toBe('职权名称');
    expect(label(['flow', 'promised_days'])).toBe('运行流程 › 承诺时限');
    expect(label(['flow', 'steps', 1, 'days'], [null, null, { hint: '审查' }, null])).toBe('运行流程 › 办理环节 第 2 项（审查） › 环节时限');
    expect(label(['basis', 0, 'articles'], [null, { key: '道路交通安全法' }, null])).toBe('行使依据〔道路交通安全法〕 › 条款');
    expect(label(['disclosure', 'mode'])).toBe('公开方式');
    expect(label(['fee', 'basis', 'law'])).toBe('收费依据和标准 › 收费依据 › 依据编号');
  });

  it('uses the dotted path in English', () => {
    expect(fieldLabel('power', { path: ['flow', 'steps', 1, 'days'], tags: [] }, 'en')).toBe('flow.steps[1].days');
  });

  it('writes values as the YAML shows them', () => {
    expect(formatValue(null, 'zh')).toBe('（无）');
    expect(formatValue(true, 'zh')).toBe('是');
    expect(formatValue({ law: '道路交通安全法', articles: '第十九条' }, 'zh')).toBe('{law: 道路交通安全法, articles: 第十九条}');
    expect(formatValue(['网络公开', '公开栏'], 'zh')).toBe('[网络公开, 公开栏]');
  });
});

describe('diffCatalogue', () => {
  const file = (p: string, data: unknown, kind: DocFile['kind'] = 'power'): DocFile => ({ path: p, kind, data });
  const dir = 'departments/gaj/powers';

  it('tells added, removed, changed, moved and reformatted powers apart', () => {
    const a = power();
    const b = power({ code: 'CF-GAJ-0001', name: '处罚' });
    const c = power({ code: 'JC-GAJ-0001', name: '检查' });
    const d = power({ code: 'QR-GAJ-0001', name: '确认' });
    const before = [file(`${dir}/XK-GAJ-0001.yaml`, a), file(`${dir}/CF-GAJ-0001.yaml`, b), file(`${dir}/JC-GAJ-0001.yaml`, c)];
    const after = [
      file(`${dir}/XK-GAJ-0001.yaml`, { ...a, name: '驾驶证核发' }),
      file(`${dir}/科室/CF-GAJ-0001.yaml`, b),
      file(`${dir}/QR-GAJ-0001.yaml`, d),
    ];
    const diff = diffCatalogue(before, after);
    expect(diff.added.map((p) => p.code)).toEqual(['QR-GAJ-0001']);
    expect(diff.removed.map((p) => p.code)).toEqual(['JC-GAJ-0001']);
    expect(diff.changed.map((p) => [p.code, p.fields.map((f) => formatPath(f.path))])).toEqual([['XK-GAJ-0001', ['name']]]);
    expect(diff.moved).toEqual([{ code: 'CF-GAJ-0001', name: '处罚', from: `${dir}/CF-GAJ-0001.yaml`, to: `${dir}/科室/CF-GAJ-0001.yaml` }]);
  });

  it('shows a code changed in a renamed file as a code change', () => {
    const before = [file(`${dir}/XK-GAJ-0001.yaml`, power())];
    const after = [file(`${dir}/XK-GAJ-0002.yaml`, power({ code: 'XK-GAJ-0002' }))];
    const diff = diffCatalogue(before, after, new Map([[`${dir}/XK-GAJ-0001.yaml`, `${dir}/XK-GAJ-0002.yaml`]]));
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toMatchObject([{ code: 'XK-GAJ-0002', beforeCode: 'XK-GAJ-0001', fields: [{ path: ['code'], before: 'XK-GAJ-0001', after: 'XK-GAJ-0002' }] }]);
  });

  it('reports an unparsable side as a problem, never as removed', () => {
    const before = [file(`${dir}/XK-GAJ-0001.yaml`, power())];
    const after: DocFile[] = [{ path: `${dir}/XK-GAJ-0001.yaml`, kind: 'power', problem: { message: 'yaml-syntax.indentation', data: {} } }];
    const diff = diffCatalogue(before, after);
    expect(diff.removed).toEqual([]);
    expect(diff.problems).toEqual([{ path: `${dir}/XK-GAJ-0001.yaml`, side: 'after', message: 'yaml-syntax.indentation', data: {} }]);
  });

  it('compares laws by id across files and flags amendments and repeals', () => {
    const before = [file('laws/a.yaml', [{ id: '甲法', title: '甲', level: '法律', amended: '2020-01-01' }, { id: '乙法', title: '乙', level: '法律' }], 'laws')];
    const after = [
      file('laws/a.yaml', [{ id: '甲法', title: '甲', level: '法律', amended: '2026-02-01' }], 'laws'),
      file('laws/b.yaml', [{ id: '乙法', title: '乙', level: '法律', repealed: '2026-03-01' }, { id: '丙法', title: '丙', level: '法律' }], 'laws'),
    ];
    const diff = diffCatalogue(before, after);
    expect(diff.laws.map((l) => [l.id, l.status, l.isAmended, l.isRepealed])).toEqual([
      ['丙法', 'added', false, false],
      ['乙法', 'changed', false, true],
      ['甲法', 'changed', true, false],
    ]);
  });
});
