// Issue 8 "Nothing forged": text from a user's files (YAML values, file and folder names) reaches the
// terminal and the CI log only as visible text — no workflow command, no escape sequence, no bidi trick.
import { mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/checks/engine.js';
import { formatDisabled } from '../../src/report/disabled.js';
import { formatGithub } from '../../src/report/github.js';
import { visible } from '../../src/report/sanitize.js';
import { formatStylish } from '../../src/report/stylish.js';
import type { ValidateReport } from '../../src/report/types.js';
import { runCli } from '../helpers/cli.js';
import { makeRegistry, replace } from '../helpers/fixture.js';

const FORGED = '行政许可\n::error file=evil.yaml,line=1::FORGED\u001b[31m\r\u0007\u009b\u007f\u202e\u2066';
// Every character the terminal or the Actions runner could obey.
const DANGEROUS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function report(diagnostic: Partial<Diagnostic>, departments = new Map<string, string>()): ValidateReport {
  const d: Diagnostic = {
    rule: 'schema', severity: 'error', message: 'm', messageId: 'x', data: {}, file: 'a.yaml', line: 3, column: 1, code: null,
    ...diagnostic,
  };
  return { diagnostics: [d], summary: { errors: 1, warnings: 0, files: 1, powers: 1 }, registryPrefix: '', departments, toolVersion: '0' };
}

/** Lines that the GitHub runner would read as a workflow command. */
const commands = (out: string) => out.split(/\r?\n|\r/).filter((l) => l.startsWith('::'));

describe('visible()', () => {
  it('writes C0, C1, DEL, ESC, BEL and bidi overrides as \\uXXXX and keeps everything else', () => {
    expect(visible('a\u001b[31mb\u0007\u202e\u2069\u0085\u007f')).toBe('a\\u001B[31mb\\u0007\\u202E\\u2069\\u0085\\u007F');
    expect(visible('行政许可（市本级）: 20%, a\\b')).toBe('行政许可（市本级）: 20%, a\\b');
    expect(visible(FORGED)).not.toMatch(DANGEROUS);
    expect(visible(FORGED)).not.toMatch(/\n/);
  });
});

describe('reporters neutralise what the user wrote', () => {
  it('stylish: message, file, folder and department names', () => {
    const out = formatStylish(
      report({ message: `取值“${FORGED}”`, file: `departments/g\u001b]0;x\u0007/powers/A\nB.yaml`, code: 'XK\u001b-1' },
        new Map([['g\u001b]0;x\u0007', `公安\u202e局`]])),
      { isColor: false, groupBy: 'department' },
    );
    expect(out).not.toMatch(DANGEROUS);
    expect(commands(out)).toEqual([]);
    expect(out).toContain('\\u001B[31m');
    expect(out).toContain('公安\\u202E局');
  });

  it('github: one line per diagnostic, escaped as the Actions toolkit escapes', () => {
    const out = formatGithub(report({ message: `100% ${FORGED}`, file: 'dir,x:y/a%b.yaml', code: 'XK,1' }));
    expect(out).not.toMatch(DANGEROUS);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(commands(out)).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error file=dir%2Cx%3Ay\/a%25b\.yaml,line=3,col=1,title=powers schema XK%2C1::100%25 行政许可\\u000A::error file=evil/);
  });

  it('--list-disabled: file names and reasons', () => {
    const out = formatDisabled([{ file: 'a\u001b.yaml', line: 1, rules: ['overlap'], reason: `已协调\n::error::x\u001b[2J`, used: 1 }]);
    expect(out).not.toMatch(DANGEROUS);
    expect(commands(out)).toEqual([]);
  });
});

describe('powers validate on a forged value (built binary)', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeRegistry({
      'departments/gaj/powers/XK-GAJ-0001.yaml': replace(/^category: 行政许可$/m,
        'category: "行政许可\\n::error file=evil.yaml,line=1::FORGED\\e[31m\\u202E\\a\\x9B"'),
    });
    // A folder name with an escape sequence and a line break (legal on Linux and macOS).
    const odd = path.join(dir, 'departments', 'gaj', 'powers', 'x\u001b[31m\n::error::y');
    mkdirSync(odd);
    writeFileSync(path.join(odd, 'XK-GAJ-0009.yaml'), readFileSync(path.join(dir, 'departments/gaj/powers/XK-GAJ-0001.yaml')));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const format of ['stylish', 'github']) {
    it(`${format}: no forged workflow command, no ESC byte, the forged text shown visibly`, () => {
      const r = runCli(['validate', '--registry', '.', '--format', format], { cwd: dir });
      expect(r.status).toBe(1);
      expect(r.stdout).not.toMatch(DANGEROUS);
      const own = format === 'github' ? /^::(error|warning) file=departments\/gaj\/powers\/[^:]*,line=\d+,col=\d+,title=powers [a-z-]+[^:]*::/ : /^$/;
      for (const line of commands(r.stdout)) expect(line).toMatch(own);
      if (format === 'stylish') expect(commands(r.stdout)).toEqual([]);
      expect(r.stdout).toContain('FORGED\\u001B[31m\\u202E\\u0007\\u009B');
      expect(r.stdout).toContain('x\\u001B[31m\\u000A');
    });
  }
});

describe('powers deadlines on a forged power name (built binary)', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeRegistry({
      'departments/gaj/powers/XK-GAJ-0001.yaml': (text) => `${text.replace(/^name: 机动车驾驶证核发$/m, 'name: "机动车驾驶证核发\\e[2J\\n::error::FORGED"')}`
        + 'changes:\n  - date: 2026-03-02\n    kind: 事项变更\n',
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const format of ['text', 'md']) {
    it(`${format}: the name is shown, not obeyed`, () => {
      const r = runCli(['deadlines', '--registry', dir, '--today', '2026-12-31', '--format', format]);
      expect(r.stdout).toMatch(/XK-GAJ-0001/);
      expect(r.stdout).not.toMatch(DANGEROUS);
      expect(commands(r.stdout)).toEqual([]);
      expect(r.stdout).toMatch(/机动车驾驶证核发\\{1,2}u001B\[2J\\{1,2}u000A::error::FORGED/);
    });
  }
});
