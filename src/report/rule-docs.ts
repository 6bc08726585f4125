// The rule documentation: one Chinese page per rule, `docs/rules/<id>.md`, shipped with the
// package. `powers explain` prints it, `powers rules` and SARIF read its title, severity and
// sections, the README links it. One place, read at run time (the package's `files` has docs/).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Severity } from '../checks/types.js';

/** Where the pages are: `<package>/docs/rules/`. */
export const RULE_DOCS_DIR = fileURLToPath(new URL('../../docs/rules/', import.meta.url));

/** The four sections every page has, in order. */
export const DOC_SECTIONS = ['检查什么', '为什么', '怎样改', '示例'] as const;
export type DocSection = (typeof DOC_SECTIONS)[number];

/** One rule's page, parsed. */
export interface RuleDoc {
  id: string;
  /** The Chinese title of the `# <id> · <title>` heading. */
  title: string;
  /** The severities of the `严重程度：` line (错误 → error, 警告 → warning), in order. */
  severities: Severity[];
  /** Section name → its Markdown body (trimmed); a missing section is absent. */
  sections: Partial<Record<DocSection, string>>;
  /** The whole page. */
  markdown: string;
}

/** Parses a page; a page without the heading gets the id as its title. */
export function parseRuleDoc(id: string, markdown: string): RuleDoc {
  const text = markdown.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const heading = /^# (\S+) · (.+)$/m.exec(text);
  const severityLine = /^严重程度：(.+)$/m.exec(text)?.[1] ?? '';
  const severities = [...severityLine.matchAll(/错误|警告/g)].map((m) => (m[0] === '错误' ? 'error' : 'warning') as Severity);
  const sections: Partial<Record<DocSection, string>> = {};
  // Split at level-2 headings that are not inside a code fence.
  let current: DocSection | undefined;
  let body: string[] = [];
  let isFenced = false;
  const flush = () => {
    if (current) sections[current] = body.join('\n').trim();
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) isFenced = !isFenced;
    const h2 = !isFenced && /^## (.+?)\s*$/.exec(line);
    if (h2) {
      flush();
      current = (DOC_SECTIONS as readonly string[]).includes(h2[1]) ? (h2[1] as DocSection) : undefined;
      body = [];
    } else if (current) {
      body.push(line);
    }
  }
  flush();
  return { id, title: heading?.[1] === id ? heading[2].trim() : id, severities, sections, markdown: text };
}

/** Whether `id` looks like a rule id (so it can name a file safely). */
const isRuleIdShape = (id: string) => /^[a-z][a-z0-9-]*$/.test(id);

/** The page of rule `id`, or undefined when there is none. */
export function readRuleDoc(id: string, dir = RULE_DOCS_DIR): RuleDoc | undefined {
  if (!isRuleIdShape(id)) return undefined;
  const file = `${dir}${dir.endsWith('/') ? '' : '/'}${id}.md`;
  if (!existsSync(file)) return undefined;
  return parseRuleDoc(id, readFileSync(file, 'utf8'));
}

/** The ids of every page in the folder, sorted. */
export function documentedRuleIds(dir = RULE_DOCS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).filter(isRuleIdShape).sort();
}

/** Markdown → plain text for consumers that show text only (SARIF `help.text`, `fullDescription`). */
export function plainText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !line.startsWith('```'))
    .map((line) => line.replace(/^#{1,6} /, '').replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]*)\*\*/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The `helpUri` of a rule when the registry publishes its docs at an absolute http(s) address
 * (`registry.yaml` `rule_docs`): `{id}` in the address is replaced by the rule id; otherwise the
 * address is a folder holding the pages as this package ships them, `<rule_docs>/<id>.md`.
 * Anything else (relative, another scheme, unparsable) gives no helpUri: SARIF requires it absolute.
 */
export function ruleHelpUri(base: string | undefined, id: string): string | undefined {
  if (typeof base !== 'string' || !/^https?:\/\/[^/\s]+/i.test(base)) return undefined;
  const uri = base.includes('{id}') ? base.replaceAll('{id}', id) : `${base.replace(/\/+$/, '')}/${id}.md`;
  try {
    return new URL(uri).href;
  } catch {
    return undefined;
  }
}

/**
 * `basis-law` → `BasisLaw`: SARIF's readable rule `name`. SARIF validators compare `name` with the
 * opaque `id` ignoring case (SARIF1001), so a one-word id gets a suffix: `schema` → `SchemaRule`.
 */
export function sarifRuleName(id: string): string {
  const pascal = id.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
  return pascal.toLowerCase() === id.toLowerCase() ? `${pascal}Rule` : pascal;
}

/** `rule_docs` of `<root>/registry.yaml`, if the file reads and sets it (validate reports a broken file itself). */
export async function readRuleDocsBase(root: string): Promise<string | undefined> {
  try {
    const { load, CORE_SCHEMA } = await import('js-yaml');
    const config = load(readFileSync(`${root}/registry.yaml`, 'utf8'), { schema: CORE_SCHEMA }) as { rule_docs?: unknown } | null;
    return typeof config?.rule_docs === 'string' ? config.rule_docs : undefined;
  } catch {
    return undefined;
  }
}
