#!/usr/bin/env node
// Generates the sample operation records: registry/records/<dept>/<YYYY-MM>.csv, a year of cases
// (2025-12 to 2026-11) for four departments' published powers, the way case systems export them.
// Deterministic (seeded); no personal data. Every planted exception is a warning (late decisions,
// open cases past their limit, important cases not or late reported, decisions above the lower
// bound not yet filed or disclosed), so the sample keeps 0 errors. Error-level exceptions live in
// examples/records-exceptions/.
//
//   npm run build && node scripts/gen-records.mjs [registry]
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { createWorkCalendar, loadBundledYears } from '../dist/calendar/index.js';
import { addCalendarDays } from '../dist/util/date.js';

const root = path.resolve(process.argv[2] ?? 'registry');
const calendar = createWorkCalendar(loadBundledYears());
const FROM = '2025-12-01';
const LAST = '2026-11-30';
const DEPARTMENTS = ['jtysj', 'scjgj', 'sthjj', 'zjj'];
const MONEY = { 元: 1, 千元: 1000, 万元: 10000 };
/** Powers whose discretion or disclosure was still being revised when the sample was made. */
const UNSETTLED = new Set(['CF-SCJGJ-0003', 'JC-SCJGJ-0002']);

let seed = 20261130;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (a, b) => a + Math.floor(random() * (b - a + 1));

function powersOf(dept) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.yaml')) out.push(yaml.load(readFileSync(p, 'utf8'), { schema: yaml.CORE_SCHEMA }));
    }
  };
  walk(path.join(root, 'departments', dept, 'powers'));
  return out.filter((p) => !UNSETTLED.has(p.code) && p.status === '已公布' && ['主动公开', '依申请公开'].includes(p.disclosure?.mode) && p.flow?.promised_days > 0);
}

const isWorkday = (d) => calendar.dayInfo(d).isWorkday;
const dueOf = (p, received, days = p.flow.promised_days) =>
  p.flow.unit === '日' ? addCalendarDays(received, days) : calendar.addWorkdays(received, days, { provisional: true }).date;
const minDate = (a, b) => (a < b ? a : b);

/** Amount and discretion of a decision: at the lower bound three times in four. */
function decision(p) {
  const rows = (p.discretion ?? []).filter((r) => MONEY[r.unit ?? '元'] && r.max > 0);
  if (rows.length === 0) return null;
  const row = pick(rows);
  const f = MONEY[row.unit ?? '元'];
  const min = Math.round(row.min * f);
  const max = Math.round(row.max * f);
  const isAbove = random() < 0.25 && max > min;
  const amount = isAbove ? min + Math.max(1, Math.round(((max - min) * between(1, 8)) / 10 / 100) * 100) : min;
  return { amount: Math.min(amount, max), situation: row.situation, isAbove: amount > min };
}

const HEADERS = ['办件编号', '职权编码', '重要', '受理日期', '办结日期', '金额', '裁量情形', '集体讨论', '备案日期', '公开日期', '报备日期'];

function generate(dept, index) {
  const powers = powersOf(dept);
  const rows = [];
  let meeting = 0;
  let n = 0;
  // Exceptions planted in this department, by kind (each a warning).
  const plant = { late: 2, open: 1, unreported: 2, lateReport: 1, unfiled: 1 };
  for (let day = FROM; day <= '2026-11-20'; day = addCalendarDays(day, 1)) {
    if (!isWorkday(day)) continue;
    // Published on the day (fact 13), and due within the years the calendar covers.
    const eligible = powers.filter((p) => p.published <= day && dueOf(p, day) <= '2026-12-31');
    if (eligible.length === 0 || random() > 0.55) continue;
    const p = pick(eligible);
    n++;
    const caseNo = `${dept.toUpperCase()}-${day.slice(0, 4)}-${String(n).padStart(4, '0')}`;
    const received = day;
    const due = dueOf(p, received);
    let closed = dueOf(p, received, between(1, p.flow.promised_days));
    if (plant.late > 0 && n % 37 === 11) {
      plant.late--;
      closed = dueOf(p, due, between(1, 4));
    }
    let isOpen = false;
    if (plant.open > 0 && day >= '2026-07-01' && due < '2026-10-31') {
      plant.open--;
      isOpen = true;
    }
    if (closed > LAST) isOpen = true;
    const d = p.category === '行政处罚' || p.category === '行政征收' ? decision(p) : null;
    const isImportant = (d && d.isAbove) || random() < 0.12;
    const row = { 办件编号: caseNo, 职权编码: p.code, 重要: isImportant ? '是' : '否', 受理日期: received, 办结日期: isOpen ? '' : closed };
    if (d && !isOpen) {
      row.金额 = String(d.amount);
      row.裁量情形 = d.situation;
      if (d.isAbove) {
        meeting++;
        row.集体讨论 = `${closed.slice(0, 4)}年第${meeting}次局务会`;
        row.备案日期 = minDate(addCalendarDays(closed, between(2, 8)), LAST);
        row.公开日期 = minDate(addCalendarDays(closed, between(5, 12)), LAST);
        if (plant.unfiled > 0 && closed < '2026-09-01') {
          plant.unfiled--;
          row.公开日期 = '';
        }
      }
    }
    if (isImportant && !isOpen) {
      row.报备日期 = minDate(addCalendarDays(closed, between(1, 6)), LAST);
      if (plant.unreported > 0 && closed < '2026-10-01' && n % 5 === 0) {
        plant.unreported--;
        row.报备日期 = '';
      } else if (plant.lateReport > 0 && closed < '2026-10-01' && n % 3 === 0) {
        plant.lateReport--;
        row.报备日期 = addCalendarDays(closed, between(9, 15));
      }
    }
    rows.push(row);
  }
  // Each department's system exports its own column order; one adds a column of its own (ignored).
  const order = index % 2 === 0 ? HEADERS : [...HEADERS.slice(1, 4), HEADERS[0], ...HEADERS.slice(4)];
  const extra = index === 1 ? ['承办科室'] : [];
  const unitOf = new Map(powers.map((p) => [p.code, p.unit]));
  const isExcel = index === 2; // BOM and CRLF, as Excel saves "CSV UTF-8"
  const eol = isExcel ? '\r\n' : '\n';
  const quote = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const byMonth = new Map();
  for (const r of rows) {
    const month = r.受理日期.slice(0, 7);
    if (!byMonth.has(month)) byMonth.set(month, []);
    byMonth.get(month).push([...order.map((h) => r[h] ?? ''), ...(extra.length ? [unitOf.get(r.职权编码) ?? ''] : [])].map(quote).join(','));
  }
  const dir = path.join(root, 'records', dept);
  mkdirSync(dir, { recursive: true });
  for (const [month, lines] of byMonth) {
    const text = [[...order, ...extra].join(','), ...lines].join(eol) + eol;
    writeFileSync(path.join(dir, `${month}.csv`), (isExcel ? '\uFEFF' : '') + text);
  }
  return rows.length;
}

rmSync(path.join(root, 'records'), { recursive: true, force: true });
let total = 0;
DEPARTMENTS.forEach((dept, i) => {
  total += generate(dept, i);
});
console.log(`${total} rows → ${path.join(root, 'records')}`);
