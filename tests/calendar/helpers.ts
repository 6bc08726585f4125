// Helpers for the calendar and deadlines tests: the built CLI, spawned as users run it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const PROJECT = path.resolve(import.meta.dirname, '..', '..');
export const BIN = path.join(PROJECT, 'bin', 'powers.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds dist/ when it is missing or older than src/ (`npm test` builds first anyway). */
export function ensureBuilt(): void {
  const marker = path.join(PROJECT, 'dist', 'cli.js');
  if (existsSync(marker) && statSync(marker).mtimeMs >= newestMtime(path.join(PROJECT, 'src'))) return;
  execFileSync(process.execPath, [path.join(PROJECT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', PROJECT], { stdio: 'inherit' });
}

/** The outcome of one CLI run. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Spawns `node bin/powers.js …args` with a clean, colourless environment. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): RunResult {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'UTC', ...options.env };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? PROJECT, env, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
