// The one wrapper around the git binary: argv arrays (never a shell string), an explicit cwd,
// typed errors. Everything else in src/git builds on `runGit`.
import { execFile } from 'node:child_process';
import { GitError } from '../errors.js';

/** Options of one git call. */
export interface GitOptions {
  /** Text written to git's stdin (e.g. object ids for `cat-file --batch`). */
  input?: string;
  /** Exit codes that are not failures (e.g. 1 for `diff --quiet`). */
  okCodes?: number[];
}

/** The result of one git call. */
export interface GitResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Runs `git <args>` in `cwd`; throws GitError when git is missing or fails. */
export function runGit(cwd: string, args: string[], options: GitOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['-c', 'core.quotepath=off', ...args],
      { cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        const exitCode = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(new GitError('git.notInstalled'));
        } else if (exitCode !== 0 && !(options.okCodes ?? []).includes(exitCode)) {
          reject(new GitError('git.failed', { args: args.join(' '), detail: String(stderr).trim() || String(error?.message ?? '') }));
        } else {
          resolve({ stdout, stderr, exitCode });
        }
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** Splits `-z` output into its NUL-separated fields (without the trailing empty one). */
export function splitNul(output: string): string[] {
  const parts = output.split('\0');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Whether `dir` lies inside a git work tree. */
export async function isInsideWorkTree(dir: string): Promise<boolean> {
  try {
    const { stdout } = await runGit(dir, ['rev-parse', '--is-inside-work-tree']);
    return stdout.trim() === 'true';
  } catch {
    return false;
  }
}

/** The full id of HEAD, or null outside a repository or before the first commit. */
export async function headCommit(dir: string): Promise<string | null> {
  try {
    const { stdout } = await runGit(dir, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { okCodes: [1] });
    return stdout.trim() || null;
  } catch {
    return null;
  }
}
