// Incremental publish (issue 12): with an earlier output and its manifest, unchanged power pages
// are linked from it instead of rendered, and the result is byte-identical to a full publish.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REUSE_FILE } from '../../src/publish/reuse.js';
import { PROJECT, applyEdits, replace } from '../helpers/fixture.js';
import { publishTo, readTree, workspace, type Workspace } from './helpers.js';

const spaces: Workspace[] = [];
afterAll(() => spaces.forEach((ws) => [ws.root, ws.dir].forEach((d) => rmSync(d, { recursive: true, force: true }))));
const ws = () => {
  const w = workspace();
  spaces.push(w);
  return w;
};
const inode = (dir: string, rel: string) => statSync(path.join(dir, rel)).ino;

/** A full publish of `w.root` into fresh folders: the reference an incremental publish must equal. */
async function fullPublish(w: Workspace, options = {}): Promise<{ site: Map<string, Buffer>; internal: Map<string, Buffer> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'powers-full-'));
  try {
    await publishTo({ ...w, out: path.join(dir, 'site'), internal: path.join(dir, 'internal') }, options);
    return { site: readTree(path.join(dir, 'site')), internal: readTree(path.join(dir, 'internal')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('incremental publish', () => {
  it('after a change to one power, the other pages are reused and the output equals a full publish', async () => {
    const w = ws();
    await publishTo(w);
    const before = { same: inode(w.out, 'powers/CF-GAJ-0001.html'), changed: inode(w.out, 'powers/XK-GAJ-0001.html'), internal: inode(w.internal, 'powers/NB-MJJ-0001.html') };
    applyEdits(w.root, { 'departments/gaj/powers/XK-GAJ-0001.yaml': replace('  content: 办理条件', '  content: 新的办理条件') });
    await publishTo(w);
    // the unchanged pages are the very same files (hard links survive the swap); the changed one is new
    expect(inode(w.out, 'powers/CF-GAJ-0001.html')).toBe(before.same);
    expect(inode(w.internal, 'powers/NB-MJJ-0001.html')).toBe(before.internal);
    expect(inode(w.out, 'powers/XK-GAJ-0001.html')).not.toBe(before.changed);
    expect(readFileSync(path.join(w.out, 'powers/XK-GAJ-0001.html'), 'utf8')).toContain('新的办理条件');
    const full = await fullPublish(w);
    expect(readTree(w.out)).toEqual(full.site);
    expect(readTree(w.internal)).toEqual(full.internal);
  });

  it('changed templates render every page again (nothing reused), still equal to a full publish', async () => {
    const w = ws();
    await publishTo(w);
    const before = inode(w.out, 'powers/CF-GAJ-0001.html');
    const templates = path.join(w.dir, 'templates');
    cpSync(path.join(PROJECT, 'templates'), templates, { recursive: true });
    writeFileSync(path.join(templates, 'partials', 'citation.hbs'), `${readFileSync(path.join(templates, 'partials', 'citation.hbs'), 'utf8')}<!-- v2 -->`);
    await publishTo(w, { templatesDir: templates });
    expect(inode(w.out, 'powers/CF-GAJ-0001.html')).not.toBe(before);
    expect(readTree(w.out)).toEqual((await fullPublish(w, { templatesDir: templates })).site);
  });

  it('a damaged reuse.json or manifest means a full render, never a wrong page', async () => {
    const w = ws();
    await publishTo(w);
    writeFileSync(path.join(w.out, REUSE_FILE), '{"format": 1, "pages": ');
    await publishTo(w);
    expect(readTree(w.out)).toEqual((await fullPublish(w)).site);
    // the keys cover the power pages only: the index pages are always rendered
    const keys = JSON.parse(readFileSync(path.join(w.out, REUSE_FILE), 'utf8')) as { pages: Record<string, string> };
    expect(Object.keys(keys.pages)).toContain('powers/XK-GAJ-0001.html');
    expect(Object.keys(keys.pages).every((rel) => rel.startsWith('powers/'))).toBe(true);
  });
});
