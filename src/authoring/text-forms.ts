// The one-line text forms of structured fields, shared by `powers new` flags and prompts and by the
// Excel columns: a clerk writes a citation, a step or a duty the same way everywhere.
//   citation  道路交通安全法：第十九条            (LAW or LAW:ARTICLES; ":" or "：")
//   step      受理：cgs-sl：1[：公开][：监督 法制审核]  (NAME:POST:DAYS, then flags)
//   duty      受理：依法受理或者不予受理……        (STAGE:TEXT)
//   list      items joined with "；" (";" accepted)
import type { FlowStep, LawCitation } from '../registry/model.js';

/** The list separator a sheet and a prompt show. */
export const LIST_SEP = '；';
const COLON = /[:：]/;

/** Splits a list cell: "；" or ";" (also a new line, as Excel's Alt+Enter). */
export function splitList(text: string): string[] {
  return text.split(/[；;\n]/).map((s) => s.trim()).filter((s) => s !== '');
}

export function formatList(items: readonly unknown[]): string {
  return items.map(String).join(LIST_SEP);
}

/** "LAW" or "LAW：ARTICLES" → citation. */
export function parseCitation(text: string): LawCitation {
  const i = text.search(COLON);
  if (i < 0) return { law: text.trim() };
  const law = text.slice(0, i).trim();
  const articles = text.slice(i + 1).trim();
  return articles === '' ? { law } : { law, articles };
}

export function formatCitation(c: Partial<LawCitation>): string {
  return c.articles ? `${c.law ?? ''}：${c.articles}` : String(c.law ?? '');
}

/** Why a text is not a step, or the step. */
export type StepParse = { step: FlowStep } | { error: 'stepShape' | 'stepDays'; text: string };

/** "受理：cgs-sl：1：公开：监督 法制审核" → step. */
export function parseStep(text: string): StepParse {
  const parts = text.split(COLON).map((s) => s.trim());
  if (parts.length < 3 || parts[0] === '' || parts[1] === '') return { error: 'stepShape', text };
  if (!/^\d+$/.test(parts[2])) return { error: 'stepDays', text };
  const step: FlowStep = { name: parts[0], post: parts[1], days: Number(parts[2]) };
  for (const extra of parts.slice(3)) {
    if (extra === '公开') step.disclose = true;
    else if (extra.startsWith('监督')) step.supervision = extra.replace(/^监督\s*/, '');
    else if (extra !== '') step.supervision = extra;
  }
  return { step };
}

export function formatStep(s: Partial<FlowStep>): string {
  const parts = [s.name ?? '', s.post ?? '', String(s.days ?? '')];
  if (s.disclose === true) parts.push('公开');
  if (s.supervision) parts.push(`监督 ${s.supervision}`);
  return parts.join('：');
}

/** "阶段：事项" → duty; without a colon the whole text is the duty of stage "全过程". */
export function parseDuty(text: string): { stage: string; duty: string } {
  const i = text.search(COLON);
  if (i < 0) return { stage: '全过程', duty: text.trim() };
  return { stage: text.slice(0, i).trim(), duty: text.slice(i + 1).trim() };
}

export function formatDuty(d: { stage?: string; duty?: string }): string {
  return `${d.stage ?? ''}：${d.duty ?? ''}`;
}
