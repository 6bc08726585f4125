// exceljs and @inquirer/prompts are loaded only by the commands that need them (STYLE: lazy
// imports per command), so `powers validate` never pays for them. Walks the static import graph
// from the CLI's entry: no module it reaches imports either package (dynamic imports are lazy).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { PROJECT } from '../helpers/fixture.js';

const STATIC_IMPORT = /^import\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm;

function staticGraph(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const specifiers = [...readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)].map((m) => m[1]);
    seen.set(file, specifiers);
    for (const s of specifiers) if (s.startsWith('.')) visit(path.resolve(path.dirname(file), s.replace(/\.js$/, '.ts')));
  };
  visit(entry);
  return seen;
}

it('the CLI entry reaches exceljs and @inquirer/prompts only through dynamic imports', () => {
  const graph = staticGraph(path.join(PROJECT, 'src/bin.ts'));
  expect(graph.size).toBeGreaterThan(10);
  expect([...graph.keys()].some((f) => f.endsWith('commands/new.ts'))).toBe(true);
  const heavy = [...graph].filter(([, specs]) => specs.some((s) => s === 'exceljs' || s.startsWith('@inquirer/')));
  expect(heavy.map(([f]) => path.relative(PROJECT, f))).toEqual([]);
  // …while the modules that use them do import them (so the walk would see it).
  expect(staticGraph(path.join(PROJECT, 'src/authoring/prompts.ts')).get(path.join(PROJECT, 'src/authoring/prompts.ts'))).toContain('@inquirer/prompts');
});
