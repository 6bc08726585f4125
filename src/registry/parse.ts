// Reading one registry file: bytes → text → YAML value (fast-yaml.ts for the plain subset, else js-yaml), with every way it can fail turned into a
// located `yaml-syntax` finding. js-yaml (core schema: dates stay strings, duplicate keys are
// errors) does the parsing because it is ~8× faster than the `yaml` package. Positions are found later,
// only for files that have something to report, by the fast path recording offsets (see locate.ts).
import { isUtf8 } from 'node:buffer';
import yaml from 'js-yaml';
import { fastParse } from './fast-yaml.js';
import type { Finding } from '../checks/types.js';

/** Default per-file size limit (SPEC §3: 1 MiB, `--max-file-size`). */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/** Nesting deeper than this is refused (no registry file needs more than ~6 levels). */
const MAX_DEPTH = 64;
/** Alias expansion budget: nodes reachable when aliases are followed ("billion laughs"). */
const MAX_EXPANDED_NODES = 100_000;

/** The outcome of reading one file. */
export interface ParsedFile {
  text?: string;
  data?: unknown;
  findings: Finding[];
}

const fail = (rel: string, message: string, data: Record<string, unknown> = {}, position = { line: 1, column: 1 }): ParsedFile => ({
  findings: [{ rule: 'yaml-syntax', file: rel, path: [], message, data, position, code: null }],
});

/** Decodes and parses one file's bytes. `rel` is used only to label findings. */
export function parseFileBytes(rel: string, bytes: Uint8Array, maxSize = DEFAULT_MAX_FILE_SIZE): ParsedFile {
  if (bytes.length > maxSize) {
    return fail(rel, 'yaml-syntax.tooLarge', { size: formatSize(bytes.length), limit: formatSize(maxSize) });
  }
  if (bytes.length === 0) return fail(rel, 'yaml-syntax.empty');
  if (looksUtf16(bytes)) return fail(rel, 'yaml-syntax.utf16');
  if (isUtf8(bytes) && bytes.indexOf(0) >= 0 && !looksBinary(bytes)) {
    // Text with a stray NUL (pasted, or a damaged save): say where, rather than "binary".
    return fail(rel, 'yaml-syntax.nul', {}, lineColumnOfByte(bytes, bytes.indexOf(0)));
  }
  if (looksBinary(bytes)) return fail(rel, 'yaml-syntax.binary');
  if (!isUtf8(bytes)) {
    const position = lineColumnOfByte(bytes, firstInvalidUtf8(bytes));
    return fail(rel, looksGbk(bytes) ? 'yaml-syntax.gbk' : 'yaml-syntax.notUtf8', {}, position);
  }
  return parseText(rel, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
}

/**
 * Parses a file already decoded as UTF-8 (the common case: one native read-and-decode). A text
 * with U+FFFD may hide invalid bytes, and one that might be over the limit needs its byte size:
 * those go back to `readBytes` and the byte-level checks.
 */
export function parseFileText(rel: string, text: string, readBytes: () => Uint8Array, maxSize = DEFAULT_MAX_FILE_SIZE): ParsedFile {
  // UTF-8 needs at most 3 bytes per UTF-16 unit, so a short text is surely within the limit.
  if (text.length * 3 > maxSize || text.includes('\uFFFD')) return parseFileBytes(rel, readBytes(), maxSize);
  if (text.length === 0) return fail(rel, 'yaml-syntax.empty');
  // A NUL anywhere: UTF-16 without a BOM, a binary file, or one stray NUL; the bytes tell which.
  if (text.indexOf('\u0000') >= 0) return parseFileBytes(rel, readBytes(), maxSize);
  return parseText(rel, text);
}

function parseText(rel: string, decoded: string): ParsedFile {
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  if (text.trim() === '') return { text, ...fail(rel, 'yaml-syntax.empty') };

  // The fast path reads the plain subset registry files use, ~3× faster, and answers exactly as
  // js-yaml would; for anything else (and every error) it steps aside and js-yaml decides.
  let data: unknown = fastParse(text);
  if (data === undefined) {
    try {
      data = yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: rel, maxDepth: MAX_DEPTH } as yaml.LoadOptions);
    } catch (error) {
      return { text, findings: [yamlErrorFinding(rel, error, text)] };
    }
  }
  if (data === undefined || data === null) return { text, ...fail(rel, 'yaml-syntax.empty') };
  // Aliases are shared references in js-yaml's result: cheap to parse, explosive to walk.
  if (text.includes('*') && exceedsExpansion(data)) {
    return { text, ...fail(rel, 'yaml-syntax.aliasBomb', { limit: MAX_EXPANDED_NODES }) };
  }
  // Full-width spaces before a key at the left margin still parse (as part of the key): say so.
  const fullWidth = text.includes('\u3000') ? fullWidthIndentedKey(text, data) : undefined;
  if (fullWidth) return { text, ...fail(rel, 'yaml-syntax.fullWidthSpace', {}, fullWidth) };
  return { text, data, findings: [] };
}

