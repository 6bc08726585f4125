// Walking the registry's history: ONE `git log --raw -z -M` lists every commit with the power files
// it changed and their blob ids; ONE `cat-file --batch` per pass reads the blobs that matter; each
// commit's changes are then the semantic diff of those files (src/diff), so a power is followed by
// its code across moves, renames and code changes, and formatting-only edits are told apart.
import { diffCatalogue, type DocFile, type FileProblem } from '../diff/catalogue.js';
import type { FieldChange } from '../diff/fields.js';
import { GitError } from '../errors.js';
import { toDocFile } from './docs.js';
import { headCommit, readObjects, runGit, splitNul, type RepoInfo } from './git.js';
import { kindOfPath, stemOf } from './paths.js';
import { isRegularMode, parseRawFields, type RawEntry } from './raw.js';

/** Who made a commit, when and why. */
export interface CommitInfo {
  /** Full id. */
  commit: string;
  parents: string[];
  /** Author date, strict ISO 8601 with the author's offset. */
  date: string;
  /** Committer date, strict ISO 8601 (when the commit entered the branch; git's --before uses it). */
  committerDate: string;
  /** Author name alone. */
  author: string;
  email: string;
  /** The full message, trailing newline removed. */
  message: string;
}

/** A commit and the registry files it changed (relative to the registry root). */
export interface LogCommit extends CommitInfo {
  entries: RawEntry[];
  /** A commit at the shallow boundary: its parents are missing, so its "changes" are not real. */
  isBoundary: boolean;
}

const FORMAT = '%x1e%H%x00%P%x00%aI%x00%cI%x00%an%x00%ae%x00%B';

/**
 * Every commit reachable from HEAD that changed a file under `pathspecs` (relative to `root`),
 * newest first, each with its raw entries. Merges carry no entries (their branches' commits are
 * listed themselves). Throws GitError `git.noCommits` in a repository without commits.
 */
export async function logRegistry(root: string, repo: RepoInfo, pathspecs: string[]): Promise<LogCommit[]> {
  if (!(await headCommit(root))) throw new GitError('git.noCommits', { dir: root });
  const { stdout } = await runGit(root, [
    'log', '-z', '--raw', '-M', '--no-abbrev', '--relative', '--root', '--no-ext-diff', '--no-textconv',
    `--format=${FORMAT}`, '--end-of-options', 'HEAD', '--', ...pathspecs,
  ]);
  const boundary = new Set(repo.shallowBoundary);
  const fields = splitNul(stdout);
  const out: LogCommit[] = [];
  let i = 0;
  while (i < fields.length) {
    const head = fields[i].replace(/^\n/, '');
    if (!head.startsWith('\x1e')) {
      i++;
      continue;
    }
    const commit = head.slice(1);
    const [parents = '', date = '', committerDate = '', author = '', email = '', message = ''] = fields.slice(i + 1, i + 7);
    i += 7;
    const parsed = parseRawFields(fields, i);
    i = parsed.next;
    out.push({
      commit, parents: parents.split(' ').filter(Boolean), date, committerDate, author, email,
      message: message.replace(/\n+$/, ''),
      entries: parsed.entries.filter((e) => (e.oldPath !== null && kindOfPath(e.oldPath)) || (e.newPath !== null && kindOfPath(e.newPath))),
      isBoundary: boundary.has(commit),
    });
  }
  return out;
}

/** What one commit did to one power. */
export interface PowerTouch {
  /** added: file created; removed: file deleted; changed: fields differ; moved: same values, new file; reformatted: same values, same file. */
  kind: 'added' | 'removed' | 'changed' | 'moved' | 'reformatted';
  code: string;
  /** The code before (differs from `code` when the commit changed it). */
  beforeCode: string;
  path: string | null;
  beforePath: string | null;
  /** The parsed versions (undefined when absent on that side). */
  before?: unknown;
  after?: unknown;
  fields: FieldChange[];
}

/** One commit's effect on the powers it touched. */
export interface CommitTouches {
  commit: LogCommit;
  touches: PowerTouch[];
  /** Power files of the commit that could not be parsed on one side. */
  problems: FileProblem[];
}

