#!/usr/bin/env node
// Generates calendar/<year>.yaml (2007–2026) from the `chinese-days` devDependency, once.
//
// The output is checked in as data and reviewed by hand against the State Council notices; this
// script exists so that anyone can see how the day lists were obtained and regenerate them. It is
// NOT run at build time, and the tool never depends on chinese-days at run time.
//
//   node scripts/gen-calendar.mjs            # writes calendar/2007.yaml … calendar/2026.yaml
//   node scripts/gen-calendar.mjs --check    # exits 1 if the checked-in files differ
//
// What it changes relative to chinese-days (each change is listed in CORRECTIONS below):
// - festival names as the notices write them (清明 → 清明节, …); a combined break keeps the
//   notice's combined name (中秋节、国庆节);
// - a break the notice gives as one span is one span, even where chinese-days leaves out a
//   weekend day inside it (2011/2012/2015 端午, 2015-09-05);
// - days a notice sets in the previous year (元旦 of 2008, 2012, 2019, 2023) are written into
//   that previous year's file, which then lists the notice under `amended_by`.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'calendar');
const FIRST = 2007;
const LAST = 2026; // the newest State Council notice known when this was written
const pkgDir = path.dirname(require.resolve('chinese-days/package.json'));
const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const data = JSON.parse(readFileSync(path.join(pkgDir, 'dist/chinese-days.json'), 'utf8'));
const generateTs = readFileSync(path.join(pkgDir, 'src/holidays/generate.ts'), 'utf8');

/**
 * The notices. `verified`: the number and date were read from a copy of the notice itself
 * (gov.cn or a mirror of it); otherwise they come from a secondary compilation and are marked
 * so in the file.
 */
const NOTICES = {
  2007: { doc_no: '国办发明电〔2006〕49号', issued: '2006-12-14', verified: true },
  2008: { doc_no: '国办发明电〔2007〕52号', issued: '2007-12-15' },
  2009: { doc_no: '国办发明电〔2008〕42号', issued: '2008-12-04' },
  2010: { doc_no: '国办发明电〔2009〕27号', issued: '2009-12-08' },
  2011: { doc_no: '国办发明电〔2010〕40号', issued: '2010-12-10' },
  2012: { doc_no: '国办发明电〔2011〕45号', issued: '2011-12-06' },
  2013: { doc_no: '国办发明电〔2012〕33号', issued: '2012-12-08' },
  2014: { doc_no: '国办发明电〔2013〕28号', issued: '2013-12-11' },
  2015: { doc_no: '国办发明电〔2014〕28号', issued: '2014-12-16' },
  2016: { doc_no: '国办发明电〔2015〕18号', issued: '2015-12-10', verified: true },
  2017: { doc_no: '国办发明电〔2016〕17号', issued: '2016-12-01', verified: true },
  2018: { doc_no: '国办发明电〔2017〕12号', issued: '2017-11-30', verified: true },
  2019: { doc_no: '国办发明电〔2018〕15号', issued: '2018-12-04' },
  2020: { doc_no: '国办发明电〔2019〕16号', issued: '2019-11-21', verified: true },
  2021: { doc_no: '国办发明电〔2020〕27号', issued: '2020-11-25', verified: true },
  2022: { doc_no: '国办发明电〔2021〕11号', issued: '2021-10-25', verified: true },
  2023: { doc_no: '国办发明电〔2022〕16号', issued: '2022-12-08', verified: true },
  2024: { doc_no: '国办发明电〔2023〕7号', issued: '2023-10-25', verified: true },
  2025: { doc_no: '国办发明电〔2024〕12号', issued: '2024-11-12', verified: true },
  2026: { doc_no: '国办发明电〔2025〕7号', issued: '2025-11-04', verified: true },
};
const title = (year) => `国务院办公厅关于${year}年部分节假日安排的通知`;
const annual = (year) => ({ source: title(year), doc_no: NOTICES[year].doc_no, issued: NOTICES[year].issued });