/** Maps a js-yaml exception to a finding with a Chinese message id and the place it names. */
function yamlErrorFinding(rel: string, error: unknown, text: string): Finding {
  const base = { rule: 'yaml-syntax' as const, file: rel, path: [], code: null };
  if (error instanceof RangeError) {
    return { ...base, message: 'yaml-syntax.tooDeep', data: { limit: MAX_DEPTH }, position: { line: 1, column: 1 } };
  }
  const e = error as { reason?: string; mark?: { line: number; column: number } };
  const reason = e.reason ?? String(error);
  const position = e.mark ? { line: e.mark.line + 1, column: e.mark.column + 1 } : { line: 1, column: 1 };
  const id = yamlReasonId(reason);
  // js-yaml notices some mistakes only a line later (or at the end of the file): find the cause.
  const cause = causeOf(text, id, position.line);
  if (cause) return { ...base, ...cause };
  return { ...base, message: id, data: id === 'yaml-syntax.tooDeep' ? { limit: MAX_DEPTH } : { detail: reason }, position };
}

type Cause = Pick<Finding, 'message' | 'data' | 'position'>;

/**
 * The line a clerk must fix, for the errors js-yaml reports past it: a full-width colon or
 * full-width-space indentation (reported on the next line), an unclosed quote (at the end of the
 * file), a second document (at 1:1), a non-printable character.
 */
function causeOf(text: string, id: string, errorLine: number): Cause | undefined {
  const lines = text.split(/\r?\n/);
  if (id === 'yaml-syntax.multipleDocuments') {
    const line = secondDocumentLine(lines);
    return line ? { message: id, data: {}, position: { line, column: 1 } } : undefined;
  }
  if (id === 'yaml-syntax.nonPrintable') {
    const at = NON_PRINTABLE.exec(text);
    return at ? { message: id, data: {}, position: positionOfIndex(text, at.index) } : undefined;
  }
  const quote = (open: OpenQuote): Cause => ({ message: 'yaml-syntax.unclosedQuote', data: { quote: open.quote === '"' ? 'double' : 'single' }, position: open.position });
  const quotes = quotedScalars(lines);
  if (id === 'yaml-syntax.unclosed' && quotes.unclosed) return quote(quotes.unclosed);
  if (!MAY_BE_FULL_WIDTH.has(id)) return undefined;
  // js-yaml stumbles on the line after the full-width character, or at the end of the file.
  for (let i = Math.max(0, errorLine - 3); i < Math.min(errorLine, lines.length); i++) {
    const line = lines[i];
    const indent = /^[ \u3000]*/.exec(line)![0];
    if (indent.includes('\u3000')) return { message: 'yaml-syntax.fullWidthSpace', data: {}, position: { line: i + 1, column: indent.indexOf('\u3000') + 1 } };
    const colon = FULL_WIDTH_KEY.exec(line);
    if (colon) return { message: 'yaml-syntax.fullWidthColon', data: {}, position: { line: i + 1, column: colon[0].length } };
  }
  // A quote left open swallows the lines up to the next quote character: js-yaml stumbles there.
  if (quotes.multiLine && quotes.multiLine.position.line < errorLine) return quote(quotes.multiLine);
  return undefined;
}

/** The errors a full-width colon or indentation space leads js-yaml to. */
const MAY_BE_FULL_WIDTH = new Set(['yaml-syntax.mapping', 'yaml-syntax.structure', 'yaml-syntax.indentation', 'yaml-syntax.other']);

/** Where a key that starts with full-width spaces is (a parsed file), if there is one. */
function fullWidthIndentedKey(text: string, data: unknown): { line: number; column: number } | undefined {
  const keys = new Set<string>();
  const stack: unknown[] = [data];
  for (let budget = MAX_EXPANDED_NODES; stack.length > 0 && budget > 0; budget--) {
    const v = stack.pop();
    if (Array.isArray(v)) for (const x of v) stack.push(x); // not push(...v): a list may be huge
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k.startsWith('\u3000')) keys.add(k);
        stack.push(x);
      }
    }
  }
  if (keys.size === 0) return undefined;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const rest = lines[i].replace(/^[ ]*(?:- )?/, '');
    for (const k of keys) if (rest.startsWith(`${k}:`)) return { line: i + 1, column: lines[i].indexOf('\u3000') + 1 };
  }
  return undefined;
}

/** `name：值` (or `- name：值`): a key followed by a full-width colon, no ASCII colon before it. */
const FULL_WIDTH_KEY = /^\s*(?:-\s+)?[^\s#:：'"[\]{},|>][^:：#]*?：/;
/** What js-yaml calls non-printable (its PATTERN_NON_PRINTABLE). */
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/** The 1-based line of the `---` (or `...`) that starts a second document, if any. */
function secondDocumentLine(lines: string[]): number | undefined {
  let hasContent = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^(---|\.\.\.)(\s|$)/.test(l)) {
      if (hasContent) return i + 1;
    } else if (l.trim() !== '' && !l.trimStart().startsWith('#')) {
      hasContent = true;
    }
  }
  return undefined;
}

type OpenQuote = { quote: string; position: { line: number; column: number } };

/**
 * Where a quoted scalar opens that never closes, and where the first one opens that closes only
 * on a later line (YAML allows it; registry files never need it, so it is the likely mistake).
 */
