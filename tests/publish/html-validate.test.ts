// Every published page passes html-validate's recommended rules (issue 12), next to axe-core in
// tests/browser: the bundled sample registry (site and internal) and a catalogue long enough to be
// paged, with its department and category pages.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, describe, expect, it } from 'vitest';
import { publish } from '../../src/publish/publish.js';
import { PROJECT } from '../helpers/fixture.js';
import { publishTo, walk, workspace, type Workspace } from './helpers.js';
import { bulkPowers } from './paging-helpers.js';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
const spaces: Workspace[] = [];
afterAll(() => spaces.forEach((ws) => [ws.root, ws.dir].forEach((d) => rmSync(d, { recursive: true, force: true }))));

/** html-validate's messages for every .html file under `dir`: `file:line:col rule message`. */
async function problems(dir: string, which = (_rel: string) => true): Promise<string[]> {
  const out: string[] = [];
  const pages = walk(dir).filter((f) => f.endsWith('.html') && which(f));
  expect(pages.length).toBeGreaterThan(0);
  for (const rel of pages) {
    const report = await validator.validateString(readFileSync(path.join(dir, rel), 'utf8'), rel);
    for (const r of report.results) for (const m of r.messages) out.push(`${rel}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  return out;
}

describe('html-validate (recommended) on every published page', () => {
  it('the bundled sample registry: site and internal', async () => {
    const ws = workspace();
    spaces.push(ws);
    await publish({ root: path.join(PROJECT, 'registry'), out: ws.out, internalOut: ws.internal, today: '2026-12-01', version: '0.0.0-test' });
    expect(existsSync(path.join(ws.out, 'departments'))).toBe(true);
    expect(await problems(ws.out)).toEqual([]);
    expect(await problems(ws.internal)).toEqual([]);
  }, 120_000);

  it('a paged catalogue: index without the inline list, several pages per department', async () => {
    const ws = workspace(bulkPowers(1100));
    spaces.push(ws);
    await publishTo(ws);
    expect(existsSync(path.join(ws.out, 'departments', 'dept-gaj-3.html'))).toBe(true);
    // The power pages are the sample's (checked above); here the index, department and category pages.
    expect(await problems(ws.out, (rel) => !rel.startsWith('powers/'))).toEqual([]);
  }, 120_000);
});
