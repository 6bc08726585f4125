// Registries for the authoring tests: a fresh `powers init` skeleton, made by the built binary.
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.js';

/** A new registry made by `powers init` in a temp folder. */
export function initSkeleton(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'powers-authoring-')), 'reg');
  const run = runCli(['init', dir]);
  expect(run.status, run.stderr).toBe(0);
  return dir;
}

/** `powers validate --format json` on a registry: the parsed report. */
export function validateJson(dir: string, today = '2026-12-01'): { diagnostics: { rule: string; severity: string; file: string; line: number; message: string }[]; summary: { errors: number; warnings: number; powers: number } } {
  const run = runCli(['validate', '--registry', dir, '--format', 'json', '--today', today]);
  return JSON.parse(run.stdout) as ReturnType<typeof validateJson>;
}

/** Every file under `dir` with its bytes (for "nothing changed" assertions). */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(path.relative(dir, p), readFileSync(p).toString('base64'));
    }
  };
  walk(dir);
  return out;
}

/** The arguments of a valid `powers new` for the skeleton's department. */
export const NEW_FLAGS = [
  '--department', 'mzj', '--category', '行政检查', '--name', '社会团体年度检查',
  '--law', '社会团体登记管理条例:第二十八条', '--function', 'F01', '--post', 'shzz-sh', '--post', 'shzz-fzr',
  '--superior-function', 'SZF-01', '--statutory', '30', '--promised', '20', '--yes', '--today', '2026-12-01',
];

export function newPower(dir: string, extra: string[] = []): CliRun {
  return runCli(['new', '--registry', dir, ...NEW_FLAGS, ...extra]);
}
