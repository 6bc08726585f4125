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
  if (text.lastIndexOf('\u0000', 8000) >= 0) return fail(rel, 'yaml-syntax.binary');
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
      return { text, findings: [yamlErrorFinding(rel, error)] };
    }
  }
  if (data === undefined || data === null) return { text, ...fail(rel, 'yaml-syntax.empty') };
  // Aliases are shared references in js-yaml's result: cheap to parse, explosive to walk.
  if (text.includes('*') && exceedsExpansion(data)) {
    return { text, ...fail(rel, 'yaml-syntax.aliasBomb', { limit: MAX_EXPANDED_NODES }) };
  }
  return { text, data, findings: [] };
}

/** Maps a js-yaml exception to a finding with a Chinese message id and the place it names. */
function yamlErrorFinding(rel: string, error: unknown): Finding {
  const base = { rule: 'yaml-syntax' as const, file: rel, path: [], code: null };
  if (error instanceof RangeError) {
    return { ...base, message: 'yaml-syntax.tooDeep', data: { limit: MAX_DEPTH }, position: { line: 1, column: 1 } };
  }
  const e = error as { reason?: string; mark?: { line: number; column: number } };
  const reason = e.reason ?? String(error);
  const position = e.mark ? { line: e.mark.line + 1, column: e.mark.column + 1 } : { line: 1, column: 1 };
  return { ...base, message: yamlReasonId(reason), data: { detail: reason }, position };
}

const REASONS: [RegExp, string][] = [
  [/duplicated mapping key/, 'yaml-syntax.duplicateKey'],
  [/tab characters must not be used/, 'yaml-syntax.tab'],
  [/bad indentation/, 'yaml-syntax.indentation'],
  [/nesting exceeded maxDepth/, 'yaml-syntax.tooDeep'],
  [/expected a single document/, 'yaml-syntax.multipleDocuments'],
  [/unexpected end of the stream within a (flow|single|double)/, 'yaml-syntax.unclosed'],
  [/missed comma between flow collection entries|end of the stream or a document separator is expected/, 'yaml-syntax.structure'],
  [/unknown tag|unacceptable node kind|unresolved tag/, 'yaml-syntax.tag'],
  [/unidentified alias/, 'yaml-syntax.unknownAlias'],
  [/incomplete explicit mapping pair|can not read a block mapping entry|can not read an implicit mapping pair|a multiline key may not be an implicit key/, 'yaml-syntax.mapping'],
  [/the stream contains non-printable characters/, 'yaml-syntax.nonPrintable'],
];

function yamlReasonId(reason: string): string {
  for (const [re, id] of REASONS) if (re.test(reason)) return id;
  return 'yaml-syntax.other';
}

/** A NUL byte early on means a binary file (images, Office documents, archives). */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8000).indexOf(0) >= 0;
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
