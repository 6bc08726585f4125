// The bad-input corpus (issue #2): every malformed file yields a located Chinese message and
// exit 1 — no stack trace, no hang — and every other file of the registry is still checked.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, hasStackTrace, runCli, type CliRun } from '../helpers/cli.js';
import { makeRegistry, replace } from '../helpers/fixture.js';

const P = 'departments/gaj/powers';

/** GBK bytes of a text, from the runtime's own GBK decoder (there is no encoder built in). */
function gbk(text: string): Buffer {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('gbk');
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(Uint8Array.of(a, b));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return Buffer.from(out);
}

const base = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'base', P, 'XK-GAJ-0001.yaml'), 'utf8');
const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
for (const [k, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) {
  bomb.push(`${k}: &${k} [${Array(9).fill(`*${prev}`).join(',')}]`);
}

/** The base licence under another code, with `edit` applied to its text. */
const variant = (n: string, edit: (t: string) => string = (t) => t): string => edit(base.replace(/XK-GAJ-0001/g, `XK-GAJ-${n}`).replace('机动车驾驶证核发', `机动车驾驶证核发${n}`));
const utf16le = (t: string) => Buffer.from(t, 'utf16le');
const utf16be = (t: string) => { const b = utf16le(t); for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]]; return b; };
/** A NUL on line 34, past the first 9 KB (a long comment on line 1 pushes it there). */
const withNul = (t: string) => { const lines = `# ${'备注'.repeat(1600)}\n${t}`.split('\n'); lines[33] = `${lines[33].slice(0, 10)}\u0000${lines[33].slice(10)}`; return lines.join('\n'); };

