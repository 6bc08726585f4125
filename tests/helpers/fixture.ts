// Fixture registries for tests: copy a fixture folder to a temp dir and apply edits.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');
export const PROJECT = path.resolve(import.meta.dirname, '..', '..');

/** An edit: new content, a function of the old text, or null to delete the file. */
export type Edit = string | Uint8Array | ((text: string) => string) | null;

/** Copies `fixtures/<name>` to a fresh temp folder, applies `edits` (paths relative to it), returns the folder. */
export function makeRegistry(edits: Record<string, Edit> = {}, name = 'base'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'powers-test-'));
  cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  applyEdits(dir, edits);
  return dir;
}

/** Applies edits to files under `dir`. */
export function applyEdits(dir: string, edits: Record<string, Edit>): void {
  for (const [rel, edit] of Object.entries(edits)) {
    const file = path.join(dir, rel);
    if (edit === null) {
      rmSync(file, { force: true, recursive: true });
      continue;
    }
    mkdirSync(path.dirname(file), { recursive: true });
    if (typeof edit === 'function') {
      const before = readFileSync(file, 'utf8');
      const after = edit(before);
      if (after === before) throw new Error(`edit of ${rel} changed nothing: the fixture no longer matches the test`);
      writeFileSync(file, after);
    } else {
      writeFileSync(file, edit);
    }
  }
}

/** Replaces `from` by `to` in a text, failing loudly when `from` is absent. */
export const replace = (from: string | RegExp, to: string) => (text: string): string => {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`pattern ${String(from)} not found`);
  return out;
};

/** The 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split(/\r?\n/).findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not found`);
  return i + 1;
}
