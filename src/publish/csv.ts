// catalogue.csv: open data for spreadsheets. UTF-8 with a BOM (so Excel detects the encoding),
// CRLF line ends and RFC 4180 quoting; cells that a spreadsheet would run as a formula are
// defused with a leading apostrophe (OWASP "CSV injection").
import type { CatalogueView, PowerView } from './view-model.js';

/** The columns, in order: header label and how to read the cell from a power. */
const COLUMNS: readonly [string, (p: PowerView) => string][] = [
  ['行政权力编码', (p) => p.code],
  ['职权名称', (p) => p.name],
  ['职权类别', (p) => p.category],
  ['部门', (p) => p.department.name],
  ['实施主体', (p) => p.subject ?? ''],
  ['承办科室', (p) => p.unit ?? ''],
  ['行使依据', (p) => p.basis.map((b) => b.text).join('；')],
  ['是否收费', (p) => (p.fee.isCharged ? '是' : '否')],
  ['收费依据', (p) => p.fee.basis?.text ?? ''],
  ['收费标准', (p) => p.fee.standard ?? ''],
  ['法定时限', (p) => (p.statutoryDays === null ? '' : String(p.statutoryDays))],
  ['承诺时限', (p) => (p.promisedDays === null ? '' : String(p.promisedDays))],
  ['时限单位', (p) => p.timeUnit ?? ''],
  ['办理流程', (p) => p.steps.map((s) => `${s.number}.${s.name}（${[s.postLabel, s.daysText, s.supervision ? `监督点：${s.supervision}` : null, s.isDisclosed ? '公开' : null].filter(Boolean).join('，')}）`).join('；')],
  ['裁量基准', (p) => p.discretion.map((d) => `${d.situation}：${d.range}`).join('；')],
  ['救济途径', (p) => p.remedy.join('；')],
  ['投诉举报途径', (p) => p.complaint ?? ''],
  ['风险等级', (p) => (p.risk ? `${p.risk.level}${p.risk.colour ? `（${p.risk.colour}）` : ''}` : '')],
  ['风险点', (p) => p.risk?.points.join('；') ?? ''],
  ['防控措施', (p) => p.risk?.controls.join('；') ?? ''],
  ['责任事项', (p) => p.responsibility?.duties.map((d) => `${d.stage}：${d.duty}`).join('；') ?? ''],
  ['追责情形', (p) => p.responsibility?.accountability.join('；') ?? ''],
  ['责任岗位', (p) => p.responsibility?.posts.join('；') ?? ''],
  ['行使方式', (p) => (p.delegation ? [p.delegation.type, p.delegation.by ? `委托机关：${p.delegation.by}` : null, p.delegation.basis ? `依据：${p.delegation.basis.text}` : null].filter(Boolean).join('，') : '')],
  ['共有职权', (p) => (p.joint ? [p.joint.role, ...p.joint.partners.map((x) => `${x.department}${x.code} ${x.name}`)].join('；') : '')],
  ['公开方式', (p) => p.disclosure.mode],
  ['公开形式', (p) => p.disclosure.forms.join('；')],
  ['公开范围', (p) => p.disclosure.scope ?? ''],
  ['公开时限', (p) => [p.disclosure.period, p.disclosure.interval].filter(Boolean).join('，')],
  ['公开内容', (p) => p.disclosure.content ?? ''],
  ['状态', (p) => p.status],
  ['备案日期', (p) => p.filed ?? ''],
  ['公布日期', (p) => p.published ?? ''],
];

/** One cell: formula characters defused, then quoted when RFC 4180 requires it. */
export function csvCell(value: string): string {
  let v = value;
  // = + - @ start formulas; tab and CR do too in some spreadsheets.
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** catalogue.csv of a catalogue: BOM, header row, one row per power, CRLF after every row. */
export function renderCsv(catalogue: CatalogueView): string {
  const rows = [COLUMNS.map(([label]) => label), ...catalogue.powers.map((p) => COLUMNS.map(([, read]) => read(p)))];
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
