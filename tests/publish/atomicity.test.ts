// Atomic publishing: files go to a temp folder beside the target and are swapped in with renames;
// a failure or an interruption mid-way leaves the previous output untouched.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers/fixture.js';
import { TEMPLATES_DIR } from '../../src/publish/render.js';
import { publishTo, readTree, workspace } from './helpers.js';

/** A copy of the templates whose power page fails for one power (after other pages were written). */
function brokenTemplates(code: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'powers-templates-'));
  cpSync(TEMPLATES_DIR, dir, { recursive: true });
  const page = path.join(dir, 'pages', 'power.hbs');
  writeFileSync(page, readFileSync(page, 'utf8').replace('<article class="power">', `{{#if (eq power.code "${code}")}}{{> no-such-partial}}{{/if}}<article class="power">`));
  return dir;
}

const leftovers = (dir: string): string[] => readdirSync(dir).filter((n) => n.includes('.tmp-') || n.includes('.old-'));

describe('atomicity', () => {
  it('a render failure mid-way leaves the previous site and internal outputs byte-for-byte intact', async () => {
    const ws = workspace();
    await publishTo(ws);
    const before = readTree(ws.out);
    const beforeInternal = readTree(ws.internal);
    // The registry changes, then the next publication fails on its 4th power page.
    writeFileSync(path.join(ws.root, 'departments/gaj/powers/CF-GAJ-0001.yaml'),
      readFileSync(path.join(ws.root, 'departments/gaj/powers/CF-GAJ-0001.yaml'), 'utf8').replace('对机动车驾驶人', '修改后的对机动车驾驶人'));
    await expect(publishTo(ws, { templatesDir: brokenTemplates('XK-GAJ-0001') })).rejects.toThrow(/no-such-partial/);
    expect(readTree(ws.out)).toEqual(before);
    expect(readTree(ws.internal)).toEqual(beforeInternal);
    expect(leftovers(ws.dir)).toEqual([]);
  });

  it('a render failure on the worker thread (built code) leaves the previous output intact too', async () => {
    const built = (await import(pathToFileURL(path.join(PROJECT, 'dist', 'publish', 'publish.js')).href)) as typeof import('../../src/publish/publish.js');
    const ws = workspace();
    await publishTo(ws);
    const before = readTree(ws.out);
    await expect(built.publish({
      root: ws.root, out: ws.out, internalOut: ws.internal, today: '2026-12-01', version: '0.0.0-test',
      templatesDir: brokenTemplates('XK-GAJ-0001'), workers: 1,
    })).rejects.toThrow(/no-such-partial/);
    expect(readTree(ws.out)).toEqual(before);
    expect(leftovers(ws.dir)).toEqual([]);
  });

  it('a failure on the very first publication leaves nothing behind', async () => {
    const ws = workspace();
    await expect(publishTo(ws, { templatesDir: brokenTemplates('CF-GAJ-0001') })).rejects.toThrow();
    expect(existsSync(ws.out)).toBe(false);
    expect(existsSync(ws.internal)).toBe(false);
    expect(leftovers(ws.dir)).toEqual([]);
  });

  it('the published folders get the same permissions as any folder the user creates (not 0700)', async () => {
    const ws = workspace();
    await publishTo(ws);
    const plain = path.join(ws.dir, 'plain');
    mkdirSync(plain);
    const mode = (p: string) => statSync(p).mode & 0o777;
    expect(mode(ws.out)).toBe(mode(plain));
    expect(mode(ws.internal)).toBe(mode(plain));
  });

  it('replaces the previous output completely (no stale pages survive)', async () => {
    const ws = workspace();
    await publishTo(ws);
    writeFileSync(path.join(ws.out, 'stale.html'), 'old');
    await publishTo(ws);
    expect(existsSync(path.join(ws.out, 'stale.html'))).toBe(false);
  });

  it('refuses to replace a folder it did not publish', async () => {
    const ws = workspace();
    mkdirSync(ws.out, { recursive: true });
    writeFileSync(path.join(ws.out, 'precious.txt'), 'keep me');
    await expect(publishTo(ws)).rejects.toMatchObject({ messageId: 'publish.targetNotOurs' });
    expect(readFileSync(path.join(ws.out, 'precious.txt'), 'utf8')).toBe('keep me');
    await expect(publishTo({ ...ws, out: ws.root })).rejects.toMatchObject({ messageId: 'publish.outputHoldsRegistry' });
    await expect(publishTo({ ...ws, internal: ws.out })).rejects.toMatchObject({ messageId: 'publish.sameOutputs' });
  });
  // Killed, interrupted and concurrent runs: atomicity-guard.test.ts.
});
