// Spawning the built binary, as a user would.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT } from './fixture.js';

export const BIN = path.join(PROJECT, 'bin', 'powers.js');

/** The outcome of one CLI run. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `powers <args>` with a time limit; TZ and other env may be set. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; timeout?: number; input?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? PROJECT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
    input: options.input ?? '',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Whether a text looks like a leaked stack trace. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+\(.+:\d+:\d+\)/.test(text) || /\bat (?:async )?\w+ \(file:/.test(text);
}
