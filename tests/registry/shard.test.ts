// `powers validate --shard i/n` (issue 12): each shard reports on its own slice, the cross-file
// rules still see the whole registry; together the shards say exactly what one run says.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { hasStackTrace, runCli } from '../helpers/cli.js';

interface Json { diagnostics: { rule: string; file: string; line: number; message: string }[]; summary: { errors: number; warnings: number; files: number; powers: number } }

let dir: string;
beforeAll(() => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'powers-shard-')), 'reg');
  generate(dir, 900, 4);
  const edit = (rel: string, f: (t: string) => string) => writeFileSync(path.join(dir, rel), f(readFileSync(path.join(dir, rel), 'utf8')));
  // A file-scope finding early, an overlap between the first and the last department, a broken file.
  edit('departments/d000/powers/CF-D000-0001.yaml', (t) => t.replace('promised_days:', 'promised_days: 999 #'));
  edit('departments/d001/powers/CF-D001-0001.yaml', (t) => t.replace(/^name: .*$/m, 'name: 跨分片重名的职权'));
  edit('departments/d004/powers/CF-D004-0002.yaml', (t) => t.replace(/^name: .*$/m, 'name: 跨分片重名的职权'));
  writeFileSync(path.join(dir, 'departments/d002/powers/XX-BROKEN.yaml'), 'code: [unclosed\n');
});
afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

const run = (...extra: string[]) => runCli(['validate', '--registry', dir, '--format', 'json', '--today', '2026-11-21', ...extra], { env: { POWERS_WORKERS: '0' } });

describe('validate --shard i/n', () => {
  it('the shards together report exactly what one run reports, each file once', () => {
    const whole = run();
    expect(whole.status).toBe(1);
    const all = JSON.parse(whole.stdout) as Json;
    expect(new Set(all.diagnostics.map((d) => d.rule))).toEqual(new Set(['overlap', 'time-limit', 'yaml-syntax']));
    const parts = [1, 2, 3].map((i) => {
      const r = run('--shard', `${i}/3`);
      expect(hasStackTrace(r.stderr)).toBe(false);
      return JSON.parse(r.stdout) as Json;
    });
    // the overlap pair sits in different shards, and each shard still sees it
    const overlapShards = parts.map((p) => p.diagnostics.some((d) => d.rule === 'overlap'));
    expect(overlapShards.filter(Boolean).length).toBe(2);
    const merged = parts.flatMap((p) => p.diagnostics).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    expect(merged).toEqual(all.diagnostics);
    expect(parts.reduce((n, p) => n + p.summary.powers, 0)).toBe(all.summary.powers);
    expect(parts.reduce((n, p) => n + p.summary.files, 0)).toBe(all.summary.files);
    // no file is reported by two shards
    const filesOf = parts.map((p) => new Set(p.diagnostics.map((d) => d.file)));
    for (let i = 0; i < filesOf.length; i++) for (let j = i + 1; j < filesOf.length; j++) expect([...filesOf[i]].filter((f) => filesOf[j].has(f))).toEqual([]);
  }, 120_000);

  it.each(['0/3', '4/3', '2', 'a/b', '1/0'])('refuses --shard %s with a usage error (exit 2)', (value) => {
    const r = run('--shard', value);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(value);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
