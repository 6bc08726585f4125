// `powers diff`: compare the registry between two commits (or a commit and the working tree) at
// a cost proportional to what changed: git lists the changed paths with their blob ids
// (`diff-tree --raw -z -M`), ONE `cat-file --batch` reads exactly those blobs, and only they are
// parsed. The working-tree side reads only the files git reports as modified or untracked.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { diffCatalogue, powerCode, type CatalogueDiff, type DocFile } from '../diff/catalogue.js';
import { emptyTree, readObjects, runGit, runGitBytes, splitNul } from './git.js';
import { toDocFile } from './docs.js';
import { kindOfPath } from './paths.js';
import { isRegularMode, parseRawFields, type RawEntry } from './raw.js';

/** The newer side of a comparison: a commit id, or the working tree. */
export const WORKTREE = 'WORKTREE';

/** A comparison of two versions of the registry. */
export interface Comparison {
  /** Full commit id; null when the older side is "before the first commit" (an empty registry). */
  from: string | null;
  /** Full commit id, or "WORKTREE". */
  to: string;
  diff: CatalogueDiff;
}

/** The changed registry files between a tree and a commit or the working tree, as raw entries relative to `root`. */
export async function changedEntries(root: string, fromTree: string, to: string): Promise<RawEntry[]> {
  const common = ['-z', '-M', '--raw', '--no-abbrev', '--relative'];
  let entries: RawEntry[];
  if (to === WORKTREE) {
    const { stdout } = await runGit(root, ['diff', ...common, '--no-ext-diff', '--no-textconv', '--ignore-submodules', fromTree, '--']);
    entries = parseRawFields(splitNul(stdout)).entries;
    const untracked = splitNul((await runGit(root, ['ls-files', '--others', '--exclude-standard', '-z', '--', '.'])).stdout);
    const zero = '0'.repeat(fromTree.length);
    for (const p of untracked) entries.push({ status: 'A', oldMode: '000000', newMode: '100644', oldId: zero, newId: zero, oldPath: null, newPath: p });
  } else {
    const { stdout } = await runGit(root, ['diff-tree', '-r', ...common, fromTree, to, '--']);
    entries = parseRawFields(splitNul(stdout)).entries;
  }
  return entries.filter((e) => (e.oldPath !== null && kindOfPath(e.oldPath)) || (e.newPath !== null && kindOfPath(e.newPath)));
}

/**
 * Compares the registry at `root` between commit `from` (null: before the first commit) and
 * commit `to` or the working tree (`WORKTREE`). Both ids must already be resolved.
 */
export async function compareRevisions(root: string, from: string | null, to: string): Promise<Comparison> {
  const fromTree = from ?? (await emptyTree(root));
  const entries = await changedEntries(root, fromTree, to);

  const wanted: string[] = [];
  for (const e of entries) {
    if (e.oldPath !== null && kindOfPath(e.oldPath) && isRegularMode(e.oldMode)) wanted.push(e.oldId);
    if (to !== WORKTREE && e.newPath !== null && kindOfPath(e.newPath) && isRegularMode(e.newMode)) wanted.push(e.newId);
  }
  const blobs = await readObjects(root, wanted);

  const before: DocFile[] = [];
  const after: DocFile[] = [];
  const renames = new Map<string, string>();
  for (const e of entries) {
    if (e.oldPath !== null && e.newPath !== null && e.oldPath !== e.newPath) renames.set(e.oldPath, e.newPath);
    const oldKind = e.oldPath === null ? undefined : kindOfPath(e.oldPath);
    if (e.oldPath !== null && oldKind && isRegularMode(e.oldMode)) {
      const bytes = blobs.get(e.oldId);
      if (bytes) before.push(toDocFile(e.oldPath, oldKind, bytes));
    }
    const newKind = e.newPath === null ? undefined : kindOfPath(e.newPath);
    if (e.newPath !== null && newKind) {
      if (to === WORKTREE) {
        const bytes = await readFile(path.join(root, ...e.newPath.split('/'))).catch(() => undefined);
        if (bytes) after.push(toDocFile(e.newPath, newKind, bytes));
      } else if (isRegularMode(e.newMode)) {
        const bytes = blobs.get(e.newId);
        if (bytes) after.push(toDocFile(e.newPath, newKind, bytes));
      }
    }
  }
  const diff = diffCatalogue(before, after, renames);
  const laws = diff.laws.filter((l) => l.isAmended || l.isRepealed);
  if (laws.length > 0) {
    const citing = await powersCiting(root, to, laws.map((l) => l.id));
    for (const law of laws) law.citedBy = [...(citing.get(law.id) ?? [])].sort();
  }
  return { from, to, diff };
}

/** The law ids a power cites: its bases, its fee basis and its withholding basis. */
export function citedLaws(data: unknown): string[] {
  const out: string[] = [];
  const law = (v: unknown) => {
    if (v !== null && typeof v === 'object' && typeof (v as { law?: unknown }).law === 'string') out.push((v as { law: string }).law);
  };
  if (data === null || typeof data !== 'object') return out;
  const d = data as Record<string, unknown>;
  if (Array.isArray(d.basis)) d.basis.forEach(law);
  if (d.fee && typeof d.fee === 'object') law((d.fee as Record<string, unknown>).basis);
  const disclosure = d.disclosure as Record<string, unknown> | undefined;
  if (disclosure && typeof disclosure === 'object' && disclosure.withhold && typeof disclosure.withhold === 'object') {
    law((disclosure.withhold as Record<string, unknown>).basis);
  }
  return out;
}

/**
 * The powers citing each of `lawIds` in commit `to` (or the working tree). `git grep` narrows the
 * files to those containing an id; only those are parsed and their citations checked.
 */
export async function powersCiting(root: string, to: string, lawIds: string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  const patterns = lawIds.flatMap((id) => ['-e', id]);
  const args = ['grep', '-l', '-z', '-F', '--no-color', ...patterns];
  if (to === WORKTREE) args.push('--untracked', '--', 'departments');
  else args.push(to, '--', 'departments');
  const { stdout } = await runGitBytes(root, args, { okCodes: [1] });
  const prefix = to === WORKTREE ? '' : `${to}:`;
  const files = splitNul(stdout.toString('utf8'))
    .map((p) => (p.startsWith(prefix) ? p.slice(prefix.length) : p))
    .filter((p) => kindOfPath(p) === 'power');
  let contents: Map<string, Buffer | null | undefined>;
  if (to === WORKTREE) {
    contents = new Map(await Promise.all(files.map(async (p) => [p, await readFile(path.join(root, ...p.split('/'))).catch(() => undefined)] as const)));
  } else {
    const objects = await readObjects(root, files.map((p) => `${to}:./${p}`));
    contents = new Map(files.map((p) => [p, objects.get(`${to}:./${p}`)]));
  }
  const wanted = new Set(lawIds);
  for (const [p, bytes] of contents) {
    if (!bytes) continue;
    const doc = toDocFile(p, 'power', bytes);
    if (doc.data === undefined) continue;
    for (const id of citedLaws(doc.data)) {
      if (!wanted.has(id)) continue;
      if (!out.has(id)) out.set(id, new Set());
      out.get(id)!.add(powerCode(doc));
    }
  }
  return out;
}
