// A catalogue long enough to be paged: `n` copies of the publish fixture's XK-GAJ-0001 in one department.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES, type Edit } from '../helpers/fixture.js';

/** Edits adding `n` public powers 机动车驾驶证核发第<i>号 (XK-GAJ-1000…) to the publish fixture. */
export function bulkPowers(n: number, name = (i: number) => `机动车驾驶证核发第${i}号`): Record<string, Edit> {
  const source = readFileSync(path.join(FIXTURES, 'publish', 'departments/gaj/powers/XK-GAJ-0001.yaml'), 'utf8');
  const edits: Record<string, Edit> = {};
  for (let i = 1000; i < 1000 + n; i++) {
    const code = `XK-GAJ-${i}`;
    edits[`departments/gaj/powers/bulk/${code}.yaml`] = source.replace('XK-GAJ-0001', code).replace('机动车驾驶证核发', name(i));
  }
  return edits;
}

/** The offline search index of a published site, read back as the browser would (search/*.js run with a stub). */
export function readSearchIndex(siteDir: string): { docs: string[][]; terms: Map<string, number[]> } {
  const docs: string[][] = [];
  const terms = new Map<string, number[]>();
  let meta: { docs: number; docChunk: number; termChunks: number } | undefined;
  const POWERS_SEARCH = {
    meta: (m: typeof meta) => void (meta = m),
    terms: (_n: number, t: Record<string, string>) => {
      for (const [term, postings] of Object.entries(t)) {
        let id = 0;
        terms.set(term, postings.split(',').map((gap) => (id += parseInt(gap, 36))));
      }
    },
    docs: (n: number, d: string[][]) => d.forEach((doc, k) => (docs[n * meta!.docChunk + k] = doc)),
  };
  const run = (rel: string) => new Function('POWERS_SEARCH', readFileSync(path.join(siteDir, 'search', rel), 'utf8'))(POWERS_SEARCH);
  run('meta.js');
  for (let n = 0; n < meta!.termChunks; n++) run(`terms-${n}.js`);
  for (let n = 0; n * meta!.docChunk < meta!.docs; n++) run(`docs-${n}.js`);
  return { docs, terms };
}
