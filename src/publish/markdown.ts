// The Markdown catalogues (catalogue.md, withheld.md): pure functions from view models to text.
// Written in code rather than Handlebars because Markdown needs its own escaping: code hosts turn
// it into HTML, so `<`, `>` and `&` become entities and Markdown's punctuation is backslashed;
// flowcharts are ```mermaid blocks whose labels use Mermaid's #entity; escapes.
import type { CatalogueView, CitationView, PowerView, WithheldListView } from './view-model.js';

const MD_SPECIAL = /\r\n?|\n|[&<>\\`*_{}[\]()#+!|~$]/g;
const MD_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Escapes text for a Markdown paragraph, heading or table cell (one line). */
export function mdText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  // One pass: line breaks become spaces, HTML specials entities, Markdown punctuation backslashed.
  return value.replace(MD_SPECIAL, (c) => (c[0] === '\r' || c === '\n' ? ' ' : MD_ENTITIES[c] ?? `\\${c}`));
}

const MERMAID_SPECIAL = /\r\n?|\n|["#&<>`|{}[\]()]/g;
const MERMAID_ENTITIES: Record<string, string> = { '"': '#quot;', '<': '#lt;', '>': '#gt;' };

/** Escapes a Mermaid label (inside "…"): entities for quotes, angle brackets, # and friends. */
export function mermaidText(value: string): string {
  return value.replace(MERMAID_SPECIAL, (c) => (c[0] === '\r' || c === '\n' ? ' ' : MERMAID_ENTITIES[c] ?? `#${c.codePointAt(0)};`));
}

/** The ```mermaid block of a power's flow. */
export function mermaidFlow(power: PowerView): string {
  const lines = ['```mermaid', 'flowchart TD', '    start(["开始"])'];
  let prev = 'start';
  for (const s of power.steps) {
    const id = `s${s.number}`;
    const label = [
      `${s.number}. ${s.name}`,
      `承办：${s.postLabel}`,
      `时限：${s.daysText ?? '未填写'}`,
      ...(s.supervision ? [`监督点：${s.supervision}`] : []),
      ...(s.isDisclosed ? ['公开'] : []),
    ].map(mermaidText).join('<br/>');
    lines.push(`    ${id}["${label}"]`);
    lines.push(`    ${prev} --> ${id}`);
    prev = id;
  }
  lines.push('    finish(["办结"])', `    ${prev} --> finish`);
  const supervised = power.steps.filter((s) => s.supervision).map((s) => `s${s.number}`);
  if (supervised.length) lines.push('    classDef supervised stroke:#9b1c1c,stroke-width:3px', `    class ${supervised.join(',')} supervised`);
  lines.push('```');
  return lines.join('\n');
}

const citationText = (c: CitationView): string => mdText(c.text);
const cell = (value: string | null | undefined): string => mdText(value) || '—';

function fieldRows(p: PowerView, isInternal: boolean): [string, string][] {
  const rows: [string, string][] = [
    ['职权名称', cell(p.name)],
    ['职权类别', cell(p.category)],
    ['行政权力编码', cell(p.code)],
    ['部门', cell(p.department.name)],
    ['实施主体', cell(p.subject)],
    ['承办科室', cell(p.unit)],
    ...(p.delegation ? [['行使方式', `${mdText(p.delegation.type)}：${mdText(p.delegation.text)}${p.delegation.basis ? `（依据：${citationText(p.delegation.basis)}）` : ''}`] as [string, string]] : []),
    ...(p.joint ? [['共有职权', [`本部门${mdText(p.joint.role)}`, ...p.joint.partners.map((x) => `${mdText(x.department)} ${mdText(x.code)} ${mdText(x.name)}`)].join('<br>')] as [string, string]] : []),
    ['行使依据', p.basis.map(citationText).join('<br>') || '—'],
    ['收费依据和标准', p.fee.isCharged ? [p.fee.basis ? citationText(p.fee.basis) : '', mdText(p.fee.standard)].filter(Boolean).join('；') : '不收费'],
    ['法定时限', p.statutoryText ?? '—'],
    ['承诺时限', p.promisedText ?? '—'],
    ['裁量基准', p.discretion.map((d) => `${mdText(d.situation)}：${mdText(d.range)}`).join('<br>') || '—'],
    ['救济途径', p.remedy.map(mdText).join('、') || '—'],
    ['投诉举报途径', cell(p.complaint)],
    ['风险等级', p.risk ? `${mdText(p.risk.level)}${p.risk.colour ? `（${p.risk.colour}）` : ''}` : '—'],
  ];
  if (p.risk?.points.length) rows.push(['风险点', p.risk.points.map(mdText).join('；')]);
  if (p.risk?.controls.length) rows.push(['防控措施', p.risk.controls.map(mdText).join('；')]);
  rows.push(
    ['公开形式', p.disclosure.forms.map(mdText).join('、') || '—'],
    ['公开范围', cell(p.disclosure.scope)],
    ['公开时限', mdText([p.disclosure.period, p.disclosure.interval].filter(Boolean).join('，')) || '—'],
    ['公开内容', cell(p.disclosure.content)],
  );
  if (p.disclosure.reason) rows.push(['内部公开理由', mdText(p.disclosure.reason)]);
  if (p.responsibility) {
    rows.push(
      ['责任事项', p.responsibility.duties.map((d) => `${mdText(d.stage)}：${mdText(d.duty)}`).join('<br>') || '—'],
      ['追责情形', p.responsibility.accountability.map(mdText).join('<br>') || '—'],
    );
    if (p.responsibility.posts.length) rows.push(['责任岗位', p.responsibility.posts.map(mdText).join('、')]);
  }
  if (isInternal) rows.push(['状态', cell(p.status)], ['备案日期', cell(p.filed)]);
  rows.push(['公布日期', cell(p.published)]);
  return rows;
}

