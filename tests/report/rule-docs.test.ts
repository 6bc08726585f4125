// Issue 10: one documentation page per rule, in the shape every page shares, that README,
// `powers explain` and SARIF all read. Iterates over RULE_IDS, so rules registered later (legal
// depth, records) are held to the same bar the moment they are registered.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULE_SEVERITY } from '../../src/checks/index.js';
import { DOC_SECTIONS, documentedRuleIds, readRuleDoc, RULE_DOCS_DIR } from '../../src/report/rule-docs.js';
import { PROJECT } from '../helpers/fixture.js';

// SPEC §3 rules written by other helpers (registered on merge), documented here already.
const PLANNED = ['time-unit', 'status-dates', 'review-period', 'internal-reason', 'withhold-expiry', 'basis-authority',
  'delegation-basis', 'joint-power', 'responsibility', 'stray-file', 'duplicate-name'];

/** The fenced code blocks of a Markdown text, with their language. */
function codeBlocks(markdown: string): { lang: string; code: string }[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], code: m[2] }));
}

/** Every problem with one page's shape (empty when it is right). */
function shapeProblems(id: string): string[] {
  const doc = readRuleDoc(id);
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
  if (!/^错误的写法：\n\n```yaml\n[\s\S]+?\n```\n\n正确的写法：\n\n```yaml\n[\s\S]+?\n```$/.test(example)) {
    problems.push('示例 must be 错误的写法： + a yaml block, then 正确的写法： + a yaml block');
  }
  // Examples parse as YAML (the wrong example of yaml-syntax is wrong YAML on purpose).
  const blocks = codeBlocks(doc.markdown);
  for (const block of id === 'yaml-syntax' ? blocks.slice(-1) : blocks) {
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
