// fastParse (src/registry/fast-yaml.ts) against js-yaml, the reference it must agree with: on every
// document it handles, its value must deep-equal (toStrictEqual) `yaml.load(text, CORE_SCHEMA)`;
// on everything else, including every document js-yaml rejects, it must return undefined.
// (1) real and generated registries, (2) a table of tricky snippets, (3) a seeded mutation fuzz.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { fastParse, fastParsePositions } from '../../src/registry/fast-yaml.js';
import { Locator } from '../../src/registry/locate.js';
import type { NodePath } from '../../src/registry/model.js';
import { FIXTURES, PROJECT } from '../helpers/fixture.js';

const GEN = path.resolve(PROJECT, '..', 'shared', 'tools', 'gen-registry.mjs');
const hasGen = existsSync(GEN);

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function reference(text: string): Outcome {
  try {
    return { ok: true, value: yaml.load(text, { schema: yaml.CORE_SCHEMA }) };
  } catch (error) {
    return { ok: false, error };
  }
}

/** All .yaml / .yml files under `dir`, as text (BOM stripped, as parse.ts does). */
function yamlTexts(dir: string, out: { file: string; text: string }[] = []): { file: string; text: string }[] {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) {
      yamlTexts(file, out);
    } else if (e.isFile() && /\.ya?ml$/.test(e.name)) {
      let text = readFileSync(file, 'utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      out.push({ file, text });
    }
  }
  return out;
}

/** Every key and item path of a value (up to `limit`), depth first, plus one missing key per mapping. */
function pathsOf(value: unknown, limit = 400): NodePath[] {
  const out: NodePath[] = [[]];
  const walk = (v: unknown, at: NodePath) => {
    if (out.length >= limit || v === null || typeof v !== 'object') return;
    const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
    if (!Array.isArray(v)) out.push([...at, 'no_such_key', 'deeper']);
    for (const [k, x] of entries) {
      out.push([...at, k]);
      walk(x, [...at, k]);
    }
  };
  walk(value, []);
  return out.slice(0, limit);
}

/**
 * The fast path's recorded positions put every path where the `yaml` package's positional parse
 * (the reference locator) puts it: same line and column, for keys, items and missing nodes.
 */
function samePositions(text: string, label: string): void {
  const parsed = fastParsePositions(text);
  expect(parsed, label).not.toBeUndefined();
  const fast = new Locator(text);
  const reference = new Locator(text, false);
  for (const p of pathsOf(parsed!.data)) expect(fast.locate(p), `${label} ${JSON.stringify(p)}`).toEqual(reference.locate(p));
}

/** Checks every file (values and positions); returns how many fastParse handled. */
function differential(files: { file: string; text: string }[]): number {
  let handled = 0;
  for (const { file, text } of files) {
    const got = fastParse(text);
    if (got === undefined) continue;
    handled++;
    const ref = reference(text);
    expect(ref.ok, `js-yaml rejects ${file} but fastParse accepted it`).toBe(true);
    if (ref.ok) expect(got, file).toStrictEqual(ref.value);
    if (handled <= 600) samePositions(text, file);
  }
  return handled;
}

const tmpDirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'powers-fast-yaml-'));
  tmpDirs.push(d);
  return d;
}
afterAll(() => tmpDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('fastParse agrees with js-yaml on real registries', () => {
  it('the project registry and the test fixtures', () => {
    const files = [...yamlTexts(path.join(PROJECT, 'registry')), ...yamlTexts(FIXTURES)];
    expect(files.length).toBeGreaterThan(100);
    const handled = differential(files);
    // The fixtures include deliberately broken files: only a few may be left to js-yaml.
    expect(handled / files.length).toBeGreaterThanOrEqual(0.9);
  });

  it('bench/generate.mjs: 3,000 powers, ≥ 99% handled', () => {
    const dir = path.join(tmp(), 'reg');
    generate(dir, 3000, 7);
    const files = yamlTexts(dir);
    expect(files.length).toBeGreaterThan(3000);
    expect(differential(files) / files.length).toBeGreaterThanOrEqual(0.99);
  });
});

describe.skipIf(!hasGen)('fastParse agrees with js-yaml on the reference generator (../shared/tools/gen-registry.mjs)', () => {
  it('3,000 powers, ≥ 99% handled', () => {
    const dir = path.join(tmp(), 'reg');
    execFileSync(process.execPath, [GEN, '--out', dir, '--powers', '3000', '--seed', '11'], { stdio: 'ignore' });
    const files = yamlTexts(dir);
    expect(files.length).toBeGreaterThan(3000);
    expect(differential(files) / files.length).toBeGreaterThanOrEqual(0.99);
  });

  it('1,500 powers with planted errors (duplicate keys, unclosed flow, tabs, GBK bytes)', () => {
    const dir = path.join(tmp(), 'reg');
    execFileSync(process.execPath, [GEN, '--out', dir, '--powers', '1500', '--seed', '5', '--inject-errors', '80'], { stdio: 'ignore' });
    const files = yamlTexts(dir);
    const rejected = files.filter((f) => !reference(f.text).ok);
    expect(rejected.length).toBeGreaterThan(0);
    for (const f of rejected) expect(fastParse(f.text), f.file).toBeUndefined();
    differential(files);
  });
});

// ---------------------------------------------------------------- (2) tricky snippets

/** `same`: handled and equal to js-yaml (and to `value` when given); `bail`: undefined. */
type Case = [name: string, text: string, expected: 'same' | 'bail', value?: unknown];

function nest(depth: number): string {
  let s = '';
  for (let i = 0; i < depth; i++) s += `${' '.repeat(2 * i)}k${i}:\n`;
  return `${s}${' '.repeat(2 * depth)}leaf: 1\n`;
}

const CASES: Case[] = [
  // quoting
  ['single quotes, doubled quote', "a: 'it''s'\n", 'same', { a: "it's" }],
  ['single quotes, doubled quote at the end', "a: 'x'''\n", 'same', { a: "x'" }],
  ['double quotes keep : and #', 'a: "x: y # z"\n', 'same', { a: 'x: y # z' }],
  ['double quotes with a backslash', 'a: "x\\ny"\n', 'bail'],
  ['empty quoted strings', "a: ''\nb: \"\"\n", 'same', { a: '', b: '' }],
  ['quoted scalars are never resolved', "a: '12'\nb: \"true\"\nc: 'null'\n", 'same', { a: '12', b: 'true', c: 'null' }],
  ['spaces inside quotes are kept', "a: '  x  '\n", 'same', { a: '  x  ' }],
  ['unterminated single quote', "a: 'abc\n", 'bail'],
  ['unterminated double quote', 'a: "abc\n', 'bail'],
  ['multi-line single quote', "a: 'abc\n  def'\n", 'bail'],
  ['text after a closing quote', "a: 'x' y\n", 'bail'],
  ['comment after a closing quote', "a: 'x' # c\n", 'same', { a: 'x' }],
  ['# right after a closing quote', "a: 'x'#c\n", 'bail'],
  ['quoted key', "'a': 1\n", 'bail'],
  ['double-quoted key', '"a": 1\n', 'bail'],
  ['quotes inside a plain scalar', 'a: it\'s "ok"\n', 'same', { a: 'it\'s "ok"' }],
  ['quoted sequence item followed by a colon', "- 'a': 1\n", 'bail'],

  // `#`
  ['# without a space is content', 'a: b#c\n', 'same', { a: 'b#c' }],
  ['# after a space starts a comment', 'a: b #c\n', 'same', { a: 'b' }],
  ['comment and trailing spaces', 'a: b  # c  \n', 'same', { a: 'b' }],
  ['a value that is only a comment', 'a: # nothing\nb: 1\n', 'same', { a: null, b: 1 }],
  ['# inside a flow scalar', 'a: [x#y, z]\n', 'same', { a: ['x#y', 'z'] }],
  ['comment inside a flow collection', 'a: [x #y, z]\n', 'bail'],
  ['# inside quotes', "a: 'x # y'\n", 'same', { a: 'x # y' }],
  ['full-width punctuation', 'a: 负责（一）：审查、决定，“要求”；#1\n', 'same', { a: '负责（一）：审查、决定，“要求”；#1' }],
  ['comment after a flow collection', 'a: [x] # c\n', 'same', { a: ['x'] }],
  ['comment lines everywhere', '# yaml-language-server: $schema=x.json\na: # c\n  # c\n# c\n  b: 1 # c\n    # deeper\nc: 2\n# end', 'same', { a: { b: 1 }, c: 2 }],

  // colons
  ['key: a: b', 'key: a: b\n', 'bail'],
  ['key: a:b', 'key: a:b\n', 'same', { key: 'a:b' }],
  ['value ending with a colon', 'key: a:\n', 'bail'],
  ['URL value', 'key: http://x.y/z?q=1#f\n', 'same', { key: 'http://x.y/z?q=1#f' }],
  ['- a: b: c', '- a: b: c\n', 'bail'],
  ['key:value without a space', 'a: 1\nkey:value\n', 'bail'],
  ['root key:value without a space (a string for js-yaml)', 'key:value\n', 'bail'],
  ['space before the colon', 'a : 1\n', 'bail'],
  ['value starting with a colon', 'a: :x\n', 'same', { a: ':x' }],
  ['value that is a lone colon', 'a: :\n', 'bail'],

  // whitespace and line ends
  ['trailing spaces', 'a: b   \nc: d \ne:   \n', 'same', { a: 'b', c: 'd', e: null }],
  ['no final newline', 'a: 1', 'same', { a: 1 }],
  ['no final newline after a nested block', 'a:\n  - x', 'same', { a: ['x'] }],
  ['blank lines with spaces inside a block', 'a:\n  b: 1\n      \n\n  c: 2\n', 'same', { a: { b: 1, c: 2 } }],
  ['CRLF', "a: b\r\nc:\r\n  - x\r\n  - 'y'\r\n  - [p, q]\r\n# c\r\n", 'same', { a: 'b', c: ['x', 'y', ['p', 'q']] }],
  ['a lone CR', 'a: b\rc: d\n', 'bail'],
  ['a CR inside a value', 'a: b\rc\r\n', 'bail'],
  ['a lone CR in a comment', '# x\ry: 1\na: b\n', 'bail'],
  ['non-breaking space is content', 'a: x\u00a0\n', 'same', { a: 'x\u00a0' }],

  // empty values
  ['empty values', 'a:\nb:\n', 'same', { a: null, b: null }],
  ['empty sequence items', '- \n- a\n-\n', 'same', [null, 'a', null]],
  ['empty flow collections', 'a: []\nb: {}\nc: [{}, []]\n', 'same', { a: [], b: {}, c: [{}, []] }],
  ['empty flow mapping value', 'a: {x: }\n', 'bail'],
  ['empty flow mapping value before a comma', 'a: {x: , y: 1}\n', 'bail'],
  ['trailing comma in a flow sequence', 'a: [x, ]\n', 'bail'],
  ['trailing comma in a flow mapping', 'a: {x: 1,}\n', 'bail'],
  ['leading comma in a flow sequence', 'a: [, x]\n', 'bail'],
  ['double comma', 'a: [x,, y]\n', 'bail'],

  // numbers of every shape
  ['decimal integers', 'a: 12\nb: -3\nc: 0\nd: 123456789012345\n', 'same', { a: 12, b: -3, c: 0, d: 123456789012345 }],
  ['decimal fractions', 'a: 0.5\nb: -1.25\nc: 1.0\nd: 3.14159\n', 'same', { a: 0.5, b: -1.25, c: 1, d: 3.14159 }],
  ['-0.0 is negative zero', 'a: -0.0\n', 'same', { a: -0 }],
  ['-0 (0 for js-yaml, not -0)', 'a: -0\n', 'bail'],
  ['16-digit integer', 'a: 1234567890123456\n', 'bail'],
  ['+1', 'a: +1\n', 'bail'],
  ['.5', 'a: .5\n', 'bail'],
  ['1.', 'a: 1.\n', 'bail'],
  ['1e3', 'a: 1e3\n', 'bail'],
  ['1E3', 'a: 1E3\n', 'bail'],
  ['2.5e-4', 'a: 2.5e-4\n', 'bail'],
  ['0x1F', 'a: 0x1F\n', 'bail'],
  ['0o17', 'a: 0o17\n', 'bail'],
  ['0b101', 'a: 0b101\n', 'bail'],
  ['0x without digits', 'a: 0x\n', 'bail'],
  ['010', 'a: 010\n', 'bail'],
  ['00', 'a: 00\n', 'bail'],
  ['1_000', 'a: 1_000\n', 'bail'],
  ['.inf', 'a: .inf\n', 'bail'],
  ['-.Inf', 'a: -.Inf\n', 'bail'],
  ['.NaN', 'a: .NaN\n', 'bail'],
  ['huge exponent', 'a: 1e999\n', 'bail'],
  ['numbers in flow collections', 'a: [1, -2, 0.5, 1.5.1, 7天]\n', 'same', { a: [1, -2, 0.5, '1.5.1', '7天'] }],
  ['number-like strings', 'a: 1.2.3\nb: 10元\nc: 12345热线\nd: 1 2\ne: -a\nf: +\ng: .\nh: ...\ni: 1e\nj: 0.5.\n', 'same',
    { a: '1.2.3', b: '10元', c: '12345热线', d: '1 2', e: '-a', f: '+', g: '.', h: '...', i: '1e', j: '0.5.' }],
  ['leading zeros in a decimal fraction (1.0 style)', 'a: 0.05\nb: 00.5\n', 'bail'],

  // core-schema words
  ['YAML 1.1 booleans are strings', 'a: yes\nb: no\nc: on\nd: off\ne: y\nf: n\ng: Yes\nh: ON\n', 'same',
    { a: 'yes', b: 'no', c: 'on', d: 'off', e: 'y', f: 'n', g: 'Yes', h: 'ON' }],
  ['core booleans', 'a: true\nb: True\nc: TRUE\nd: false\ne: False\nf: FALSE\ng: tRUE\nh: truex\n', 'same',
    { a: true, b: true, c: true, d: false, e: false, f: false, g: 'tRUE', h: 'truex' }],
  ['null forms', 'a: null\nb: Null\nc: NULL\nd: ~\ne:\nf: nULL\ng: ~a\nh: [~, null]\n', 'same',
    { a: null, b: null, c: null, d: null, e: null, f: 'nULL', g: '~a', h: [null, null] }],
  ['dates stay strings', 'a: 2026-01-15\nb: 2026-01-15T10:00:00Z\nc: 2026-1-5\nd: {date: 2025-09-01}\n', 'same',
    { a: '2026-01-15', b: '2026-01-15T10:00:00Z', c: '2026-1-5', d: { date: '2025-09-01' } }],

  // keys
  ['keys that resolve to booleans / null', 'true: 1\n', 'bail'],
  ['True key', 'True: 1\n', 'bail'],
  ['null key', 'null: 1\n', 'bail'],
  ['null key in a flow mapping', 'a: {null: 1}\n', 'bail'],
  ['__proto__ key', '__proto__: 1\n', 'bail'],
  ['__proto__ key in a flow mapping', 'a: {__proto__: {x: 1}}\n', 'bail'],
  ['Object.prototype names as keys', 'constructor: 1\ntoString: x\nhasOwnProperty: y\nvalueOf: {a: 1}\n', 'same',
    { constructor: 1, toString: 'x', hasOwnProperty: 'y', valueOf: { a: 1 } }],
  ['numeric key', '1: a\n', 'bail'],
  ['keys with spaces', 'a b: c\n', 'bail'],
  ['keys with spaces in a sequence item', '- a b: c\n', 'bail'],
  ['dotted key', 'a.b: 1\n', 'bail'],
  ['Chinese and punctuated keys', '名称: 值\na-b_c1: 1\n_x: 2\n', 'same', { 名称: '值', 'a-b_c1': 1, _x: 2 }],
  ['merge key', 'a: {x: 1}\n<<: {y: 2}\n', 'bail'],
  ['explicit key', '? a\n: b\n', 'bail'],
  ['flow sequence as a key', '[a]: b\n', 'bail'],
  ['flow mapping as a key', '{a: 1}: b\n', 'bail'],
  ['flow key without a space after the colon', 'a: {x:1}\n', 'bail'],

  // duplicate keys
  ['duplicate keys', 'a: 1\na: 2\n', 'bail'],
  ['duplicate keys in a flow mapping', 'a: {x: 1, x: 2}\n', 'bail'],
  ['duplicate keys in a sequence item', '- a: 1\n  a: 2\n', 'bail'],
  ['same key in different mappings', 'a: {x: 1}\nb: {x: 2}\nc:\n  - x: 1\n  - x: 2\n', 'same',
    { a: { x: 1 }, b: { x: 2 }, c: [{ x: 1 }, { x: 2 }] }],

  // tabs
  ['tab indentation', 'a:\n\t- x\n', 'bail'],
  ['tab inside a value', 'a: b\tc\n', 'bail'],
  ['tab after the colon', 'a:\tb\n', 'bail'],
  ['tab before a comment', 'a: b\t# c\n', 'bail'],
  ['tab on a blank line', 'a: 1\n\t\nb: 2\n', 'bail'],

  // anchors, aliases, tags, block scalars, multi-line scalars
  ['anchor and alias', 'a: &x 1\nb: *x\n', 'bail'],
  ['anchor on a sequence item', '- &a x\n', 'bail'],
  ['core tag', 'a: !!str 1\n', 'bail'],
  ['local tag', 'a: !tag x\n', 'bail'],
  ['literal block scalar', 'a: |\n  x\n  y\n', 'bail'],
  ['folded block scalar', 'a: >-\n  x\n', 'bail'],
  ['multi-line plain scalar', 'a: b\n  c\n', 'bail'],
  ['multi-line plain sequence item', '- a\n  b\n', 'bail'],
  ['multi-line plain scalar in a nested mapping', 'a:\n  b: c\n   d\n', 'bail'],
  ['continuation that looks like a sequence entry', 'a:\n- x\n  - y\n', 'bail'],
  ['plain scalar on the line after its key', 'a:\n  b\n', 'bail'],
  ['flow collection on the line after its key', 'a:\n  [b]\n', 'bail'],

  // flow collections
  ['flow mapping in a block mapping', 'basis: {law: 行政许可法, articles: 第三十条第二款}\n', 'same', { basis: { law: '行政许可法', articles: '第三十条第二款' } }],
  ['flow mapping items', '- {name: 受理, post: cgs-sl, days: 1, disclose: true}\n- {name: 决定, post: cgs-jd, days: 2}\n', 'same',
    [{ name: '受理', post: 'cgs-sl', days: 1, disclose: true }, { name: '决定', post: 'cgs-jd', days: 2 }]],
  ['nested flow collections', 'a: {x: 1, y: [p, q], z: {w: true}}\nb: [a, [b, [c]]]\n', 'same',
    { a: { x: 1, y: ['p', 'q'], z: { w: true } }, b: ['a', ['b', ['c']]] }],
  ['spaces inside flow collections', 'a: [ x , y ]\nb: { x: 1 , y: 2 }\n', 'same', { a: ['x', 'y'], b: { x: 1, y: 2 } }],
  ['quoted flow scalars', "a: ['x', \"y, z\", 'z''s', '']\n", 'same', { a: ['x', 'y, z', "z's", ''] }],
  ['flow sequence over two lines', 'a: [x,\n  y]\n', 'bail'],
  ['flow mapping over two lines', 'a: {x: 1,\n  y: 2}\n', 'bail'],
  ['pair inside a flow sequence', 'a: [x: 1]\n', 'bail'],
  ['colon at the end of a flow scalar', 'a: [a:]\n', 'bail'],
  ['colon inside a flow scalar', 'a: [http://x, a:b]\nb: {x: a:b}\n', 'same', { a: ['http://x', 'a:b'], b: { x: 'a:b' } }],
  ['dash as a flow value', 'a: {x: -}\n', 'bail'],
  ['unclosed flow sequence', 'a: [x, y\n', 'bail'],
  ['unclosed flow mapping', 'a: {x: 1\n', 'bail'],
  ['extra closing bracket', 'a: [x, y]]\n', 'bail'],
  ['extra closing brace', 'a: {x: 1}}\n', 'bail'],
  ['text after a flow collection', 'a: [x] y\n', 'bail'],
  ['text glued to a flow collection', 'a: [a]b\n', 'bail'],
  ['missing comma', 'a: [[x] [y]]\n', 'bail'],
  ['closing bracket inside a block plain scalar', 'a: x]\nb: x}\nc: x, y\nd: x [y]\n', 'same', { a: 'x]', b: 'x}', c: 'x, y', d: 'x [y]' }],
  ['closing bracket starting a value', 'a: ]x\n', 'bail'],
  ['root flow collection', '[a, b]\n', 'bail'],

  // indicators at the start of a value
  ['@ value', 'a: @x\n', 'bail'],
  ['backtick value', 'a: `x`\n', 'bail'],
  ['% value', 'a: %x\n', 'bail'],
  ['- value on the key line', 'a: - x\n', 'bail'],
  ['? value on the key line', 'a: ? x\n', 'bail'],
  ['indicator-like plain values', 'a: ?x\nb: -x\nc: x-\nd: x?\ne: x|y\nf: x>y\ng: x&y\nh: x*y\ni: x!y\n', 'same',
    { a: '?x', b: '-x', c: 'x-', d: 'x?', e: 'x|y', f: 'x>y', g: 'x&y', h: 'x*y', i: 'x!y' }],
  ['comma starting a value', 'a: ,x\n', 'bail'],

  // sequences
  ['sequence at the parent key indentation', 'a:\n- x\n- y\nb: 1\n', 'same', { a: ['x', 'y'], b: 1 }],
  ['sequence at the indentation of a mapping in a sequence item', '- a:\n  - x\n  b: 1\n', 'same', [{ a: ['x'], b: 1 }]],
  ['sequence at parent indentation, nested', 'a:\n  b:\n  - x\n  - y: 1\n    z: 2\n  c: 2\n', 'same', { a: { b: ['x', { y: 1, z: 2 }], c: 2 } }],
  ['sequence items with nested blocks', '-\n  a: 1\n-\n  - b\n- c\n', 'same', [{ a: 1 }, ['b'], 'c']],
  ['null item between items', '- a\n-\n- b\n', 'same', ['a', null, 'b']],
  ['mapping in an item with extra spaces', '-   a: 1\n    b: 2\n', 'same', [{ a: 1, b: 2 }]],
  ['empty last item before a dedent', 'a:\n  - x\n  -\nb: 1\n', 'same', { a: ['x', null], b: 1 }],
  // js-yaml quirk: after an empty item, a `-` line of any indentation continues the same sequence
  ['empty item, then a less indented item (js-yaml: [[null, null]])', '- \n -\n-\n', 'bail'],
  ['empty item, then an item of the parent level (js-yaml: {a: [null, b]})', 'a:\n  -\n- b\n', 'bail'],
  ['compact nested sequence', '- - a\n', 'bail'],
  ['-a is not an item', '-a\n', 'bail'],
  ['negative number item', '- -1\n', 'same', [-1]],
  ['explicit key in an item', '- ? a\n', 'bail'],
  ['item mapping followed by an item at the wrong indentation', '- a: 1\n - b\n', 'bail'],
  ['item mapping key at the wrong indentation', '- a: 1\n   b: 2\n', 'bail'],
  ['item mapping key at a smaller indentation', '- a: 1\n b: 2\n', 'bail'],
  ['sequence entry where a key is expected', 'a:\n  b: 1\n  - c\n', 'bail'],
  ['key after a nested sequence at the wrong level', 'a:\n  - x\n  b: 1\n', 'bail'],
  ['root sequence followed by a key', '- a\nb: 1\n', 'bail'],
  ['root mapping followed by a sequence', 'a: 1\n- b\n', 'bail'],

  // indentation
  ['dedent to an unknown level', 'a:\n  b: 1\n c: 2\n', 'bail'],
  ['dedent to an unknown level (deeper)', 'a:\n    b: 1\n  c: 2\n', 'bail'],
  ['more indentation for a sibling', 'a: 1\n  b: 2\n', 'bail'],
  ['indented root', '  a: 1\n  b: 2\n', 'bail'],
  ['four-space indentation', 'a:\n    b:\n        - x\n    c: 1\n', 'same', { a: { b: ['x'], c: 1 } }],

  // documents and directives
  ['document start marker', '---\na: 1\n', 'bail'],
  ['second document', 'a: 1\n---\nb: 2\n', 'bail'],
  ['document end marker', 'a: 1\n...\n', 'bail'],
  ['directive', '%YAML 1.2\n---\na: 1\n', 'bail'],
  ['empty document', '', 'bail'],
  ['comments only', '# only a comment\n', 'bail'],
  ['blank lines only', '\n\n  \n', 'bail'],
  ['root scalar', 'hello\n', 'bail'],
  ['root quoted scalar', "'x'\n", 'bail'],
  ['leading BOM (the caller strips it)', '\ufeffa: 1\n', 'bail'],

  // characters
  ['control character', 'a: b\u0001c\n', 'bail'],
  ['NUL in a value', 'a: x\u0000\n', 'bail'],
  ['NUL in a comment', '# c\u0000\na: 1\n', 'bail'],
  ['NUL in a trailing comment', 'a: 1 # \u0000\n', 'bail'],
  ['NEL', 'a: \u0085x\n', 'bail'],
  ['line separator', 'a: b\u2028c\n', 'bail'],
  ['C1 control in a key', 'a\u0090: 1\n', 'bail'],
  ['astral characters', 'a: 𠮷野家\nb: [😀]\n', 'same', { a: '𠮷野家', b: ['😀'] }],
  ['lone high surrogate', 'a: \ud800x\n', 'bail'],
  ['lone low surrogate', 'a: x\udc00\n', 'bail'],

  // depth
  ['20 nested mappings', nest(20), 'same'],
  ['40 nested mappings', nest(40), 'bail'],
  ['10 nested flow sequences', `a: ${'['.repeat(10)}x${']'.repeat(10)}\n`, 'same'],
  ['100 nested flow sequences', `a: ${'['.repeat(100)}x${']'.repeat(100)}\n`, 'bail'],
];

describe('tricky snippets', () => {
  it.each(CASES)('%s', (_name, text, expected, value) => {
    const got = fastParse(text);
    const ref = reference(text);
    if (expected === 'bail') {
      expect(got).toBeUndefined();
      return;
    }
    expect(ref.ok, 'js-yaml accepts it').toBe(true);
    expect(got).not.toBeUndefined();
    if (ref.ok) expect(got).toStrictEqual(ref.value);
    if (value !== undefined) expect(got).toStrictEqual(value);
    samePositions(text, _name);
  });

  it('returns plain objects and arrays, like js-yaml', () => {
    const got = fastParse('a:\n  - {b: 1}\n') as { a: { b: number }[] };
    expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
    expect(Array.isArray(got.a)).toBe(true);
    expect(Object.getPrototypeOf(got.a[0])).toBe(Object.prototype);
  });

  it('is re-usable after a bail-out in the middle of a document', () => {
    expect(fastParse('a:\n  b: [x,\n')).toBeUndefined();
    expect(fastParse('a:\n  b: [x]\n')).toStrictEqual({ a: { b: ['x'] } });
  });
});

// ---------------------------------------------------------------- (3) mutation fuzz

/** mulberry32: small, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = [...":#[]{},'\"-&*!|>?\t ", '\n', '\r\n', '\r', '0', '.', '~', '\\', ': ', ' #', '- ', '  '];

function mutate(text: string, r: () => number): string {
  const int = (n: number) => Math.floor(r() * n);
  let s = text;
  const times = 1 + int(3);
  for (let m = 0; m < times; m++) {
    const lines = s.split('\n');
    const li = int(lines.length);
    const pos = int(s.length + 1);
    switch (int(9)) {
      case 0: // delete a character
        s = s.slice(0, pos) + s.slice(pos + 1);
        break;
      case 1: // duplicate a character
        s = s.slice(0, pos) + s.charAt(pos) + s.slice(pos);
        break;
      case 2:
      case 3: // insert a YAML-significant character
        s = s.slice(0, pos) + INSERTS[int(INSERTS.length)] + s.slice(pos);
        break;
      case 4: // delete a line
        lines.splice(li, 1);
        s = lines.join('\n');
        break;
      case 5: // duplicate a line
        lines.splice(li, 0, lines[li]);
        s = lines.join('\n');
        break;
      case 6: // change the indentation of a line
        lines[li] = r() < 0.5 ? ' '.repeat(1 + int(4)) + lines[li] : lines[li].replace(/^ {1,2}/, '');
        s = lines.join('\n');
        break;
      case 7: { // swap two lines
        const lj = int(lines.length);
        [lines[li], lines[lj]] = [lines[lj], lines[li]];
        s = lines.join('\n');
        break;
      }
      default: { // replace a character by another one from the file
        const c = s.charAt(int(s.length));
        s = s.slice(0, pos) + c + s.slice(pos + 1);
      }
    }
  }
  return s;
}

describe('mutation fuzz', () => {
  let seeds: string[] = [];
  beforeAll(() => {
    const dir = path.join(tmp(), 'reg');
    generate(dir, 60, 3);
    const small = (f: { text: string }) => f.text.length < 6000;
    seeds = [...yamlTexts(path.join(PROJECT, 'registry')), ...yamlTexts(FIXTURES), ...yamlTexts(dir)].filter(small).map((f) => f.text);
    seeds.push(...CASES.filter((c) => c[1].length < 2000).map((c) => c[1]));
  });

  it('4,000 mutated files: fastParse is undefined or equals js-yaml, and never throws', () => {
    const r = rng(20260115);
    let handled = 0;
    let rejected = 0;
    for (let n = 0; n < 4000; n++) {
      const text = mutate(seeds[Math.floor(r() * seeds.length)], r);
      let got: unknown;
      expect(() => (got = fastParse(text)), JSON.stringify(text)).not.toThrow();
      const ref = reference(text);
      if (!ref.ok) rejected++;
      if (got === undefined) continue;
      handled++;
      expect(ref.ok, `js-yaml rejects ${JSON.stringify(text)}`).toBe(true);
      if (ref.ok) expect(got, JSON.stringify(text)).toStrictEqual(ref.value);
      if (handled % 4 === 0) samePositions(text, JSON.stringify(text));
    }
    // The fuzz must exercise both sides: accepted mutants compared, rejected ones refused.
    expect(handled).toBeGreaterThan(1000);
    expect(rejected).toBeGreaterThan(400);
  });
});