function quotedScalars(lines: string[]): { unclosed?: OpenQuote; multiLine?: OpenQuote } {
  let open: OpenQuote | undefined;
  let multiLine: OpenQuote | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (open && !multiLine) multiLine = open;
    let k = 0;
    while (k < l.length) {
      if (open) {
        const q = open.quote;
        const c = l[k];
        if (q === '"' && c === '\\') k += 2;
        else if (c === q && q === "'" && l[k + 1] === "'") k += 2;
        else if (c === q) {
          open = undefined;
          k++;
        } else k++;
        continue;
      }
      const c = l[k];
      if (c === '#' && (k === 0 || /\s/.test(l[k - 1]))) break; // a comment
      // A quote opens a scalar only where a value or key may start.
      if ((c === '"' || c === "'") && (k === 0 || /[\s[{,:-]/.test(l[k - 1]))) {
        const before = l.slice(0, k).trimEnd();
        if (before === '' || /(^|[\s[{,])-$|[:[{,]$/.test(before)) {
          open = { quote: c, position: { line: i + 1, column: k + 1 } };
        }
      }
      k++;
    }
  }
  return { unclosed: open, multiLine };
}

function positionOfIndex(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: [...before.slice(before.lastIndexOf('\n') + 1)].length + 1 };
}

const REASONS: [RegExp, string][] = [
  [/duplicated mapping key/, 'yaml-syntax.duplicateKey'],
  [/tab characters must not be used/, 'yaml-syntax.tab'],
  [/bad indentation/, 'yaml-syntax.indentation'],
  [/nesting exceeded maxDepth/, 'yaml-syntax.tooDeep'],
  [/expected a single document/, 'yaml-syntax.multipleDocuments'],
  [/unexpected end of the (stream|document) within a (flow|single|double)/, 'yaml-syntax.unclosed'],
  [/missed comma between flow collection entries|end of the stream or a document separator is expected|a line break is expected|directives end mark is expected/, 'yaml-syntax.structure'],
  [/unknown tag|unacceptable node kind|unresolved tag|tag (name|suffix|prefix|handle)|undeclared tag handle|verbatim tag|duplication of a tag|cannot resolve a node/, 'yaml-syntax.tag'],
  [/unknown escape sequence|expected hexadecimal character/, 'yaml-syntax.escape'],
  [/block scalar|chomping mode|indentation width identifier/, 'yaml-syntax.blockScalar'],
  [/directive|unacceptable YAML version|previously declared suffix/, 'yaml-syntax.directive'],
  [/anchor|alias node/, 'yaml-syntax.anchor'],
  [/merge/, 'yaml-syntax.merge'],
  [/unidentified alias/, 'yaml-syntax.unknownAlias'],
  [/incomplete explicit mapping pair|can not read a block mapping entry|can not read an implicit mapping pair|a multiline key may not be an implicit key|whitespace character is expected after the key-value separator|nested arrays are not supported inside keys/, 'yaml-syntax.mapping'],
  [/the stream contains non-printable characters|expected valid JSON character|null byte is not allowed/, 'yaml-syntax.nonPrintable'],
];

function yamlReasonId(reason: string): string {
  for (const [re, id] of REASONS) if (re.test(reason)) return id;
  return 'yaml-syntax.other';
}

/**
 * A binary file (images, Office documents, archives): NUL bytes early on, more than a stray one
 * or two (a text with a single NUL is reported at that NUL instead).
 */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8000);
  let nuls = 0;
  for (let i = head.indexOf(0); i >= 0 && nuls < 3; i = head.indexOf(0, i + 1)) nuls++;
  return nuls >= 3 || (nuls > 0 && !isUtf8(bytes));
}

/**
 * UTF-16 (Notepad's "Unicode" and "Unicode big endian"): a BOM, or the NUL pattern of ASCII text
 * in two-byte units (every other byte zero).
 */
function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const n = Math.min(bytes.length, 4000) & ~1;
  if (n < 4) return false;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // ASCII in two-byte units puts a zero in one half; a CJK character's code may too, but rarely.
  return (evenZero > pairs * 0.2 && oddZero * 8 < evenZero) || (oddZero > pairs * 0.2 && evenZero * 8 < oddZero);
}

/** Whether the bytes decode cleanly as GBK and read as Chinese text: the usual Windows mistake. */
function looksGbk(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('gbk', { fatal: true }).decode(bytes);
    return /[\u4e00-\u9fff]/.test(text);
  } catch {
    return false;
  }
}

/** Byte offset of the first invalid UTF-8 sequence (only called when decoding failed). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return 0;
}

/** 1-based line and column (in characters of the decodable prefix) of a byte offset. */
function lineColumnOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...prefix].length + 1 };
}

/** Walks the value following shared references, stopping once the budget is spent. */
function exceedsExpansion(root: unknown): boolean {
  let budget = MAX_EXPANDED_NODES;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (--budget < 0) return true;
    if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
    } else if (v !== null && typeof v === 'object') {
      for (const x of Object.values(v)) stack.push(x);
    }
  }
  return false;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
