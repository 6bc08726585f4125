// What git knows for the published change log page (SPEC §5, §6): per power, the commits that
// changed it (commit, date, author), and which commit added each `changes` record.
//
// A change record of a public power is attributed only to a commit that touched nothing but public
// powers (disclosure mode 主动公开 or 依申请公开 on every side of every power file it changed) and
// that belongs to the power's own lineage (after the last deletion of its code): a public power
// that reuses the code of a deleted withheld power, or that was withheld or internal before, never
// shows a commit of its non-public past, nor one that also edited a withheld or internal power.
// The public page then shows the commit's short id and China date only.
import { formatPath } from '../diff/fields.js';
import { GitError } from '../errors.js';
import { toDocFile } from './docs.js';
import { headCommit, readObjects, repoInfo } from './git.js';
import { logRegistry, touchesOf, type LogCommit, type PowerTouch } from './log.js';
import { kindOfPath, stemOf } from './paths.js';
import { isRegularMode, type RawEntry } from './raw.js';

/** One commit that changed one power. */
export interface PowerCommit {
  /** Full id. */
  commit: string;
  /** Author date, strict ISO 8601 with offset (as in `powers history`). */
  date: string;
  /** Author name alone. */
  author: string;
  /** First line of the message. */
  subject: string;
  kind: PowerTouch['kind'];
  /** Changed field paths (`flow.steps[1].days`); empty for added/removed/moved/reformatted. */
  fields: string[];
  /** The change records (date and kind) this commit's diff added (see `commitOfRecord`). */
  addedRecords: { date: string; kind: string }[];
  /** Every power file version this commit touched was public (主动公开 / 依申请公开); false when unknown. */
  isPublic: boolean;
}

/** The disclosure modes of the public catalogue. */
const PUBLIC_MODES: ReadonlySet<unknown> = new Set(['主动公开', '依申请公开']);

/** Whether a parsed version of a power is disclosed to the public (its mode; not its status). */
function isPublicVersion(data: unknown): boolean {
  return isRecord(data) && isRecord(data.disclosure) && PUBLIC_MODES.has(data.disclosure.mode);
}

/** Whether a commit's touch of a power left only public versions on both sides it has. */
function isPublicTouch(touch: PowerTouch): boolean {
  if (touch.kind === 'removed') return false;
  return isPublicVersion(touch.after) && (touch.kind === 'added' || isPublicVersion(touch.before));
}

