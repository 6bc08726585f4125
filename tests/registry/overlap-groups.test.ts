// overlap at province scale (issue 12): a name shared by many departments is one group; each file
// gets one finding naming a few others and counting the rest, never N×N messages.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RuleContext } from '../../src/checks/types.js';
import { MAX_NAMED, rule } from '../../src/checks/overlap.js';
import { loadRegistry } from '../../src/registry/load.js';
import { FIXTURES, makeRegistry, replace, type Edit } from '../helpers/fixture.js';

const XK = 'departments/gaj/powers/XK-GAJ-0001.yaml';
const readBase = (rel: string) => readFileSync(path.join(FIXTURES, 'base', rel), 'utf8');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The base fixture plus `departments` more departments, each holding `perDept` powers named 机动车驾驶证核发. */
async function overlapRun(departments: number, perDept = 1) {
  const edits: Record<string, Edit> = {};
  for (let d = 0; d < departments; d++) {
    const id = `d${String(d).padStart(2, '0')}`;
    edits[`departments/${id}/department.yaml`] = replace(/^id: gaj$/m, `id: ${id}`)(replace(/^name: .*$/m, `name: 第${d}局`)(readBase('departments/gaj/department.yaml')));
    for (let k = 1; k <= perDept; k++) {
      edits[`departments/${id}/powers/XK-${id.toUpperCase()}-000${k}.yaml`] = readBase(XK).replace('code: XK-GAJ-0001', `code: XK-${id.toUpperCase()}-000${k}`);
    }
  }
  const dir = makeRegistry(edits);
  dirs.push(dir);
  const { registry } = await loadRegistry(dir);
  return rule.run({ registry } as RuleContext);
}

describe('overlap groups', () => {
  it('two departments: each file names the other power', async () => {
    const out = await overlapRun(1);
    expect(out.map((f) => [f.file, f.message, f.data])).toEqual([
      ['departments/d00/powers/XK-D00-0001.yaml', 'overlap.sameName', { name: '机动车驾驶证核发', others: ['云港市公安局 XK-GAJ-0001'] }],
      [XK, 'overlap.sameName', { name: '机动车驾驶证核发', others: ['第0局 XK-D00-0001'] }],
    ]);
  });

  it('many departments: one finding per file, a few named, the rest counted', async () => {
    const out = await overlapRun(12, 2);
    expect(out).toHaveLength(1 + 12 * 2);
    expect(new Set(out.map((f) => f.file)).size).toBe(out.length);
    const gaj = out.find((f) => f.file === XK)!;
    expect(gaj.message).toBe('overlap.sameNameMany');
    expect(gaj.data).toEqual({ name: '机动车驾驶证核发', count: 24, departments: 12, others: ['第0局 XK-D00-0001', '第1局 XK-D01-0001', '第2局 XK-D02-0001'].slice(0, MAX_NAMED) });
    const d05 = out.find((f) => f.file === 'departments/d05/powers/XK-D05-0002.yaml')!;
    // its own department's other power is no overlap: 12 other departments, 23 other powers
    expect(d05.data).toMatchObject({ count: 23, departments: 12 });
    expect((d05.data as { others: string[] }).others).toHaveLength(MAX_NAMED);
    expect((d05.data as { others: string[] }).others.some((o) => o.startsWith('第5局'))).toBe(false);
  });
});
