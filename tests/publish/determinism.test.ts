// The same registry gives byte-for-byte the same output: sorted, no wall-clock time.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers/fixture.js';
import { publish } from '../../src/publish/publish.js';
import { publishTo, readTree, workspace } from './helpers.js';

describe('determinism', () => {
  it('publishing twice (and with another "today", and again in place) gives identical bytes', async () => {
    const ws = workspace();
    await publishTo(ws);
    const first = readTree(ws.out);
    const firstInternal = readTree(ws.internal);

    const other = workspace();
    await publish({ root: ws.root, out: other.out, internalOut: other.internal, today: '2027-06-30', version: '0.0.0-test' });
    expect(readTree(other.out)).toEqual(first);
    expect(readTree(other.internal)).toEqual(firstInternal);

    await publishTo(ws);
    expect(readTree(ws.out)).toEqual(first);
  });

  it('does not depend on the order files were found in', async () => {
    const { loadRegistry } = await import('../../src/registry/load.js');
    const { buildViews } = await import('../../src/publish/view-model.js');
    const ws = workspace();
    const { registry } = await loadRegistry(ws.root);
    const a = JSON.stringify(buildViews(registry));
    registry.powers.reverse();
    const b = JSON.stringify(buildViews(registry));
    expect(b).toBe(a);
  });
});

describe('determinism across threads (built code: `npx tsc -p .` first)', () => {
  it('pages rendered on the worker thread are byte-identical to in-process ones', async () => {
    const built = (await import(pathToFileURL(path.join(PROJECT, 'dist', 'publish', 'publish.js')).href)) as typeof import('../../src/publish/publish.js');
    const a = workspace();
    const b = workspace();
    await built.publish({ root: a.root, out: a.out, internalOut: a.internal, today: '2026-12-01', version: '0.0.0-test', workers: 0 });
    await built.publish({ root: a.root, out: b.out, internalOut: b.internal, today: '2026-12-01', version: '0.0.0-test', workers: 1 });
    expect(readTree(b.out)).toEqual(readTree(a.out));
    expect(readTree(b.internal)).toEqual(readTree(a.internal));
  });
});