// file → [rule, line] expected (and what the message must, or must not, say)
const corpus: Record<string, { content: string | Buffer; rule: string; line: number; column?: number; messageId?: RegExp; not?: RegExp }> = {
  [`${P}/XK-GAJ-0101.yaml`]: { content: gbk(base.replace(/XK-GAJ-0001/g, 'XK-GAJ-0101')), rule: 'yaml-syntax', line: 2, messageId: /GBK/ },
  [`${P}/XK-GAJ-0102.yaml`]: { content: base.replace(/XK-GAJ-0001/g, 'XK-GAJ-0102').replace('category: 行政许可', 'category: 行政许可\ncategory: 行政确认'), rule: 'yaml-syntax', line: 4 },
  [`${P}/XK-GAJ-0103.yaml`]: { content: base.replace(/XK-GAJ-0001/g, 'XK-GAJ-0103').replace('  statutory_days: 20', '    statutory_days: 20'), rule: 'yaml-syntax', line: 18 },
  [`${P}/XK-GAJ-0104.yaml`]: { content: `${bomb.join('\n')}\n`, rule: 'yaml-syntax', line: 1 },
  [`${P}/XK-GAJ-0105.yaml`]: { content: `code: XK-GAJ-0105\nname: "${'很长'.repeat(10)}"\n${'# 填充\n'.repeat(2_500_000)}`, rule: 'yaml-syntax', line: 1 },
  [`${P}/XK-GAJ-0106.yaml`]: { content: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(4096, 7)]), rule: 'yaml-syntax', line: 1 },
  [`${P}/XK-GAJ-0107.yaml`]: { content: '', rule: 'yaml-syntax', line: 1 },
  [`${P}/XK-GAJ-0108.yaml`]: { content: '- code: XK-GAJ-0108\n- name: 列表\n', rule: 'schema', line: 1 },
  [`${P}/XK-GAJ-0109.yaml`]: { content: `code: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, rule: 'yaml-syntax', line: 1 },
  [`${P}/XK-GAJ-0110.yaml`]: { content: '# 只有注释\n\n   \n', rule: 'yaml-syntax', line: 1 },
  [`${P}/XK-GAJ-0111.yaml`]: { content: base.replace(/XK-GAJ-0001/g, 'XK-GAJ-0111').replace('posts: [cgs-sl, cgs-sp]', 'posts: [cgs-sl, cgs-sp'), rule: 'yaml-syntax', line: 7 },
  [`${P}/XK-GAJ-0113.yaml`]: { content: `${base.replace(/XK-GAJ-0001/g, 'XK-GAJ-0113').replace('机动车驾驶证核发', '机动车驾驶证延期换领')}${'# 历次审核意见备注\n'.repeat(60_000)}`, rule: 'yaml-syntax', line: 1 },
  [`${P}/XK-GAJ-0112.yaml`]: { content: base.replace(/XK-GAJ-0001/g, 'XK-GAJ-0112').replace('  - law: 道路交通安全法', '\t- law: 道路交通安全法'), rule: 'yaml-syntax', line: 10 },
  // issue 8: messages a clerk can act on, at the right place
  [`${P}/XK-GAJ-0130.yaml`]: { content: Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(variant('0130'))]), rule: 'yaml-syntax', line: 1, messageId: /UTF-16[\s\S]*Unicode[\s\S]*UTF-8/, not: /不是文本文件/ },
  [`${P}/XK-GAJ-0131.yaml`]: { content: Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(variant('0131'))]), rule: 'yaml-syntax', line: 1, messageId: /UTF-16/, not: /不是文本文件/ },
  [`${P}/XK-GAJ-0132.yaml`]: { content: utf16le(variant('0132')), rule: 'yaml-syntax', line: 1, messageId: /UTF-16/, not: /不是文本文件/ },
  [`${P}/XK-GAJ-0133.yaml`]: { content: `# 民政局\n${variant('0133', (t) => t.replace(/^name: .*$/m, 'name：慈善信托备案'))}`, rule: 'yaml-syntax', line: 3, column: 5, messageId: /全角冒号“：”/ },
  [`${P}/XK-GAJ-0134.yaml`]: { content: variant('0134', (t) => t.replace('  statutory_days: 20', '\u3000\u3000statutory_days: 20')), rule: 'yaml-syntax', line: 18, column: 1, messageId: /全角空格/ },
  [`${P}/XK-GAJ-0135.yaml`]: { content: variant('0135', (t) => t.replace('subject: 云港市公安局', '\u3000subject: 云港市公安局')), rule: 'yaml-syntax', line: 4, column: 1, messageId: /全角空格/ },
  [`${P}/XK-GAJ-0136.yaml`]: { content: variant('0136', (t) => t.replace('complaint: 云港市', 'complaint: "云港市')), rule: 'yaml-syntax', line: 25, column: 12, messageId: /引号.*没有闭合/ },
  // …and when a later quote closes it, js-yaml stumbles far below: still the line where it opens
  [`${P}/XK-GAJ-0141.yaml`]: { content: variant('0141', (t) => t.replace('complaint: 云港市', 'complaint: "云港市').replace('content: 办理条件', 'content: "办理条件"')), rule: 'yaml-syntax', line: 25, column: 12, messageId: /引号.*没有闭合/ },
  [`${P}/XK-GAJ-0137.yaml`]: { content: withNul(variant('0137')), rule: 'yaml-syntax', line: 34, column: 11, messageId: /空字符（NUL/ },
  [`${P}/XK-GAJ-0138.yaml`]: { content: `${variant('0138')}---\ncode: XK-GAJ-0138\n`, rule: 'yaml-syntax', line: variant('0138').split('\n').length, messageId: /多个 YAML 文档/ },
  [`${P}/XK-GAJ-0139.yaml`]: { content: `code: ${'['.repeat(100)}${']'.repeat(100)}\n`, rule: 'yaml-syntax', line: 1, messageId: /超过 64 层/, not: /\{limit\}/ },
  [`${P}/XK-GAJ-0140.yaml`]: { content: variant('0140', (t) => t.replace('statutory_days: 20', 'statutory_days: 1e400')), rule: 'schema', line: 18, messageId: /1e400.*超出范围/, not: /文字/ },
};

let dir: string;
let run: CliRun;
let json: { diagnostics: { rule: string; file: string; line: number; column: number; message: string }[]; summary: Record<string, number> };