/** Later notices that changed a year, with what they changed (written as comments). */
const AMENDMENTS = {
  2007: [{ ...annual(2008), what: '2008 年元旦：2007-12-30、12-31 放假，2007-12-29（星期六）上班' }],
  2011: [{ ...annual(2012), what: '2012 年元旦：2011-12-31（星期六）上班' }],
  2015: [{
    source: '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知',
    doc_no: '国发明电〔2015〕1号', issued: '2015-05-13',
    what: '9月3日至5日调休放假，共3天；9月6日（星期日）上班',
  }],
  2018: [{ ...annual(2019), what: '2019 年元旦：2018-12-30、12-31 放假，2018-12-29（星期六）上班' }],
  2019: [{
    source: '国务院办公厅关于调整2019年劳动节假期安排的通知',
    doc_no: '国办发明电〔2019〕3号', issued: '2019-03-22',
    what: '劳动节由 5月1日 1天改为 5月1日至4日放假调休；4月28日（星期日）、5月5日（星期日）上班',
  }],
  2020: [{
    source: '国务院办公厅关于延长2020年春节假期的通知',
    doc_no: '国办发明电〔2020〕1号', issued: '2020-01-26',
    what: '春节假期延长至2月2日（原为1月30日），2月1日（星期六）不再上班',
  }],
  2022: [{ ...annual(2023), what: '2023 年元旦：2022-12-31（星期六）放假' }],
};

/** Days in December that the next year's notice set (its 元旦 break began in the old year). */
const FROM_NEXT_NOTICE = new Set(['2007-12-29', '2007-12-30', '2011-12-31', '2018-12-29', '2018-12-30', '2022-12-31']);

/** 元旦 breaks that began in the old year: the part in the old year lives in that year's file. */
const CONTINUED = {
  '2008-01-01': '假期自2007-12-30起，2007-12-29（星期六）上班，见 2007.yaml',
  '2012-01-01': '2011-12-31（星期六）上班，见 2011.yaml',
  '2019-01-01': '假期自2018-12-30起，2018-12-29（星期六）上班，见 2018.yaml',
  '2023-01-01': '假期自2022-12-31起，见 2022.yaml',
};

const NAMES = {
  元旦: '元旦', 春节: '春节', 清明: '清明节', 劳动节: '劳动节', 端午: '端午节', 中秋: '中秋节', 国庆节: '国庆节',
  中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日: '抗战胜利70周年纪念日',
};

/** Spans that replace what chinese-days has on the same days: [year, name, from, to, why]. */
const CORRECTIONS = [
  [2009, '国庆节、中秋节', '2009-10-01', '2009-10-08', '通知合并放假'],
  [2011, '端午节', '2011-06-04', '2011-06-06', '通知：6月4日至6日放假公休'],
  [2012, '端午节', '2012-06-22', '2012-06-24', '通知：6月22日至24日放假公休'],
  [2012, '中秋节、国庆节', '2012-09-30', '2012-10-07', '通知合并放假'],
  [2015, '端午节', '2015-06-20', '2015-06-22', '通知：6月20日放假，6月22日补休'],
  [2015, '抗战胜利70周年纪念日', '2015-09-03', '2015-09-05', '国发明电〔2015〕1号：9月3日至5日调休放假'],
  [2017, '中秋节、国庆节', '2017-10-01', '2017-10-08', '通知合并放假'],
  [2020, '国庆节、中秋节', '2020-10-01', '2020-10-08', '通知合并放假'],
  [2023, '中秋节、国庆节', '2023-09-29', '2023-10-06', '通知合并放假'],
  [2025, '国庆节、中秋节', '2025-10-01', '2025-10-08', '通知合并放假'],
];

const DAY = 86_400_000;
const dayNo = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / DAY;
const dow = (s) => new Date(dayNo(s) * DAY).getUTCDay();
const WEEKDAY = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

function spansOf(year) {
  const days = Object.keys(data.holidays).filter((d) => d.startsWith(`${year}-`)).sort();
  const spans = [];
  for (const date of days) {
    const raw = data.holidays[date].split(',')[1];
    const name = NAMES[raw];
    if (!name) throw new Error(`unknown festival name ${raw} on ${date}`);
    const last = spans.at(-1);
    if (last && last.name === name && dayNo(date) === dayNo(last.to) + 1) last.to = date;
    else spans.push({ name, from: date, to: date });
  }
  for (const [, name, from, to] of CORRECTIONS.filter((c) => c[0] === year)) {
    const kept = spans.filter((s) => dayNo(s.to) < dayNo(from) || dayNo(s.from) > dayNo(to));
    kept.push({ name, from, to });
    spans.length = 0;
    spans.push(...kept.sort((a, b) => dayNo(a.from) - dayNo(b.from)));
  }
  return spans;
}

