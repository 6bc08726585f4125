// Traditional → simplified Chinese, character by character, from a table generated once from
// OpenCC (scripts/gen-t2s.mjs). Character level is enough to compare names and enum values.
import { T2S_PAIRS } from './t2s-data.js';

let table: Map<string, string> | undefined;

function t2s(): Map<string, string> {
  if (!table) {
    table = new Map();
    const chars = [...T2S_PAIRS];
    for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i], chars[i + 1]);
  }
  return table;
}

/** The text with every traditional character replaced by its simplified form. */
export function toSimplified(text: string): string {
  const map = t2s();
  let out = '';
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}
