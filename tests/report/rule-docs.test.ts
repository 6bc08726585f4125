// Issue 10: one documentation page per rule, in the shape every page shares, that README,
// `powers explain` and SARIF all read. Iterates over RULE_IDS, so rules registered later (legal
// depth, records) are held to the same bar the moment they are registered.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULE_SEVERITY } from '../../src/checks/index.js';
import { DOC_SECTIONS, documentedRuleIds, parseRuleDoc, readRuleDoc, RULE_DOCS_DIR } from '../../src/report/rule-docs.js';
import { PROJECT } from '../helpers/fixture.js';

// SPEC §3 rules written by other helpers (registered on merge), documented here already.
const PLANNED = ['time-unit', 'status-dates', 'review-period', 'internal-reason', 'withhold-expiry', 'basis-authority',
  'delegation-basis', 'joint-power', 'responsibility', 'stray-file', 'duplicate-name'];

/** The fenced code blocks of a Markdown text, with their language. */
function codeBlocks(markdown: string): { lang: string; code: string }[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], code: m[2] }));
}

/** The cells of one CSV line (double-quoted cells may hold commas; "" is a quote). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let isQuoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (isQuoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      isQuoted = !isQuoted;
    } else if (c === ',' && !isQuoted) {
      cells.push(cell);
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell);
  return cells.map((x) => x.trim());
}

/**
 * What is wrong with a csv example (operation records, SPEC §10): its first line must be the header,
 * column names and not values — every cell a name (it has a letter or a Chinese character, so a
 * row of codes and dates such as `2026-06-01,150` is no header), none empty, none twice.
 */
function csvHeaderProblem(code: string): string | undefined {
  const header = csvCells(code.replace(/^\uFEFF/, '').split('\n')[0].replace(/\r$/, ''));
  if (header.some((cell) => cell === '')) return 'a csv example must start with a header line (no empty column name)';
  const value = header.find((cell) => !/[\p{L}]/u.test(cell));
  if (value !== undefined) return `a csv example must start with a header line of column names, not values ("${value}")`;
  if (new Set(header).size !== header.length) return 'a csv example\'s header names a column twice';
  return undefined;
}

