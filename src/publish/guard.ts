// What keeps `powers publish` safe around the atomic swap (src/publish/output.ts):
// - a lock file beside each output folder (`.site.lock`), holding the publisher's pid and host, so
//   that two publishes into the same folder never run at once; a lock whose process is gone is stale
//   and taken over;
// - a journal beside each output folder (`.site.publish-journal.json`) written before the first
//   rename of the swap and removed after the last, so that a crash between the renames (site/ new,
//   internal/ old) is rolled back by the next publish: both folders return to the previous
//   publication, then the new one is made;
// - under the lock, temporary and backup folders (`.site.tmp-*`, `.site.old-*`) left by a killed
//   run belong to no live process and are removed;
// - a symlinked output folder is published into its target (the link stays a link).
import { closeSync, existsSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { RefusalError, UsageError } from '../errors.js';

/** The lock file of an output folder. */
export const lockPath = (target: string): string => path.join(path.dirname(target), `.${path.basename(target)}.lock`);

/** The swap journal of an output folder. */
export const journalPath = (target: string): string => path.join(path.dirname(target), `.${path.basename(target)}.publish-journal.json`);

/** What a lock file holds. */
export interface LockHolder {
  pid: number;
  host: string;
}

/**
 * The folder to publish into: `dir` itself, or, when `dir` is a symbolic link, the folder it points
 * to (renaming over the link would replace it with a real folder and leave its target stale).
 * A link to nothing is refused.
 */
export function resolveOutput(dir: string): string {
  let isLink = false;
  try {
    isLink = lstatSync(dir).isSymbolicLink();
  } catch {
    // does not exist yet: its parent may still be a link, which is harmless (renames stay inside it)
  }
  if (!isLink) {
    const parent = path.dirname(dir);
    return existsSync(parent) ? path.join(realpathSync(parent), path.basename(dir)) : dir;
  }
  try {
    return realpathSync(dir);
  } catch {
    throw new UsageError('publish.outLinkDangling', { dir });
  }
}

/** The lock files this process holds (two publishes in one process wait on each other too). */
const heldHere = new Set<string>();

/** Whether the process that wrote the lock `file` (`holder`) may still be running (another host: assume so). */
function isAlive(file: string, holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  // Our own pid in a lock this process does not hold: a previous process that had our pid (containers).
  if (holder.pid === process.pid) return heldHere.has(file);
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    return typeof data.pid === 'number' && typeof data.host === 'string' ? { pid: data.pid, host: data.host } : null;
  } catch {
    return null;
  }
}

/** Creates `file` with `text` only if it does not exist, never visible half-written (a hard link of a complete file). */
function createExclusive(file: string, text: string): void {
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(temp, text, { flag: 'wx' });
  try {
    linkSync(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw error;
    // A file system without hard links: an exclusive create (a reader may then see it empty for a moment).
    const fd = openSync(file, 'wx');
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Locks on output folders, released together. */
export class OutputLocks {
  private readonly held: string[] = [];

  /**
   * Takes the lock of every target (in path order, so two publishes never wait on each other
   * crosswise). A live holder: RefusalError `publish.locked` (exit 1). A dead one: taken over.
   */
  static acquire(targets: readonly string[]): OutputLocks {
    const locks = new OutputLocks();
    try {
      for (const target of [...targets].sort()) locks.take(target);
    } catch (error) {
      locks.release();
      throw error;
    }
    return locks;
  }

  private take(target: string): void {
    const file = lockPath(target);
    mkdirSync(path.dirname(file), { recursive: true });
    const text = `${JSON.stringify({ pid: process.pid, host: hostname() } satisfies LockHolder)}\n`;
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        createExclusive(file, text);
        this.held.push(file);
        heldHere.add(file);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readHolder(file);
      if (holder === null || isAlive(file, holder)) {
        throw new RefusalError('publish.locked', { dir: target, pid: holder?.pid ?? '?', host: holder?.host ?? '?', lock: file });
      }
      // Stale: its process is gone. Taken over only if it is still that same stale lock.
      const again = readHolder(file);
      if (again && again.pid === holder.pid && again.host === holder.host) rmSync(file, { force: true });
    }
    throw new RefusalError('publish.locked', { dir: target, pid: '?', host: '?', lock: file });
  }

  /** Removes the lock files this process holds. */
  release(): void {
    for (const file of this.held.splice(0)) {
      heldHere.delete(file);
      if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
    }
  }
}

/** One folder of a swap: the staged folder, its target, and where the previous target goes. */
export interface SwapStep {
  target: string;
  staged: string;
  /** null when there was no previous target. */
  backup: string | null;
}

interface Journal {
  schema: 'powers-publish-journal/1';
  steps: SwapStep[];
}

/** Writes `text` to `file` durably (temp file, fsync, rename, fsync of the folder). */
function writeDurably(file: string, text: string): void {
  const temp = `${file}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  try {
    const dir = openSync(path.dirname(file), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // folders cannot be opened for fsync on some systems (Windows): the rename is still atomic
  }
}

/** Records a swap about to start, beside every target. */
export function writeJournal(steps: readonly SwapStep[]): void {
  const text = `${JSON.stringify({ schema: 'powers-publish-journal/1', steps: [...steps] } satisfies Journal, null, 2)}\n`;
  for (const step of steps) writeDurably(journalPath(step.target), text);
}

/** Removes the journals of a finished (or rolled back) swap. */
export function removeJournal(steps: readonly SwapStep[]): void {
  for (const step of steps) rmSync(journalPath(step.target), { force: true });
}

function readJournal(file: string): Journal | null {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Journal;
    return data.schema === 'powers-publish-journal/1' && Array.isArray(data.steps) ? data : null;
  } catch {
    return null;
  }
}

/**
 * Puts one interrupted swap back to the previous publication: a target whose previous version was
 * moved aside gets it back; a target that had none and already holds the new one loses it; the
 * staged folders go. Every folder of the swap ends as it was before it started.
 */
export function rollBack(steps: readonly SwapStep[]): void {
  for (const step of [...steps].reverse()) {
    if (step.backup !== null && existsSync(step.backup)) {
      rmSync(step.target, { recursive: true, force: true });
      renameSync(step.backup, step.target);
    } else if (step.backup === null && existsSync(step.target) && !existsSync(step.staged)) {
      rmSync(step.target, { recursive: true, force: true });
    }
    rmSync(step.staged, { recursive: true, force: true });
  }
}

/**
 * Before publishing into `targets` (their locks held): rolls back a swap a crashed run left half
 * done, then removes the temporary and backup folders no live process owns. Returns the number
 * of folders removed or restored (for a note on stderr).
 */
export function recoverOutputs(targets: readonly string[]): number {
  let count = 0;
  for (const target of targets) {
    const file = journalPath(target);
    rmSync(`${file}.tmp`, { force: true }); // a journal whose writing was cut short: the swap never began
    if (!existsSync(file)) continue;
    const journal = readJournal(file);
    if (journal) {
      rollBack(journal.steps);
      removeJournal(journal.steps);
      count += journal.steps.length;
    }
    rmSync(file, { force: true });
  }
  for (const target of targets) {
    const parent = path.dirname(target);
    if (!existsSync(parent)) continue;
    const prefix = `.${path.basename(target)}.`;
    for (const name of readdirSync(parent)) {
      if (name.startsWith(prefix) && /^\.(.+)\.(tmp|old)-[0-9a-f]+$/.test(name)) {
        rmSync(path.join(parent, name), { recursive: true, force: true });
        count++;
      }
    }
  }
  return count;
}