/** Parsed blobs, shared across passes. */
export type BlobCache = Map<string, DocFile>;

/**
 * The effect on powers of each commit, considering only the entries `isCandidate` accepts. Reads
 * the needed blobs not yet in `cache` with one `cat-file --batch`. Boundary commits of a shallow
 * clone are skipped (they would show every file as added).
 */
export async function touchesOf(
  root: string, commits: LogCommit[], isCandidate: (e: RawEntry, commit: LogCommit) => boolean, cache: BlobCache = new Map(),
): Promise<CommitTouches[]> {
  const selected = commits
    .filter((c) => !c.isBoundary)
    .map((c) => ({ commit: c, entries: c.entries.filter((e) => isPowerEntry(e) && isCandidate(e, c)) }))
    .filter((c) => c.entries.length > 0);
  const missing: string[] = [];
  for (const { entries } of selected) {
    for (const e of entries) {
      if (e.oldPath !== null && isRegularMode(e.oldMode) && !cache.has(e.oldId)) missing.push(e.oldId);
      if (e.newPath !== null && isRegularMode(e.newMode) && !cache.has(e.newId)) missing.push(e.newId);
    }
  }
  if (missing.length > 0) {
    const blobs = await readObjects(root, missing);
    for (const [id, bytes] of blobs) if (bytes) cache.set(id, toDocFile(stemOf(id), 'power', bytes));
  }
  const doc = (id: string, path: string): DocFile | undefined => {
    const cached = cache.get(id);
    return cached ? { ...cached, path } : undefined;
  };

  const out: CommitTouches[] = [];
  for (const { commit, entries } of selected) {
    const before: DocFile[] = [];
    const after: DocFile[] = [];
    const renames = new Map<string, string>();
    for (const e of entries) {
      if (e.oldPath !== null && e.newPath !== null && e.oldPath !== e.newPath) renames.set(e.oldPath, e.newPath);
      const b = e.oldPath !== null && isRegularMode(e.oldMode) && kindOfPath(e.oldPath) === 'power' ? doc(e.oldId, e.oldPath) : undefined;
      const a = e.newPath !== null && isRegularMode(e.newMode) && kindOfPath(e.newPath) === 'power' ? doc(e.newId, e.newPath) : undefined;
      if (b) before.push(b);
      if (a) after.push(a);
    }
    const diff = diffCatalogue(before, after, renames);
    const beforeByPath = new Map(before.map((f) => [f.path, f.data]));
    const afterByPath = new Map(after.map((f) => [f.path, f.data]));
    const dataAt = (files: DocFile[], path: string | null) => (path === null ? undefined : (files === before ? beforeByPath : afterByPath).get(path));
    const touches: PowerTouch[] = [];
    for (const p of diff.added) {
      touches.push({ kind: 'added', code: p.code, beforeCode: p.code, path: p.path, beforePath: null, after: dataAt(after, p.path), fields: [] });
    }
    for (const p of diff.removed) {
      touches.push({ kind: 'removed', code: p.code, beforeCode: p.code, path: null, beforePath: p.path, before: dataAt(before, p.path), fields: [] });
    }
    for (const c of diff.changed) {
      touches.push({
        kind: 'changed', code: c.code, beforeCode: c.beforeCode, path: c.path, beforePath: c.beforePath,
        before: dataAt(before, c.beforePath), after: dataAt(after, c.path), fields: c.fields,
      });
    }
    for (const m of diff.moved) {
      touches.push({ kind: 'moved', code: m.code, beforeCode: m.code, path: m.to, beforePath: m.from, before: dataAt(before, m.from), after: dataAt(after, m.to), fields: [] });
    }
    for (const r of diff.reformatted) {
      touches.push({ kind: 'reformatted', code: r.code, beforeCode: r.code, path: r.path, beforePath: r.path, before: dataAt(before, r.path), after: dataAt(after, r.path), fields: [] });
    }
    out.push({ commit, touches, problems: diff.problems });
  }
  return out;
}

const isPowerEntry = (e: RawEntry): boolean =>
  (e.oldPath !== null && kindOfPath(e.oldPath) === 'power') || (e.newPath !== null && kindOfPath(e.newPath) === 'power');
