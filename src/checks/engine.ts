// After all rules ran: locate, suppress, de-duplicate, sort and word the findings — in this one
// place, so that rules stay small and reporters stay pure.
import { t } from '../i18n/index.js';
import { Locator, type Position } from '../registry/locate.js';
import type { Registry } from '../registry/model.js';
import { RULES, RULE_SEVERITY } from './index.js';
import type { Finding, RuleContext, RuleId, Severity } from './types.js';

/** One located, worded problem: what reporters print. */
export interface Diagnostic {
  rule: RuleId;
  severity: Severity;
  message: string;
  messageId: string;
  data: Record<string, unknown>;
  file: string;
  line: number;
  column: number;
  code: string | null;
}

/** A reviewed exception: `# powers-disable-next-line <rule> -- <reason>`. */
export interface DisableComment {
  file: string;
  /** The line of the comment; it silences line + 1. */
  line: number;
  rules: string[];
  reason: string;
  /** How many diagnostics it silenced in this run. */
  used: number;
}

/** What `validate` reports. */
export interface EngineResult {
  diagnostics: Diagnostic[];
  disables: DisableComment[];
}

/** Runs every rule over the context. */
export function runRules(ctx: RuleContext, rules = RULES): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) out.push(...rule.run(ctx));
  return out;
}

const DIRECTIVE = /#\s*powers-disable-next-line\b(.*)$/;

/** Parses the disable comments of one file's text. */
export function parseDisableComments(file: string, text: string): DisableComment[] {
  if (!text.includes('powers-disable')) return [];
  const out: DisableComment[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((lineText, i) => {
    const m = DIRECTIVE.exec(lineText);
    if (!m) return;
    const [head, ...rest] = m[1].split('--');
    const rules = head.split(/[\s,]+/).filter(Boolean);
    out.push({ file, line: i + 1, rules, reason: rest.join('--').trim(), used: 0 });
  });
  return out;
}

/** Options of `finalize`. */
export interface FinalizeOptions {
  /** Report only on files for which this holds (path arguments, `--changed`). */
  only?: (file: string) => boolean;
  /** Also collect the disable comments of files without findings (for `--list-disabled`). */
  collectAllDisables?: boolean;
  /** Reads a file the registry did not load (findings about another shard's files). */
  readText?: (file: string) => string | undefined;
}

/** Turns raw findings into the sorted diagnostics the user sees. */
export function finalize(findings: Finding[], registry: Registry, options: FinalizeOptions = {}): EngineResult {
  const texts = new Map(registry.files.map((f) => [f.rel, f.text] as const));
  /** Texts read for this run only (another shard's files): dropped once their file is done. */
  const borrowed = new Set<string>();
  const textOf = (file: string): string | undefined => {
    if (!texts.has(file) && options.readText) {
      texts.set(file, options.readText(file));
      borrowed.add(file);
    }
    return texts.get(file);
  };
  const disablesByFile = new Map<string, DisableComment[]>();
  const disablesOf = (file: string): DisableComment[] => {
    let d = disablesByFile.get(file);
    if (!d) {
      d = parseDisableComments(file, textOf(file) ?? '');
      disablesByFile.set(file, d);
    }
    return d;
  };

  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const push = (d: Diagnostic) => {
    const key = `${d.rule}|${d.file}|${d.line}|${d.column}|${d.messageId}|${JSON.stringify(d.data)}`;
    if (seen.has(key)) return;
    seen.add(key);
    diagnostics.push(d);
  };

  // One file at a time (a stable sort by file): a file's located positions, and a text read for
  // this run, are dropped when the next file starts, so memory stays flat however many files
  // have findings (tens of thousands at province scale).
  let current: string | undefined;
  let locator: Locator | undefined;
  for (const f of [...findings].sort((a, b) => cmp(a.file, b.file))) {
    if (options.only && !options.only(f.file)) continue;
    if (f.file !== current) {
      if (current !== undefined && borrowed.delete(current)) texts.delete(current);
      current = f.file;
      locator = undefined;
    }
    let position: Position | undefined = f.position;
    if (!position) {
      const text = textOf(f.file);
      if (text === undefined) position = { line: 1, column: 1 };
      else position = (locator ??= new Locator(text)).locate(f.path);
    }
    const disable = disablesOf(f.file).find((d) => d.line + 1 === position.line && d.rules.includes(f.rule) && d.reason !== '');
    if (disable) {
      disable.used++;
      continue;
    }
    const data = f.data ?? {};
    const worded = wordFinding(f.message, data);
    const message = position.approximate ? worded + t('locate.approximate') : worded;
    push({
      rule: f.rule, severity: f.severity ?? RULE_SEVERITY[f.rule], message, messageId: f.message, data,
      file: f.file, line: position.line, column: position.column, code: f.code ?? null,
    });
  }

  if (options.collectAllDisables) for (const f of registry.files) if (!options.only || options.only(f.rel)) disablesOf(f.rel);
  // A disable comment without a reason or naming no known rule silences nothing, and says so.
  for (const list of disablesByFile.values()) {
    for (const d of list) {
      if (options.only && !options.only(d.file)) continue;
      const unknown = d.rules.filter((r) => !(r in RULE_SEVERITY));
      const problem = d.rules.length === 0 || unknown.length > 0 ? 'disable.unknownRule' : d.reason === '' ? 'disable.noReason' : undefined;
      if (!problem) continue;
      const rule = (d.rules.find((r) => r in RULE_SEVERITY) ?? 'references') as RuleId;
      const data = { rules: d.rules.join(', '), unknown: unknown.join(', ') };
      push({ rule, severity: 'warning', message: t(problem, data), messageId: problem, data, file: d.file, line: d.line, column: 1, code: null });
    }
  }

  diagnostics.sort(compareDiagnostics);
  const disables = [...disablesByFile.values()].flat().filter((d) => d.reason !== '' && (!options.only || options.only(d.file)));
  disables.sort((a, b) => cmp(a.file, b.file) || a.line - b.line);
  return { diagnostics, disables };
}

/**
 * A finding's message, followed by the shared "您是不是要写…" (`data.suggestion`, from
 * util/suggest.ts) or the list of ids that exist (`data.choices`) unless the message says it itself.
 */
export function wordFinding(id: string, data: Record<string, unknown>): string {
  const text = t(id, data);
  if (typeof data.suggestion === 'string' && data.suggestion !== '') {
    // A message that names the suggestion itself (`{suggestion}` in its template) needs no tail.
    return t(id).includes('{suggestion}') ? text : `${text}${t('suggest.didYouMean', data)}`;
  }
  if (Array.isArray(data.choices) && data.choices.length > 0 && !t(id).includes('{choices}')) return `${text}${t('suggest.choices', data)}`;
  return text;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** File, then line, then column, then rule: stable across runs and machines. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.rule, b.rule) || cmp(a.message, b.message);
}
