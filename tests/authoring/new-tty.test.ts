// `powers new` interactively, for real: the built binary runs in a tmux pseudo-terminal; the test
// waits for each prompt's text on the screen (a bounded poll of capture-pane, never a fixed sleep)
// and types as a clerk would — searching the law library, ticking functions and posts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { initSkeleton, snapshot, validateJson } from './helpers.js';

const TMUX = '/usr/bin/tmux';
const socket = `powers-test-${process.pid}`;
const tmux = (...args: string[]) => spawnSync(TMUX, ['-L', socket, ...args], { encoding: 'utf8' });
/** The session of the current test: a new name each time (re-using one races the server's exit). */
let session = '';
let sessions = 0;
const screen = () => tmux('capture-pane', '-p', '-t', session, '-S', '-100').stdout;

/** Waits until `text` is on the screen (or throws, showing the screen, after `ms`). */
async function waitFor(text: string | RegExp | ((screen: string) => boolean), ms = 20_000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const s = screen();
    if (typeof text === 'string' ? s.includes(text) : typeof text === 'function' ? text(s) : text.test(s)) return s;
    if (Date.now() > until) throw new Error(`timed out waiting for ${String(text)}; screen:\n${s}`);
    await new Promise((r) => setTimeout(r, 50)); // poll interval, not a wait for the state
  }
}
/** Runs `powers new` in a fresh tmux session; the pane stays open after it exits (`read`). */
function startNew(dir: string): void {
  session = `new${++sessions}`;
  const shell = `cd '${dir}' && NO_COLOR=1 node '${BIN}' new --today 2026-12-01; echo "EXIT=$?"; read x`;
  expect(tmux('new-session', '-d', '-s', session, '-x', '200', '-y', '50', shell).status).toBe(0);
}
const type = (text: string) => tmux('send-keys', '-t', session, '-l', text);
const key = (...keys: string[]) => tmux('send-keys', '-t', session, ...keys);

/** Answers 职权类别 (行政检查) and 行使依据 (searched: 社会团体登记管理条例, these articles, no more). */
async function inspectionUnderSocietiesRegulation(articles: string): Promise<void> {
  await waitFor('职权类别');
  key('Down', 'Down', 'Down', 'Down', 'Down'); // 行政检查
  await waitFor(/❯ 行政检查/);
  key('Enter');
  await waitFor('行使依据');
  type('社会团体');
  // The search has run when the list shows only the matching law (Enter while it runs is ignored).
  await waitFor((s) => /❯ 社会团体登记管理条例（行政法规）/.test(s) && !s.includes('行政许可法（法律）'));
  key('Enter');
  await waitFor('的条款');
  if (articles) type(articles);
  key('Enter');
  await waitFor('再添加一项依据');
  key('Enter'); // no
}