/** Every problem with one page's shape (empty when it is right). */
function shapeProblems(id: string, doc = readRuleDoc(id)): string[] {
  if (!doc) return [`docs/rules/${id}.md is missing`];
  const problems: string[] = [];
  const lines = doc.markdown.split('\n');
  if (!new RegExp(`^# ${id} · \\S`).test(lines[0])) problems.push(`first line must be "# ${id} · <中文标题>"`);
  if (!/[\u4e00-\u9fff]/.test(doc.title)) problems.push('the title must be Chinese');
  if (lines[1] !== '' || !/^严重程度：(错误|警告|错误／警告)$/.test(lines[2])) problems.push('third line must be 严重程度：错误, 警告 or 错误／警告');
  const headings = lines.filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
  if (JSON.stringify(headings) !== JSON.stringify(DOC_SECTIONS)) problems.push(`sections must be ${DOC_SECTIONS.join(', ')}, in order; got ${headings.join(', ')}`);
  for (const s of DOC_SECTIONS) if (!doc.sections[s]) problems.push(`section ${s} is empty`);
  const why = doc.sections['为什么'] ?? '';
  if (!/《[^》]+》|第[一二三四五六七八九十百零]+条/.test(why)) problems.push('为什么 must cite a seed document (《…》) or an article (第…条)');
  const example = doc.sections['示例'] ?? '';
  // Registry files are YAML; operation records (records/*.csv, the record-* rules) are CSV.
  if (!/^错误的写法：\n\n```(yaml|csv)\n[\s\S]+?\n```\n\n正确的写法：\n\n```(yaml|csv)\n[\s\S]+?\n```$/.test(example)) {
    problems.push('示例 must be 错误的写法： + a yaml or csv block, then 正确的写法： + a yaml or csv block');
  }
  // csv examples start with their header; the others parse as YAML (the wrong example of
  // yaml-syntax is wrong YAML on purpose).
  const blocks = codeBlocks(doc.markdown);
  for (const block of id === 'yaml-syntax' ? blocks.slice(-1) : blocks) {
    if (block.lang === 'csv') {
      const problem = csvHeaderProblem(block.code);
      if (problem) problems.push(problem);
      continue;
    }
    try {
      parse(block.code);
    } catch (error) {
      problems.push(`a yaml example does not parse: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return problems;
}

describe('docs/rules', () => {
  it('every registered rule has a page in the shared shape', () => {
    for (const id of RULE_IDS) expect(shapeProblems(id), id).toEqual([]);
  });

  it('the rules of SPEC §3 that land with other work are documented in the same shape', () => {
    for (const id of PLANNED) expect(shapeProblems(id), id).toEqual([]);
  });

  it('every page in the folder is a well-formed page (no stray or misnamed files)', () => {
    const ids = documentedRuleIds();
    expect(ids.length).toBeGreaterThanOrEqual(RULE_IDS.length);
    for (const id of ids) expect(shapeProblems(id), id).toEqual([]);
  });

  it('an example may be a csv block (operation records), which must start with its header', () => {
    const page = (wrong: string, right: string) => parseRuleDoc('record-x', [
      '# record-x · 运行记录', '', '严重程度：错误', '', '## 检查什么', '', '办件的日期。', '', '## 为什么', '',
      '《开展行政权力公开透明运行工作实施方案》。', '', '## 怎样改', '', '改正。', '', '## 示例', '',
      '错误的写法：', '', wrong, '', '正确的写法：', '', right, '',
    ].join('\n'));
    const csv = (...lines: string[]) => ['```csv', ...lines, '```'].join('\n');
    const good = csv('办件编号,职权编码,受理日期', '2026-XK-0001,XK-GAJ-0001,2026-06-01');
    expect(shapeProblems('record-x', page(csv('办件编号,受理日期', '2026-XK-0001,2026/6/1'), good))).toEqual([]);
    expect(shapeProblems('record-x', page(csv('"办件编号","备注，说明"', '1,"a,b"'), good))).toEqual([]);
    expect(shapeProblems('record-x', page(csv('2026-XK-0001,XK-GAJ-0001,2026-06-01'), good))).toEqual([
      'a csv example must start with a header line of column names, not values ("2026-06-01")',
    ]);
    expect(shapeProblems('record-x', page(csv('办件编号,,受理日期', 'a,b,c'), good))).toEqual([
      'a csv example must start with a header line (no empty column name)',
    ]);
    expect(shapeProblems('record-x', page(csv('办件编号,办件编号'), good))).toEqual(["a csv example's header names a column twice"]);
    // yaml blocks still parse; other languages are not examples
    expect(shapeProblems('record-x', page('```yaml\nname: [未闭合\n```', good))[0]).toMatch(/^a yaml example does not parse/);
    expect(shapeProblems('record-x', page('```json\n{}\n```', good))[0]).toMatch(/^示例 must be/);
  });

  it("a page's severity line includes the rule's default severity", () => {
    for (const id of RULE_IDS) {
      expect(readRuleDoc(id)?.severities, id).toContain(RULE_SEVERITY[id]);
    }
  });

  it('the README indexes every page in one table, linking docs/rules/<id>.md', () => {
    const readme = readFileSync(path.join(PROJECT, 'README.md'), 'utf8');
    for (const id of RULE_IDS) {
      expect(readme, id).toMatch(new RegExp(`^\\| \\[\`${id}\`\\]\\(docs/rules/${id}\\.md\\) \\|`, 'm'));
    }
  });

  it('ships with the package (package.json files), read from the package folder', () => {
    const pkg = JSON.parse(readFileSync(path.join(PROJECT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('docs');
    expect(path.resolve(RULE_DOCS_DIR)).toBe(path.join(PROJECT, 'docs', 'rules'));
  });
});
