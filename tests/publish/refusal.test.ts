// A registry with validation errors is refused (nothing written); --force publishes it with a
// warning banner on every page and a flag in manifest.json.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RefusalError } from '../../src/errors.js';
import { replace } from '../helpers/fixture.js';
import { publishTo, readTexts, workspace } from './helpers.js';

/** Two errors: a basis law that does not exist, and a promised time limit above the statutory one. */
const BROKEN = {
  'departments/gaj/powers/XK-GAJ-0001.yaml': replace('law: 道路交通安全法', 'law: 不存在的法'),
  'departments/scjgj/powers/JC-SCJGJ-0001.yaml': replace('promised_days: 10', 'promised_days: 99'),
};

describe('refusal and --force', () => {
  it('refuses a registry with errors: RefusalError (exit 1) with the error count, nothing written', async () => {
    const ws = workspace(BROKEN);
    const error = await publishTo(ws).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusalError);
    expect(error).toMatchObject({ messageId: 'publish.refused', exitCode: 1 });
    expect((error as RefusalError).data.errors).toBeGreaterThanOrEqual(2);
    expect(existsSync(ws.out)).toBe(false);
    expect(existsSync(ws.internal)).toBe(false);
    expect(readdirSync(ws.dir)).toEqual([]);
  });

  it('--force publishes with a banner on every page, and marks manifest.json, catalogue.json and catalogue.md', async () => {
    const ws = workspace(BROKEN);
    const result = await publishTo(ws, { force: true });
    expect(result.forced?.errors).toBeGreaterThanOrEqual(2);
    for (const dir of [ws.out, ws.internal]) {
      const files = readTexts(dir);
      const pages = [...files].filter(([rel]) => rel.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(2);
      for (const [rel, html] of pages) expect(html, rel).toContain('class="force-banner" role="alert"');
      const manifest = JSON.parse(files.get('manifest.json')!) as { forced: boolean; validation_errors: number };
      expect(manifest.forced).toBe(true);
      expect(manifest.validation_errors).toBe(result.forced!.errors);
    }
    const site = readTexts(ws.out);
    expect(JSON.parse(site.get('catalogue.json')!)).toMatchObject({ forced: true });
    expect(site.get('catalogue.md')).toContain('强制发布');
  });

  it('without errors nothing is marked', async () => {
    const ws = workspace();
    const result = await publishTo(ws);
    expect(result.forced).toBe(null);
    const site = readTexts(ws.out);
    expect([...site.values()].some((t) => t.includes('force-banner"'))).toBe(false);
    expect(JSON.parse(site.get('manifest.json')!)).toMatchObject({ forced: false, validation_errors: 0 });
  });
});
