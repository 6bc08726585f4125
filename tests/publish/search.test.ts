// Offline search over every public power at scale (issue 12): a published catalogue of 3,000+
// powers, opened from file:// in Chromium, searched by name, code, law and in traditional
// characters. Waits for the expected state itself (the result list's data-query and content),
// never for a count the previous state already had. Skipped, loudly, without /usr/bin/chromium.
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOC_CHUNK, normaliseForSearch, searchTokens } from '../../src/publish/search-index.js';
import { publishTo, walk, workspace, type Workspace } from './helpers.js';
import { bulkPowers, readSearchIndex } from './paging-helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) process.stderr.write(`\n!!! SEARCH BROWSER TESTS SKIPPED: ${CHROMIUM} not found (apt-get install -y chromium)\n\n`);

const BULK = 3200;
let ws: Workspace;
beforeAll(async () => {
  ws = workspace(bulkPowers(BULK));
  await publishTo(ws);
}, 300_000);
afterAll(() => [ws.root, ws.dir].forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the search index', () => {
  it('holds every public power, in chunks; the home page and every list page stay small', () => {
    const index = readSearchIndex(ws.out);
    expect(index.docs).toHaveLength(BULK + 5);
    expect(readdirCount(ws.out, /^search\/docs-\d+\.js$/)).toBe(Math.ceil((BULK + 5) / DOC_CHUNK));
    expect(readdirCount(ws.out, /^search\/terms-\d+\.js$/)).toBeGreaterThan(1);
    // Every token of a power's name finds it.
    const doc = index.docs.findIndex((d) => d[0] === 'XK-GAJ-2345');
    for (const t of searchTokens(normaliseForSearch('機動車駕駛證核發第2345號'))) expect(index.terms.get(t), t).toContain(doc);
    // Index and list pages: nothing grows with the registry beyond a page of PAGE_SIZE rows.
    const html = walk(ws.out).filter((f) => f.endsWith('.html') && !f.startsWith('powers/'));
    const sizes = html.map((f) => [f, statSync(path.join(ws.out, f)).size] as const);
    expect(sizes.filter(([, size]) => size > 300 * 1024)).toEqual([]);
    expect(readFileSync(path.join(ws.out, 'index.html'), 'utf8')).not.toContain('XK-GAJ-2345');
  });
});

function readdirCount(dir: string, re: RegExp): number {
  return walk(dir).filter((f) => re.test(f)).length;
}

describe.skipIf(!hasChromium)('search in Chromium from file://', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    page = await (await browser.newContext()).newPage();
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(path.join(ws.out, 'index.html')).href);
  }, 60_000);
  afterAll(async () => browser?.close());

  /** Types `q` and waits until the result list shows that very query; returns the result codes. */
  async function search(q: string): Promise<{ codes: string[]; status: string }> {
    await page.fill('#search-q', q);
    await page.waitForFunction((query) => document.getElementById('search-results')?.getAttribute('data-query') === query, q);
    const codes = await page.$$eval('#search-results [data-result]', (items) => items.map((li) => li.getAttribute('data-result')!));
    return { codes, status: (await page.textContent('#search-status')) ?? '' };
  }

  it('finds a power by its name, exactly', async () => {
    expect((await search('机动车驾驶证核发第2345号')).codes).toEqual(['XK-GAJ-2345']);
  });

  it('finds a power by its code, in any case', async () => {
    expect((await search('xk-gaj-3777')).codes).toContain('XK-GAJ-3777');
  });

  it('traditional characters find simplified names (機動車駕駛證核發第1234號)', async () => {
    expect((await search('機動車駕駛證核發第1234號')).codes).toEqual(['XK-GAJ-1234']);
  });

  it('a law finds the powers based on it, counted, the first 50 listed', async () => {
    const catalogue = JSON.parse(readFileSync(path.join(ws.out, 'catalogue.json'), 'utf8')) as { powers: { code: string; basis: { law: string }[] }[] };
    const based = catalogue.powers.filter((p) => p.basis.some((b) => b.law === '道路交通安全法')).map((p) => p.code);
    expect(based.length).toBeGreaterThan(BULK);
    const r = await search('道路交通安全法');
    expect(r.codes).toEqual(based.slice(0, 50));
    expect(r.status).toContain(String(based.length));
  });

  it('行政許可 (traditional) finds the 行政许可 powers', async () => {
    const r = await search('行政許可');
    expect(r.codes.length).toBeGreaterThan(0);
    expect(r.codes.every((c) => c.startsWith('XK-'))).toBe(true);
  });

  it('nothing found is said so', async () => {
    const r = await search('不存在的职权名称');
    expect(r.codes).toEqual([]);
    expect(await page.isVisible('#search-results')).toBe(false);
  });

  it('loads only what a query needs, and only from file://', () => {
    expect(requests.filter((r) => !r.startsWith('file://'))).toEqual([]);
    const chunks = requests.filter((r) => /\/search\/docs-\d+\.js$/.test(r));
    expect(new Set(chunks).size).toBeLessThan(Math.ceil((BULK + 5) / DOC_CHUNK));
  });
});