beforeAll(() => {
  dir = makeRegistry({
    ...Object.fromEntries(Object.entries(corpus).map(([f, c]) => [f, c.content])),
    // accepted: a UTF-8 BOM and CRLF line ends (Windows Notepad)
    [`${P}/XK-GAJ-0120.yaml`]: `\uFEFF${base.replace(/XK-GAJ-0001/g, 'XK-GAJ-0120').replace('机动车驾驶证核发', '机动车驾驶证补领').replace(/\n/g, '\r\n')}`,
    // …and still located right: a real error on line 18 of a BOM + CRLF file
    [`${P}/XK-GAJ-0121.yaml`]: `\uFEFF${base.replace(/XK-GAJ-0001/g, 'XK-GAJ-0121').replace('机动车驾驶证核发', '机动车驾驶证审验').replace('promised_days: 5', 'promised_days: 50').replace(/\n/g, '\r\n')}`,
    // an ordinary error elsewhere: proves the rest of the registry is still checked
    'departments/gaj/powers/CF-GAJ-0001.yaml': replace('min: 50, max: 200', 'min: 500, max: 200'),
  });
  run = runCli(['validate', '--registry', dir, '--format', 'json', '--today', '2026-06-01'], { timeout: 60_000 });
  json = JSON.parse(run.stdout);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bad input corpus', () => {
  it('exits 1 with no stack trace and a clean stderr', () => {
    expect(run.status).toBe(1);
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(run.stderr).toBe('');
  });

  for (const [file, c] of Object.entries(corpus)) {
    it(`reports ${path.basename(file)} as ${c.rule} at line ${c.line}`, () => {
      const found = json.diagnostics.filter((d) => d.file === file);
      expect(found.map((d) => [d.rule, d.line])).toContainEqual([c.rule, c.line]);
      if (c.column !== undefined) expect(found.map((d) => [d.line, d.column])).toContainEqual([c.line, c.column]);
      for (const d of found) expect(d.message).toMatch(/[\u4e00-\u9fff]/);
      if (c.messageId) expect(found.some((d) => c.messageId!.test(d.message))).toBe(true);
      if (c.not) for (const d of found) expect(d.message).not.toMatch(c.not);
    });
  }

  it('accepts a UTF-8 BOM and CRLF line ends, and locates findings in such files', () => {
    expect(json.diagnostics.filter((d) => d.file.endsWith('XK-GAJ-0120.yaml'))).toEqual([]);
    const f = json.diagnostics.filter((d) => d.file.endsWith('XK-GAJ-0121.yaml'));
    expect(f.map((d) => [d.rule, d.line, d.column])).toEqual([['time-limit', 19, 3]]);
  });

  it('still checks the other files', () => {
    expect(json.diagnostics.some((d) => d.rule === 'discretion-range' && d.file.endsWith('CF-GAJ-0001.yaml'))).toBe(true);
  });

  it('the stylish report names each bad file with a line and a Chinese message', () => {
    const r = runCli(['validate', '--registry', dir, '--today', '2026-06-01']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/XK-GAJ-0101\.yaml[\s\S]*?\d+:\d+\s+错误\s+.*GBK/);
    expect(r.stdout).toMatch(/✖ \d+ 个问题/);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
  });

  it('--max-file-size raises the limit: a 1.6 MB file passes at 2M, the 20 MB one still does not', () => {
    const r = runCli(['validate', '--registry', dir, '--format', 'json', '--max-file-size', '2M', P], { cwd: dir });
    const sizeFindings = (JSON.parse(r.stdout).diagnostics as { file: string; message: string }[])
      .filter((d) => /超过.*限制/.test(d.message)).map((d) => path.basename(d.file));
    expect(sizeFindings).toEqual(['XK-GAJ-0105.yaml']);
  });

  it('fills the depth limit in English too', () => {
    const r = runCli(['validate', '--registry', dir, '--format', 'json', '--lang', 'en', `${P}/XK-GAJ-0139.yaml`], { cwd: dir });
    const messages = (JSON.parse(r.stdout).diagnostics as { message: string }[]).map((d) => d.message);
    expect(messages.length).toBe(1);
    expect(messages[0]).toMatch(/64/);
    expect(messages[0]).not.toMatch(/\{limit\}/);
  });

  it('rejects a malformed --max-file-size as a usage error (exit 2)', () => {
    const r = runCli(['validate', '--registry', dir, '--max-file-size', 'big']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/文件大小上限/);
  });
});

