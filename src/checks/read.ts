// Guards for reading possibly schema-invalid data: a rule sees a field only when it has the type
// the rule needs, so a malformed file yields its schema finding and never a crash.
import type { Department, Law, Power, Registry } from '../registry/model.js';
import type { Finding, RuleId } from './types.js';
import { suggest } from '../util/suggest.js';

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The value as a string, or undefined. */
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A value as the user would recognise it in a message: scalars as written, collections as JSON. */
export const show = (v: unknown): string => (v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v));

/** The value as a number, or undefined. */
export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** The value as an array, or undefined. */
export const list = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);

/** The value as a record, or undefined. */
export const rec = (v: unknown): Record<string, unknown> | undefined => (isRecord(v) ? v : undefined);

/** Texts that say nothing (无, 略 …): a reviewer cannot review them as a reason. */
const PLACEHOLDERS = new Set(['无', '略', '暂无', '不详', '待定', '待补充', '同上', '见上', '保密', '涉密', '无理由', '-', '--', '/', '…', '……', '...', 'N/A', 'n/a', 'TBD', 'todo', 'TODO', 'xx', 'XX', '？', '?']);

/** Whether a reason is empty, punctuation only or a placeholder such as 无, 略, 暂无. */
export const isPlaceholder = (text: string): boolean => {
  const t = text.trim();
  return t === '' || PLACEHOLDERS.has(t) || /^[\s\p{P}]*$/u.test(t);
};

/** A power's data as a loose record (what the file really holds). */
export const raw = (p: Power): Record<string, unknown> => p.data as unknown as Record<string, unknown>;

/** The power's code when it is a string, else null (for findings). */
export const codeOf = (p: Power): string | null => str(raw(p).code) ?? null;

/** The department whose folder holds the power, if it has a department.yaml. */
export const departmentOf = (r: Registry, p: Power): Department | undefined => r.departments.get(p.folder);

/** Whether a law is in force on `date` (not repealed on or before it). */
export const isRepealedBy = (law: Law, date: string): boolean =>
  typeof law.repealed === 'string' && law.repealed <= date;

/** A finding about a power, at `path` of its file. */
export function powerFinding(
  rule: RuleId, p: Power, path: (string | number)[], message: string, data: Record<string, unknown> = {},
): Finding {
  return { rule, file: p.file, path, message, data, code: codeOf(p) };
}

/** What is wrong with a law a power cites: not in the library, or repealed on or before its declaration (else today). */
export function citationProblem(
  r: Registry, p: Power, lawId: string, today: string,
): { problem: 'unknownLaw' | 'repealedLaw'; data: Record<string, unknown> } | { problem?: undefined; law: Law } {
  const law = r.laws.get(lawId);
  if (!law) return { problem: 'unknownLaw', data: { law: lawId, suggestion: lawSuggestion(r, lawId).suggestion } };
  if (isRepealedBy(law, declaredOn(p) ?? today)) return { problem: 'repealedLaw', data: { law: lawId, repealed: law.repealed } };
  return { law };
}

/** The date a power's basis was last declared: the later of `filed` and its latest change record. */
export function declaredOn(p: Power): string | undefined {
  const d = raw(p);
  let latest = str(d.filed);
  for (const c of list(d.changes) ?? []) {
    const date = str(rec(c)?.date);
    if (date && (!latest || date > latest)) latest = date;
  }
  return latest;
}

const postIndex = new WeakMap<Department, Map<string, Department['posts'][number]>>();
const functionIndex = new WeakMap<Department, Set<string>>();

/** The department's posts by id (built once per department, not once per power). */
export function postsOf(dept: Department): Map<string, Department['posts'][number]> {
  let index = postIndex.get(dept);
  if (!index) {
    index = new Map(dept.posts.map((post) => [post.id, post]));
    postIndex.set(dept, index);
  }
  return index;
}

/** The ids of the department's functions (built once per department). */
export function functionIdsOf(dept: Department): Set<string> {
  let index = functionIndex.get(dept);
  if (!index) {
    index = new Set(dept.functions.map((f) => f.id));
    functionIndex.set(dept, index);
  }
  return index;
}

/**
 * What to suggest for an unknown law id: the id of the law whose full title it is (a clerk copies
 * 中华人民共和国慈善法 from the statute book), else a close id (util/suggest.ts).
 */
export function lawSuggestion(registry: Registry, cited: string): { suggestion?: string; isTitle?: boolean } {
  // A registry with many findings cites the same unknown names again and again: answer each once.
  let known = lawSuggestions.get(registry.laws);
  if (!known) lawSuggestions.set(registry.laws, (known = new Map()));
  let answer = known.get(cited);
  if (!answer) known.set(cited, (answer = computeLawSuggestion(registry, cited)));
  return answer;
}
const lawSuggestions = new WeakMap<Registry['laws'], Map<string, { suggestion?: string; isTitle?: boolean }>>();

function computeLawSuggestion(registry: Registry, cited: string): { suggestion?: string; isTitle?: boolean } {
  const folded = cited.normalize('NFKC').replace(/[\s《》〈〉]/g, '');
  for (const law of registry.laws.values()) {
    if (typeof law.title === 'string' && law.title.normalize('NFKC').replace(/[\s《》〈〉]/g, '') === folded) {
      return { suggestion: law.id, isTitle: true };
    }
  }
  const bare = folded.replace(/^中华人民共和国/, '');
  if (bare !== cited && registry.laws.has(bare)) return { suggestion: bare };
  const s = suggest(bare, registry.laws.keys());
  return s === undefined ? {} : { suggestion: s };
}