function forcedNotice(forced: { errors: number } | null): string[] {
  return forced ? [`> **警告：本目录在登记册存在 ${forced.errors} 个校验错误的情况下强制发布，内容可能不完整或不准确，请以正式公布的目录为准。**`, ''] : [];
}

/** catalogue.md of a catalogue (the public one, or the internal staff one). */
export function renderCatalogueMarkdown(c: CatalogueView): string {
  const isInternal = c.audience === 'internal';
  const title = `${mdText(c.jurisdiction)}${isInternal ? '内部公开行政权力目录' : '行政权力目录'}`;
  const out: string[] = [`# ${title}`, ''];
  if (isInternal) out.push('> 内部资料，仅供本单位工作人员查阅，不得对外公开。', '');
  out.push(...forcedNotice(c.forced));
  out.push(`共 ${c.powers.length} 项职权。`, '');
  out.push('## 按部门统计', '', '| 部门 | 职权数 |', '| --- | ---: |');
  for (const g of c.byDepartment) out.push(`| ${mdText(g.name)} | ${g.count} |`);
  out.push('', '## 按类别统计', '', '| 类别 | 职权数 |', '| --- | ---: |');
  for (const g of c.byCategory) out.push(`| ${mdText(g.name)} | ${g.count} |`);
  out.push('');
  for (const g of c.byDepartment) {
    out.push(`## ${mdText(g.name)}（${g.count} 项）`, '');
    for (const p of g.powers) {
      out.push(`### ${mdText(p.code)} ${mdText(p.name)}`, '', '| 项目 | 内容 |', '| --- | --- |');
      for (const [label, value] of fieldRows(p, isInternal)) out.push(`| ${label} | ${value} |`);
      out.push('', `**运行流程图**（法定时限 ${p.statutoryText ?? '—'}，承诺时限 ${p.promisedText ?? '—'}）`, '', mermaidFlow(p), '');
      if (p.changes.length) {
        out.push('**变更记录**', '', '| 日期 | 类型 | 说明 | 向备案机关说明 | 重新公布 |', '| --- | --- | --- | --- | --- |');
        for (const ch of p.changes) out.push(`| ${ch.date} | ${cell(ch.kind)} | ${cell(ch.summary)} | ${cell(ch.explained)} | ${cell(ch.published)} |`);
        out.push('');
      }
    }
  }
  if (c.powers.length === 0) out.push('暂无职权。', '');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/** withheld.md: 《涉密不宜公开行政权力目录》 for the disclosure office's review. */
export function renderWithheldMarkdown(w: WithheldListView): string {
  const out: string[] = [`# ${mdText(w.jurisdiction)}涉密不宜公开行政权力目录`, ''];
  out.push('> 内部资料，注意保密。报送政务公开办公室审核，不得对外公开。', '');
  out.push(...forcedNotice(w.forced));
  out.push(`共 ${w.items.length} 项。`, '');
  if (w.items.length === 0) out.push('暂无不予公开的职权。', '');
  else {
    out.push('| 序号 | 编码 | 项目名称 | 类别 | 不公开类别 | 不公开理由 | 依据 | 期限和审查 | 部门 | 状态 |', '| ---: | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    w.items.forEach((i, n) => {
      out.push(`| ${n + 1} | ${cell(i.code)} | ${cell(i.name)} | ${cell(i.category)} | ${cell(i.withholdClass)} | ${cell(i.reason)} | ${i.basis ? citationText(i.basis) : '—'} | ${[i.until ? `至 ${i.until}` : '', i.reviewed ? `审查 ${i.reviewed}` : ''].filter(Boolean).join('，') || '—'} | ${cell(i.department.name)} | ${cell(i.status)} |`);
    });
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
