// The legal-depth rules of issue 9 (SPEC §3), table-driven on the base fixture: each case lists
// exactly the findings expected; `expected: []` cases must not trigger. The legal officer's
// reproductions from the issue are marked "(issue 9)".
import { replace } from '../helpers/fixture.js';
import { CF, JC, LAWS, QT, XK, type Case, readBase, runCases } from './harness.js';

const SUPERIOR = 'superior/superior.yaml';
const QZ = 'departments/gaj/powers/QZ-GAJ-0001.yaml';
const QR = 'departments/scjgj/powers/QR-SCJGJ-0001.yaml';
const NB = 'departments/scjgj/powers/NB-SCJGJ-0001.yaml';
const PARTNER = 'departments/scjgj/powers/XK-SCJGJ-0001.yaml';

/** Replaces CF's flow (90 日, 30, steps 5 + 10) by `unit`, statutory and promised days, one 1-day step. */
const cfFlow = (unit: string, statutory: number) => replace(
  /flow:\n {2}unit: 日\n {2}statutory_days: 90\n {2}promised_days: 30\n {2}steps:\n.*\n.*\n/,
  `flow:\n  unit: ${unit}\n  statutory_days: ${statutory}\n  promised_days: ${statutory}\n  steps:\n    - {name: 决定, post: jj-dc, days: 1}\n`,
);

/** A 行政强制 power of the 公安局 (扣留车辆), from CF, with the given unit and statutory days. */
const coercive = (unit: string, statutory: number, law = '道路交通安全法') => cfFlow(unit, statutory)(readBase(CF))
  .replace('code: CF-GAJ-0001', 'code: QZ-GAJ-0001')
  .replace(/^name: .*$/m, 'name: 扣留机动车')
  .replace('category: 行政处罚', 'category: 行政强制')
  .replace(/discretion:\n(  - .*\n)+/, '')
  .replace('- law: 道路交通安全法\n    articles: 第九十条', `- law: ${law}\n    articles: 第九十六条`);

/** An external 行政确认 of the 市场监管局, disclosed only internally, with `reason` lines (or none). */
const confirmation = (reasonLine: string) => readBase(JC)
  .replace('code: JC-SCJGJ-0001', 'code: QR-SCJGJ-0001')
  .replace(/^name: .*$/m, 'name: 食品经营者信用等级确认')
  .replace('category: 行政检查', 'category: 行政确认')
  .replace('mode: 依申请公开', 'mode: 内部公开')
  .replace('scope: 一定范围', 'scope: 单位内部')
  .replace('  period: 定期公开\n  interval: 半年\n', `  period: 长期公开\n${reasonLine}`);

/** An internal-management power of the 市场监管局, disclosed internally, with no 责任清单 and no reason. */
const internal = (basisLaw: string) => readBase(JC)
  .replace('code: JC-SCJGJ-0001', 'code: NB-SCJGJ-0001')
  .replace(/^name: .*$/m, 'name: 执法人员年度培训考核')
  .replace('category: 行政检查', 'category: 内部管理')
  .replace('law: 食品安全法', `law: ${basisLaw}`)
  .replace(/responsibility:\n(  .*\n)+/, '')
  .replace('mode: 依申请公开', 'mode: 内部公开')
  .replace('scope: 一定范围', 'scope: 单位内部')
  .replace('  period: 定期公开\n  interval: 半年\n', '  period: 长期公开\n');

/** The 市场监管局's share of XK-GAJ-0001 (共有职权), with `joint` lines after `unit`. */
const partner = (joint: string) => readBase(XK)
  .replace('code: XK-GAJ-0001', 'code: XK-SCJGJ-0001')
  .replace('subject: 云港市公安局', 'subject: 云港市市场监督管理局')
  .replace('unit: 车辆管理所', `unit: 食品经营监管科\n${joint}`)
  .replace('posts: [cgs-sl, cgs-sp]', 'posts: [sp-jc]')
  .replace('superior_functions: [SZF-JT-01]', 'superior_functions: [SZF-SP-01]')
  .replaceAll(/post: cgs-s[lp]/g, 'post: sp-jc');

