// Issue 8: help and usage errors entirely in the user's language; `powers help <command>`;
// did-you-mean for commands and options; each command's help shows the global options.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { runCli } from '../helpers/cli.js';
import { PROJECT } from '../helpers/fixture.js';

/** Runs main in-process and collects its output. */
async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, cwd: PROJECT, env: {}, now: () => new Date(), isTTY: false,
  });
  return { code, stdout, stderr };
}

/** The command names listed under a help text's 命令 section. */
function listedCommands(help: string): string[] {
  const section = (help.split(/^命令：$/m)[1] ?? '').split('\n\n')[0];
  return [...section.matchAll(/^ {2}([a-z][a-z-]*)(?= )/gm)].map((m) => m[1]).filter((name) => name !== 'help');
}

/** Every command path, found by walking the help texts themselves (so new commands are covered). */
async function allCommands(): Promise<string[][]> {
  const out: string[][] = [];
  const walk = async (path: string[]) => {
    const { stdout } = await run([...path, '--help']);
    for (const name of listedCommands(stdout)) {
      out.push([...path, name]);
      await walk([...path, name]);
    }
  };
  await walk([]);
  return out;
}

// Words of commander's English help that must not reach a Chinese user.
const ENGLISH = /Usage:|Options:|Commands:|Arguments:|Global Options|choices:|default:|\[options\]|\[command\]|display help|<(date|dir|format|n|year|code|lang)>/;

describe('help in Chinese', () => {
  it('covers every command, each in Chinese, each with the global --registry and --lang', async () => {
    const commands = await allCommands();
    expect(commands.map((c) => c.join(' '))).toEqual(expect.arrayContaining(['validate', 'calendar', 'calendar add', 'calendar show', 'deadlines', 'publish', 'diff', 'history']));
    for (const path of commands) {
      const { code, stdout, stderr } = await run([...path, '--help']);
      expect(code, path.join(' ')).toBe(0);
      expect(stderr).toBe('');
      expect(stdout, path.join(' ')).toMatch(new RegExp(`^用法： powers ${path.join(' ')} `));
      expect(stdout, path.join(' ')).not.toMatch(ENGLISH);
      if (listedCommands(stdout).length === 0) {
        expect(stdout, path.join(' ')).toMatch(/全局选项（每个命令都可用）：\n {2}--registry <目录> [\s\S]*\n {2}--lang <语言> /);
        expect(stdout).not.toMatch(/--version/);
      }
    }
  });

  it('the top-level help is Chinese too, with choices and defaults in Chinese', async () => {
    const { code, stdout } = await run([]);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(ENGLISH);
    expect(stdout).toMatch(/^命令：$/m);
    expect(stdout).toMatch(/--lang <语言> .*（可选：zh、en；\s*默认：zh）/s);
    expect(stdout).toMatch(/help \[命令\]/);
  });

  it('`powers help <command>` prints that command\'s help (nested too), exit 0', async () => {
    for (const [argv, usage] of [
      [['help'], '用法： powers [选项] [命令]'],
      [['help', 'validate'], '用法： powers validate [选项] [路径...]'],
      [['help', 'calendar', 'add'], '用法： powers calendar add [选项] <日期> <N>'],
      [['calendar', 'help', 'show'], '用法： powers calendar show [选项] <年份>'],
      [['--lang', 'en', 'help', 'history'], 'Usage: powers history [options] <code>'],
    ] as const) {
      const r = runCli([...argv]);
      expect(r.status, argv.join(' ')).toBe(0);
      expect(r.stdout.split('\n')[0], argv.join(' ')).toBe(usage);
    }
  });

  it('--lang en: commander\'s words in English, and no Chinese headings', async () => {
    const { stdout } = await run(['--lang', 'en', 'validate', '--help']);
    expect(stdout).toMatch(/^Usage: powers validate \[options\] \[paths\.\.\.\]/);
    expect(stdout).toMatch(/Global options \(every command takes them\):/);
    expect(stdout).toMatch(/\(choices: stylish, json, sarif, github;\s+default:\s+stylish\)/);
    expect(stdout).not.toMatch(/用法|选项|全局/);
  });
});

describe('usage errors: located, in Chinese, pointing to the right help (exit 2)', () => {
  const cases: [string[], RegExp][] = [
    [['vaildate'], /^用法错误：未知命令 vaildate。您是不是要写 validate？（运行 powers --help 查看用法）$/],
    [['calendar', 'shw', '2026'], /^用法错误：未知命令 shw。您是不是要写 show？（运行 powers calendar --help 查看用法）$/],
    [['validate', '--formt', 'json'], /^用法错误：未知选项 --formt。您是不是要写 --format？（运行 powers validate --help 查看用法）$/],
    [['validate', '--bogus'], /^用法错误：未知选项 --bogus（运行 powers validate --help 查看用法）$/],
    [['validate', '-f', 'xml'], /^用法错误：选项 -f, --format <格式> 的取值“xml”无效，可选：stylish、json、sarif、github（运行 powers validate --help 查看用法）$/],
    [['history', 'A', 'B'], /^用法错误：参数过多：powers history 只接受 1 个参数，实际给了 2 个（运行 powers history --help 查看用法）$/],
    [['calendar', 'add'], /^用法错误：缺少参数 <日期>（运行 powers calendar add --help 查看用法）$/],
    [['validate', '--today'], /^用法错误：选项 --today <日期> 缺少取值（运行 powers validate --help 查看用法）$/],
    [['help', 'vaildate'], /^用法错误：未知命令 vaildate。您是不是要写 validate？/],
  ];
  for (const [argv, expected] of cases) {
    it(argv.join(' '), () => {
      const r = runCli(argv);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd()).toMatch(expected);
    });
  }

  it('a command group without its subcommand prints its help on stderr, exit 2', () => {
    const r = runCli(['calendar']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^用法： powers calendar \[命令\]/);
  });

  it('in English with --lang en', () => {
    const r = runCli(['--lang', 'en', 'vaildate']);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd()).toBe('usage error: unknown command vaildate. Did you mean validate? (run powers --help)');
  });
});

describe('--lang en output', () => {
  it('calendar show: no Chinese weekday headers, no 休/班 marks', () => {
    const r = runCli(['--lang', 'en', 'calendar', 'show', '2026']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Mo {3}Tu {3}We {3}Th {3}Fr {3}Sa {3}Su/m);
    expect(r.stdout).toMatch(/ 1H {3}2H {3}3H {3}4W/);
    // The grid and its legend (the notice's own title, a data value, stays Chinese).
    expect(r.stdout.split('Source:')[0]).not.toMatch(/[一二三四五六日休班]/);
    const zh = runCli(['calendar', 'show', '2026']);
    expect(zh.stdout).toMatch(/ 1休  2休  3休  4班/);
  });

  it('validate says "1 file", not "1 files"', () => {
    const one = runCli(['--lang', 'en', 'validate', 'registry/departments/gaj/powers/交通警察支队/CF-GAJ-0001.yaml', '--today', '2026-12-31']);
    expect(one.stdout).toMatch(/✔ valid: 1 file, 1 power, no errors/);
    const all = runCli(['--lang', 'en', 'validate', '--registry', 'tests/fixtures/base']);
    expect(all.stdout).toMatch(/✔ valid: 9 files, 4 powers, no errors/);
  });
});