describe('a registry that cannot be read at all, and a vanished working folder', () => {
  it('registry.yaml as a folder: one Chinese line, exit 2, no EISDIR', () => {
    const reg = makeRegistry({ 'registry.yaml': null });
    mkdirSync(path.join(reg, 'registry.yaml'));
    const r = runCli(['validate', '--registry', reg]);
    rmSync(reg, { recursive: true, force: true });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/registry\.yaml 是一个文件夹/);
    expect(r.stderr).not.toMatch(/EISDIR/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('a power path that is a folder named .yaml is walked, not read as a file', () => {
    const reg = makeRegistry();
    mkdirSync(path.join(reg, P, 'XK-GAJ-0009.yaml'));
    const r = runCli(['validate', '--registry', reg, '--format', 'json', '--today', '2026-06-01']);
    rmSync(reg, { recursive: true, force: true });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/EISDIR/);
  });

  it('a deleted working folder (uv_cwd): one Chinese line, exit 2, no stack trace', () => {
    const gone = mkdtempSync(path.join(tmpdir(), 'powers-gone-'));
    const r = spawnSync('sh', ['-c', 'cd "$1" && rmdir "$1" && exec "$2" "$3" validate', 'sh', gone, process.execPath, BIN], { encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/当前目录已不存在/);
    expect(r.stderr).not.toMatch(/uv_cwd/);
  });
});

describe('stray files and --max-warnings, through the binary', () => {
  let reg: string;
  beforeAll(() => {
    reg = makeRegistry({ [`${P}/XK-GAJ-0004.yaml.txt`]: variant('0004'), 'departments/gaj/说明.docx': 'PK' });
  });
  afterAll(() => rmSync(reg, { recursive: true, force: true }));

  it('reports each stray file as a located stray-file warning in Chinese, exit 0', () => {
    const r = runCli(['validate', '--registry', reg, '--format', 'json', '--today', '2026-06-01']);
    expect(r.status).toBe(0);
    const found = (JSON.parse(r.stdout).diagnostics as { rule: string; severity: string; file: string; line: number; message: string }[]);
    expect(found.map((d) => [d.rule, d.severity, d.file, d.line])).toEqual([
      ['stray-file', 'warning', 'departments/gaj/powers/XK-GAJ-0004.yaml.txt', 1],
      ['stray-file', 'warning', 'departments/gaj/说明.docx', 1],
    ]);
    expect(found[0].message).toMatch(/XK-GAJ-0004\.yaml/);
  });

  it('reports the same stray files and duplicate names when checked in worker shards', () => {
    const copy = makeRegistry({
      [`${P}/XK-GAJ-0004.yaml.txt`]: variant('0004'), 'departments/gaj/说明.docx': 'PK',
      [`${P}/XK-GAJ-0001 - 副本.yaml`]: base, [`${P}/XK-GAJ-0002.yaml`]: base.replace(/XK-GAJ-0001/g, 'XK-GAJ-0002'),
    });
    const runs = ['0', '2'].map((workers) => runCli(['validate', '--registry', copy, '--format', 'json', '--today', '2026-06-01'], { env: { POWERS_WORKERS: workers } }));
    rmSync(copy, { recursive: true, force: true });
    const [plain, sharded] = runs.map((r) => JSON.parse(r.stdout).diagnostics as { rule: string; file: string; line: number; message: string }[]);
    expect(sharded).toEqual(plain);
    expect(plain.map((d) => [d.rule, path.basename(d.file)])).toEqual(expect.arrayContaining([
      ['stray-file', 'XK-GAJ-0004.yaml.txt'], ['stray-file', '说明.docx'], ['code-format', 'XK-GAJ-0001 - 副本.yaml'],
      ['duplicate-name', 'XK-GAJ-0001.yaml'], ['duplicate-name', 'XK-GAJ-0002.yaml'],
    ]));
    // the copy keeps the code: the message names the earlier file, not only the code both share
    expect(plain.find((d) => d.rule === 'duplicate-name' && d.file.endsWith('/XK-GAJ-0001.yaml'))!.message).toMatch(/XK-GAJ-0001 - 副本\.yaml/);
  });

  it('--group-by department puts a file lying directly in departments/ with the common files, not in a section of its own', () => {
    const copy = makeRegistry({ 'departments/XK-GAJ-0004.yaml': variant('0004') });
    const r = runCli(['validate', '--registry', copy, '--today', '2026-06-01', '--group-by', 'department']);
    rmSync(copy, { recursive: true, force: true });
    expect(r.stdout.match(/^== .* ==$/gm)).toEqual(['== 公共文件（registry.yaml、依据库、上级职能、日历） ==']);
    expect(r.stdout).toMatch(/departments\/XK-GAJ-0004\.yaml\n\s+1:1\s+警告/);
  });

  it('--max-warnings 0 with warnings: no ✔ 校验通过 in the summary, exit 1', () => {
    const r = runCli(['validate', '--registry', reg, '--today', '2026-06-01', '--max-warnings', '0']);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(/✔|校验通过/);
    expect(r.stdout).toMatch(/✖ 2 个问题（0 个错误，2 个警告）/);
    expect(r.stderr).toMatch(/--max-warnings 0/);
  });

  it('within --max-warnings the summary still says 校验通过, exit 0', () => {
    const r = runCli(['validate', '--registry', reg, '--today', '2026-06-01', '--max-warnings', '2']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/✔ 校验通过.*2 个警告/);
  });
});
