// `validate --changed [REV]`: the registry files changed since REV (default: the merge base with
// the default branch), committed or not, untracked included, as registry-relative paths.
import { GitError } from '../errors.js';
import { repoInfo, resolveCommit, runGit, splitNul, type RepoInfo } from './git.js';

/** Candidates for "the default branch", most specific first. */
const DEFAULT_BRANCHES = ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master'];

/**
 * The default revision to compare with: the merge base of HEAD with origin's default branch, main
 * or master. In a shallow clone the merge base is usually missing: say so, with the fix.
 */
export async function defaultBase(root: string, repo: RepoInfo): Promise<string> {
  for (const ref of DEFAULT_BRANCHES) {
    const exists = await runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { okCodes: [1, 128] });
    if (exists.exitCode !== 0) continue;
    const base = await runGit(root, ['merge-base', 'HEAD', ref], { okCodes: [1, 128] });
    if (base.exitCode === 0 && base.stdout.trim()) return base.stdout.trim();
    // The branch exists but no common ancestor is here: typical of a shallow clone.
    if (repo.isShallow) throw new GitError('git.noBaseShallow');
  }
  throw new GitError(repo.isShallow ? 'git.noBaseShallow' : 'git.noBase');
}

/** Files under the registry changed since `rev` (working tree included), relative to the registry root. */
export async function changedRegistryFiles(root: string, rev?: string): Promise<Set<string>> {
  const repo = await repoInfo(root);
  const base = rev === undefined ? await defaultBase(root, repo) : await resolveCommit(root, rev, repo);
  // `--relative` (run in the registry folder) limits the diff to it and prints paths relative to it.
  const { stdout } = await runGit(root, ['diff', '--name-only', '-z', '--no-renames', '--relative', '--no-ext-diff', base, '--']);
  const untracked = await runGit(root, ['ls-files', '--others', '--exclude-standard', '-z', '--', '.']);
  return new Set([...splitNul(stdout), ...splitNul(untracked.stdout)]);
}
