#!/usr/bin/env node
// The benchmark's own registry generator: N valid powers over D departments (SPEC §2 format),
// deterministic for a given seed. `node bench/generate.mjs --out DIR --powers N [--seed S]`.
// Every generated registry validates with zero errors for any "today" in 2026 (tests check it).
// Powers carry the further fields of SPEC §2: flow.unit chosen by the law (行政许可法第八十二条,
// 行政处罚法第八十五条, 行政强制法第六十九条), a 责任清单 for every external power, the clearance
// workflow's dates (7-working-day 公示 on the official 2025 calendar), a 委托 power in fifty and a
// 主办/协办 pair in a hundred.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const CATS = [['行政许可', 'XK', 12], ['行政处罚', 'CF', 40], ['行政强制', 'QZ', 5], ['行政征收', 'ZS', 3], ['行政给付', 'JF', 4],
  ['行政检查', 'JC', 14], ['行政确认', 'QR', 6], ['行政奖励', 'JL', 3], ['行政裁决', 'CJ', 1], ['其他行政权力', 'QT', 10], ['内部管理', 'NB', 2]];
const FIELDS = ['市场', '交通', '环境', '建设', '卫生', '教育', '农业', '水利', '文化', '安全', '民政', '财政'];
const OBJECTS = ['经营者', '企业', '机构', '单位', '项目', '场所', '从业人员', '设施', '车辆', '产品'];
const ACTS = ['登记', '经营', '备案', '检验', '运输', '使用', '生产', '销售', '维护', '报告'];
/** Stages of the generated flow, with their 责任事项. */
const DUTIES = {
  受理: '依法受理或者不予受理，材料不齐全的一次性告知需要补正的全部内容',
  审查: '对申请材料和相关情况进行审查，提出审查意见',
  决定: '依法作出决定，不予批准或者作出不利决定的说明理由并告知救济途径',
};
const ACCOUNTABILITY = ['对符合法定条件的申请不予受理或者不在法定期限内作出决定的', '违反法定程序或者超越法定职权作出决定的', '索取或者收受他人财物、谋取其他利益的'];
// filed 2025-03-03: 申报 02-10, 审核 02-19 (7 working days), 公示 02-20..02-28 (7 working days: the official
// 2025 calendar has no holiday or make-up day in that span).
const REVIEW = { declared: '2025-02-10', reviewed: '2025-02-19', from: '2025-02-20', to: '2025-02-28' };

/** 时限单位 by the law that governs the category (SPEC fact 15). */
function timeUnit(cat, statutory) {
  if (cat === '行政处罚') return [2, 3, 5, 7].includes(statutory) ? '工作日' : '日';
  if (cat === '行政强制') return statutory <= 10 ? '工作日' : '日';
  return '工作日';
}

const SUFFIX = { 行政许可: '许可', 行政处罚: '的行政处罚', 行政强制: '的查封扣押', 行政征收: '费征收', 行政给付: '补贴发放', 行政检查: '的监督检查',
  行政确认: '资格确认', 行政奖励: '的表彰奖励', 行政裁决: '纠纷的裁决', 其他行政权力: '信息公示', 内部管理: '内部审批' };

function args() {
  const a = { out: null, powers: 1000, seed: 1 };
  const v = process.argv.slice(2);
  for (let i = 0; i < v.length; i++) {
    if (v[i] === '--out') a.out = v[++i];
    else if (v[i] === '--powers') a.powers = Number(v[++i]);
    else if (v[i] === '--seed') a.seed = Number(v[++i]);
  }
  if (!a.out || !(a.powers > 0)) {
    process.stderr.write('usage: node bench/generate.mjs --out DIR --powers N [--seed S]\n');
    process.exit(2);
  }
  return a;
}

/** xorshift32: small, deterministic. */
function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    return x / 4294967296;
  };
}

