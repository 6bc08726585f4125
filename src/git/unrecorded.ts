// `powers deadlines --git`: commits that changed a published power's substance without a matching
// `changes` record become unrecorded changes, due from the commit date (SPEC §4).
//
// Decisions:
// - Substance is every field except `changes`, `status`, `filed` and `published` (the record-keeping
//   itself). Parsed values are compared, so re-formatting, comments, key order and moving or
//   renaming the file are never changes. A code change is a change.
// - The power must have been published (status 已公布) in the version the commit changed.
// - A commit is recorded when it added or edited a `changes` record itself, or when the power's
//   current `changes` hold a record that the changed version did not have (added later, e.g. by a
//   follow-up commit) dated no later than RECORD_GRACE_DAYS after the commit. Otherwise it is an
//   unrecorded change, running from the commit's date in China time (committer date: when the
//   change entered the branch).
// - Deleting the file of a published power removes it from the public catalogue: that is a change
//   too, recorded only when the deleted version holds a 废止 record (the power was abolished, its
//   record went with the file), or the power's current file (restored, or re-created under the
//   same code) holds a 废止 record it did not have, dated at most RECORD_GRACE_DAYS after.
// - Merges are not examined themselves: the commits of merged branches are. In a shallow clone,
//   commits before the boundary are not examined (the caller warns).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DeadlineEvent } from '../deadlines/types.js';
import type { FieldChange } from '../diff/fields.js';
import { formatPath } from '../diff/fields.js';
import { t } from '../i18n/index.js';
import type { Io } from '../io.js';
import type { Registry } from '../registry/model.js';
import { addCalendarDays, chinaToday, isPlainDate, type PlainDate } from '../util/date.js';
import { toDocFile } from './docs.js';
import { repoInfo } from './git.js';
import { logRegistry, touchesOf, type PowerTouch } from './log.js';
import { stemOf } from './paths.js';

/** Fields whose change is record-keeping, not substance. */
export const NON_SUBSTANCE_FIELDS: ReadonlySet<string> = new Set(['changes', 'status', 'filed', 'published']);

/** A change record dated up to this many calendar days after the commit still answers it. */
export const RECORD_GRACE_DAYS = 30;

/** One commit that changed a published power without a change record. */
export interface UnrecordedChange {
  code: string;
  /** The power's current file (registry-relative). */
  file: string;
  commit: string;
  /** The commit's date in China time (committer date). */
  date: PlainDate;
  author: string;
  /** The first line of the commit message. */
  subject: string;
  /** The substantive fields it changed, as `flow.steps[1].days` paths; empty for a removal. */
  fields: string[];
  /** Set when the commit deleted the power's file (`file` is then the deleted path). */
  removed?: true;
  /** The deleted power's name (a removed power has no current file to name it). */
  name?: string;
}

