// Registries made by generators: the reference generator's (../shared/tools/gen-registry.mjs)
// validate clean and every planted error is found; the sharded (worker-thread) path gives
// byte-identical output to the single-threaded one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { runCli } from '../helpers/cli.js';
import { PROJECT } from '../helpers/fixture.js';

const GEN = path.resolve(PROJECT, '..', 'shared', 'tools', 'gen-registry.mjs');
const hasGen = existsSync(GEN);
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'powers-scale-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface Json { diagnostics: { rule: string; file: string; severity: string }[]; summary: { errors: number; powers: number } }

describe.skipIf(!hasGen)('the reference generator (../shared/tools/gen-registry.mjs)', () => {
  it('1,000 powers validate with zero errors', () => {
    const dir = path.join(tmp(), 'reg');
    expect(spawnSync(process.execPath, [GEN, '--out', dir, '--powers', '1000']).status).toBe(0);
    const r = runCli(['validate', '--registry', dir, '--format', 'json', '--today', '2026-11-21']);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.summary).toMatchObject({ errors: 0, powers: 1000 });
    expect(r.status).toBe(0);
  });

  it('finds every planted error, with its rule, in its file', () => {
    const dir = path.join(tmp(), 'reg');
    expect(spawnSync(process.execPath, [GEN, '--out', dir, '--powers', '1500', '--inject-errors', '40', '--seed', '7']).status).toBe(0);
    const planted = JSON.parse(readFileSync(path.join(dir, '.planted.json'), 'utf8')).planted as { rule: string; file: string; kind: string }[];
    const r = runCli(['validate', '--registry', dir, '--format', 'json', '--today', '2026-11-21']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as Json;
    const missed = planted.filter((p) => !out.diagnostics.some((d) => d.rule === p.rule && d.file === p.file));
    expect(missed).toEqual([]);
  });
});

describe('sharded validation', () => {
  it('worker threads give byte-identical output to the single-threaded path', () => {
    const dir = path.join(tmp(), 'reg');
    generate(dir, 3500, 3);
    // plant a few errors of registry-scope and file-scope rules in different shards
    const p = (rel: string) => path.join(dir, rel);
    const first = 'departments/d000/powers/CF-D000-0001.yaml';
    const last = readFileSync(p(first), 'utf8').replace('promised_days:', 'promised_days: 999 #');
    writeFileSync(p(first), last);
    const dup = readFileSync(p('departments/d001/powers/CF-D001-0001.yaml'), 'utf8').replace(/^name: .*$/m, 'name: 重复的职权名称');
    writeFileSync(p('departments/d001/powers/CF-D001-0001.yaml'), dup);
    const dup2 = readFileSync(p('departments/d008/powers/CF-D008-0002.yaml'), 'utf8').replace(/^name: .*$/m, 'name: 重复的职权名称');
    writeFileSync(p('departments/d008/powers/CF-D008-0002.yaml'), dup2);
    writeFileSync(p('departments/d008/powers/XX-BROKEN.yaml'), 'code: [unclosed\n');
    const args = ['validate', '--registry', dir, '--format', 'json', '--today', '2026-11-21'];
    const single = runCli(args, { env: { POWERS_WORKERS: '0' } });
    const sharded = runCli(args, { env: { POWERS_WORKERS: '2' } });
    expect(single.status).toBe(1);
    expect(sharded.stdout).toBe(single.stdout);
    const rules = new Set((JSON.parse(single.stdout) as Json).diagnostics.map((d) => d.rule));
    expect([...rules].sort()).toEqual(['overlap', 'time-limit', 'yaml-syntax']);
  });

  it('the bench generator makes registries that validate clean', () => {
    const dir = path.join(tmp(), 'reg');
    generate(dir, 800, 5);
    const r = runCli(['validate', '--registry', dir, '--format', 'json', '--today', '2026-12-31']);
    expect((JSON.parse(r.stdout) as Json).summary).toMatchObject({ errors: 0, powers: 800 });
    expect(JSON.parse(r.stdout).diagnostics).toEqual([]);
  });
});
