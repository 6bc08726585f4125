// Which two versions `powers diff` compares: revisions as given, or — auditors think in dates —
// the last commits before dates in China time (UTC+8), whatever the machine's time zone.
import { GitError } from '../errors.js';
import { addCalendarDays, type PlainDate } from '../util/date.js';
import { commitBefore, headCommit, repoInfo, resolveCommit, type RepoInfo } from './git.js';
import { WORKTREE } from './compare.js';

/** What the user asked to compare. */
export interface RangeRequest {
  revA?: string;
  revB?: string;
  since?: PlainDate;
  until?: PlainDate;
}

/** The two versions, resolved to full commit ids. */
export interface ResolvedRange {
  repo: RepoInfo;
  /** Null: before the first commit (everything in `to` is new). */
  from: string | null;
  /** A commit id or WORKTREE. */
  to: string;
}

/** git date syntax for the last second of a China-time day: explicit offset, no local time. */
export const endOfChinaDay = (date: PlainDate): string => `${date} 23:59:59 +0800`;

/**
 * Resolves the request. With dates: `from` is the last commit on HEAD's first-parent line made
 * before `since` (00:00 China time), `to` the last one made on or before `until` (default HEAD).
 */
export async function resolveRange(root: string, request: RangeRequest): Promise<ResolvedRange> {
  const repo = await repoInfo(root);
  if (request.since !== undefined) {
    if (!(await headCommit(root))) throw new GitError('git.noCommits', { dir: root });
    let to: string;
    if (request.until !== undefined) {
      const found = await commitBefore(root, endOfChinaDay(request.until));
      if (!found) throw new GitError(repo.isShallow ? 'git.shallowDate' : 'git.noCommitUntil', { date: request.until });
      to = found;
    } else {
      to = await resolveCommit(root, 'HEAD', repo);
    }
    const from = await commitBefore(root, endOfChinaDay(addCalendarDays(request.since, -1)));
    // In a shallow clone "no commit before the date" may only mean "not fetched": never guess.
    if (!from && repo.isShallow) throw new GitError('git.shallowDate', { date: request.since });
    return { repo, from, to };
  }
  const from = await resolveCommit(root, request.revA ?? 'HEAD', repo);
  const to = request.revB === undefined ? WORKTREE : await resolveCommit(root, request.revB, repo);
  return { repo, from, to };
}
