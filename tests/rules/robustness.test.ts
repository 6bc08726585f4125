// No rule may crash on schema-invalid data: every field of a power (and of a department and a
// law) replaced by values of every wrong shape still yields findings, never an exception.
import { rmSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dump, load } from 'js-yaml';
import { validateRegistry } from '../../src/checks/validate.js';
import { makeRegistry } from '../helpers/fixture.js';

const WRONG: unknown[] = [null, 0, -1, 1.5, 'x', '', true, [], [1, 'a', null], [{}], [[1]], {}, { a: 1 }, { law: 3 }, '2026-13-45'];
const base = (rel: string) => load(readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'base', rel), 'utf8')) as Record<string, unknown>;

const targets: [string, string[]][] = [
  ['departments/gaj/powers/XK-GAJ-0001.yaml', ['code', 'name', 'category', 'unit', 'posts', 'functions', 'superior_functions', 'basis', 'fee', 'flow', 'discretion', 'remedy', 'risk', 'disclosure', 'status', 'filed', 'published', 'changes', 'delegation', 'role', 'lead', 'responsibility', 'review']],
  ['departments/gaj/department.yaml', ['id', 'code', 'name', 'sanding', 'adjusted', 'functions', 'posts']],
];
const nested: [string, string[]][] = [
  ['departments/gaj/powers/XK-GAJ-0001.yaml', ['flow.steps', 'flow.promised_days', 'disclosure.mode', 'disclosure.withhold', 'fee.basis', 'fee.charged', 'changes.0', 'basis.0', 'flow.unit', 'disclosure.reason', 'disclosure.withhold.until', 'delegation.basis', 'delegation.type', 'responsibility.posts', 'responsibility.duties', 'review.declared', 'review.publicity', 'review.publicity.from', 'discretion.0.article']],
];

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function setPath(doc: Record<string, unknown>, dotted: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(doc);
  const keys = dotted.split('.');
  let node: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) {
    if (node[k] === undefined || node[k] === null || typeof node[k] !== 'object') node[k] = {};
    node = node[k] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
  return copy;
}

describe('rules never crash on wrong shapes', () => {
  const cases: [string, string][] = [...targets.flatMap(([f, keys]) => keys.map((k) => [f, k] as [string, string])), ...nested.flatMap(([f, keys]) => keys.map((k) => [f, k] as [string, string]))];
  for (const [file, key] of cases) {
    it(`${path.basename(file)} ${key}`, async () => {
      const original = base(file);
      for (const value of WRONG) {
        const doc = key.includes('.') ? setPath(original, key, value) : { ...original, [key]: value };
        const dir = makeRegistry({ [file]: dump(doc), 'departments/gaj/powers/CF-GAJ-0001.yaml': (t) => t.replace('filed: 2026-01-15', 'filed: 2026-01-15\nchanges:\n  - {date: 2026-03-02, kind: 事项变更}') });
        dirs.push(dir);
        const v = await validateRegistry(dir, { today: '2026-06-01', workers: 0 });
        expect(Array.isArray(v.diagnostics)).toBe(true);
        for (const d of v.diagnostics) expect(d.message).not.toMatch(/undefined|\[object Object\]|NaN/);
      }
    });
  }
});
