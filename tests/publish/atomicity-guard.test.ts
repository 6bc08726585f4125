// Publishing that survives what happens around it: signals, kill -9, a crash between the two
// renames of the swap, a second publish into the same folders, a symlinked output folder. Real
// processes (the built binary), no sleeps: each test waits for the state it needs.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journalPath, lockPath, recoverOutputs } from '../../src/publish/guard.js';
import { BIN, runCli } from '../helpers/cli.js';
import { PROJECT } from '../helpers/fixture.js';
import { publishTo, readTree, workspace, type Workspace } from './helpers.js';

/** Folders and files a publish leaves beside its outputs only while it runs. */
const leftovers = (dir: string): string[] => readdirSync(dir).filter((n) => /\.(tmp|old)-|\.lock$|publish-journal/.test(n)).sort();

const cliArgs = (ws: Workspace) => ['publish', '--registry', ws.root, '--out', ws.out, '--internal-out', ws.internal, '--today', '2026-12-01'];

/** A pid that is certainly not running: a process that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '']);
  return r.pid!;
}

/** Adds `count` copies of a public power, so that a publish runs long enough to be interrupted. */
function enlarge(ws: Workspace, count: number): void {
  const source = readFileSync(path.join(ws.root, 'departments/gaj/powers/XK-GAJ-0001.yaml'), 'utf8');
  const dir = path.join(ws.root, 'departments/gaj/powers/bulk');
  mkdirSync(dir, { recursive: true });
  for (let i = 100; i < 100 + count; i++) {
    const code = `XK-GAJ-${String(i).padStart(4, '0')}`;
    writeFileSync(path.join(dir, `${code}.yaml`), source.replace('XK-GAJ-0001', code).replace('机动车驾驶证核发', `机动车驾驶证核发（第${i}号）`));
  }
}

/** Resolves with the exit code and stderr of a spawned process. */
function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
}

/**
 * Waits until the spawned publish has written at least `pages` power pages into its temporary
 * folder (the state in which an interruption matters), polling the folder; fails if the process
 * ends first.
 */
