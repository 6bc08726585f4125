// The public site's offline search: a static inverted index over every public power, cut into
// small `<script>` files that templates/assets/search.js loads only when a query needs them.
// file:// rules out fetch, ES modules and WASM (issue 12); a script element works everywhere.
//
// Tokens: NFKC, traditional → simplified (src/util/chinese.ts), lower case; then, per run of
// letters and digits, every character bigram, and every single CJK character (so a one-character
// query works). A query matches the powers that hold all of its tokens. Term → posting lists are
// spread over chunks by a hash of the term, so a query of n bigrams loads at most n chunks; the
// documents shown (code, name, department, category, page) are in chunks of DOC_CHUNK by id.
// Only the public catalogue view is ever given to this module.
import { toSimplified } from '../util/chinese.js';
import { T2S_PAIRS } from '../util/t2s-data.js';
import { jsonForScript } from './open-data.js';
import type { PowerView } from './view-model.js';

/** Documents per `search/docs-<n>.js` file. */
export const DOC_CHUNK = 1000;
/** Aimed-at size of one `search/terms-<n>.js` file (characters). */
const TERM_CHUNK_TARGET = 192 * 1024;

/** One generated file of the index. */
export interface SearchFile {
  rel: string;
  content: string;
}

/** The normalised form the index and the browser both search: NFKC, simplified, lower case. */
export function normaliseForSearch(text: string): string {
  return toSimplified(text.normalize('NFKC')).toLowerCase();
}

const RUN = /[\p{L}\p{N}]+/gu;
const isCjk = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f);

/**
 * Calls `add` with each index token of an already normalised text (the same rule as search.js's
 * `tokens`), repeats included; no intermediate arrays (this runs over every public power).
 */
export function eachToken(text: string, add: (token: string) => void): void {
  for (const m of text.matchAll(RUN)) {
    const run = m[0];
    let prev = '';
    let count = 0;
    for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      const ch = c >= 0xd800 && c <= 0xdbff && i + 1 < run.length ? run.slice(i, ++i + 1) : run[i];
      if (isCjk(c)) add(ch);
      if (prev) add(prev + ch);
      prev = ch;
      count++;
    }
    if (count === 1 && !isCjk(run.charCodeAt(0))) add(prev);
  }
}

/** The distinct index tokens of an already normalised text. */
export function searchTokens(text: string): string[] {
  const out = new Set<string>();
  eachToken(text, (t) => out.add(t));
  return [...out];
}

/** The chunk a term's postings live in (the same hash as search.js's `chunkOf`). */
export function chunkOf(term: string, chunks: number): number {
  let h = 5381;
  for (let i = 0; i < term.length; i++) h = (Math.imul(h, 33) + term.charCodeAt(i)) | 0;
  return (h >>> 0) % chunks;
}

/** Sorted ids as base-36 gaps: "0,5,1a" (small for the common terms, which have many ids). */
function encodePostings(ids: number[]): string {
  let prev = 0;
  let out = '';
  for (let i = 0; i < ids.length; i++) {
    out += (i ? ',' : '') + (ids[i] - prev).toString(36);
    prev = ids[i];
  }
  return out;
}

/** JSON safe inside a classic script (<, >, &, U+2028/9 escaped). */
const js = jsonForScript;

/** The index files for the public powers, in catalogue order (document id = position). */
export function buildSearchIndex(powers: readonly PowerView[]): SearchFile[] {
  const postings = new Map<string, number[]>();
  let size = 0;
  powers.forEach((p, id) => {
    eachToken(normaliseForSearch(p.searchText), (term) => {
      const list = postings.get(term);
      if (!list) postings.set(term, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
      else return;
      size += term.length + 3;
    });
  });
  const termChunks = Math.max(1, Math.ceil(size / TERM_CHUNK_TARGET));
  const chunks: Record<string, string>[] = Array.from({ length: termChunks }, () => ({}));
  for (const term of [...postings.keys()].sort()) chunks[chunkOf(term, termChunks)][term] = encodePostings(postings.get(term)!);

  const files: SearchFile[] = [];
  const meta = { docs: powers.length, docChunk: DOC_CHUNK, termChunks, t2s: T2S_PAIRS };
  files.push({ rel: 'search/meta.js', content: `POWERS_SEARCH.meta(${js(meta)});\n` });
  chunks.forEach((terms, n) => files.push({ rel: `search/terms-${n}.js`, content: `POWERS_SEARCH.terms(${n},${js(terms)});\n` }));
  for (let n = 0; n * DOC_CHUNK < powers.length; n++) {
    const docs = powers.slice(n * DOC_CHUNK, (n + 1) * DOC_CHUNK).map((p) => [p.code, p.name, p.department.name, p.category, p.href]);
    files.push({ rel: `search/docs-${n}.js`, content: `POWERS_SEARCH.docs(${n},${js(docs)});\n` });
  }
  return files;
}