/** The change log git knows. */
export interface PowerCommitLog {
  /** Code → commits, newest first. Formatting-only commits and pure moves are left out. */
  byCode: Map<string, PowerCommit[]>;
  /** The commit the log was read at (HEAD), for the manifest. */
  head: string | null;
  /** A shallow clone: commits before `boundary` are missing (say so on the page, or refuse). */
  isShallow: boolean;
  boundary: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function recordsAdded(touch: PowerTouch): { date: string; kind: string }[] {
  const ref = (r: unknown) => (isRecord(r) && typeof r.date === 'string' && typeof r.kind === 'string' ? { date: r.date, kind: r.kind } : undefined);
  if (touch.kind === 'added') return (isRecord(touch.after) && Array.isArray(touch.after.changes) ? touch.after.changes : []).map(ref).filter((x) => x !== undefined);
  const had = new Set((isRecord(touch.before) && Array.isArray(touch.before.changes) ? touch.before.changes : []).map((r) => JSON.stringify(ref(r) ?? null)));
  return touch.fields
    .filter((f) => f.path[0] === 'changes' && f.path.length === 2 && f.after !== null)
    .map((f) => ref(f.after))
    .filter((x): x is { date: string; kind: string } => x !== undefined && !had.has(JSON.stringify(x)));
}

/**
 * Reads the change log of the registry at `root` from git. Pass `codes` (e.g. only the public
 * catalogue's powers that have change records) to read nothing about the others: entries are
 * picked by file name first, and the files added for those codes are read (to know whether each
 * version was public). Without `codes`, files added by a commit that deleted none are not read
 * (their commits count as not public).
 */
export async function powerCommitLog(root: string, options: { codes?: Iterable<string> } = {}): Promise<PowerCommitLog> {
  const repo = await repoInfo(root);
  const head = await headCommit(root);
  const byCode = new Map<string, PowerCommit[]>();
  if (!head) return { byCode, head, isShallow: repo.isShallow, boundary: repo.shallowBoundary };
  const wanted = options.codes ? new Set(options.codes) : undefined;
  const commits = await logRegistry(root, repo, ['departments']);
  // A file added by a commit that deleted none is a new power named by its file: it is not read
  // (the first import of a large registry would otherwise parse every power once more). Its
  // records at creation are attributed to that commit by `commitOfRecord`.
  const withDeletions = new Set(commits.filter((c) => c.entries.some((e) => e.status === 'D')).map((c) => c.commit));
  const readsAdded = wanted !== undefined;
  const isWanted = (p: string | null) => p !== null && (wanted === undefined || wanted.has(stemOf(p)));
  const touched = await touchesOf(root, commits, (e, c) =>
    (e.status !== 'A' || readsAdded || withDeletions.has(c.commit)) && (isWanted(e.oldPath) || isWanted(e.newPath)));
  const touchesByCommit = new Map(touched.map((t) => [t.commit.commit, t.touches]));
  const add = (code: string, entry: PowerCommit) => {
    const list = byCode.get(code) ?? [];
    list.push(entry);
    byCode.set(code, list);
  };
  for (const commit of commits) {
    if (commit.isBoundary) continue;
    const info = { commit: commit.commit, date: commit.date, author: commit.author, subject: commit.message.split('\n')[0] ?? '' };
    for (const touch of touchesByCommit.get(commit.commit) ?? []) {
      if (touch.kind === 'moved' || touch.kind === 'reformatted') continue;
      if (wanted && !wanted.has(touch.code)) continue;
      add(touch.code, {
        ...info, kind: touch.kind, fields: touch.fields.map((f) => formatPath(f.path)), addedRecords: recordsAdded(touch), isPublic: isPublicTouch(touch),
      });
    }
    if (readsAdded || withDeletions.has(commit.commit)) continue;
    for (const e of commit.entries) {
      if (e.status !== 'A' || e.newPath === null || kindOfPath(e.newPath) !== 'power') continue;
      add(stemOf(e.newPath), { ...info, kind: 'added', fields: [], addedRecords: [], isPublic: false });
    }
  }
  if (readsAdded) {
    // A commit that also touched a non-public power is never shown, whatever it did to this one.
    const listed = new Set([...byCode.values()].flatMap((list) => list.map((c) => c.commit)));
    const clean = await publicOnlyCommits(root, commits.filter((c) => listed.has(c.commit)));
    for (const list of byCode.values()) for (const c of list) c.isPublic &&= clean.has(c.commit);
  }
  return { byCode, head, isShallow: repo.isShallow, boundary: repo.shallowBoundary };
}

/**
 * The commits among `commits` whose every power file version, before and after, is public. Reads
 * the blobs of those commits' power files (one `cat-file --batch`); an unreadable or unparsable
 * version counts as not public (fail closed).
 */
async function publicOnlyCommits(root: string, commits: readonly LogCommit[]): Promise<Set<string>> {
  const sides = (e: RawEntry): string[] => [
    ...(e.oldPath !== null && kindOfPath(e.oldPath) === 'power' ? [isRegularMode(e.oldMode) ? e.oldId : ''] : []),
    ...(e.newPath !== null && kindOfPath(e.newPath) === 'power' ? [isRegularMode(e.newMode) ? e.newId : ''] : []),
  ];
  const ids = commits.flatMap((c) => c.entries.flatMap(sides)).filter((id) => id !== '');
  const blobs = await readObjects(root, ids);
  const isPublicBlob = new Map<string, boolean>();
  for (const [id, bytes] of blobs) isPublicBlob.set(id, bytes !== null && isPublicVersion(toDocFile(id, 'power', bytes).data));
  return new Set(commits.filter((c) => c.entries.flatMap(sides).every((id) => isPublicBlob.get(id) === true)).map((c) => c.commit));
}

/**
 * The commit that added a power's change record (matched by date and kind), if git knows it: the
 * commit whose diff added it, else the commit that created the power (it was there from the
 * start). Only commits of the current power's lineage (after the newest deletion of its code) in
 * which it was public are candidates: none of them, no attribution.
 */
export function commitOfRecord(log: PowerCommitLog, code: string, record: { date: string; kind: string }): PowerCommit | undefined {
  const all = log.byCode.get(code) ?? [];
  const removed = all.findIndex((c) => c.kind === 'removed');
  const commits = (removed < 0 ? all : all.slice(0, removed)).filter((c) => c.isPublic);
  // Oldest first: the commit that first added it, not a later one that re-added it.
  for (let i = commits.length - 1; i >= 0; i--) {
    if (commits[i].addedRecords.some((r) => r.date === record.date && r.kind === record.kind)) return commits[i];
  }
  for (let i = commits.length - 1; i >= 0; i--) if (commits[i].kind === 'added') return commits[i];
  return undefined;
}

/** Like `powerCommitLog`, but undefined when the registry is not in a git repository (publishing works without git). */
export async function powerCommitLogIfAny(root: string, options: { codes?: Iterable<string> } = {}): Promise<PowerCommitLog | undefined> {
  try {
    return await powerCommitLog(root, options);
  } catch (error) {
    if (error instanceof GitError && (error.messageId === 'git.notARepo' || error.messageId === 'git.notInstalled')) return undefined;
    throw error;
  }
}