async function waitForStagedPages(ws: Workspace, child: ChildProcess, pages: number): Promise<void> {
  let hasExited = false;
  child.once('exit', () => (hasExited = true));
  for (;;) {
    if (hasExited) throw new Error('the publish finished before it could be interrupted');
    const tmp = readdirSync(ws.dir).find((n) => n.startsWith('.site.tmp-'));
    const powers = tmp ? path.join(ws.dir, tmp, 'powers') : '';
    if (tmp && existsSync(powers) && readdirSync(powers).length >= pages) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('interrupted publishes', () => {
  let ws: Workspace;
  let before: Map<string, Buffer>;
  let beforeInternal: Map<string, Buffer>;

  beforeAll(async () => {
    ws = workspace();
    await publishTo(ws);
    before = readTree(ws.out);
    beforeInternal = readTree(ws.internal);
    // Enough powers that the next publish takes a while (it is interrupted while writing them).
    enlarge(ws, 3000);
    // The next publication differs, so that a half-swapped pair would show.
    const file = path.join(ws.root, 'departments/gaj/powers/CF-GAJ-0001.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('对机动车驾驶人', '修改后的对机动车驾驶人'));
  }, 300_000);

  afterAll(() => {
    rmSync(ws.root, { recursive: true, force: true });
    rmSync(ws.dir, { recursive: true, force: true });
  });

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    it(`${signal} mid-way: exit ${code}, temporary folders and the lock removed, previous output intact`, async () => {
      const child = spawn(process.execPath, [BIN, ...cliArgs(ws)], { cwd: PROJECT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
      const exited = exitOf(child);
      await waitForStagedPages(ws, child, 50);
      child.kill(signal);
      const result = await exited;
      expect(result.code, result.stderr).toBe(code);
      expect(result.stderr).toContain(`发布被信号 ${signal} 中断`);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(leftovers(ws.dir)).toEqual([]);
      expect(readTree(ws.out)).toEqual(before);
      expect(readTree(ws.internal)).toEqual(beforeInternal);
    }, 300_000);
  }

  it('kill -9 mid-way leaves the previous output intact; the next publish removes what it left and the stale lock', async () => {
    const child = spawn(process.execPath, [BIN, ...cliArgs(ws)], { cwd: PROJECT, stdio: ['ignore', 'ignore', 'pipe'] });
    const exited = exitOf(child);
    await waitForStagedPages(ws, child, 50);
    child.kill('SIGKILL');
    await exited;
    expect(readTree(ws.out)).toEqual(before);
    expect(leftovers(ws.dir)).toEqual(expect.arrayContaining(['.site.lock', '.internal.lock', expect.stringMatching(/^\.site\.tmp-/)]));

    const next = runCli(cliArgs(ws), { timeout: 300_000 });
    expect(next.status, next.stderr).toBe(0);
    expect(next.stderr).toContain('上一次发布未正常结束');
    expect(leftovers(ws.dir)).toEqual([]);
    expect(readFileSync(path.join(ws.out, 'powers', 'CF-GAJ-0001.html'), 'utf8')).toContain('修改后的对机动车驾驶人');
  }, 300_000);
});

describe('a crash between the two renames of the swap', () => {
  /** Publishes with the built code in a child process that kills itself right after site/ is swapped in. */
  function crashAfterSite(ws: Workspace): ReturnType<typeof spawnSync> {
    const module = pathToFileURL(path.join(PROJECT, 'dist', 'publish', 'publish.js')).href;
    const script = `
      const { publish } = await import(${JSON.stringify(module)});
      await publish({ root: ${JSON.stringify(ws.root)}, out: ${JSON.stringify(ws.out)}, internalOut: ${JSON.stringify(ws.internal)},
        today: '2026-12-01', version: '0.0.0-test', onSwapStep: (n) => { if (n === 1) process.kill(process.pid, 'SIGKILL'); } });`;
    return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  }

  it('leaves site/ new and internal/ old, which the next publish rolls back to the previous pair first', async () => {
    const ws = workspace();
    await publishTo(ws);
    const before = readTree(ws.out);
    const beforeInternal = readTree(ws.internal);
    const file = path.join(ws.root, 'departments/gaj/powers/CF-GAJ-0001.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('对机动车驾驶人', '修改后的对机动车驾驶人'));

    const crashed = crashAfterSite(ws);
    expect(crashed.signal).toBe('SIGKILL');
    // The half-done swap: site/ already new, internal/ still old, the journal says so.
    expect(readTree(ws.out)).not.toEqual(before);
    expect(readTree(ws.internal)).toEqual(beforeInternal);
    expect(existsSync(journalPath(ws.out))).toBe(true);
    expect(existsSync(journalPath(ws.internal))).toBe(true);

    // Recovery (what every publish does first, under the lock) restores the previous pair exactly.
    expect(recoverOutputs([ws.out, ws.internal])).toBeGreaterThan(0);
    expect(readTree(ws.out)).toEqual(before);
    expect(readTree(ws.internal)).toEqual(beforeInternal);
    expect(leftovers(ws.dir)).toEqual(['.internal.lock', '.site.lock']);
  });

  it('through the CLI: the next publish recovers, then publishes a consistent pair', async () => {
    const ws = workspace();
    await publishTo(ws);
    const file = path.join(ws.root, 'departments/gaj/powers/CF-GAJ-0001.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('对机动车驾驶人', '修改后的对机动车驾驶人'));
    expect(crashAfterSite(ws).signal).toBe('SIGKILL');

    const next = runCli(cliArgs(ws));
    expect(next.status, next.stderr).toBe(0);
    expect(next.stderr).toContain('上一次发布未正常结束');
    expect(leftovers(ws.dir)).toEqual([]);
    const fresh = workspace();
    expect(runCli(cliArgs({ ...fresh, root: ws.root })).status).toBe(0);
    expect(readTree(ws.out)).toEqual(readTree(fresh.out));
    expect(readTree(ws.internal)).toEqual(readTree(fresh.internal));
  });

  it('on a first publication, rolling back leaves neither folder', () => {
    const ws = workspace();
    expect(crashAfterSite(ws).signal).toBe('SIGKILL');
    expect(existsSync(ws.out)).toBe(true);
    expect(existsSync(ws.internal)).toBe(false);
    recoverOutputs([ws.out, ws.internal]);
    expect(existsSync(ws.out)).toBe(false);
    expect(existsSync(ws.internal)).toBe(false);
  });
});

describe('two publishes into the same folders', () => {
  it('the second refuses (exit 1, in Chinese, naming the holder) while the first holds the lock', () => {
    const ws = workspace();
    mkdirSync(ws.dir, { recursive: true });
    // This test process is the first publisher: alive, on this host.
    const lock = lockPath(ws.out);
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname() }));
    const second = runCli(cliArgs(ws));
    expect(second.status, second.stderr).toBe(1);
    expect(second.stderr).toContain(`另一个 powers publish（进程 ${process.pid}`);
    expect(second.stderr).toContain(lock);
    expect(existsSync(ws.out)).toBe(false);
    expect(existsSync(ws.internal)).toBe(false);
    expect(readFileSync(lock, 'utf8')).toContain(String(process.pid));
    expect(leftovers(ws.dir)).toEqual(['.site.lock']);
  });

  it('a lock held by another live process blocks; once that process is gone its lock is stale and taken over', async () => {
    const ws = workspace();
    const lock = lockPath(ws.internal);
    // A second real process takes the lock and holds it until its stdin closes.
    const holder = spawn(process.execPath, ['-e', `
      require('fs').writeFileSync(${JSON.stringify(lock)}, JSON.stringify({ pid: process.pid, host: require('os').hostname() }));
      process.stdout.write('locked\\n');
      process.stdin.resume();
      process.stdin.on('end', () => process.exit(0));`], { stdio: ['pipe', 'pipe', 'inherit'] });
    const holderExit = exitOf(holder);
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));

    const refused = runCli(cliArgs(ws));
    expect(refused.status, refused.stderr).toBe(1);
    expect(refused.stderr).toContain(`进程 ${holder.pid}`);
    expect(existsSync(ws.out)).toBe(false);
    // The refused run leaves nothing, and the holder's lock stays.
    expect(leftovers(ws.dir)).toEqual(['.internal.lock']);

    holder.stdin!.end();
    await holderExit;
    const after = runCli(cliArgs(ws));
    expect(after.status, after.stderr).toBe(0);
    expect(existsSync(path.join(ws.out, 'index.html'))).toBe(true);
    expect(leftovers(ws.dir)).toEqual([]);
  });

  it('two publishes started at once in one process: one publishes, the other refuses', async () => {
    const ws = workspace();
    const results = await Promise.allSettled([publishTo(ws), publishTo(ws)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { messageId: 'publish.locked' } });
    expect(existsSync(path.join(ws.out, 'index.html'))).toBe(true);
    expect(leftovers(ws.dir)).toEqual([]);
  });

  it('a lock left by a dead process, and temporary folders beside it, are cleaned up by the next publish', async () => {
    const ws = workspace();
    mkdirSync(path.join(ws.dir, '.site.tmp-0123456789ab', 'powers'), { recursive: true });
    mkdirSync(path.join(ws.dir, '.internal.tmp-ba9876543210'), { recursive: true });
    mkdirSync(path.join(ws.dir, '.site.old-deadbeef'), { recursive: true });
    writeFileSync(lockPath(ws.out), JSON.stringify({ pid: deadPid(), host: hostname() }));
    const result = await publishTo(ws);
    expect(result.recovered).toBe(3);
    expect(leftovers(ws.dir)).toEqual([]);
    // Other hidden folders beside the outputs are not ours: kept.
    mkdirSync(path.join(ws.dir, '.git'));
    await publishTo(ws);
    expect(readdirSync(ws.dir)).toContain('.git');
  });
});

describe('a symlinked output folder', () => {
  it('is published into its target, and stays a link', () => {
    const ws = workspace();
    const target = path.join(ws.dir, 'www', 'catalogue');
    mkdirSync(target, { recursive: true });
    symlinkSync(target, ws.out);
    for (let run = 0; run < 2; run++) {
      const r = runCli(cliArgs(ws));
      expect(r.status, r.stderr).toBe(0);
      expect(lstatSync(ws.out).isSymbolicLink()).toBe(true);
      expect(existsSync(path.join(target, 'index.html'))).toBe(true);
      expect(existsSync(path.join(target, 'manifest.json'))).toBe(true);
    }
    expect(leftovers(path.join(ws.dir, 'www'))).toEqual([]);
  });

  it('a link to nothing is refused with a message (exit 2)', () => {
    const ws = workspace();
    symlinkSync(path.join(ws.dir, 'missing'), ws.out);
    const r = runCli(cliArgs(ws));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('指向不存在目录的符号链接');
    expect(lstatSync(ws.out).isSymbolicLink()).toBe(true);
  });
});
