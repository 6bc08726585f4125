// `validate --changed [REV]`: the registry files changed since REV (default: the merge base with
// the default branch), committed or not, as registry-relative paths.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { GitError } from '../errors.js';

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stderr?: string; code?: string };
    if (e.code === 'ENOENT') throw new GitError('git.notInstalled');
    throw new GitError('git.failed', { args: args.join(' '), detail: String(e.stderr ?? '').trim() });
  }
}

/** The default revision to compare with: merge base with origin's default branch, main or master. */
function defaultBase(cwd: string): string {
  for (const ref of ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master']) {
    try {
      return git(cwd, ['merge-base', 'HEAD', ref]).trim();
    } catch {
      // try the next candidate
    }
  }
  throw new GitError('git.noBase');
}

/** Files under the registry changed since `rev` (working tree included), relative to the registry root. */
export async function changedRegistryFiles(root: string, rev?: string): Promise<Set<string>> {
  const top = git(root, ['rev-parse', '--show-toplevel']).trim();
  const base = rev ?? defaultBase(root);
  const names = [
    ...git(root, ['diff', '--name-only', '-z', '--no-renames', base, '--', '.']).split('\0'),
    ...git(root, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name', '.']).split('\0'),
  ].filter(Boolean);
  const out = new Set<string>();
  for (const name of names) {
    const rel = path.relative(root, path.join(top, name)).split(path.sep).join('/');
    if (!rel.startsWith('..')) out.add(rel);
  }
  return out;
}
