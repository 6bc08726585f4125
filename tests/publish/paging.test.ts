// Pages that do not grow with the registry (issue 12): department and category pages of
// PAGE_SIZE rows with a pager, a change log in pages, and a home page of counts and links.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changePages, CHANGES_PAGE_SIZE, PAGE_SIZE } from '../../src/publish/paging.js';
import { publishTo, walk, workspace, type Workspace } from './helpers.js';
import { bulkPowers } from './paging-helpers.js';

const BULK = 2 * PAGE_SIZE + 10;
let ws: Workspace;
beforeAll(async () => {
  ws = workspace(bulkPowers(BULK));
  await publishTo(ws);
}, 300_000);
afterAll(() => [ws.root, ws.dir].forEach((d) => rmSync(d, { recursive: true, force: true })));
const read = (rel: string) => readFileSync(path.join(ws.out, rel), 'utf8');
const codes = (html: string) => [...html.matchAll(/<td class="col-code">([^<]+)<\/td>/g)].map((m) => m[1]);

describe('paged department and category pages', () => {
  it('a long department is cut into pages of PAGE_SIZE, every power on exactly one page, in order', () => {
    const pages = walk(ws.out).filter((f) => /^departments\/dept-gaj(-\d+)?\.html$/.test(f));
    expect(pages).toHaveLength(3);
    const all = ['departments/dept-gaj.html', 'departments/dept-gaj-2.html', 'departments/dept-gaj-3.html'].map((rel) => codes(read(rel)));
    expect(all.map((c) => c.length)).toEqual([PAGE_SIZE, PAGE_SIZE, all[2].length]);
    const flat = all.flat();
    expect(new Set(flat).size).toBe(flat.length);
    expect(flat).toContain('XK-GAJ-1000');
    expect(flat).toContain(`XK-GAJ-${1000 + BULK - 1}`);
    // links to the power pages go up one folder; the pager marks the current page
    expect(read('departments/dept-gaj-2.html')).toContain('href="../powers/');
    expect(read('departments/dept-gaj-2.html')).toMatch(/<a href="dept-gaj-2.html" aria-current="page">2<\/a>/);
  });

  it('the home page lists departments and categories with counts and links, not every power', () => {
    const home = read('index.html');
    expect(home).toContain('href="departments/dept-gaj.html"');
    expect(home).toMatch(/href="categories\/cat-[^"]+\.html"/);
    expect(codes(home)).toEqual([]);
    expect(home).toContain('id="search-q"');
  });

  it('the change log is paged too, newest first, nothing lost', () => {
    const entries = Array.from({ length: 2 * CHANGES_PAGE_SIZE + 1 }, (_, i) => i);
    const pages = changePages(entries);
    expect(pages.map((p) => [p.rel, p.changes.length])).toEqual([['changes.html', CHANGES_PAGE_SIZE], ['changes-2.html', CHANGES_PAGE_SIZE], ['changes-3.html', 1]]);
    expect(pages.flatMap((p) => p.changes)).toEqual(entries);
    expect(pages[1].pager.pages.map((p) => p.current)).toEqual([false, true, false]);
    expect(changePages([])).toEqual([{ rel: 'changes.html', changes: [], pager: { pages: [{ number: 1, href: 'changes.html', current: true }] } }]);
  });
});
