// The git wrapper against real repositories: byte-exact blob reading, raw output with Chinese
// names, repository facts, typed errors.
import { describe, expect, it } from 'vitest';
import { GitError } from '../../src/errors.js';
import { commitBefore, emptyTree, readObjects, repoInfo, resolveCommit, runGit, runGitBytes, splitNul } from '../../src/git/git.js';
import { kindOfPath, stemOf } from '../../src/git/paths.js';
import { parseRawFields } from '../../src/git/raw.js';
import { tempDir, repoFactory } from './helpers.js';

const repo = repoFactory();

describe('readObjects', () => {
  it('reads many blobs with one cat-file, splitting by byte length (multi-byte UTF-8, newlines)', async () => {
    const r = repo({ fixture: null });
    const texts = ['名称: 机动车驾驶证核发\n', '', 'a\n\n\nb', '办理环节\r\n第二行\r\n', '\u{20BB7}吉\n'];
    texts.forEach((text, i) => r.write(`f${i}.yaml`, text));
    r.commit('一', { date: '2026-01-05T10:00:00+08:00' });
    const ids = texts.map((_, i) => r.git(['rev-parse', `HEAD:f${i}.yaml`]).trim());
    const blobs = await readObjects(r.root, [...ids, ids[0], 'HEAD:./f1.yaml', 'f'.repeat(40)]);
    texts.forEach((text, i) => expect(blobs.get(ids[i])?.toString('utf8')).toBe(text));
    expect(blobs.get('HEAD:./f1.yaml')?.length).toBe(0);
    expect(blobs.get('f'.repeat(40))).toBeNull();
  });
});

describe('raw output', () => {
  it('parses -z entries with Chinese paths, renames and deletions', async () => {
    const r = repo({ fixture: null });
    r.write('departments/公安局/powers/甲.yaml', 'code: 甲\nname: 一\n');
    r.write('departments/公安局/powers/乙.yaml', 'code: 乙\n');
    r.commit('一', { date: '2026-01-05T10:00:00+08:00' });
    r.move('departments/公安局/powers/甲.yaml', 'departments/公安局/powers/车辆 管理所/甲.yaml');
    r.remove('departments/公安局/powers/乙.yaml');
    r.commit('二', { date: '2026-01-06T10:00:00+08:00' });
    const { stdout } = await runGit(r.root, ['diff-tree', '-r', '-z', '-M', '--raw', '--no-abbrev', 'HEAD~1', 'HEAD']);
    const { entries } = parseRawFields(splitNul(stdout));
    expect(entries.map((e) => [e.status, e.oldPath, e.newPath])).toEqual([
      ['D', 'departments/公安局/powers/乙.yaml', null],
      ['R', 'departments/公安局/powers/甲.yaml', 'departments/公安局/powers/车辆 管理所/甲.yaml'],
    ]);
  });

  it('classifies registry paths like the loader', () => {
    expect(kindOfPath('registry.yaml')).toBe('registry');
    expect(kindOfPath('laws/法律.yaml')).toBe('laws');
    expect(kindOfPath('departments/gaj/department.yaml')).toBe('department');
    expect(kindOfPath('departments/gaj/powers/车辆管理所/XK-GAJ-0001.yml')).toBe('power');
    expect(kindOfPath('departments/gaj/powers/.hidden/XK.yaml')).toBeUndefined();
    expect(kindOfPath('site/index.yaml')).toBeUndefined();
    expect(kindOfPath('laws/sub/x.yaml')).toBeUndefined();
    expect(stemOf('departments/gaj/powers/车辆管理所/XK-GAJ-0001.yaml')).toBe('XK-GAJ-0001');
  });
});

describe('repository facts and errors', () => {
  it('finds the registry prefix inside the repository', async () => {
    const r = repo({ sub: '行政权力/登记册' });
    r.commit('一', { date: '2026-01-05T10:00:00+08:00' });
    const info = await repoInfo(r.root);
    expect(info.prefix).toBe('行政权力/登记册/');
    expect(info.isShallow).toBe(false);
    expect(info.shallowBoundary).toEqual([]);
  });

  it('resolves revisions and dates, and has an empty tree', async () => {
    const r = repo();
    const id = r.commit('一', { date: '2026-01-05T10:00:00+08:00' });
    expect(await resolveCommit(r.root, 'HEAD')).toBe(id);
    expect(await commitBefore(r.root, '2026-01-05 09:59:59 +0800')).toBeNull();
    expect(await commitBefore(r.root, '2026-01-05 10:00:00 +0800')).toBe(id);
    expect(await emptyTree(r.root)).toBe('4b825dc642cb6eb9a060e54bf8d69288fbee4904');
  });

  it('throws typed errors, never raw failures', async () => {
    const plain = tempDir('powers-nogit-');
    await expect(repoInfo(plain)).rejects.toMatchObject({ messageId: 'git.notARepo', exitCode: 2 });
    const r = repo();
    await expect(runGit(r.root, ['log', '-1'])).rejects.toBeInstanceOf(GitError); // no commits yet
    const { stdout } = await runGitBytes(r.root, ['hash-object', '--stdin'], { input: Buffer.from('中文\n') });
    expect(stdout.toString().trim()).toMatch(/^[0-9a-f]{40}$/);
  });
});
