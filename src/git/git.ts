// The one wrapper around the git binary: argv arrays (never a shell string), an explicit cwd,
// typed errors. Everything else in src/git builds on `runGit` / `runGitBytes`.
import { spawn } from 'node:child_process';
import { GitError } from '../errors.js';

/** Options of one git call. */
export interface GitOptions {
  /** Bytes or text written to git's stdin (e.g. object names for `cat-file --batch`). */
  input?: string | Uint8Array;
  /** Exit codes that are not failures (e.g. 1 for `diff --quiet`). */
  okCodes?: number[];
}

/** The result of one git call. */
export interface GitResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The result of one git call whose output is kept as bytes (blob contents: sizes are in bytes). */
export interface GitBytesResult {
  stdout: Buffer;
  stderr: string;
  exitCode: number;
}

// C messages (we match a few of them), no pager or prompt, no optional index lock (a `git diff`
// run by `powers` must never block a user's concurrent commit), no lazy fetch from a promisor
// remote (SPEC §9: no command reaches the network).
const GIT_ENV = {
  GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0', GIT_NO_LAZY_FETCH: '1', GIT_PAGER: 'cat',
};

/** Runs `git <args>` in `cwd`, stdout kept as bytes; throws GitError when git is missing or fails. */
export function runGitBytes(cwd: string, args: string[], options: GitOptions = {}): Promise<GitBytesResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-c', 'core.quotepath=off', ...args], {
      cwd,
      env: { ...process.env, ...GIT_ENV },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let isSettled = false;
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (isSettled) return;
      isSettled = true;
      reject(error.code === 'ENOENT' ? new GitError('git.notInstalled') : new GitError('git.failed', { args: args.join(' '), detail: error.message }));
    });
    child.on('close', (code) => {
      if (isSettled) return;
      isSettled = true;
      const exitCode = code ?? -1;
      const stderr = Buffer.concat(err).toString('utf8');
      if (exitCode !== 0 && !(options.okCodes ?? []).includes(exitCode)) {
        reject(new GitError('git.failed', { args: args.join(' '), detail: stderr.trim() || `exit ${exitCode}` }));
      } else {
        resolve({ stdout: Buffer.concat(out), stderr, exitCode });
      }
    });
    // git may exit before reading all its input (e.g. a bad revision): ignore EPIPE, the exit code tells.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** Runs `git <args>` in `cwd`; throws GitError when git is missing or fails. */
export async function runGit(cwd: string, args: string[], options: GitOptions = {}): Promise<GitResult> {
  const r = await runGitBytes(cwd, args, options);
  return { stdout: r.stdout.toString('utf8'), stderr: r.stderr, exitCode: r.exitCode };
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

/** Where a registry folder lies in its repository. */
export interface RepoInfo {
  /** The work tree's top folder (absolute, as git prints it). */
  top: string;
  /** The registry folder relative to `top`, `/`-terminated, '' at the top. */
  prefix: string;
  /** Whether the clone is shallow (history cut off: CI's default `fetch-depth: 1`). */
  isShallow: boolean;
  /** The commits at the shallow boundary (their parents are missing); empty when not shallow. */
  shallowBoundary: string[];
}

/**
 * Looks up the repository holding `dir`. Throws GitError `git.notARepo` (exit 2) when the folder is
 * not in a git work tree, and `git.dubiousOwnership` when git refuses a repository owned by
 * another user (common in CI containers).
 */
export async function repoInfo(dir: string): Promise<RepoInfo> {
  let stdout: string;
  try {
    ({ stdout } = await runGit(dir, ['rev-parse', '--show-toplevel', '--show-prefix', '--is-shallow-repository']));
  } catch (error) {
    if (error instanceof GitError && error.messageId === 'git.failed') {
      const detail = String(error.data.detail ?? '');
      const owned = /dubious ownership[\s\S]*?safe\.directory '?([^'\n]+)'?/.exec(detail);
      if (owned) throw new GitError('git.dubiousOwnership', { dir, top: owned[1].trim() });
      if (/not a git repository/i.test(detail)) throw new GitError('git.notARepo', { dir });
      if (/must be run in a work tree/i.test(detail)) throw new GitError('git.notARepo', { dir });
    }
    throw error;
  }
  const [top = '', prefix = '', shallow = 'false'] = stdout.split('\n');
  const isShallow = shallow.trim() === 'true';
  let shallowBoundary: string[] = [];
  if (isShallow) {
    const file = (await runGit(dir, ['rev-parse', '--path-format=absolute', '--git-path', 'shallow'])).stdout.trim();
    const { readFile } = await import('node:fs/promises');
    shallowBoundary = (await readFile(file, 'utf8').catch(() => '')).split('\n').map((s) => s.trim()).filter(Boolean);
  }
  return { top, prefix, isShallow, shallowBoundary };
}

/**
 * The full commit id a revision names (`main`, `HEAD~3`, `v1.2`, an abbreviated id). Throws
 * GitError `git.badRevision` (with the shallow-clone advice when the clone is shallow).
 */
export async function resolveCommit(dir: string, rev: string, repo?: RepoInfo): Promise<string> {
  const { stdout, exitCode } = await runGit(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], { okCodes: [1, 128] });
  const id = stdout.trim();
  if (exitCode === 0 && /^[0-9a-f]{40,64}$/.test(id)) return id;
  const isShallow = repo?.isShallow ?? (await repoInfo(dir)).isShallow;
  throw new GitError(isShallow ? 'git.badRevisionShallow' : 'git.badRevision', { rev });
}

/**
 * The last commit on HEAD's first-parent line committed strictly before `timestamp` (git date
 * syntax, e.g. `2026-01-01 00:00:00 +0800`), or null when there is none.
 */
export async function commitBefore(dir: string, timestamp: string, rev = 'HEAD'): Promise<string | null> {
  const { stdout } = await runGit(dir, ['rev-list', '-1', '--first-parent', `--before=${timestamp}`, '--end-of-options', rev]);
  return stdout.trim() || null;
}

/** The id of the empty tree in this repository's hash algorithm (the "before" of a first commit). */
export async function emptyTree(dir: string): Promise<string> {
  return (await runGit(dir, ['hash-object', '-t', 'tree', '--stdin'], { input: '' })).stdout.trim();
}

/**
 * Reads objects (`<id>` or `<rev>:<path>`) with ONE `git cat-file --batch` process. The output is
 * parsed by byte lengths (sizes are in bytes, contents are UTF-8, so never split it as text).
 * Missing objects map to null.
 */
export async function readObjects(dir: string, names: string[]): Promise<Map<string, Buffer | null>> {
  const out = new Map<string, Buffer | null>();
  const unique = [...new Set(names)].filter((n) => !n.includes('\n'));
  if (unique.length === 0) return out;
  const { stdout } = await runGitBytes(dir, ['cat-file', '--batch'], { input: `${unique.join('\n')}\n` });
  let pos = 0;
  for (const name of unique) {
    const eol = stdout.indexOf(0x0a, pos);
    if (eol < 0) break;
    const header = stdout.toString('utf8', pos, eol);
    pos = eol + 1;
    // `<id> <type> <size>` or `<name> missing` / `<name> ambiguous`
    const m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(header);
    if (!m) {
      out.set(name, null);
      continue;
    }
    const size = Number(m[3]);
    out.set(name, m[2] === 'blob' ? stdout.subarray(pos, pos + size) : null);
    pos += size + 1; // contents, then a newline
  }
  return out;
}

/** Whether an object id is git's "not hashed" placeholder (a working-tree file in `diff --raw`). */
export const isNullId = (id: string): boolean => /^0+$/.test(id);