/** The unrecorded changes, as events for src/deadlines, and what the clone could not show. */
export interface UnrecordedResult {
  changes: UnrecordedChange[];
  /** The same, as the deadlines module's typed hook expects them. */
  events: DeadlineEvent[];
  isShallow: boolean;
  boundary: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The substantive field changes of a commit's change to a power. */
export function substantiveFields(fields: readonly FieldChange[]): FieldChange[] {
  return fields.filter((f) => !NON_SUBSTANCE_FIELDS.has(String(f.path[0])));
}

/** The China-time date of an ISO 8601 timestamp with offset. */
export function chinaDateOf(iso: string): PlainDate {
  return chinaToday(new Date(iso));
}

const recordKey = (r: unknown): string | undefined =>
  isRecord(r) && typeof r.date === 'string' && typeof r.kind === 'string' ? `${r.date} ${r.kind}` : undefined;

/**
 * Whether a change of `before` → (commit on `date`) is answered: by a record edited in the same
 * commit, or by a current record absent from `before`, dated at most RECORD_GRACE_DAYS after.
 */
export function isRecorded(touch: Pick<PowerTouch, 'before' | 'fields'>, date: PlainDate, currentChanges: unknown, kind?: string): boolean {
  if (kind === undefined && touch.fields.some((f) => f.path[0] === 'changes' && f.after !== null)) return true;
  const had = new Set(recordsOf(touch.before).map(recordKey));
  const latest = addCalendarDays(date, RECORD_GRACE_DAYS);
  return (Array.isArray(currentChanges) ? currentChanges : []).some((r) => {
    const key = recordKey(r);
    return key !== undefined && !had.has(key) && isPlainDate((r as { date: unknown }).date) && (r as { date: string }).date <= latest &&
      (kind === undefined || (r as { kind: unknown }).kind === kind);
  });
}

const recordsOf = (data: unknown): unknown[] => (isRecord(data) && Array.isArray(data.changes) ? data.changes : []);

/** Whether the deletion of a power's file is answered by a 废止 record (in the deleted version, or added to a current one). */
function isRemovalRecorded(touch: Pick<PowerTouch, 'before' | 'fields'>, date: PlainDate, currentChanges: unknown): boolean {
  return recordsOf(touch.before).some((r) => isRecord(r) && r.kind === '废止') || isRecorded(touch, date, currentChanges, '废止');
}

/**
 * Walks the history of the registry at `root` for unrecorded changes. With `registry` (already
 * loaded), only its powers are considered and their current `changes` are taken from it;
 * without, the current files are read from the working tree.
 */
export async function unrecordedChanges(root: string, registry?: Pick<Registry, 'powers'>): Promise<UnrecordedResult> {
  const repo = await repoInfo(root);
  const commits = await logRegistry(root, repo, ['departments']);
  const current = new Map<string, { file: string; changes: unknown }>();
  for (const p of registry?.powers ?? []) {
    if (isRecord(p.data) && typeof p.data.code === 'string') current.set(p.data.code, { file: p.file, changes: p.data.changes });
  }
  const stems = registry ? new Set([...current.keys(), ...(registry.powers.map((p) => stemOf(p.file)))]) : undefined;
  // Only edits can change a published power: an added file is read only when the same commit
  // deleted one (a move git did not pair).
  const withDeletions = new Set(commits.filter((c) => c.entries.some((x) => x.status === 'D')).map((c) => c.commit));
  // A deleted file is always read: its power may be gone from the registry for good.
  const touched = await touchesOf(root, commits, (e, c) =>
    (e.status !== 'A' || withDeletions.has(c.commit)) &&
    (stems === undefined || e.status === 'D' || [e.oldPath, e.newPath].some((p) => p !== null && stems.has(stemOf(p)))));

  const found: (UnrecordedChange & { touch: PowerTouch })[] = [];
  for (const { commit, touches } of touched) {
    for (const touch of touches) {
      if (!isRecord(touch.before) || touch.before.status !== '已公布') continue;
      const when = { commit: commit.commit, date: chinaDateOf(commit.committerDate), author: commit.author, subject: commit.message.split('\n')[0] ?? '' };
      if (touch.kind === 'removed') {
        const name = typeof touch.before.name === 'string' ? touch.before.name : '';
        found.push({ code: touch.code, file: touch.beforePath ?? '', ...when, fields: [], removed: true, name, touch });
        continue;
      }
      if (touch.kind !== 'changed') continue;
      const fields = substantiveFields(touch.fields);
      if (fields.length === 0) continue;
      if (registry && !current.has(touch.code)) continue;
      found.push({ code: touch.code, file: current.get(touch.code)?.file ?? touch.path ?? '', ...when, fields: fields.map((f) => formatPath(f.path)), touch });
    }
  }
  if (!registry) {
    // The current version of each power concerned, read from the working tree (newest path seen:
    // the log is newest first).
    const newest = new Map<string, string>();
    for (const { touches } of touched) for (const t of touches) if (t.path && !newest.has(t.code)) newest.set(t.code, t.path);
    for (const f of found) {
      if (f.removed && !newest.has(f.code)) continue;
      const file = newest.get(f.code) ?? f.file;
      if (!f.removed) f.file = file;
      if (current.has(f.code)) continue;
      const bytes = await readFile(path.join(root, ...file.split('/'))).catch(() => undefined);
      const doc = bytes ? toDocFile(file, 'power', bytes) : undefined;
      // An edited power no longer in the working tree (removed, or moved since) is not reported
      // for that edit (its removal is, by itself).
      if (isRecord(doc?.data) && doc.data.code === f.code) current.set(f.code, { file, changes: doc.data.changes });
    }
  }
  const changes = found
    .filter((f) => f.removed
      ? !isRemovalRecorded(f.touch, f.date, current.get(f.code)?.changes)
      : current.has(f.code) && !isRecorded(f.touch, f.date, current.get(f.code)?.changes))
    .map(({ touch: _touch, ...change }) => change)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const events: DeadlineEvent[] = changes.map((c) => ({
    code: c.code, kind: 'unrecorded', source: c.commit, from: c.date, file: c.file, length: 'change', done: null,
    ...(c.removed ? { name: c.name } : {}),
  }));
  return { changes, events, isShallow: repo.isShallow, boundary: repo.shallowBoundary };
}

/**
 * For `powers deadlines --git`: the unrecorded changes as deadline events; warns on `io` when
 * the clone is shallow (older commits were not examined).
 */
export async function gitDeadlineEvents(io: Pick<Io, 'stderr'>, root: string): Promise<DeadlineEvent[]> {
  const result = await unrecordedChanges(root);
  if (result.isShallow) io.stderr(`${t('git.shallowWarning', { boundary: result.boundary.map((b) => b.slice(0, 10)) })}\n`);
  return result.events;
}