const REVIEW_OK = 'review:\n  declared: 2025-12-01\n  signed_by: 局长\n  reviewed: 2025-12-18\n  publicity: {from: 2025-12-19, to: 2025-12-31}\n';
/** Adds a review block before XK's status. */
const review = (block: string) => replace('status: 已公布', `${block}status: 已公布`);
const publicity = (from: string, to: string) => review(`review:\n  declared: 2025-09-01\n  signed_by: 局长\n  reviewed: 2025-09-19\n  publicity: {from: ${from}, to: ${to}}\n`);

const RANGES = replace('  amended: 2021-04-29\n', '  amended: 2021-04-29\n  ranges:\n    - {articles: 第九十一条, min: 200, max: 2000, unit: 元}\n');
const discretionRow = (row: string) => replace('  - {situation: 多次违法, min: 50, max: 200, unit: 元}\n', `  - {situation: 多次违法, min: 50, max: 200, unit: 元}\n  - ${row}\n`);

const delegation = (block: string, subject = '云港市车辆管理服务中心') => (t: string) =>
  replace('subject: 云港市公安局\n', `subject: ${subject}\n${block}`)(t);

const cases: Case[] = [
  // time-unit (fact 15)
  { name: 'time-unit: a penalty of 90 工作日 (issue 9; 行政处罚法第八十五条)', edits: { [CF]: replace('  unit: 日', '  unit: 工作日') }, expected: [{ rule: 'time-unit', file: CF, at: '  unit: 工作日', severity: 'warning' }] },
  { name: 'time-unit: a licence counted in 日 is an error (行政许可法第八十二条)', edits: { [XK]: replace('  unit: 工作日', '  unit: 日') }, expected: [{ rule: 'time-unit', file: XK, at: '  unit: 日' }] },
  { name: 'time-unit: a penalty limit of 5 日 is counted in working days', edits: { [CF]: cfFlow('日', 5) }, expected: [{ rule: 'time-unit', file: CF, at: '  unit: 日', severity: 'warning' }] },
  { name: 'time-unit: a penalty limit of 7 工作日 is right', edits: { [CF]: cfFlow('工作日', 7) }, expected: [] },
  { name: 'time-unit: a coercive measure of 30 工作日 (行政强制法第六十九条)', edits: { [QZ]: coercive('工作日', 30) }, expected: [{ rule: 'time-unit', file: QZ, at: '  unit: 工作日', severity: 'warning' }] },
  { name: 'time-unit: a coercive measure of 10 日', edits: { [QZ]: coercive('日', 10) }, expected: [{ rule: 'time-unit', file: QZ, at: '  unit: 日', severity: 'warning' }] },
  { name: 'time-unit: coercive 10 工作日 and 30 日 are right', edits: { [QZ]: coercive('工作日', 10), 'departments/gaj/powers/QZ-GAJ-0002.yaml': coercive('日', 30).replace('QZ-GAJ-0001', 'QZ-GAJ-0002').replace('name: 扣留机动车', 'name: 扣押机动车') }, expected: [] },
  { name: 'time-unit: an inspection may be counted in 日', edits: { [JC]: replace('  unit: 工作日', '  unit: 日') }, expected: [] },
  { name: 'time-unit: a missing unit is the schema\'s alone', edits: { [CF]: replace('  unit: 日\n', '') }, expected: [{ rule: 'schema', file: CF, at: 'flow:' }] },

  // status-dates (fact 14)
  { name: 'status-dates: 已公布 without filed and published (issue 9)', edits: { [XK]: replace('filed: 2026-01-15\npublished: 2026-01-20\n', '') }, expected: [{ rule: 'status-dates', file: XK, at: 'status:' }, { rule: 'status-dates', file: XK, at: 'status:' }] },
  { name: 'status-dates: 已备案 without filed', edits: { [QT]: replace('filed: 2026-01-15\n', '') }, expected: [{ rule: 'status-dates', file: QT, at: 'status:' }] },
  { name: 'status-dates: an empty filed is the schema\'s alone', edits: { [XK]: replace('filed: 2026-01-15', 'filed:') }, expected: [{ rule: 'schema', file: XK, at: 'filed:' }] },
  { name: 'status-dates: published before filed (issue 9), at published', edits: { [XK]: replace('published: 2026-01-20', 'published: 2026-01-10') }, expected: [{ rule: 'status-dates', file: XK, at: 'published:' }] },
  { name: 'status-dates: a filing date in 2099 (issue 9)', edits: { [XK]: replace('filed: 2026-01-15', 'filed: 2099-01-15') }, expected: [{ rule: 'status-dates', file: XK, at: 'filed:' }, { rule: 'status-dates', file: XK, at: 'published:' }] },
  {
    name: 'status-dates: a change explained before the change itself (issue 9)',
    edits: { [CF]: (t) => `${t}changes:\n  - {date: 2026-04-01, kind: 事项变更, summary: 调整裁量基准, explained: 2026-03-01, published: 2026-04-10}\n` },
    expected: [{ rule: 'status-dates', file: CF, at: 'kind: 事项变更' }],
  },
  {
    name: 'status-dates: a change explained and republished after today',
    edits: { [CF]: (t) => `${t}changes:\n  - {date: 2026-05-20, kind: 事项变更, summary: 调整裁量基准, explained: 2026-06-10, published: 2026-06-12}\n` },
    expected: [{ rule: 'status-dates', file: CF, at: 'kind: 事项变更' }, { rule: 'status-dates', file: CF, at: 'kind: 事项变更' }],
  },
  { name: 'status-dates: a planned change may lie ahead', edits: { [CF]: (t) => `${t}changes:\n  - {date: 2026-09-01, kind: 事项变更, summary: 计划调整}\n` }, expected: [] },
  { name: 'status-dates: the workflow in order is clean', edits: { [XK]: review(REVIEW_OK) }, expected: [] },
  { name: 'status-dates: reviewed before declared', edits: { [XK]: review(REVIEW_OK.replace('reviewed: 2025-12-18', 'reviewed: 2025-11-18')) }, expected: [{ rule: 'status-dates', file: XK, at: 'reviewed:' }] },
  { name: 'status-dates: filed before the 公示 ended, at filed', edits: { [XK]: review(REVIEW_OK.replace('to: 2025-12-31', 'to: 2026-01-20')) }, expected: [{ rule: 'status-dates', file: XK, at: 'filed:' }] },
  {
    name: 'status-dates: a 公示 under way (已审核) may end after today',
    edits: { [XK]: (t) => replace('filed: 2026-01-15\npublished: 2026-01-20\n', '')(review('review:\n  declared: 2026-05-06\n  signed_by: 局长\n  reviewed: 2026-05-20\n  publicity: {from: 2026-05-25, to: 2026-06-03}\n')(t)).replace('status: 已公布', 'status: 已审核') },
    expected: [],
  },
  { name: 'status-dates: a withholding reviewed in the future', edits: { [QT]: replace('    reason:', '    reviewed: 2026-07-01\n    reason:') }, expected: [{ rule: 'status-dates', file: QT, at: 'reviewed:' }] },

  // review-period (fact 14; the official calendar)
  { name: 'review-period: a 公示 of 7 days across a weekend has only 5 working days', edits: { [XK]: publicity('2025-12-19', '2025-12-25') }, expected: [{ rule: 'review-period', file: XK, at: 'publicity:' }] },
  { name: 'review-period: registry.yaml deadlines.publicity sets the minimum', edits: { 'registry.yaml': replace('  basis_change: 20', '  basis_change: 20\n  publicity: 5'), [XK]: publicity('2025-12-19', '2025-12-25') }, expected: [] },
  { name: 'review-period: 7 working days across a weekend are enough', edits: { [XK]: publicity('2025-12-19', '2025-12-29') }, expected: [] },
  // 2025-09-28 (Sun) and 2025-10-11 (Sat) are make-up working days; 10-01…10-08 are off: 6 working
  // days, where weekday counting would find 10.
  { name: 'review-period: a 公示 across 国庆 2025 counts the official calendar', edits: { [XK]: publicity('2025-09-28', '2025-10-11') }, expected: [{ rule: 'review-period', file: XK, at: 'publicity:' }] },
  { name: 'review-period: 7 working days across 国庆 2025 are enough', edits: { [XK]: publicity('2025-09-28', '2025-10-13') }, expected: [] },
  { name: 'review-period: a review 25 working days after the declaration is late (warning)', edits: { [XK]: review(REVIEW_OK.replace('reviewed: 2025-12-18', 'reviewed: 2026-01-06').replace('from: 2025-12-19', 'from: 2026-01-06').replace('to: 2025-12-31', 'to: 2026-01-14')) }, expected: [{ rule: 'review-period', file: XK, at: 'reviewed:', severity: 'warning' }] },
  { name: 'review-period: reviewed on the 15th working day is in time', edits: { [XK]: review(REVIEW_OK.replace('reviewed: 2025-12-18', 'reviewed: 2025-12-22').replace('from: 2025-12-19', 'from: 2025-12-22')) }, expected: [] },
  { name: 'review-period: a withheld power is not put on 公示', edits: { [QT]: replace('status: 已备案', `${REVIEW_OK}status: 已备案`) }, expected: [{ rule: 'review-period', file: QT, at: 'publicity:' }] },
  {
    name: 'review-period: a 公示 in a year no notice covers is calendar-coverage\'s',
    today: '2027-02-01',
    edits: { [XK]: (t) => review('review:\n  declared: 2026-12-01\n  signed_by: 局长\n  reviewed: 2026-12-15\n  publicity: {from: 2026-12-28, to: 2027-01-08}\n')(t).replace('filed: 2026-01-15', 'filed: 2027-01-15').replace('published: 2026-01-20', 'published: 2027-01-20') },
    expected: [{ rule: 'calendar-coverage', file: XK, at: 'publicity:' }],
  },
  {
    name: 'review-period: a declaration still unreviewed past 15 working days is an overdue deadline',
    edits: { [XK]: (t) => replace('filed: 2026-01-15\npublished: 2026-01-20\n', '')(t).replace('status: 已公布', 'review:\n  declared: 2026-04-01\n  signed_by: 局长\nstatus: 已申报') },
    expected: [{ rule: 'change-deadline', file: XK, at: 'declared:' }],
  },

  // internal-reason (fact 20)
  { name: 'internal-reason: an external 行政确认 kept internal without a reason (issue 9)', edits: { [QR]: confirmation('') }, expected: [{ rule: 'internal-reason', file: QR, at: 'mode: 内部公开' }] },
  { name: 'internal-reason: a placeholder reason', edits: { [QR]: confirmation('  reason: 暂无\n') }, expected: [{ rule: 'internal-reason', file: QR, at: 'reason: 暂无' }] },
  { name: 'internal-reason: a real reason', edits: { [QR]: confirmation('  reason: 评定结果仅用于内部分级监管，对外以监督检查结果公开\n') }, expected: [] },
  { name: 'internal-reason: an empty reason is the schema\'s alone', edits: { [QR]: confirmation('  reason: " "\n') }, expected: [{ rule: 'schema', file: QR, at: 'reason:' }] },
  { name: 'internal-reason: 内部管理 needs no reason (nor a 责任清单)', edits: { [NB]: internal('食品安全法') }, expected: [] },

  // withhold-expiry (fact 20)
  { name: 'withhold-expiry: 暂不宜公开 without until', edits: { [QT]: replace('class: 国家秘密', 'class: 暂不宜公开') }, expected: [{ rule: 'withhold-expiry', file: QT, at: 'class: 暂不宜公开' }] },
  { name: 'withhold-expiry: an empty until is the schema\'s alone', edits: { [QT]: replace('class: 国家秘密', 'class: 暂不宜公开\n    until:') }, expected: [{ rule: 'schema', file: QT, at: 'until:' }] },
  { name: 'withhold-expiry: until passed (warning)', edits: { [QT]: replace('class: 国家秘密', 'class: 暂不宜公开\n    until: 2026-05-31') }, expected: [{ rule: 'withhold-expiry', file: QT, at: 'until:', severity: 'warning' }] },
  { name: 'withhold-expiry: until today or later', edits: { [QT]: replace('class: 国家秘密', 'class: 暂不宜公开\n    until: 2026-06-01') }, expected: [] },
  { name: 'withhold-basis: a withhold block without basis is the schema\'s alone', edits: { [QT]: replace('    basis: {law: 保守国家秘密法, articles: 第十三条}\n', '') }, expected: [{ rule: 'schema', file: QT, at: 'withhold:' }] },

  // basis-authority (fact 16)
  {
    name: 'basis-authority: a licence on a 部门规章 alone (issue 9; 行政许可法第十六、十七条)',
    edits: { [LAWS]: (t) => `${t}- {id: 机动车驾驶证申领和使用规定, title: 机动车驾驶证申领和使用规定, level: 部门规章, effective: 2022-04-01}\n`, [XK]: replace('- law: 道路交通安全法\n    articles: 第十九条', '- law: 机动车驾驶证申领和使用规定\n    articles: 第九条') },
    expected: [{ rule: 'basis-authority', file: XK, at: 'basis:' }],
  },
  { name: 'basis-authority: a licence on 三定 alone (issue 9)', edits: { [XK]: replace('- law: 道路交通安全法\n    articles: 第十九条', '- law: 云港市公安局三定规定\n    articles: 第三条') }, expected: [{ rule: 'basis-authority', file: XK, at: 'basis:' }] },
  {
    name: 'basis-authority: a licence on a law and a 部门规章',
    edits: { [LAWS]: (t) => `${t}- {id: 机动车驾驶证申领和使用规定, title: 机动车驾驶证申领和使用规定, level: 部门规章}\n`, [XK]: replace('    articles: 第十九条', '    articles: 第十九条\n  - law: 机动车驾驶证申领和使用规定') },
    expected: [],
  },
  {
    name: 'basis-authority: a licence on a 地方政府规章 alone',
    edits: { [LAWS]: (t) => `${t}- {id: 云港市机动车管理办法, title: 云港市机动车管理办法, level: 地方政府规章}\n`, [XK]: replace('- law: 道路交通安全法', '- law: 云港市机动车管理办法') },
    expected: [],
  },
  {
    name: 'basis-authority: a coercive measure on a 地方政府规章 (行政强制法第十条)',
    edits: { [LAWS]: (t) => `${t}- {id: 云港市机动车管理办法, title: 云港市机动车管理办法, level: 地方政府规章}\n`, [QZ]: coercive('工作日', 10, '云港市机动车管理办法') },
    expected: [{ rule: 'basis-authority', file: QZ, at: 'basis:' }],
  },
  { name: 'basis-authority: a penalty on 三定 alone', edits: { [CF]: replace('- law: 道路交通安全法', '- law: 云港市公安局三定规定') }, expected: [{ rule: 'basis-authority', file: CF, at: 'basis:' }] },
  { name: 'basis-authority: internal management on 三定 alone', edits: { [NB]: internal('云港市市场监督管理局三定规定') }, expected: [] },
  { name: 'basis-authority: a 规范性文件 alone is basis-law\'s only', edits: { [CF]: replace('- law: 道路交通安全法', '- law: 关于加强道路交通管理的通知') }, expected: [{ rule: 'basis-law', file: CF, at: 'law: 关于加强' }] },

  // delegation-basis (fact 17)
  { name: 'delegation-basis: 授权 by law, exercised by the authorised organisation', edits: { [XK]: delegation('delegation:\n  type: 授权\n  basis: {law: 道路交通安全法, articles: 第八条}\n') }, expected: [] },
  {
    name: 'delegation-basis: 授权 on a 部门规章',
    edits: { [LAWS]: (t) => `${t}- {id: 机动车登记规定, title: 机动车登记规定, level: 部门规章}\n`, [XK]: delegation('delegation:\n  type: 授权\n  basis: {law: 机动车登记规定, articles: 第三条}\n') },
    expected: [{ rule: 'delegation-basis', file: XK, at: 'basis: {law: 机动车登记规定' }],
  },
  { name: 'delegation-basis: 委托 with its entrusting organ', edits: { [XK]: delegation('delegation:\n  type: 委托\n  by: 云港市公安局\n  basis: {law: 道路交通安全法, articles: 第八条}\n') }, expected: [] },
  { name: 'delegation-basis: 委托 without the entrusting organ', edits: { [XK]: delegation('delegation:\n  type: 委托\n  basis: {law: 道路交通安全法, articles: 第八条}\n') }, expected: [{ rule: 'delegation-basis', file: XK, at: 'type: 委托' }] },
  { name: 'delegation-basis: the subject is still the department', edits: { [XK]: delegation('delegation:\n  type: 委托\n  by: 云港市人民政府\n  basis: {law: 道路交通安全法}\n', '云港市公安局') }, expected: [{ rule: 'delegation-basis', file: XK, at: 'subject:' }] },
  { name: 'delegation-basis: the entrusting organ is the subject', edits: { [XK]: delegation('delegation:\n  type: 委托\n  by: 云港市车辆管理服务中心\n  basis: {law: 道路交通安全法}\n') }, expected: [{ rule: 'delegation-basis', file: XK, at: 'by:' }] },
  { name: 'delegation-basis: an unknown basis', edits: { [XK]: delegation('delegation:\n  type: 授权\n  basis: {law: 车管条例}\n') }, expected: [{ rule: 'delegation-basis', file: XK, at: 'basis: {law: 车管条例' }] },
  { name: 'delegation-basis: a repealed basis', edits: { [XK]: delegation('delegation:\n  type: 授权\n  basis: {law: 旧道路交通管理条例}\n') }, expected: [{ rule: 'delegation-basis', file: XK, at: 'basis: {law: 旧道路' }] },
  { name: 'delegation-basis: a missing basis is the schema\'s alone', edits: { [XK]: delegation('delegation:\n  type: 授权\n') }, expected: [{ rule: 'schema', file: XK, at: 'delegation:' }] },

  // joint-power (fact 17) and overlap
  { name: 'joint-power: a linked 主办/协办 pair, not an overlap', edits: { [XK]: replace('unit: 车辆管理所', 'unit: 车辆管理所\nrole: 主办'), [PARTNER]: partner('role: 协办\nlead: XK-GAJ-0001') }, expected: [] },
  {
    name: 'joint-power: 协办 without lead (and so still an overlap)',
    edits: { [XK]: replace('unit: 车辆管理所', 'unit: 车辆管理所\nrole: 主办'), [PARTNER]: partner('role: 协办') },
    expected: [{ rule: 'joint-power', file: PARTNER, at: 'role: 协办' }, { rule: 'overlap', file: PARTNER, at: 'name:' }, { rule: 'overlap', file: XK, at: 'name:' }],
  },
  { name: 'joint-power: an unknown lead code (not references\')', edits: { [JC]: replace('unit: 食品经营监管科', 'unit: 食品经营监管科\nrole: 协办\nlead: XK-GAJ-0099') }, expected: [{ rule: 'joint-power', file: JC, at: 'lead:' }] },
  { name: 'joint-power: a lead in the same department', edits: { [CF]: replace('unit: 交通警察支队', 'unit: 交通警察支队\nrole: 协办\nlead: XK-GAJ-0001'), [XK]: replace('unit: 车辆管理所', 'unit: 车辆管理所\nrole: 主办') }, expected: [{ rule: 'joint-power', file: CF, at: 'lead:' }] },
  {
    name: 'joint-power: the lead power is not 主办',
    edits: { [PARTNER]: partner('role: 协办\nlead: XK-GAJ-0001') },
    expected: [{ rule: 'joint-power', file: PARTNER, at: 'lead:' }, { rule: 'overlap', file: PARTNER, at: 'name:' }, { rule: 'overlap', file: XK, at: 'name:' }],
  },
  { name: 'joint-power: lead without role 协办', edits: { [JC]: replace('unit: 食品经营监管科', 'unit: 食品经营监管科\nlead: XK-GAJ-0001') }, expected: [{ rule: 'joint-power', file: JC, at: 'lead:' }] },

  // responsibility (fact 18)
  { name: 'responsibility: an external power without 责任清单', edits: { [JC]: replace(/responsibility:\n( {2}.*\n)+/, '') }, expected: [{ rule: 'responsibility', file: JC, at: 'category:' }] },
  { name: 'responsibility: a withheld power needs one too', edits: { [QT]: replace(/responsibility:\n( {2}.*\n)+/, '') }, expected: [{ rule: 'responsibility', file: QT, at: 'category:' }] },
  { name: 'responsibility: an empty block is the schema\'s alone', edits: { [JC]: replace(/responsibility:\n( {2}.*\n)+/, 'responsibility:\n') }, expected: [{ rule: 'schema', file: JC, at: 'responsibility:' }] },
  { name: 'responsibility: an unknown responsible post', edits: { [XK]: replace('    - 索取或者收受他人财物、谋取其他利益的\n', '    - 索取或者收受他人财物、谋取其他利益的\n  posts: [cgs-sp, cgs-fz]\n') }, expected: [{ rule: 'responsibility', file: XK, at: 'posts: [cgs-sp, cgs-fz]' }] },
  { name: 'responsibility: known responsible posts', edits: { [XK]: replace('    - 索取或者收受他人财物、谋取其他利益的\n', '    - 索取或者收受他人财物、谋取其他利益的\n  posts: [cgs-sp]\n') }, expected: [] },
  { name: 'responsibility: empty duties are the schema\'s alone', edits: { [JC]: replace(/ {2}duties:\n( {4}.*\n)+/, '  duties: []\n') }, expected: [{ rule: 'schema', file: JC, at: 'duties: []' }] },

  // discretion-range, extended: the statute's range (law library `ranges`)
  { name: 'discretion-range: a fine up to 5,000 on 道路交通安全法第九十一条 (200–2,000; issue 9)', edits: { [LAWS]: RANGES, [CF]: discretionRow('{situation: 饮酒后驾驶, min: 1000, max: 5000, unit: 元, article: 第九十一条}') }, expected: [{ rule: 'discretion-range', file: CF, at: 'situation: 饮酒后驾驶' }] },
  { name: 'discretion-range: below the statute\'s lower bound', edits: { [LAWS]: RANGES, [CF]: discretionRow('{situation: 饮酒后驾驶, min: 100, max: 500, unit: 元, article: 第九十一条}') }, expected: [{ rule: 'discretion-range', file: CF, at: 'situation: 饮酒后驾驶' }] },
  { name: 'discretion-range: within the statute\'s range', edits: { [LAWS]: RANGES, [CF]: discretionRow('{situation: 饮酒后驾驶, min: 1000, max: 2000, unit: 元, article: 第九十一条}') }, expected: [] },
  { name: 'discretion-range: within the range, in 万元', edits: { [LAWS]: RANGES, [CF]: discretionRow('{situation: 饮酒后驾驶, min: 0.1, max: 0.2, unit: 万元, article: 第九十一条}') }, expected: [] },
  { name: 'discretion-range: over the range, in 万元', edits: { [LAWS]: RANGES, [CF]: discretionRow('{situation: 饮酒后驾驶, min: 0.1, max: 0.5, unit: 万元, article: 第九十一条}') }, expected: [{ rule: 'discretion-range', file: CF, at: 'situation: 饮酒后驾驶' }] },
  { name: 'discretion-range: an article the library records no range for is not checked', edits: { [LAWS]: RANGES, [CF]: discretionRow('{situation: 饮酒后驾驶, min: 1000, max: 5000, unit: 元, article: 第九十一条第三款}') }, expected: [] },

  // basis-superior, extended: whose function it is
  { name: 'basis-superior: another department\'s function', edits: { [SUPERIOR]: (t) => `${t}- {id: SZF-JT-02, owner: 海澄省交通运输厅, text: 负责全省道路运输管理}\n`, [XK]: replace('superior_functions: [SZF-JT-01]', 'superior_functions: [SZF-JT-01, SZF-JT-02]') }, expected: [{ rule: 'basis-superior', file: XK, at: 'superior_functions:' }] },
  { name: 'basis-superior: the department\'s superior\'s function', edits: { [SUPERIOR]: (t) => `${t}- {id: GAT-01, owner: 海澄省公安厅, text: 指导全省机动车驾驶人管理}\n`, [XK]: replace('superior_functions: [SZF-JT-01]', 'superior_functions: [GAT-01]') }, expected: [] },
];

runCases('legal-depth rules (issue 9)', cases);