describe.skipIf(!existsSync(TMUX))('powers new in a terminal', () => {
  afterAll(() => {
    const socketPath = tmux('display-message', '-p', '#{socket_path}').stdout.trim();
    tmux('kill-server');
    if (socketPath) rmSync(socketPath, { force: true });
  });

  it('asks, searches the law library, offers functions and posts, warns about a same name, and writes a valid file', async () => {
    const dir = initSkeleton();
    const started = Date.now();
    startNew(dir);

    await waitFor('职权名称');
    type('社会团体成立、变更、注销登记（市本级）');
    key('Enter');
    // The same-name warning comes at once, before the next question.
    await waitFor('已有同名职权');
    await waitFor('所属部门');
    key('Enter'); // the only department
    await inspectionUnderSocietiesRegulation('第二十八条');
    await waitFor('印证的机构职能');
    await waitFor('F01');
    key('Space');
    key('Enter');
    await waitFor('印证的岗位');
    await waitFor('shzz-fzr');
    key('Down', 'Space', 'Down', 'Space');
    key('Enter');
    await waitFor('印证的本级政府或上级部门职能');
    await waitFor('SZF-01');
    key('Space');
    key('Enter');
    await waitFor('实施主体');
    key('Enter'); // default: the department's name
    await waitFor('公开方式');
    key('Enter'); // 主动公开
    await waitFor('是否收费');
    key('Enter'); // no
    await waitFor('法定时限');
    type('30');
    key('Enter');
    await waitFor('时限单位');
    key('Enter'); // 工作日
    await waitFor('承诺时限');
    key('BSpace', 'BSpace');
    type('20');
    key('Enter');
    await waitFor('办理环节');
    key('Enter'); // the standard stages
    await waitFor('责任事项');
    key('Enter');
    await waitFor('追责情形');
    key('Enter');
    const end = await waitFor('EXIT=');
    const seconds = (Date.now() - started) / 1000;
    expect(end).toContain('EXIT=0');
    expect(end).toContain('已登记 JC-MZJ-0001');
    console.log(`powers new, interactive, start to valid file: ${seconds.toFixed(1)} s (typing by the test)`);

    const text = readFileSync(path.join(dir, 'departments/mzj/powers/JC-MZJ-0001.yaml'), 'utf8');
    expect(text).toContain('name: 社会团体成立、变更、注销登记（市本级）');
    expect(text).toContain('articles: 第二十八条');
    expect(text).toContain('posts: [shzz-sh, shzz-fzr]');
    expect(text).toContain('promised_days: 20');
    const report = validateJson(dir);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('asks for the withholding class, basis, date and reason when the clerk chooses 不予公开', async () => {
    const dir = initSkeleton();
    startNew(dir);
    await waitFor('职权名称');
    type('重大活动安保社会组织核查');
    key('Enter');
    await waitFor('所属部门');
    key('Enter');
    await inspectionUnderSocietiesRegulation('');
    for (const [prompt, item] of [['印证的机构职能', 'F01'], ['印证的岗位', 'shzz-sl'], ['印证的本级政府或上级部门职能', 'SZF-01']]) {
      await waitFor(prompt);
      await waitFor(item);
      key('Space');
      key('Enter');
    }
    await waitFor('实施主体');
    key('Enter');
    await waitFor('公开方式');
    key('Down', 'Down', 'Down');
    await waitFor(/❯ 不予公开/);
    key('Enter');
    await waitFor('不予公开的类别');
    key('Down', 'Down', 'Down');
    await waitFor(/❯ 暂不宜公开/);
    key('Enter');
    await waitFor('不予公开的依据');
    type('行政许可');
    await waitFor((s) => /❯ 行政许可法（法律）/.test(s) && !s.includes('三定规定（三定规定）'));
    key('Enter');
    await waitFor('《行政许可法》的条款');
    type('第五条');
    key('Enter');
    await waitFor('暂不宜公开至');
    type('2027-06-30');
    key('Enter');
    await waitFor('理由');
    type('涉及重大活动安保部署，活动结束后公开');
    key('Enter');
    await waitFor('是否收费');
    key('Enter');
    await waitFor('法定时限');
    type('10');
    key('Enter');
    for (const prompt of ['时限单位', '承诺时限', '办理环节', '责任事项', '追责情形']) {
      await waitFor(prompt);
      key('Enter');
    }
    const end = await waitFor('EXIT=');
    expect(end).toContain('EXIT=0');
    const text = readFileSync(path.join(dir, 'departments/mzj/powers/JC-MZJ-0001.yaml'), 'utf8');
    expect(text).toContain('withhold:\n    class: 暂不宜公开\n    basis: {law: 行政许可法, articles: 第五条}\n    reason: 涉及重大活动安保部署，活动结束后公开\n    until: 2027-06-30\n');
    expect(validateJson(dir).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('Ctrl-C leaves nothing behind and says so (exit 1, no stack trace)', async () => {
    const dir = initSkeleton();
    const before = snapshot(dir);
    startNew(dir);
    await waitFor('职权名称');
    type('临时事项');
    key('Enter');
    await waitFor('所属部门');
    key('C-c');
    const end = await waitFor('EXIT=');
    expect(end).toContain('EXIT=1');
    expect(end).toContain('已取消，未写入任何文件');
    expect(end).not.toMatch(/\n\s+at /);
    expect(snapshot(dir)).toEqual(before);
  });
});
