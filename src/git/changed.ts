// `validate --changed [REV]`: the registry files changed since REV (default: the merge base with
// the default branch), committed or not, as registry-relative paths.
import path from 'node:path';
import { GitError } from '../errors.js';
import { runGit, splitNul } from './git.js';

const git = async (cwd: string, args: string[]) => (await runGit(cwd, args)).stdout;

/** The default revision to compare with: merge base with origin's default branch, main or master. */
async function defaultBase(cwd: string): Promise<string> {
  for (const ref of ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master']) {
    try {
      return (await git(cwd, ['merge-base', 'HEAD', ref])).trim();
    } catch {
      // try the next candidate
    }
  }
  throw new GitError('git.noBase');
}

/** Files under the registry changed since `rev` (working tree included), relative to the registry root. */
export async function changedRegistryFiles(root: string, rev?: string): Promise<Set<string>> {
  const top = (await git(root, ['rev-parse', '--show-toplevel'])).trim();
  const base = rev ?? (await defaultBase(root));
  const names = [
    ...splitNul(await git(root, ['diff', '--name-only', '-z', '--no-renames', base, '--', '.'])),
    ...splitNul(await git(root, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name', '.'])),
  ];
  const out = new Set<string>();
  for (const name of names) {
    const rel = path.relative(root, path.join(top, name)).split(path.sep).join('/');
    if (!rel.startsWith('..')) out.add(rel);
  }
  return out;
}
