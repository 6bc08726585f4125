// `powers history <code>`: every commit that touched one power, followed by its code across
// folders, file renames and code changes, with the field-level changes of each commit.
import type { HistoryReportCommit } from '../diff/render.js';
import { diffFields } from '../diff/fields.js';
import { toDocFile } from './docs.js';
import { readObjects, repoInfo, runGit, splitNul } from './git.js';
import { logRegistry, touchesOf, type BlobCache, type CommitInfo } from './log.js';
import { stemOf } from './paths.js';
import type { RawEntry } from './raw.js';

/** One commit in a power's history: what `powers history` shows, plus git's own facts. */
export interface HistoryEntry extends CommitInfo, Omit<HistoryReportCommit, keyof CommitInfo> {}

/** The history of one power. */
export interface PowerHistory {
  code: string;
  /** The power's name in its newest version seen. */
  name: string;
  /** Newest first, like `git log`. */
  commits: HistoryEntry[];
  /** Every code the power had (the asked one first). */
  codes: string[];
  isShallow: boolean;
  /** Shallow and the power already existed at the boundary: older commits are missing. */
  isTruncated: boolean;
  /** The shallow boundary commits (empty when not shallow). */
  boundary: string[];
  /** No commit found, but HEAD holds a file named after the code (a shallow clone's boundary hides its history). */
  isAtHead: boolean;
}

/** Reads the history of the power with `code` from the repository holding `root`. */
export async function powerHistory(root: string, code: string): Promise<PowerHistory> {
  const repo = await repoInfo(root);
  const commits = await logRegistry(root, repo, ['departments']);
  const codes = new Set([code]);
  const paths = new Set<string>();
  const cache: BlobCache = new Map();
  const isCandidate = (e: RawEntry) =>
    [e.oldPath, e.newPath].some((p) => p !== null && (codes.has(stemOf(p)) || paths.has(p)));

  // Passes until the set of codes and paths stops growing: a code change or a rename to a file
  // not named after the code reveals entries the first pass could not pick by name.
  let result: HistoryEntry[] = [];
  let name: string | undefined;
  for (let pass = 0; pass < 20; pass++) {
    const size = codes.size + paths.size;
    const touched = await touchesOf(root, commits, isCandidate, cache);
    result = [];
    name = undefined;
    for (const { commit, touches, problems } of touched) {
      const mine = touches.filter((t) => codes.has(t.code) || codes.has(t.beforeCode));
      for (const t of mine) {
        codes.add(t.code);
        codes.add(t.beforeCode);
        if (t.path) paths.add(t.path);
        if (t.beforePath) paths.add(t.beforePath);
      }
      const myProblems = problems.filter((p) => codes.has(stemOf(p.path)) || paths.has(p.path));
      const { entries: _entries, isBoundary: _isBoundary, ...info } = commit;
      const t = mine.find((x) => x.kind === 'changed') ?? mine[0];
      if (t) {
        // A creation or a deletion lists every field, against nothing.
        const fields = t.kind === 'added' ? diffFields('power', {}, t.after) : t.kind === 'removed' ? diffFields('power', t.before, {}) : t.fields;
        if (name === undefined) name = nameOf(t.after) ?? nameOf(t.before);
        result.push({ ...info, kind: t.kind, code: t.code, beforeCode: t.beforeCode, path: t.path, beforePath: t.beforePath, fields, problems: myProblems });
      } else if (myProblems.length > 0) {
        const p = myProblems[0];
        result.push({ ...info, kind: 'unreadable', code, beforeCode: code, path: p.path, beforePath: p.path, fields: [], problems: myProblems });
      }
    }
    if (codes.size + paths.size === size) break;
  }
  const oldest = result[result.length - 1];
  let isAtHead = false;
  if (result.length === 0) {
    const { stdout } = await runGit(root, ['ls-tree', '-r', '-z', '--name-only', 'HEAD', '--', 'departments']);
    const file = splitNul(stdout).find((p) => stemOf(p) === code);
    if (file !== undefined) {
      isAtHead = true;
      const bytes = (await readObjects(root, [`HEAD:./${file}`])).get(`HEAD:./${file}`);
      if (bytes) name ??= nameOf(toDocFile(file, 'power', bytes).data);
    }
  }
  return {
    code,
    name: name ?? '',
    commits: result,
    codes: [code, ...[...codes].filter((c) => c !== code).sort()],
    isShallow: repo.isShallow,
    isTruncated: repo.isShallow && oldest?.kind !== 'added',
    boundary: repo.shallowBoundary,
    isAtHead,
  };
}

function nameOf(data: unknown): string | undefined {
  const name = data !== null && typeof data === 'object' ? (data as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : undefined;
}
