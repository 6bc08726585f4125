// The published site in a real browser (Debian's Chromium, headless, offline): the filter, the
// flowchart, phone widths, print, and an axe-core accessibility check. Skipped, loudly, where
// /usr/bin/chromium is missing (install: apt-get install -y chromium fonts-wqy-microhei).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers/fixture.js';
import { publishTo, workspace, type Workspace } from '../publish/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  process.stderr.write(`\n${'!'.repeat(72)}\n!!! BROWSER TESTS SKIPPED: ${CHROMIUM} not found\n!!! (apt-get install -y chromium fonts-wqy-microhei)\n${'!'.repeat(72)}\n\n`);
}

/** Screenshots for people to look at (git-ignored). */
const SHOTS = path.join(PROJECT, '.scratch', 'screenshots');

describe.skipIf(!hasChromium)('the published site in Chromium', () => {
  let browser: Browser;
  let ws: Workspace;
  const dialogs: string[] = [];
  const requests: string[] = [];

  const url = (dir: string, rel: string) => pathToFileURL(path.join(dir, rel)).href;

  async function open(rel: string, width = 1280, options: { javaScriptEnabled?: boolean; dir?: string } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url(options.dir ?? ws.out, rel));
    return page;
  }

  async function visibleCodes(page: Page): Promise<string[]> {
    return page.$$eval('[data-entry]', (rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.querySelector('td')!.textContent!.trim()));
  }

  /**
   * Types `query` and waits until exactly `codes` are the visible entries. It waits for the
   * expected state itself: a count such as "1 visible" may already hold before the filter ran
   * (the previous query also left one entry), and would let the test read the old state.
   */
  async function filterTo(page: Page, query: string, codes: string[]): Promise<void> {
    await page.fill('#filter-q', query);
    await page.waitForFunction((expected) => {
      const shown = Array.from(document.querySelectorAll('[data-entry]'))
        .filter((r) => !(r as HTMLElement).hidden && (r as HTMLElement).offsetParent !== null)
        .map((r) => r.querySelector('td')!.textContent!.trim());
      return JSON.stringify(shown) === JSON.stringify(expected);
    }, codes);
    expect(await visibleCodes(page)).toEqual(codes);
  }

  async function seriousViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: axe.source });
    const result = await page.evaluate(async () => {
      const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } };
      return w.axe.run(document, { resultTypes: ['violations'] });
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
  }

  beforeAll(async () => {
    ws = workspace();
    await publishTo(ws);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the filter hides and shows entries as you type (names, codes, law names)', async () => {
    const page = await open('index.html');
    await expect(page.locator('[data-filter]')).toBeTruthy();
    expect(await page.isVisible('#filter-q')).toBe(true);
    const all = await visibleCodes(page);
    expect(all.length).toBe(5);

    await filterTo(page, 'xk-gaj-0001', ['XK-GAJ-0001']);

    await filterTo(page, '食品安全法', ['JC-SCJGJ-0001']);
    // The department without matches is hidden, the other's count follows.
    expect(await page.isVisible('#dept-gaj')).toBe(false);
    expect(await page.textContent('#dept-scjgj [data-count]')).toBe('1');

    await filterTo(page, '驾驶 核发', ['XK-GAJ-0001']);

    await filterTo(page, '<script>', ['XK-GAJ-0002']);

    await filterTo(page, '不存在的职权名称', []);
    expect(await page.isVisible('[data-filter-empty]')).toBe(true);

    await filterTo(page, '', all);
    expect(await page.textContent('#dept-gaj [data-count]')).toBe('4');
    await page.context().close();
  });

  it('the category page filters too', async () => {
    const page = await open('categories.html');
    await filterTo(page, '行政处罚', ['CF-GAJ-0001', 'CF-GAJ-0002']);
    await page.context().close();
  });

  it('without JavaScript the catalogue is complete and the useless filter box stays hidden', async () => {
    const page = await open('index.html', 1280, { javaScriptEnabled: false });
    expect(await page.isVisible('#filter-q')).toBe(false);
    expect((await visibleCodes(page)).length).toBe(5);
    await page.context().close();
  });

  it('a power page shows its flowchart as SVG, also without JavaScript', async () => {
    for (const js of [true, false]) {
      const page = await open('powers/XK-GAJ-0001.html', 1280, { javaScriptEnabled: js });
      const svg = page.locator('svg.flowchart-svg');
      expect(await svg.isVisible()).toBe(true);
      const box = (await svg.boundingBox())!;
      expect(box.height).toBeGreaterThan(300);
      expect(await page.locator('svg.flowchart-svg text', { hasText: '监督点：法制审核' }).count()).toBe(1);
      expect(await page.locator('svg.flowchart-svg .fc-badge').count()).toBe(2);
      await page.context().close();
    }
  });

  it('hostile names stay text: no script runs, no dialog opens', async () => {
    const page = await open('powers/XK-GAJ-0002.html');
    expect(await page.textContent('h1')).toBe('<script>alert(1)</script>{{constructor}}');
    const index = await open('index.html');
    // Once the filter has run on the hostile text (one entry left), no dialog has opened.
    await filterTo(index, 'alert', ['XK-GAJ-0002']);
    expect(dialogs).toEqual([]);
    await page.context().close();
    await index.context().close();
  });

  // One test per width and page, each with its own time budget: on a loaded CI machine 14 axe-core
  // runs in one test once took longer than the default 60 s (a timeout, not a finding).
  const SHOTS_PAGES: [string, string][] = [['index', 'index.html'], ['power', 'powers/XK-GAJ-0001.html'], ['changes', 'changes.html'], ['categories', 'categories.html']];
  for (const width of [1280, 375]) {
    it(`fits ${width} px without horizontal scrolling; screenshots of every page`, async () => {
      for (const [name, rel] of SHOTS_PAGES) {
        const page = await open(rel, width);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${rel} at ${width}px`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true });
        await page.context().close();
      }
      if (width !== 1280) return;
      const internalPages: [string, string][] = [['internal-index', 'index.html'], ['withheld', 'withheld.html']];
      for (const [name, rel] of internalPages) {
        const page = await open(rel, 1280, { dir: ws.internal });
        await page.screenshot({ path: path.join(SHOTS, `${name}-1280.png`), fullPage: true });
        await page.context().close();
      }
    }, 180_000);
  }

  const AXE_TARGETS: ['site' | 'internal', string][] = [
    ['site', 'index.html'], ['site', 'powers/XK-GAJ-0001.html'], ['site', 'powers/CF-GAJ-0001.html'],
    ['site', 'changes.html'], ['site', 'categories.html'], ['site', 'responsibility.html'], ['site', 'departments/dept-gaj.html'], ['internal', 'index.html'], ['internal', 'withheld.html'], ['internal', 'exceptions.html'],
  ];
  for (const width of [1280, 375]) {
    for (const [audience, rel] of AXE_TARGETS) {
      it(`has no serious or critical axe-core violations: ${audience} ${rel} at ${width} px`, async () => {
        const page = await open(rel, width, { dir: audience === 'site' ? ws.out : ws.internal });
        expect(await seriousViolations(page), `${rel} at ${width}px`).toEqual([]);
        await page.context().close();
      }, 180_000);
    }
  }

  it('prints on A4: no filter box or navigation, the flowchart on one page', async () => {
    const page = await open('powers/XK-GAJ-0001.html');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#filter-q')).toBe(false);
    expect(await page.isVisible('.site-nav')).toBe(false);
    const height = await page.evaluate(() => document.querySelector('figure.flowchart')!.getBoundingClientRect().height);
    // A4 minus margins is about 265 mm ≈ 1000 CSS px.
    expect(height).toBeLessThan(1000);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(path.join(SHOTS, 'power-print.pdf'), pdf);
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    const index = await open('index.html');
    await index.emulateMedia({ media: 'print' });
    expect(await index.isVisible('#filter-q')).toBe(false);
    await page.context().close();
    await index.context().close();
  });

  it('loads nothing from the network: every request is a file:// URL', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => !r.startsWith('file://') && !r.startsWith('data:'))).toEqual([]);
  });
  // Search at scale (a few thousand powers) is tested in tests/publish/search.test.ts: past
  // INLINE_LIMIT the index pages no longer list every power; the search index does.
});
