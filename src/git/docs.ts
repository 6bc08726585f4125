// One registry file read from git (a blob) or the working tree, parsed the way the loader parses
// files (registry/parse.ts), so that bad YAML anywhere in history is reported, never thrown.
import type { DocFile } from '../diff/catalogue.js';
import type { FileKind } from '../registry/model.js';
import { parseFileBytes } from '../registry/parse.js';

const LIST_KINDS = new Set<FileKind>(['laws', 'superior']);

/** Parses a file's bytes into a DocFile, reporting (never throwing on) bad YAML or a wrong top-level shape. */
export function toDocFile(rel: string, kind: FileKind, bytes: Uint8Array): DocFile {
  const parsed = parseFileBytes(rel, bytes);
  const first = parsed.findings[0];
  if (first) return { path: rel, kind, problem: { message: first.message, data: first.data ?? {} } };
  const isList = Array.isArray(parsed.data);
  const isMap = parsed.data !== null && typeof parsed.data === 'object' && !isList;
  if (LIST_KINDS.has(kind) ? !isList : !isMap) {
    return { path: rel, kind, problem: { message: LIST_KINDS.has(kind) ? 'schema.topLevelList' : 'schema.topLevelMap', data: {} } };
  }
  return { path: rel, kind, data: parsed.data };
}
