// Locating findings in big files (issue 8, "Big files"; issue 12): the fast path's own positions,
// bounded memory, and never a crash. Results are asserted, never times (speed is `npm run bench`).
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { Locator, YAML_PACKAGE_LIMIT } from '../../src/registry/locate.js';
import { hasStackTrace, runCli } from '../helpers/cli.js';
import { lineOf, makeRegistry, replace } from '../helpers/fixture.js';

const POWER = 'departments/gaj/powers/XK-GAJ-0001.yaml';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface Json { diagnostics: { rule: string; file: string; line: number; column: number; message: string }[] }

/** The base fixture with a time-limit finding and `risk.points` grown to `items` flow items. */
function bigRegistry(items: number, extra: (text: string) => string = (x) => x): string {
  const dir = makeRegistry({
    [POWER]: (text) => extra(replace('promised_days: 5', 'promised_days: 25')(replace('points: [材料审查把关不严]', `points: [材料审查把关不严${',a'.repeat(items)}]`)(text))),
  });
  dirs.push(dir);
  return dir;
}

function validate(dir: string, maxSize: string): { status: number | null; json: Json; stderr: string } {
  const r = runCli(['validate', '--registry', dir, '--format', 'json', '--today', '2026-11-21', '--max-file-size', maxSize], { timeout: 120_000 });
  expect(hasStackTrace(r.stderr), r.stderr).toBe(false);
  return { status: r.status, json: JSON.parse(r.stdout) as Json, stderr: r.stderr };
}

describe('locating a finding in a big file', () => {
  it('a 1 MiB file with a 512k-item flow list: the finding on its own line, exit 1', () => {
    const dir = bigRegistry(512 * 1024);
    const text = readFileSync(path.join(dir, POWER), 'utf8');
    expect(text.length).toBeGreaterThan(1024 * 1024);
    const r = validate(dir, '2M');
    expect(r.status).toBe(1);
    expect(r.json.diagnostics.map((d) => [d.rule, d.file, d.line])).toEqual([['time-limit', POWER, lineOf(text, 'promised_days:')]]);
  });

  it('a 10 MB file with --max-file-size 20M: located, exit 1, no crash', () => {
    const dir = bigRegistry(5 * 1024 * 1024);
    const r = validate(dir, '20M');
    expect(r.status).toBe(1);
    expect(r.json.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['time-limit', lineOf(readFileSync(path.join(dir, POWER), 'utf8'), 'promised_days:'), 3]]);
  });

  it('a big file the fast path leaves to js-yaml goes to line 1, saying so', () => {
    // An anchor takes the file out of the fast path's subset; its size out of the yaml package's bound.
    const dir = bigRegistry(200 * 1024, replace('complaint: 云港市12345政务服务便民热线', 'complaint: &c 云港市12345政务服务便民热线'));
    expect(readFileSync(path.join(dir, POWER), 'utf8').length).toBeGreaterThan(YAML_PACKAGE_LIMIT);
    const r = validate(dir, '2M');
    expect(r.status).toBe(1);
    const [d, ...rest] = r.json.diagnostics;
    expect(rest).toEqual([]);
    expect([d.rule, d.line, d.column]).toEqual(['time-limit', 1, 1]);
    expect(d.message.endsWith(t('locate.approximate'))).toBe(true);
  });

  it('a small file the fast path leaves to js-yaml is still located exactly', () => {
    const dir = bigRegistry(10, replace('complaint: 云港市12345政务服务便民热线', 'complaint: &c 云港市12345政务服务便民热线'));
    const text = readFileSync(path.join(dir, POWER), 'utf8');
    const r = validate(dir, '1M');
    expect(r.json.diagnostics.map((d) => [d.rule, d.line, d.message.endsWith(t('locate.approximate'))])).toEqual([['time-limit', lineOf(text, 'promised_days:'), false]]);
  });
});

describe('Locator', () => {
  it('falls back to the nearest existing parent, then to the first content line', () => {
    const text = '# comment\n\na:\n  b: [x, y]\n  c:\n    - {d: 1}\n';
    const fast = new Locator(text);
    expect(fast.locate([])).toEqual({ line: 3, column: 1 });
    expect(fast.locate(['a', 'b', 1])).toEqual({ line: 4, column: 10 });
    expect(fast.locate(['a', 'c', 0, 'd'])).toEqual({ line: 6, column: 8 });
    expect(fast.locate(['a', 'c', 5, 'd'])).toEqual({ line: 5, column: 3 });
    expect(fast.locate(['a', 'missing'])).toEqual({ line: 3, column: 1 });
    // the same answers as the yaml package
    const reference = new Locator(text, false);
    for (const p of [[], ['a', 'b', 1], ['a', 'c', 0, 'd'], ['a', 'c', 5, 'd'], ['a', 'missing']]) expect(fast.locate(p)).toEqual(reference.locate(p));
  });
});