function workdaysOf(year) {
  return Object.keys(data.workdays).filter((d) => d.startsWith(`${year}-`)).sort();
}

/** The notice's own text as chinese-days quotes it in its source, as provenance comments. */
function noticeExcerpt(year) {
  const re = new RegExp(String.raw`/\*\*\s*\n\s*\*\s*${year}\s*\n([\s\S]*?)\*/`);
  const m = re.exec(generateTs);
  if (!m) return [];
  return m[1].split('\n')
    .map((l) => l.replace(/^\s*\*\s*/, '').trimEnd())
    .filter((l) => l.trim() !== '' && !/Σ|注意：/.test(l));
}

function yamlFor(year) {
  const n = NOTICES[year];
  const amendments = AMENDMENTS[year] ?? [];
  const spans = spansOf(year);
  const workdays = workdaysOf(year);
  for (const w of workdays) {
    if (dow(w) !== 0 && dow(w) !== 6) throw new Error(`${w}: make-up day is not a weekend day`);
  }
  const lines = [];
  lines.push('# yaml-language-server: $schema=../schema/calendar.schema.json');
  lines.push(`# ${year} 年工作日历（全国统一：周末与法定节假日放假，调休上班日上班）。`);
  lines.push(`# 日期取自 npm 包 chinese-days@${pkg.version}（MIT 许可）的数据，经 scripts/gen-calendar.mjs 生成，`);
  lines.push('# 并与下面摘录的通知原文逐条核对；与该包不同之处见脚本中的 CORRECTIONS。');
  if (!n.verified) lines.push('# 本年通知的文号和发布日期取自第三方整理的通知目录，尚未与通知原件核对。');
  lines.push('# 通知原文摘录：');
  for (const l of noticeExcerpt(year)) lines.push(`#   ${l}`);
  lines.push(`year: ${year}`);
  lines.push(`source: ${title(year)}`);
  lines.push(`doc_no: ${n.doc_no}`);
  lines.push(`issued: ${n.issued}`);
  if (amendments.length === 0) {
    lines.push('amended_by: []');
  } else {
    lines.push('amended_by:');
    for (const a of amendments) {
      lines.push(`  # ${a.what}`);
      lines.push(`  - source: ${a.source}`);
      lines.push(`    doc_no: ${a.doc_no}`);
      lines.push(`    issued: ${a.issued}`);
    }
  }
  lines.push('holidays:');
  for (const s of spans) {
    const len = dayNo(s.to) - dayNo(s.from) + 1;
    const correction = CORRECTIONS.find((c) => c[0] === year && c[2] === s.from && c[3] === s.to);
    const notes = [`共${len}天`];
    if (correction) notes.push(correction[4]);
    if (FROM_NEXT_NOTICE.has(s.from)) notes.push(`据${year + 1}年通知`);
    if (CONTINUED[s.from]) notes.push(CONTINUED[s.from]);
    lines.push(`  - {name: ${s.name}, from: ${s.from}, to: ${s.to}}   # ${notes.join('；')}`);
  }
  lines.push('workdays:   # 调休上班日');
  for (const w of workdays) {
    lines.push(`  - ${w}   # ${WEEKDAY[dow(w)]}${FROM_NEXT_NOTICE.has(w) ? `；据${year + 1}年通知` : ''}`);
  }
  if (workdays.length === 0) lines[lines.length - 1] = 'workdays: []';
  return `${lines.join('\n')}\n`;
}

const isCheck = process.argv.includes('--check');
let differs = 0;
mkdirSync(OUT, { recursive: true });
for (let year = FIRST; year <= LAST; year++) {
  const file = path.join(OUT, `${year}.yaml`);
  const text = yamlFor(year);
  if (isCheck) {
    let old = '';
    try { old = readFileSync(file, 'utf8'); } catch { /* missing */ }
    if (old !== text) { differs++; console.error(`differs: calendar/${year}.yaml`); }
  } else {
    writeFileSync(file, text);
  }
}
if (isCheck && differs > 0) process.exitCode = 1;
else console.error(isCheck ? 'calendar/ is up to date' : `wrote calendar/${FIRST}.yaml … calendar/${LAST}.yaml`);
