import { afterEach } from 'vitest';
// Throwaway git repositories for the git tests: real `git`, fixed identities and dates, no user
// or system configuration. Never mocked output.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const PROJECT = path.resolve(import.meta.dirname, '..', '..');
export const FIXTURES = path.join(PROJECT, 'tests', 'fixtures');
export const BIN = path.join(PROJECT, 'bin', 'powers.js');

/** An environment where only what the test sets matters (no ~/.gitconfig, no system config). */
export function gitEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: tmpdir(),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    LC_ALL: 'C',
    TZ: process.env.TZ ?? 'UTC', // npm test also runs under America/Los_Angeles: pass it on
    ...extra,
  };
}

/** Runs git in `cwd`; returns stdout. Throws with git's stderr on failure. */
export function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  const r = spawnSync('git', args, { cwd, env: gitEnv(env), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** Who commits, and when (ISO 8601 with offset, e.g. 2026-01-05T10:00:00+08:00). */
export interface CommitOptions {
  date: string;
  author?: string;
  email?: string;
}

/** A temporary repository holding a registry (at its top, or in a subfolder). */
export class TestRepo {
  /** The repository's top folder. */
  readonly top: string;
  /** The registry folder (top, or top/<sub>). */
  readonly root: string;

  constructor(options: { fixture?: string | null; sub?: string } = {}) {
    this.top = mkdtempSync(path.join(tmpdir(), 'powers-git-'));
    this.root = options.sub ? path.join(this.top, options.sub) : this.top;
    mkdirSync(this.root, { recursive: true });
    git(this.top, ['init', '-q', '-b', 'main']);
    if (options.fixture !== null) cpSync(path.join(FIXTURES, options.fixture ?? 'base'), this.root, { recursive: true });
  }

  /** Path of a registry-relative file. */
  file(rel: string): string {
    return path.join(this.root, ...rel.split('/'));
  }

  read(rel: string): string {
    return readFileSync(this.file(rel), 'utf8');
  }

  write(rel: string, text: string | Uint8Array): void {
    mkdirSync(path.dirname(this.file(rel)), { recursive: true });
    writeFileSync(this.file(rel), text);
  }

  /** Replaces `from` by `to` in a file, failing loudly when `from` is absent. */
  edit(rel: string, from: string | RegExp, to: string): void {
    const before = this.read(rel);
    const after = before.replace(from, to);
    if (after === before) throw new Error(`pattern ${String(from)} not found in ${rel}`);
    this.write(rel, after);
  }

  move(from: string, to: string): void {
    mkdirSync(path.dirname(this.file(to)), { recursive: true });
    renameSync(this.file(from), this.file(to));
  }

  remove(rel: string): void {
    rmSync(this.file(rel), { force: true, recursive: true });
  }

  git(args: string[], env: Record<string, string> = {}): string {
    return git(this.top, args, env);
  }

  /** Stages everything and commits with a fixed identity and date; returns the full id. */
  commit(message: string, options: CommitOptions): string {
    const author = options.author ?? '张三';
    const email = options.email ?? 'zhangsan@example.gov.cn';
    this.git(['add', '-A']);
    this.git(['commit', '-q', '--allow-empty', '-m', message], {
      GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: email, GIT_AUTHOR_DATE: options.date,
      GIT_COMMITTER_NAME: author, GIT_COMMITTER_EMAIL: email, GIT_COMMITTER_DATE: options.date,
    });
    return this.head();
  }

  head(rev = 'HEAD'): string {
    return this.git(['rev-parse', rev]).trim();
  }

  /** A shallow clone (`git clone --depth N file://…`), the registry at the same place inside it. */
  shallowClone(depth = 1): { top: string; root: string } {
    const dir = tempDir('powers-shallow-');
    this.extra.push(dir);
    git(dir, ['clone', '-q', `--depth=${depth}`, `file://${this.top}`, 'clone']);
    const top = path.join(dir, 'clone');
    return { top, root: path.join(top, path.relative(this.top, this.root)) };
  }

  dispose(): void {
    for (const dir of [this.top, ...this.extra]) rmSync(dir, { recursive: true, force: true });
  }

  private readonly extra: string[] = [];
}

const tempDirs: string[] = [];

/** A fresh temporary folder, removed by `removeTempDirs`. */
export function tempDir(prefix = 'powers-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Removes the folders made by `tempDir` (call in afterAll/afterEach). */
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A copy of the base fixture registry outside any git repository. */
export function plainRegistry(): string {
  const dir = tempDir('powers-nogit-');
  cpSync(path.join(FIXTURES, 'base'), dir, { recursive: true });
  return dir;
}

/** Builds dist/ when it is missing or older than src/ (`npm test` builds first anyway). */
export function ensureBuilt(): void {
  const newest = (dir: string): number => {
    let n = 0;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      n = Math.max(n, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
    }
    return n;
  };
  const marker = path.join(PROJECT, 'dist', 'cli.js');
  if (existsSync(marker) && statSync(marker).mtimeMs >= newest(path.join(PROJECT, 'src'))) return;
  execFileSync(process.execPath, [path.join(PROJECT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', PROJECT], { stdio: 'inherit' });
}

/** The outcome of one CLI run. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Spawns `node bin/powers.js …args` as a user would, in `cwd`. */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: gitEnv({ NO_COLOR: '1', ...env }), encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The power file of the base fixture. */
export const XK = 'departments/gaj/powers/XK-GAJ-0001.yaml';
export const CF = 'departments/gaj/powers/CF-GAJ-0001.yaml';
export const QT = 'departments/gaj/powers/QT-GAJ-0001.yaml';
export const JC = 'departments/scjgj/powers/JC-SCJGJ-0001.yaml';

/** A factory of test repositories, all disposed (with the temp folders) after each test. */
export function repoFactory(): (options?: ConstructorParameters<typeof TestRepo>[0]) => TestRepo {
  const repos: TestRepo[] = [];
  afterEach(() => {
    for (const r of repos.splice(0)) r.dispose();
    removeTempDirs();
  });
  return (options) => {
    const r = new TestRepo(options);
    repos.push(r);
    return r;
  };
}
