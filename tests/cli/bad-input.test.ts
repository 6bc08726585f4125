// The bad-input corpus (issue #2): every malformed file yields a located Chinese message and
// exit 1 — no stack trace, no hang — and every other file of the registry is still checked.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, type CliRun } from '../helpers/cli.js';
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

// file → [rule, line] expected
const corpus: Record<string, { content: string | Buffer; rule: string; line: number; messageId?: RegExp }> = {
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
      for (const d of found) expect(d.message).toMatch(/[\u4e00-\u9fff]/);
      if (c.messageId) expect(found.some((d) => c.messageId!.test(d.message))).toBe(true);
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

  it('rejects a malformed --max-file-size as a usage error (exit 2)', () => {
    const r = runCli(['validate', '--registry', dir, '--max-file-size', 'big']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/文件大小上限/);
  });
});