export function generate(out, powers, seed = 1) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const weighted = () => {
    let n = r() * 100;
    for (const c of CATS) if ((n -= c[2]) < 0) return c;
    return CATS[0];
  };
  rmSync(out, { recursive: true, force: true });
  const w = (rel, text) => {
    const file = path.join(out, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  const D = Math.max(5, Math.ceil(powers / 400));
  w('registry.yaml', 'jurisdiction: 基准市\nfiling_authority: 基准市政务公开领导小组办公室\ndeadlines:\n  change: 20\n  basis_change: 20\n');
  const laws = ['- {id: 行政许可法, title: 中华人民共和国行政许可法, level: 法律, effective: 2004-07-01}',
    '- {id: 行政处罚法, title: 中华人民共和国行政处罚法, level: 法律, effective: 2021-07-15}',
    '- {id: 保守国家秘密法, title: 中华人民共和国保守国家秘密法, level: 法律, effective: 2024-05-01}',
    '- {id: 收费标准通知, title: 基准市物价局关于收费标准的通知, level: 规范性文件, effective: 2015-01-01}'];
  for (const f of FIELDS) laws.push(`- {id: ${f}管理条例, title: ${f}管理条例, level: 行政法规, effective: 2010-01-01, amended: 2020-06-01}`);
  const sup = [];
  for (let d = 0; d < D; d++) {
    const code = `D${String(d).padStart(3, '0')}`;
    const id = `d${String(d).padStart(3, '0')}`;
    laws.push(`- {id: ${id}三定规定, title: 第${d}号部门职能配置、内设机构和人员编制规定, level: 三定规定, effective: 2019-01-01}`);
    sup.push(`- {id: SZF-${code}, owner: 基准市人民政府, text: 负责${FIELDS[d % FIELDS.length]}领域第${d}项工作}`);
    const dept = [`id: ${id}`, `code: ${code}`, `name: 基准市第${d}局`, `sanding: ${id}三定规定`, 'functions:'];
    for (let f = 1; f <= 6; f++) dept.push(`  - {id: F0${f}, text: 负责${FIELDS[(d + f) % FIELDS.length]}管理工作}`);
    dept.push('posts:');
    for (let u = 1; u <= 4; u++) for (const role of ['sl', 'sh', 'jd']) dept.push(`  - {id: u${u}-${role}, unit: 第${u}科, title: ${role}岗}`);
    w(`departments/${id}/department.yaml`, `${dept.join('\n')}\n`);
  }
  w('laws/laws.yaml', `${laws.join('\n')}\n`);
  w('superior/superior.yaml', `${sup.join('\n')}\n`);

  const counters = new Map();
  // One 主办/协办 pair in a hundred: powers i and i + 1 always lie in different departments.
  let lead = null;
  for (let i = 0; i < powers; i++) {
    const d = i % D;
    const id = `d${String(d).padStart(3, '0')}`;
    const deptCode = `D${String(d).padStart(3, '0')}`;
    const [cat, abbr] = weighted();
    const key = `${abbr}-${deptCode}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const code = `${key}-${String(n).padStart(4, '0')}`;
    const u = 1 + Math.floor(r() * 4);
    const field = FIELDS[(d + i) % FIELDS.length];
    const mode = cat === '内部管理' ? '内部公开' : r() < 0.02 ? '不予公开' : r() < 0.15 ? '依申请公开' : '主动公开';
    const scope = { 主动公开: '社会', 依申请公开: '一定范围', 内部公开: '单位内部', 不予公开: '单位内部' }[mode];
    const s1 = 1 + Math.floor(r() * 3), s2 = 1 + Math.floor(r() * 5), s3 = 1 + Math.floor(r() * 3);
    const promised = s1 + s2 + s3 + Math.floor(r() * 3);
    const entrusted = cat !== '内部管理' && i % 50 === 7;
    const role = i % 100 === 10 ? '主办' : i % 100 === 11 && lead ? '协办' : null;
    if (role === '主办') lead = code;
    const L = [
      '# yaml-language-server: $schema=../../../schema/power.schema.json',
      `code: ${code}`,
      `name: ${field}类第${i + 1}号${pick(OBJECTS)}${pick(ACTS)}${SUFFIX[cat]}`,
      `category: ${cat}`,
      entrusted ? `subject: 基准市第${d}局${field}事务中心` : `subject: 基准市第${d}局`,
    ];
    if (entrusted) L.push('delegation:', '  type: 委托', `  by: 基准市第${d}局`, `  basis: {law: ${field}管理条例, articles: 第${1 + (i % 60)}条}`);
    L.push(`unit: 第${u}科`);
    if (role) L.push(`role: ${role}`, ...(role === '协办' ? [`lead: ${lead}`] : []));
    L.push(
      `posts: [u${u}-sl, u${u}-jd]`,
      `functions: [F0${1 + (i % 6)}]`,
      `superior_functions: [SZF-${deptCode}]`,
      'basis:',
      cat === '内部管理' ? `  - law: ${id}三定规定\n    articles: 第三条` : `  - law: ${field}管理条例\n    articles: 第${1 + (i % 60)}条`,
    );
    if (cat === '行政许可' && r() < 0.2) L.push('fee:', '  charged: true', '  basis: {law: 收费标准通知, articles: 第二条}', `  standard: 每件${10 + (i % 90)}元`);
    L.push('flow:', `  unit: ${timeUnit(cat, promised + 10)}`, `  statutory_days: ${promised + 10}`, `  promised_days: ${promised}`, '  steps:',
      `    - {name: 受理, post: u${u}-sl, days: ${s1}, disclose: true}`,
      `    - {name: 审查, post: u${u}-sh, days: ${s2}, supervision: 法制审核}`,
      `    - {name: 决定, post: u${u}-jd, days: ${s3}, disclose: true}`);
    if (cat === '行政处罚') L.push('discretion:', '  - {situation: 初次违法, min: 0, max: 1000, unit: 元}', '  - {situation: 情节严重, min: 1000, max: 5000, unit: 元}');
    L.push('remedy: [行政复议, 行政诉讼]', 'complaint: 基准市12345政务服务便民热线',
      'risk:', `  level: ${pick(['一级', '二级', '三级'])}`, '  points: [超时限办理]', '  controls: [系统留痕]');
    if (cat !== '内部管理') {
      L.push('responsibility:', '  duties:', ...Object.entries(DUTIES).map(([stage, duty]) => `    - {stage: ${stage}, duty: ${duty}}`),
        '  accountability:', ...ACCOUNTABILITY.map((a) => `    - ${a}`), `  posts: [u${u}-sl, u${u}-jd]`);
    }
    L.push('disclosure:', `  mode: ${mode}`, `  scope: ${scope}`);
    if (mode === '不予公开') L.push('  withhold:', '    class: 国家秘密', '    basis: {law: 保守国家秘密法, articles: 第十三条}', '    reason: 涉及安全保卫工作部署');
    else L.push(`  forms: [${mode === '内部公开' ? '内部网站' : '网络公开, 公开栏'}]`, '  period: 长期公开', '  content: 依据、条件、程序、时限和结果');
    L.push('review:', `  declared: ${REVIEW.declared}`, '  signed_by: 局长', `  reviewed: ${REVIEW.reviewed}`);
    if (mode !== '不予公开') L.push(`  publicity: {from: ${REVIEW.from}, to: ${REVIEW.to}}`);
    L.push('status: 已公布', 'filed: 2025-03-03', 'published: 2025-03-10');
    if (i % 10 === 0) L.push('changes:', '  - {date: 2025-09-01, kind: 流程图变更, summary: 优化流程, explained: 2025-09-03, published: 2025-09-05}');
    w(`departments/${id}/powers/${code}.yaml`, `${L.join('\n')}\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const a = args();
  const t = performance.now();
  generate(path.resolve(a.out), a.powers, a.seed);
  process.stderr.write(`generated ${a.powers} powers in ${((performance.now() - t) / 1000).toFixed(1)} s -> ${a.out}\n`);
}
