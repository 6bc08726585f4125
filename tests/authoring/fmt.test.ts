// `powers fmt` (SPEC §7) on fixtures a clerk's editors produce: keys out of order, tabs and
// full-width spaces as indentation, a `$schema` header for the wrong depth, needless quotes,
// comments, a GBK file and a UTF-16 file. Also: the power writer's key order is the schema's.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { formatPowerText } from '../../src/authoring/power-writer.js';
import { loadSchema, sortDocument } from '../../src/authoring/schema-order.js';
import { FIXTURES, PROJECT } from '../helpers/fixture.js';
import { runCli } from '../helpers/cli.js';
import { initSkeleton, snapshot, validateJson } from './helpers.js';

const fixture = () => {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'powers-fmt-')), 'reg');
  cpSync(path.join(FIXTURES, 'authoring', 'fmt'), dir, { recursive: true });
  return dir;
};
const XK = 'departments/mzj/powers/XK-MZJ-0001.yaml';
const GBK = 'departments/mzj/powers/检查科/JC-MZJ-0001.yaml';
const UTF16 = 'departments/mzj/powers/JC-MZJ-0002.yaml';

describe('powers fmt', () => {
  it('--check lists the files that are not canonical, exits 1 and writes nothing', () => {
    const dir = fixture();
    const before = snapshot(dir);
    const run = runCli(['fmt', '--check', '--registry', dir]);
    expect(run.status).toBe(1);
    for (const f of [XK, GBK, UTF16, 'registry.yaml']) expect(run.stdout).toContain(f);
    expect(run.stdout).toContain(`${GBK}（GBK 编码，需转为 UTF-8）`);
    expect(snapshot(dir)).toEqual(before);
  });

  it('rewrites them: schema key order, two spaces, comments kept, re-encoded to UTF-8 (reported), then valid', () => {
    const dir = fixture();
    expect(validateJson(dir).summary.errors).toBeGreaterThan(0); // tabs and GBK do not even parse
    const run = runCli(['fmt', '--registry', dir]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/JC-MZJ-0001\.yaml（已由 GBK 转为 UTF-8）/);
    expect(run.stdout).toMatch(/JC-MZJ-0002\.yaml（已由 UTF-16LE 转为 UTF-8）/);
    expect(validateJson(dir).diagnostics).toEqual([]);

    const text = readFileSync(path.join(dir, XK), 'utf8');
    const lines = text.split('\n');
    expect(lines[1]).toBe('# 这是民政局的第一项许可（注释要保留）'); // the file's comment stays on top
    expect(text).toContain('{name: 审查, post: shzz-sh, days: 10, supervision: 两人以上审查} # 审查环节');
    expect(text).not.toMatch(/[\t\u3000]/);
    expect(text).toContain('name: 社会团体成立、变更、注销登记\n'); // needless quotes gone
    expect(text).toContain('complaint: 示例市12345政务服务便民热线\n');
    expect(text).toContain('flow:\n  unit: 工作日\n  statutory_days: 20\n  promised_days: 15\n  steps:\n');
    expect(text).toContain('basis:\n  - law: 社会团体登记管理条例\n    articles: 第九条、第十八条、第十九条\n');
    const keys = Object.keys(parse(text) as object);
    const order = Object.keys(loadSchema('power.schema.json').properties ?? {});
    expect(keys).toEqual(order.filter((k) => keys.includes(k)));
    // A department file with keys out of order is re-ordered too, its comments kept.
    const dept = readFileSync(path.join(dir, 'departments/mzj/department.yaml'), 'utf8');
    expect(dept).toMatch(/^# yaml-language-server: .*\nid: mzj\ncode: MZJ\nname: 示例市民政局\n/);
    expect(dept).toContain('  - id: shzz-sl\n    unit: 社会组织管理科 # 受理窗口\n');
    expect(readFileSync(path.join(dir, GBK), 'utf8')).toContain('# 用记事本以 ANSI（GBK）保存\ncode: JC-MZJ-0001');
    expect(readFileSync(path.join(dir, UTF16))[0]).toBe('#'.charCodeAt(0)); // no BOM, UTF-8
  });

  it('is idempotent: a second run changes nothing and --check passes', () => {
    const dir = fixture();
    runCli(['fmt', '--registry', dir]);
    const once = snapshot(dir);
    const again = runCli(['fmt', '--registry', dir]);
    expect(again.status).toBe(0);
    expect(snapshot(dir)).toEqual(once);
    expect(runCli(['fmt', '--check', '--registry', dir]).status).toBe(0);
  });

  it('points the $schema header at the tool\'s schema/ for the file\'s depth when the registry has no .powers/', () => {
    const dir = fixture();
    runCli(['fmt', '--registry', dir]);
    for (const [rel, schema] of [[XK, 'power'], [GBK, 'power'], ['registry.yaml', 'registry'], ['departments/mzj/department.yaml', 'department']]) {
      const first = readFileSync(path.join(dir, rel), 'utf8').split('\n')[0];
      const target = first.replace('# yaml-language-server: $schema=', '');
      expect(path.resolve(path.dirname(path.join(dir, rel)), target)).toBe(path.join(PROJECT, 'schema', `${schema}.schema.json`));
    }
  });

  it('points it at .powers/schema/ where the registry has one, and formats only the given paths', () => {
    const dir = initSkeleton();
    const moved = path.join(dir, 'departments/mzj/powers/社会组织管理科/XK-MZJ-0001.yaml');
    cpSync(path.join(dir, 'departments/mzj/powers/XK-MZJ-0001.yaml'), moved);
    runCli(['fmt', '--registry', dir, 'departments/mzj/powers/XK-MZJ-0001.yaml'], { cwd: dir });
    expect(readFileSync(moved, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../../.powers/schema/power.schema.json'); // not given: untouched
    const run = runCli(['fmt', '--registry', dir, 'departments/mzj/powers/社会组织管理科'], { cwd: dir });
    expect(run.stdout).toContain('社会组织管理科/XK-MZJ-0001.yaml');
    expect(readFileSync(moved, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../../../.powers/schema/power.schema.json');
  });

  it('leaves a file it cannot parse untouched and says where (exit 1)', () => {
    const dir = initSkeleton();
    const broken = path.join(dir, 'departments/mzj/powers/XK-MZJ-0001.yaml');
    const before = readFileSync(broken, 'utf8').replace('name: ', 'name: [');
    writeFileSync(broken, before);
    const run = runCli(['fmt', '--registry', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/XK-MZJ-0001\.yaml: 第 \d+ 行 YAML 格式有误/);
    expect(readFileSync(broken, 'utf8')).toBe(before);
  });
});

describe('the power writer', () => {
  it('orders keys exactly as the schema\'s properties, at every level, unknown keys last', () => {
    const order = Object.keys(loadSchema('power.schema.json').properties ?? {});
    const reversed = Object.fromEntries([...order].reverse().map((k) => [k, k === 'flow' ? { steps: [], promised_days: 1, statutory_days: 1, unit: '日' } : 1]));
    const doc = parseDocument(JSON.stringify({ extra: true, ...reversed }));
    sortDocument(doc, loadSchema('power.schema.json'));
    const sorted = doc.toJS() as Record<string, unknown>;
    expect(Object.keys(sorted)).toEqual([...order, 'extra']);
    expect(Object.keys(sorted.flow as object)).toEqual(['unit', 'statutory_days', 'promised_days', 'steps']);
  });

  it('keeps comments and is a fixed point', () => {
    const text = '# 头部注释\nname: 甲 # 名称注释\ncode: XK-A-0001\n# 流程注释\nflow:\n  days: 1\n';
    const once = formatPowerText(text, '# yaml-language-server: $schema=x');
    expect(once).toBe('# yaml-language-server: $schema=x\n# 头部注释\ncode: XK-A-0001\nname: 甲 # 名称注释\n# 流程注释\nflow:\n  days: 1\n');
    expect(formatPowerText(once, '# yaml-language-server: $schema=x')).toBe(once);
  });
});

describe('the sample registry', () => {
  // If this fails after a merge, run `powers fmt` on registry/ (it only reorders, re-indents and unquotes).
  it('is canonical', () => {
    const run = runCli(['fmt', '--check', '--registry', path.join(PROJECT, 'registry')]);
    expect(run.stdout, run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
