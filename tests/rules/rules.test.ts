// Table-driven rule tests: each case edits the valid base fixture and lists exactly the findings
// expected (rule, file, line). Cases with `expected: []` are the fixtures that must NOT trigger.
import { replace } from '../helpers/fixture.js';
import { CF, GAJ, JC, LAWS, QT, XK, type Case, readBase, runCases } from './harness.js';

const cases: Case[] = [
  { name: 'the base fixture is clean', edits: {}, expected: [] },

  // basis-law
  { name: 'basis-law: unknown law', edits: { [XK]: replace('- law: 道路交通安全法', '- law: 道路交通法') }, expected: [{ rule: 'basis-law', file: XK, at: 'law: 道路交通法' }] },
  { name: 'basis-law: normative document as basis', edits: { [XK]: replace('- law: 道路交通安全法', '- law: 关于加强道路交通管理的通知') }, expected: [{ rule: 'basis-law', file: XK, at: 'law: 关于加强' }] },
  { name: 'basis-law: empty basis', edits: { [CF]: replace(/basis:\n  - law: 道路交通安全法\n    articles: 第九十条/, 'basis: []') }, expected: [{ rule: 'basis-law', file: CF, at: 'basis: []' }] },
  { name: 'basis-law: repealed before filing', edits: { [CF]: replace('- law: 道路交通安全法', '- law: 旧道路交通管理条例') }, expected: [{ rule: 'basis-law', file: CF, at: 'law: 旧道路' }] },
  {
    name: 'basis-law: repealed after filing is a warning (re-declaration due)',
    edits: { [CF]: replace('    articles: 第九十条', '    articles: 第九十条\n  - law: 新废止办法\n    articles: 第二条') },
    // …and, being past its 20-working-day due date on 2026-06-01, an overdue re-declaration
    expected: [{ rule: 'basis-law', file: CF, at: 'law: 新废止办法', severity: 'warning' }, { rule: 'change-deadline', file: CF, at: 'law: 新废止办法', severity: 'warning' }],
  },
  // …and not a basis-law finding; but a licence on 三定 alone has no one to set it (basis-authority)
  { name: 'basis-law: 三定规定 is a lawful basis', edits: { [XK]: replace('- law: 道路交通安全法', '- law: 云港市公安局三定规定') }, expected: [{ rule: 'basis-authority', file: XK, at: 'basis:' }] },

  // basis-function / basis-post / basis-superior
  { name: 'basis-function: unknown function', edits: { [XK]: replace('functions: [F01]', 'functions: [F01, F09]') }, expected: [{ rule: 'basis-function', file: XK, at: 'functions: [F01, F09]' }] },
  { name: 'basis-function: empty', edits: { [XK]: replace('functions: [F01]', 'functions: []') }, expected: [{ rule: 'basis-function', file: XK, at: 'functions: []' }] },
  { name: 'basis-function: another known function', edits: { [XK]: replace('functions: [F01]', 'functions: [F01, F02]') }, expected: [] },
  { name: 'basis-post: unknown post', edits: { [XK]: replace('posts: [cgs-sl, cgs-sp]', 'posts: [cgs-sl, cgs-xx]') }, expected: [{ rule: 'basis-post', file: XK, at: 'posts: [cgs-sl, cgs-xx]' }] },
  { name: 'basis-post: unit does not match the posts', edits: { [XK]: replace('unit: 车辆管理所', 'unit: 交通警察支队') }, expected: [{ rule: 'basis-post', file: XK, at: 'unit: 交通警察支队' }] },
  { name: 'basis-post: unknown flow step post', edits: { [XK]: replace('{name: 决定, post: cgs-sp', '{name: 决定, post: cgs-jd') }, expected: [{ rule: 'basis-post', file: XK, at: '{name: 决定' }] },
  { name: 'basis-superior: unknown', edits: { [XK]: replace('superior_functions: [SZF-JT-01]', 'superior_functions: [SZF-JT-09]') }, expected: [{ rule: 'basis-superior', file: XK, at: 'superior_functions' }] },
  { name: 'basis-superior: empty', edits: { [XK]: replace('superior_functions: [SZF-JT-01]', 'superior_functions: []') }, expected: [{ rule: 'basis-superior', file: XK, at: 'superior_functions' }] },

  // withhold-basis
  { name: 'withhold-basis: placeholder reason', edits: { [QT]: replace(/reason: .*/, 'reason: 无') }, expected: [{ rule: 'withhold-basis', file: QT, at: 'reason: 无' }] },
  { name: 'withhold-basis: unknown basis law', edits: { [QT]: replace('law: 保守国家秘密法', 'law: 保密法') }, expected: [{ rule: 'withhold-basis', file: QT, at: 'law: 保密法' }] },
  {
    name: 'withhold-basis: 不予公开 without withhold',
    edits: { [QT]: replace(/  withhold:\n.*\n.*\n.*\n/, '') },
    expected: [{ rule: 'withhold-basis', file: QT, at: 'mode: 不予公开' }],
  },
  {
    name: 'withhold-basis: withhold on a disclosed power',
    edits: { [XK]: replace('  content: 办理条件、材料、流程、时限、收费标准及结果', '  content: 办理条件\n  withhold:\n    class: 暂不宜公开\n    basis: {law: 保守国家秘密法}\n    reason: 正在调整') },
    expected: [{ rule: 'withhold-basis', file: XK, at: 'withhold:' }],
  },

  // disclosure-scope
  { name: 'disclosure-scope: 主动公开 with 单位内部', edits: { [XK]: replace('scope: 社会', 'scope: 单位内部') }, expected: [{ rule: 'disclosure-scope', file: XK, at: 'scope: 单位内部' }] },
  { name: 'disclosure-scope: 依申请公开 to 社会 is allowed', edits: { [JC]: replace('scope: 一定范围', 'scope: 社会') }, expected: [] },
  { name: 'disclosure-scope: 不予公开 to 社会', edits: { [QT]: replace('scope: 单位内部', 'scope: 社会') }, expected: [{ rule: 'disclosure-scope', file: QT, at: 'scope: 社会' }] },

  // code-format / code-unique
  { name: 'code-format: abbreviation does not match the category', edits: { [XK]: replace('category: 行政许可', 'category: 行政确认') }, expected: [{ rule: 'code-format', file: XK, at: 'code:' }] },
  { name: 'code-format: wrong department code', edits: { [XK]: null, 'departments/gaj/powers/XK-SCJGJ-0001.yaml': readBase(XK).replace('code: XK-GAJ-0001', 'code: XK-SCJGJ-0001') }, expected: [{ rule: 'code-format', file: 'departments/gaj/powers/XK-SCJGJ-0001.yaml', at: 'code:' }] },
  { name: 'code-format: file name differs from the code', edits: { [XK]: null, 'departments/gaj/powers/XK-GAJ-0001-副本.yaml': readBase(XK) }, expected: [{ rule: 'code-format', file: 'departments/gaj/powers/XK-GAJ-0001-副本.yaml', at: 'code:' }] },
  { name: 'code-format: malformed code', edits: { [XK]: null, 'departments/gaj/powers/XK-GAJ-1.yaml': readBase(XK).replace('code: XK-GAJ-0001', 'code: XK-GAJ-1') }, expected: [{ rule: 'code-format', file: 'departments/gaj/powers/XK-GAJ-1.yaml', at: 'code:' }] },
  { name: 'code-format: powers in a subfolder with a Chinese name are fine', edits: { [XK]: null, 'departments/gaj/powers/车辆管理所/XK-GAJ-0001.yaml': readBase(XK) }, expected: [] },
  {
    name: 'code-unique: the same code twice (reported on both files)',
    edits: { 'departments/gaj/powers/车辆管理所/XK-GAJ-0001.yaml': readBase(XK).replace('name: 机动车驾驶证核发', 'name: 机动车驾驶证换发') },
    expected: [{ rule: 'code-unique', file: XK, at: 'code:' }, { rule: 'code-unique', file: 'departments/gaj/powers/车辆管理所/XK-GAJ-0001.yaml', at: 'code:' }],
  },

  // overlap
  {
    name: 'overlap: the same name in two departments, traditional and bracketed (both files)',
    edits: { [JC]: replace('name: 对食品经营者经营活动的监督检查', 'name: 機動車駕駛證核發（市本級）') },
    expected: [{ rule: 'overlap', file: XK, at: 'name:' }, { rule: 'overlap', file: JC, at: 'name:' }],
  },
  {
    name: 'overlap: silenced by a reviewed disable comment on both files',
    edits: {
      [JC]: replace('name: 对食品经营者经营活动的监督检查', '# powers-disable-next-line overlap -- 已与公安局协调，本局只负责食品安全部分\nname: 机动车驾驶证核发'),
      [XK]: replace('name: 机动车驾驶证核发', '# powers-disable-next-line overlap -- 已与市场监管局协调\nname: 机动车驾驶证核发'),
    },
    expected: [],
  },
  {
    name: 'overlap: a disable comment without a reason silences nothing and says so',
    edits: { [JC]: replace('name: 对食品经营者经营活动的监督检查', '# powers-disable-next-line overlap\nname: 机动车驾驶证核发') },
    expected: [{ rule: 'overlap', file: XK, at: 'name:' }, { rule: 'overlap', file: JC, at: 'name:' }, { rule: 'overlap', file: JC, at: 'powers-disable', severity: 'warning' }],
  },
  { name: 'overlap: same name within one department is not an overlap (it is a duplicate-name, on the later file)', edits: { [CF]: replace(/^name: .*$/m, 'name: 机动车驾驶证核发') }, expected: [{ rule: 'duplicate-name', file: XK, at: 'name:', severity: 'warning' }] },

  // fee-basis
  { name: 'fee-basis: charged without basis', edits: { [XK]: replace(/  basis: \{law: 机动车驾驶证工本费标准, articles: 第三条\}\n/, '') }, expected: [{ rule: 'fee-basis', file: XK, at: 'charged: true' }] },
  { name: 'fee-basis: charged without standard', edits: { [XK]: replace('  standard: 工本费每证10元\n', '') }, expected: [{ rule: 'fee-basis', file: XK, at: 'charged: true' }] },
  { name: 'fee-basis: unknown fee law', edits: { [XK]: replace('law: 机动车驾驶证工本费标准', 'law: 不存在的收费标准') }, expected: [{ rule: 'fee-basis', file: XK, at: 'law: 不存在的收费标准' }] },
  { name: 'fee-basis: not charged needs nothing', edits: { [XK]: replace(/fee:\n  charged: true\n.*\n.*\n/, 'fee:\n  charged: false\n') }, expected: [] },

  // time-limit / discretion-range
  { name: 'time-limit: promised over statutory', edits: { [XK]: replace('promised_days: 5', 'promised_days: 25') }, expected: [{ rule: 'time-limit', file: XK, at: 'promised_days: 25' }] },
  { name: 'time-limit: steps over promised (at the step that exceeds)', edits: { [XK]: replace('{name: 审查, post: cgs-sp, days: 3', '{name: 审查, post: cgs-sp, days: 4') }, expected: [{ rule: 'time-limit', file: XK, at: '{name: 决定' }] },
  { name: 'time-limit: steps equal to promised are fine', edits: { [XK]: replace('promised_days: 5', 'promised_days: 6') }, expected: [] },
  { name: 'discretion-range: min over max', edits: { [CF]: replace('min: 50, max: 200', 'min: 500, max: 200') }, expected: [{ rule: 'discretion-range', file: CF, at: 'min: 500' }] },
  { name: 'discretion-range: min equal to max is fine', edits: { [CF]: replace('min: 50, max: 200', 'min: 200, max: 200') }, expected: [] },

  // references
  { name: 'references: department id differs from folder', edits: { [GAJ]: replace('id: gaj', 'id: ga') }, expected: [{ rule: 'references', file: GAJ, at: 'id: ga' }] },
  { name: 'references: unknown sanding', edits: { [GAJ]: replace('sanding: 云港市公安局三定规定', 'sanding: 公安局旧三定') }, expected: [{ rule: 'references', file: GAJ, at: 'sanding:' }] },
  { name: 'references: sanding is not a 三定规定', edits: { [GAJ]: replace('sanding: 云港市公安局三定规定', 'sanding: 食品安全法') }, expected: [{ rule: 'references', file: GAJ, at: 'sanding:' }] },
  {
    name: 'references: power folder without department.yaml (said once)',
    edits: { 'departments/wsj/powers/XK-WSJ-0001.yaml': readBase(XK).replace('XK-GAJ-0001', 'XK-WSJ-0001').replace('机动车驾驶证核发', '医师执业注册') },
    expected: [{ rule: 'references', file: 'departments/wsj/powers/XK-WSJ-0001.yaml', at: 1 }],
  },
  { name: 'references: a law id defined twice', edits: { [LAWS]: (t) => `${t}- {id: 食品安全法, title: 重复, level: 法律}\n` }, expected: [{ rule: 'references', file: LAWS, at: 'title: 重复' }] },

  // schema (a few; the schema files have their own tests)
  { name: 'schema: traditional enum value gets a suggestion', edits: { [XK]: replace('category: 行政许可', 'category: 行政許可') }, expected: [{ rule: 'schema', file: XK, at: 'category:' }] },
  { name: 'schema: missing required field', edits: { [XK]: replace('subject: 云港市公安局\n', '') }, expected: [{ rule: 'schema', file: XK, at: 1 }] },
  { name: 'schema: unknown key', edits: { [XK]: replace('status: 已公布', 'status: 已公布\nstatuss: 已公布') }, expected: [{ rule: 'schema', file: XK, at: 'statuss:' }] },
  { name: 'schema: bad date', edits: { [XK]: replace('filed: 2026-01-15', 'filed: 2026-02-30') }, expected: [{ rule: 'schema', file: XK, at: 'filed:' }] },
  { name: 'schema: top-level list in a power file', edits: { [XK]: '- code: XK-GAJ-0001\n' }, expected: [{ rule: 'schema', file: XK, at: 1 }] },
];

runCases('rules on fixture registries', cases);
