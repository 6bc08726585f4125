// `powers new` from flags (SPEC §7): the next free code, a file that validates, never an overwrite,
// exit 2 naming the first missing flag, the same-name warning, and what each disclosure mode needs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { initSkeleton, NEW_FLAGS, newPower, snapshot, validateJson } from './helpers.js';

const powersDir = (dir: string) => path.join(dir, 'departments/mzj/powers');
const load = (file: string) => parse(readFileSync(file, 'utf8')) as Record<string, any>;

describe('powers new (flags)', () => {
  it('writes a valid file with the next free code, prints its path and takes the standard items', () => {
    const dir = initSkeleton();
    const run = newPower(dir);
    expect(run.status, run.stderr).toBe(0);
    const file = path.join(powersDir(dir), 'JC-MZJ-0001.yaml');
    expect(run.stdout).toContain('JC-MZJ-0001');
    expect(run.stdout).toContain(file); // outside the current folder: the absolute path
    const power = load(file);
    expect(power).toMatchObject({
      code: 'JC-MZJ-0001', category: '行政检查', subject: '示例市民政局', unit: '社会组织管理科', status: '草稿',
      basis: [{ law: '社会团体登记管理条例', articles: '第二十八条' }],
      flow: { unit: '工作日', statutory_days: 30, promised_days: 20 },
    });
    expect(power.flow.steps.map((s: { name: string }) => s.name)).toEqual(['计划', '检查', '处理']);
    expect(power.responsibility.duties.map((d: { stage: string }) => d.stage)).toEqual(['计划', '检查', '处理', '公开']);
    expect(validateJson(dir).diagnostics).toEqual([]);
    // The next one of the same category takes 0002; another category starts at 0001 / continues.
    expect(newPower(dir, ['--name', '社会团体专项抽查']).stdout).toContain('JC-MZJ-0002');
    const licence = runCli(['new', '--registry', dir, ...NEW_FLAGS.map((f) => (f === '行政检查' ? '行政许可' : f)), '--name', '基金会设立登记']);
    expect(licence.status, licence.stderr).toBe(0);
    expect(licence.stdout).toContain('XK-MZJ-0002');
    expect(validateJson(dir).summary.errors).toBe(0);
  });

  it('never overwrites: a file already holding the next code is skipped', () => {
    const dir = initSkeleton();
    writeFileSync(path.join(powersDir(dir), 'JC-MZJ-0001.yaml'), '# 草稿，尚未填写\n');
    const run = newPower(dir);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(path.join(powersDir(dir), 'JC-MZJ-0001.yaml'), 'utf8')).toBe('# 草稿，尚未填写\n');
    expect(existsSync(path.join(powersDir(dir), 'JC-MZJ-0002.yaml'))).toBe(true);
  });

  it('without a terminal, a missing required answer is exit 2 naming the flag, --name first', () => {
    const dir = initSkeleton();
    const before = snapshot(dir);
    const bare = runCli(['new', '--registry', dir]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toMatch(/缺少必填项 --name/);
    expect(bare.stderr).toContain('--name --category --law --function --post --superior-function --statutory');
    // Never defaulted even with --yes: the basis and the four corroborations.
    const noLaw = runCli(['new', '--registry', dir, '--name', '甲', '--category', '行政检查', '--yes']);
    expect(noLaw.status).toBe(2);
    expect(noLaw.stderr).toMatch(/缺少必填项 --law/);
    expect(snapshot(dir)).toEqual(before);
    expect(bare.stderr).not.toMatch(/\n\s+at /);
  });

  it('a misspelt choice is exit 2 with a suggestion (traditional characters too)', () => {
    const dir = initSkeleton();
    const run = runCli(['new', '--registry', dir, ...NEW_FLAGS.map((f) => (f === '行政检查' ? '行政檢查' : f))]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--category');
    expect(run.stderr).toContain('您是不是要写“行政检查”');
  });

  it('refuses (exit 1, nothing written) a power that would not validate, saying why', () => {
    const dir = initSkeleton();
    const before = snapshot(dir);
    const run = newPower(dir, ['--promised', '40']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('time-limit');
    expect(run.stderr).toContain('未写入');
    const unknownLaw = newPower(dir, ['--law', '不存在的条例']);
    expect(unknownLaw.status).toBe(1);
    expect(unknownLaw.stderr).toContain('basis-law');
    expect(snapshot(dir)).toEqual(before);
  });

  it('warns at once about a power of the same normalised name anywhere in the registry', () => {
    const dir = initSkeleton();
    const run = newPower(dir, ['--name', '社會團體成立、變更、注銷登記（市本級）']);
    expect(run.stderr).toContain('XK-MZJ-0001');
    expect(run.stderr).toContain('已有同名职权');
  });

  it('asks what 不予公开 needs (class, basis, reason, until) and what an external 内部公开 needs (reason)', () => {
    const dir = initSkeleton();
    const missing = newPower(dir, ['--disclosure', '不予公开']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--withhold-class --withhold-basis --reason');
    const withheld = newPower(dir, [
      '--disclosure', '不予公开', '--withhold-class', '暂不宜公开', '--withhold-basis', '行政许可法:第五条',
      '--withhold-until', '2027-06-30', '--reason', '涉及正在开展的专项执法行动部署',
    ]);
    expect(withheld.status, withheld.stderr).toBe(0);
    const w = load(path.join(powersDir(dir), 'JC-MZJ-0001.yaml'));
    expect(w.disclosure).toEqual({
      mode: '不予公开', scope: '单位内部',
      withhold: { class: '暂不宜公开', basis: { law: '行政许可法', articles: '第五条' }, reason: '涉及正在开展的专项执法行动部署', until: '2027-06-30' },
    });
    const internal = newPower(dir, ['--name', '社会团体内部督查', '--disclosure', '内部公开']);
    expect(internal.status).toBe(2);
    expect(internal.stderr).toContain('--reason');
    expect(newPower(dir, ['--name', '社会团体内部督查', '--disclosure', '内部公开', '--reason', '仅涉及登记机关内部工作安排']).status).toBe(0);
    expect(validateJson(dir).summary.errors).toBe(0);
  });

  it('counts a penalty of more than 7 days in 日 by default (行政处罚法第八十五条)', () => {
    const dir = initSkeleton();
    const run = runCli(['new', '--registry', dir, ...NEW_FLAGS.map((f) => (f === '行政检查' ? '行政处罚' : f)), '--statutory', '90', '--promised', '60', '--name', '对社会团体违规开展活动的处罚']);
    expect(run.status, run.stderr).toBe(0);
    expect(load(path.join(powersDir(dir), 'CF-MZJ-0001.yaml')).flow.unit).toBe('日');
  });

  it('takes a fee, steps and responsibility items from flags', () => {
    const dir = initSkeleton();
    const run = newPower(dir, [
      '--fee-basis', '行政许可法:第五十八条', '--fee-standard', '工本费每证10元',
      '--step', '计划：shzz-sh：5', '--step', '检查:shzz-fzr:10:公开:监督 两人以上', '--duty', '检查：依法检查', '--accountability', '不依法检查的',
    ]);
    expect(run.status, run.stderr).toBe(0);
    const p = load(path.join(powersDir(dir), 'JC-MZJ-0001.yaml'));
    expect(p.fee).toEqual({ charged: true, basis: { law: '行政许可法', articles: '第五十八条' }, standard: '工本费每证10元' });
    expect(p.flow.steps).toEqual([
      { name: '计划', post: 'shzz-sh', days: 5 },
      { name: '检查', post: 'shzz-fzr', days: 10, disclose: true, supervision: '两人以上' },
    ]);
    expect(p.responsibility).toEqual({ duties: [{ stage: '检查', duty: '依法检查' }], accountability: ['不依法检查的'] });
  });
});
