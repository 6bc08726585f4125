// `powers fmt`: every registry file in canonical form (SPEC §7). Power files are rewritten by the
// power writer (key order, indentation, quoting, comments kept); every file gets its `$schema`
// header for its depth, UTF-8 without BOM and LF line ends, and indentation made of spaces.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { listRegistryFiles, type RegistryEntry } from '../registry/files.js';
import type { FileKind } from '../registry/model.js';
import { decodeText, type SourceEncoding } from './encoding.js';
import { formatPowerText, parseForEdit, schemaHeader } from './power-writer.js';
import { isSorted, loadSchema } from './schema-order.js';

/** What fmt did (or, with --check, would do) to one file. */
export interface FmtResult {
  file: string;
  changed: boolean;
  /** Set when the file was not UTF-8. */
  reencoded?: Exclude<SourceEncoding, 'utf-8'>;
  /** Set when the file could not be formatted (left as it is). */
  error?: { messageId: string; data: Record<string, unknown> };
}

const SCHEMA_OF: Partial<Record<FileKind, string>> = {
  registry: 'registry.schema.json', laws: 'laws.schema.json', superior: 'superior.schema.json',
  calendar: 'calendar.schema.json', department: 'department.schema.json', power: 'power.schema.json',
};

/** The registry files under the given paths (registry-relative or absolute); all of them by default. */
export function filesToFormat(root: string, paths: string[], cwd: string): RegistryEntry[] {
  const all = listRegistryFiles(root);
  if (paths.length === 0) return all;
  const wanted = paths.map((p) => path.relative(root, path.resolve(cwd, p)).split(path.sep).join('/'));
  return all.filter((e) => wanted.some((w) => w === '' || e.rel === w || e.rel.startsWith(`${w}/`)));
}

/** Leading tabs and full-width spaces become two spaces each (the width they show with). */
export function fixIndentation(text: string): string {
  return text.replace(/^[ \t\u3000]+/gm, (lead) => lead.replace(/\t|\u3000/g, '  '));
}

/** The canonical text of one file, or an error when it cannot be read as YAML. */
export function canonicalText(root: string, entry: RegistryEntry, bytes: Uint8Array): { text?: string; encoding?: SourceEncoding; error?: FmtResult['error'] } {
  const decoded = decodeText(bytes);
  if (!decoded) return { error: { messageId: 'fmt.undecodable', data: {} } };
  const text = fixIndentation(decoded.text.replace(/\r\n?/g, '\n'));
  const probe = parseDocument(text);
  if (probe.errors.length > 0) {
    const e = probe.errors[0];
    return { encoding: decoded.encoding, error: { messageId: 'fmt.unparsable', data: { line: e.linePos?.[0].line ?? 1, detail: e.code } } };
  }
  const schemaFile = SCHEMA_OF[entry.kind];
  if (!schemaFile) return { text, encoding: decoded.encoding };
  const header = schemaHeader(root, entry.abs, schemaFile);
  if (entry.kind === 'power') return { text: formatPowerText(text, header), encoding: decoded.encoding };
  // Other files keep their hand-aligned comments: rewritten only when their keys are out of order.
  const schema = loadSchema(schemaFile);
  if (!isSorted(parseForEdit(text), schema)) return { text: formatPowerText(text, header, schema), encoding: decoded.encoding };
  const body = text.replace(/^# *yaml-language-server:.*\n?/, '');
  return { text: `${header}\n${body}`, encoding: decoded.encoding };
}

/** Formats (or with `check`, only inspects) the files; returns one result per file. */
export function formatFiles(root: string, entries: RegistryEntry[], check: boolean): FmtResult[] {
  const results: FmtResult[] = [];
  for (const entry of entries) {
    let bytes: Uint8Array;
    try {
      if (!statSync(entry.abs).isFile()) continue;
      bytes = readFileSync(entry.abs);
    } catch (error) {
      results.push({ file: entry.rel, changed: false, error: { messageId: 'fmt.unreadable', data: { detail: (error as Error).message } } });
      continue;
    }
    const out = canonicalText(root, entry, bytes);
    const reencoded = out.encoding && out.encoding !== 'utf-8' ? out.encoding : undefined;
    if (out.error || out.text === undefined) {
      results.push({ file: entry.rel, changed: false, ...(reencoded ? { reencoded } : {}), error: out.error });
      continue;
    }
    const next = Buffer.from(out.text, 'utf8');
    const changed = !next.equals(Buffer.from(bytes));
    if (changed && !check) writeFileSync(entry.abs, next);
    results.push({ file: entry.rel, changed, ...(reencoded ? { reencoded } : {}) });
  }
  return results;
}
