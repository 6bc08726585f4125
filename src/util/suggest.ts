// "您是不是要写…": the one place that guesses which existing id or value a user meant. Every rule
// that reports an unknown id or value asks here, so that suggestions behave the same everywhere.
import { toSimplified } from './chinese.js';

/** Levenshtein distance in code points (Chinese characters count one each). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}

/** How a user's word is compared: NFKC (full-width → half-width), trimmed, traditional → simplified. */
function fold(word: string): string {
  return toSimplified(word.normalize('NFKC').trim());
}

/** The same word ignoring letter case, the separators people swap (`-`, `_`, spaces) and leading zeros (`F7` = `F07`). */
function loose(word: string): string {
  // The candidates (law ids, function ids …) are the same for every finding: fold each once.
  let folded = looseCache.get(word);
  if (folded === undefined) {
    if (looseCache.size >= LOOSE_CACHE_LIMIT) looseCache.clear();
    folded = fold(word).toLowerCase().replace(/[\s_-]+/g, '').replace(/(?<!\d)0+(?=\d)/g, '');
    looseCache.set(word, folded);
  }
  return folded;
}
const LOOSE_CACHE_LIMIT = 100_000;
const looseCache = new Map<string, string>();

/** Characters that look the same in many fonts: `shzz-s1` was meant as `shzz-sl`. */
function lookAlike(word: string): string {
  return word.replace(/[1|i]/g, 'l').replace(/0/g, 'o');
}

/**
 * The candidate the user most likely meant, or undefined when none is close:
 * 1. equal after NFKC, 繁→简, case, separators and leading zeros (`行政許可` → `行政许可`,
 *    `F7` → `F07`, `SZF-MZ-2` → `SZF-MZ-02`), or else after look-alikes (`shzz-s1` → `shzz-sl`);
 * 2. the only candidate that contains the word or is contained in it (`许可` → `行政许可`);
 * 3. the only nearest candidate within a small edit distance (about a third of the word).
 */
export function suggest(word: string, candidates: Iterable<unknown>): string | undefined {
  const list = idsOf(candidates).filter((c) => c !== word);
  if (list.length === 0 || word.trim() === '') return undefined;
  const w = loose(word);
  const same = list.filter((c) => loose(c) === w);
  if (same.length >= 1) return same[0];
  const alike = list.filter((c) => lookAlike(loose(c)) === lookAlike(w));
  if (alike.length === 1) return alike[0];

  const containing = list.filter((c) => {
    const l = loose(c);
    return l.length > 0 && (l.includes(w) || (w.includes(l) && [...l].length >= 2));
  });
  if (containing.length === 1) return containing[0];

  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const c of list) {
    const d = editDistance(w, loose(c));
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) {
      tie = true;
    }
  }
  const limit = Math.max(1, Math.floor(Math.max([...w].length, 2) / 3));
  return bestDistance <= limit && !tie ? best : undefined;
}

/** The distinct, non-empty text candidates (ids read from schema-invalid files may be anything). */
function idsOf(candidates: Iterable<unknown>): string[] {
  return [...new Set(candidates)].filter((c): c is string => typeof c === 'string' && c.trim() !== '');
}

/** At most this many ids are listed when no single one is close. */
const MAX_CHOICES = 12;

/**
 * Finding data for an unknown id: `{ suggestion }` when one candidate is close, else
 * `{ choices }` when the candidates are few enough to list, else nothing. The engine words both
 * (`suggest.didYouMean`, `suggest.choices`) after the rule's own message.
 */
export function suggestion(word: string, candidates: Iterable<unknown>): { suggestion?: string; choices?: string[] } {
  const all = idsOf(candidates);
  const s = suggest(word, all);
  if (s !== undefined) return { suggestion: s };
  return all.length > 0 && all.length <= MAX_CHOICES ? { choices: all } : {};
}
