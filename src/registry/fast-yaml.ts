// A hand-written parser for the small YAML subset that registry files use. For every document it
// accepts it returns exactly what `js-yaml.load(text, { schema: CORE_SCHEMA })` returns; for
// everything else — including every document js-yaml would reject — it returns `undefined`,
// meaning "not handled: use js-yaml". The fallback is always right, so whenever something is
// unusual or ambiguous this parser gives up rather than guess. ~3.4× faster than js-yaml on
// generated registries; tests/registry/fast-yaml.test.ts holds the differential tests.
//
// Handled:
//  - a root block mapping or block sequence starting in column 0;
//  - block mappings whose keys are plain words (ASCII letters, digits, `_`, `-` and non-ASCII
//    characters; the first one a letter, `_` or non-ASCII) followed by `: value` or by `:` and a
//    nested block (more indented, or a sequence at the key's own indentation: `key:\n- a`);
//  - block sequences: `- scalar`, `- {flow}`, `- key: value` (opens a mapping inside the item),
//    `-` followed by a more indented block;
//  - flow sequences / mappings on one line, nested, including `[]` and `{}`;
//  - plain scalars on one line; single-quoted ('' escape) and double-quoted strings (without
//    backslashes) on one line;
//  - comments, blank lines, LF and CRLF line ends;
//  - core-schema resolution of plain scalars: null (`null` `Null` `NULL` `~`, empty), booleans
//    (`true` `True` `TRUE` `false` `False` `FALSE`), decimal integers (`12`, `-3`) and decimal
//    fractions (`0.5`, `-1.25`); everything else is a string (`yes`, `2026-01-15`, `10元`).
//    Other numeric spellings (`+1`, `-0`, `010`, `0x1F`, `1e3`, `.5`, `1.`, `.inf`, `1_000`) are
//    left to js-yaml, as are integers over 15 digits.
//
// Not handled (→ undefined): tabs, anchors, aliases, tags, block scalars, multi-line scalars,
// explicit `?` keys, document markers, directives, quoted / flow / `<<` / `__proto__` keys, keys
// that would resolve to null or a boolean, duplicate keys, flow collections spanning lines,
// trailing commas and empty values in flow collections, `- - a`, an empty item followed by a less
// indented `-` line (js-yaml reads it as part of the inner sequence), any indentation this parser
// does not expect, nesting deeper than MAX_DEPTH, control / C1 / line-separator characters, lone
// surrogates, a lone CR, NUL, a leading BOM (the caller strips it), a root that is not a block
// collection, an empty document.

/** Thrown (and always caught) when the document leaves the subset. Not an Error: no stack. */
const BAIL = { bail: true } as const;

/** Far below js-yaml's maxDepth (64 in parse.ts, 100 by default); registry files need ~6. */
const MAX_DEPTH = 32;

// Parser state, module-level: the parser is synchronous and not re-entrant.
let src = '';
let len = 0;
/** Current content line: its start, its end (before `\r\n` / `\n`), the start of the next line. */
let ls = 0;
let le = 0;
let nl = 0;
/** Indentation (spaces) of the current content line; -1 at the end of the input. */
let ind = -1;
let eof = false;
let depth = 0;
/** Position inside a flow collection. */
let fp = 0;
/** The key read by readKey. */
let lastKey = '';
/**
 * Where each collection's keys and items start (character offsets), recorded only by
 * `fastParsePositions`: a plain parse pays one always-false test per node and nothing else.
 */
let track: PositionMap | null = null;

/** Offsets of a parsed document's nodes: a mapping's keys by name, a sequence's items by index. */
export type PositionMap = Map<object, Record<string, number> | number[]>;

/** The character offset of the key (or item) `at` of `container`, when recorded. */
function note(container: object, key: string | number, offset: number): void {
  let rec = track!.get(container);
  if (!rec) track!.set(container, (rec = typeof key === 'number' ? [] : (Object.create(null) as Record<string, number>)));
  (rec as Record<string | number, number>)[key] = offset;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** ASCII key characters: 2 = may start a key, 1 = may only continue one. */
const KEY = new Uint8Array(128);
/** ASCII classes for scalar scanning. */
const C_SPACE = 1;
const C_COLON = 2;
const C_HASH = 3;
const C_FLOW = 4; // , [ ] { }
const C_BAD = 5; // controls (tab included) and DEL
const CLS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_]/.test(ch)) KEY[c] = 2;
  else if (/[0-9-]/.test(ch)) KEY[c] = 1;
  if (c < 32 || c === 127) CLS[c] = C_BAD;
  else if (c === 32) CLS[c] = C_SPACE;
  else if (c === 58) CLS[c] = C_COLON;
  else if (c === 35) CLS[c] = C_HASH;
  else if (',[]{}'.includes(ch)) CLS[c] = C_FLOW;
}

/**
 * Parses `text` as `fastParse` does and also records where every key and item starts, for
 * locating findings without a second, slower parser (locate.ts). `undefined` when outside the subset.
 */
export function fastParsePositions(text: string): { data: unknown; positions: PositionMap } | undefined {
  const positions: PositionMap = new Map();
  track = positions;
  try {
    const data = fastParse(text);
    return data === undefined ? undefined : { data, positions };
  } finally {
    track = null;
  }
}

/** Parses `text`, or returns `undefined` when it is outside the subset (or not valid YAML). */
export function fastParse(text: string): unknown | undefined {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 0xfeff) return undefined;
  // A lone CR is a line break for js-yaml; this parser splits on LF (dropping a CR before it).
  if (text.indexOf('\r') !== -1 && /\r(?!\n)/.test(text)) return undefined;
  src = text;
  len = n;
  depth = 0;
  eof = false;
  try {
    nextLine(0);
    if (eof || ind !== 0) return undefined;
    const result = isDash(ls) ? parseSequence(0) : parseMapping(0, ls);
    return eof ? result : undefined;
  } catch (e) {
    if (e === BAIL) return undefined;
    throw e;
  } finally {
    src = '';
  }
}

/** Moves to the first content line (neither blank nor comment-only) at or after `from`. */
function nextLine(from: number): void {
  const s = src;
  let p = from;
  while (p < len) {
    let i = p;
    while (i < len && s.charCodeAt(i) === 32) i++;
    let e = s.indexOf('\n', i);
    let next: number;
    if (e === -1) {
      e = len;
      next = len;
    } else {
      next = e + 1;
    }
    if (e > i && s.charCodeAt(e - 1) === 13) e--;
    if (i === e) {
      p = next;
      continue;
    }
    const c = s.charCodeAt(i);
    if (c === 35) {
      if (hasNul(i, e)) throw BAIL;
      p = next;
      continue;
    }
    if (c === 9) throw BAIL;
    ls = p;
    le = e;
    nl = next;
    ind = i - p;
    return;
  }
  eof = true;
  ls = le = nl = len;
  ind = -1;
}

/** Whether [from, to) holds a NUL (js-yaml refuses NUL anywhere, comments included). */
function hasNul(from: number, to: number): boolean {
  const s = src;
  for (let k = from; k < to; k++) if (s.charCodeAt(k) === 0) return true;
  return false;
}

/** The character at `i` on the current line, or LF past its end. */
function at(i: number): number {
  return i < le ? src.charCodeAt(i) : 10;
}

/** A block sequence entry indicator at `i`: `-` followed by a space or the end of the line. */
function isDash(i: number): boolean {
  const s = src;
  return s.charCodeAt(i) === 45 && (i + 1 >= le || s.charCodeAt(i + 1) === 32);
}

/** Non-ASCII characters allowed in keys: printable BMP characters, no surrogates. */
function keyHighOk(c: number): boolean {
  return (c > 0x9f && c < 0xd800 && c !== 0x2028 && c !== 0x2029) || (c > 0xdfff && c < 0xfffe);
}

/** Whether a key (plain word, `:`, then a space or the end of the line) starts at `i`. */
function looksLikeKey(i: number): boolean {
  const s = src;
  let c = s.charCodeAt(i);
  if (c < 128 ? KEY[c] !== 2 : !keyHighOk(c)) return false;
  for (i++; i < le; i++) {
    c = s.charCodeAt(i);
    if (c < 128 ? KEY[c] === 0 : !keyHighOk(c)) break;
  }
  return i < le && c === 58 && (i + 1 >= le || s.charCodeAt(i + 1) === 32);
}

/**
 * Reads the key at `i` into `lastKey` and returns the index just past its `:`. Throws BAIL unless
 * it is a plain word followed by `:` and a space (or, outside flow collections, the line end),
 * and unless it is new in `obj` and stays a string under the core schema.
 */
function readKey(i: number, obj: Record<string, unknown>, flow: boolean): number {
  const s = src;
  const start = i;
  let c = s.charCodeAt(i);
  if (i >= le || (c < 128 ? KEY[c] !== 2 : !keyHighOk(c))) throw BAIL;
  for (i++; i < le; i++) {
    c = s.charCodeAt(i);
    if (c < 128 ? KEY[c] === 0 : !keyHighOk(c)) break;
  }
  if (i >= le || c !== 58) throw BAIL;
  const after = i + 1;
  if (after < le ? s.charCodeAt(after) !== 32 : flow) throw BAIL;
  const key = internKey(start, i);
  // Keys are resolved like values: `null:` and `True:` would give the keys "null" and "true".
  const k0 = key.charCodeAt(0);
  if ((k0 === 110 || k0 === 78 || k0 === 116 || k0 === 84 || k0 === 102 || k0 === 70) && resolveWord(key) !== key) {
    throw BAIL;
  }
  // js-yaml defines `__proto__` as an own property; duplicates are errors there.
  if (key === '__proto__' || hasOwn.call(obj, key)) throw BAIL;
  lastKey = key;
  return after;
}

/**
 * Key strings seen before, reused: a property store or look-up with a fresh slice makes V8 hash
 * it and search its string table every time, one with an internalized string does not (~15%).
 */
const KEY_CACHE: string[] = new Array<string>(4096).fill('');
function internKey(start: number, end: number): string {
  const s = src;
  const n = end - start;
  const h = (n * 977 + s.charCodeAt(start) * 31 + s.charCodeAt(end - 1) * 7 + s.charCodeAt(start + (n >> 1))) & 4095;
  const cached = KEY_CACHE[h];
  if (cached.length === n && s.startsWith(cached, start)) return cached;
  const key = s.slice(start, end);
  KEY_CACHE[h] = key;
  return key;
}

/** A block mapping with its keys in column `col`; the first key starts at `p` on the current line. */
function parseMapping(col: number, p: number): Record<string, unknown> {
  if (++depth > MAX_DEPTH) throw BAIL;
  const s = src;
  const obj: Record<string, unknown> = {};
  for (;;) {
    let i = readKey(p, obj, false);
    const key = lastKey;
    if (track) note(obj, key, p);
    while (i < le && s.charCodeAt(i) === 32) i++;
    let value: unknown;
    if (i >= le || s.charCodeAt(i) === 35) {
      // `key:` (maybe with a comment): null, or the block on the following lines.
      if (hasNul(i, le)) throw BAIL;
      nextLine(nl);
      if (eof || ind < col) value = null;
      else if (ind === col) value = isDash(ls + ind) ? parseSequence(col) : null;
      else value = parseNested();
    } else {
      value = parseInline(i);
      nextLine(nl);
    }
    obj[key] = value;
    if (eof || ind < col) break;
    if (ind > col) throw BAIL; // a continuation line, or bad indentation
    p = ls + ind;
  }
  depth--;
  return obj;
}

/** A block sequence with its `-` in column `col`; the current line starts with one there. */
function parseSequence(col: number): unknown[] {
  if (++depth > MAX_DEPTH) throw BAIL;
  const s = src;
  const arr: unknown[] = [];
  for (;;) {
    let i = ls + col + 1;
    while (i < le && s.charCodeAt(i) === 32) i++;
    let item: unknown;
    if (track) note(arr, arr.length, i);
    if (i >= le || s.charCodeAt(i) === 35) {
      if (hasNul(i, le)) throw BAIL;
      nextLine(nl);
      if (track && !eof && ind > col) note(arr, arr.length, ls + ind);
      // js-yaml quirk: after an empty item it reads the next `-` line as an item of this
      // sequence whatever its indentation (`- \n -\n-` gives [[null, null]]).
      if (!eof && ind < col && isDash(ls + ind)) throw BAIL;
      item = eof || ind <= col ? null : parseNested();
    } else if (isDash(i)) {
      throw BAIL; // `- - a`
    } else if (looksLikeKey(i)) {
      item = parseMapping(i - ls, i);
    } else {
      item = parseInline(i);
      nextLine(nl);
    }
    arr.push(item);
    if (eof || ind < col) break;
    if (ind > col) throw BAIL;
    if (!isDash(ls + col)) break; // the parent mapping (`key:\n- a\nnext:`) takes over
  }
  depth--;
  return arr;
}

/** A block collection starting on the current line, more indented than its parent. */
function parseNested(): unknown {
  const p = ls + ind;
  return isDash(p) ? parseSequence(ind) : parseMapping(ind, p);
}

/** A value that starts at `i` (not a space, not `#`) on the current line and ends on it. */
function parseInline(i: number): unknown {
  const s = src;
  const c = s.charCodeAt(i);
  let value: unknown;
  fp = i;
  if (c === 91) value = parseFlowSequence();
  else if (c === 123) value = parseFlowMapping();
  else if (c === 39 || c === 34) value = parseQuoted(c);
  else return parseBlockPlain(i);
  // After a flow collection or a quoted scalar: only spaces, then maybe a comment.
  let j = fp;
  while (j < le && s.charCodeAt(j) === 32) j++;
  if (j < le && (j === fp || s.charCodeAt(j) !== 35 || hasNul(j, le))) throw BAIL;
  return value;
}

/** Whether the non-ASCII character `c` at `k` must not appear (C1, line separators, lone surrogates, U+FFFE/F). */
function badHigh(c: number, k: number): boolean {
  if (c <= 0x9f) return true;
  if (c < 0x2028) return false;
  if (c < 0xd800) return c <= 0x2029;
  if (c <= 0xdbff) {
    if (k + 1 >= le) return true;
    const d = src.charCodeAt(k + 1);
    return d < 0xdc00 || d > 0xdfff;
  }
  if (c <= 0xdfff) {
    const h = src.charCodeAt(k - 1);
    return h < 0xd800 || h > 0xdbff;
  }
  return c >= 0xfffe;
}

/** A plain scalar in block context at `i`, running to the end of the line or to a comment. */
function parseBlockPlain(i: number): unknown {
  const s = src;
  switch (s.charCodeAt(i)) {
    case 44: case 93: case 125: // , ] }
    case 38: case 42: case 33: // & * !
    case 124: case 62: // | >
    case 37: case 64: case 96: // % @ `
      throw BAIL;
    case 45: case 63: case 58: { // - ? : followed by a space: not a plain scalar
      const d = at(i + 1);
      if (d === 32 || d === 10) throw BAIL;
      break;
    }
  }
  let last = i;
  for (let k = i; k < le; k++) {
    const c = s.charCodeAt(k);
    if (c < 128) {
      const t = CLS[c];
      if (t === C_SPACE) continue;
      if (t === C_COLON) {
        // `: ` or a final `:` would start a mapping here: an error for js-yaml.
        if (k + 1 >= le || s.charCodeAt(k + 1) === 32) throw BAIL;
      } else if (t === C_HASH) {
        if (s.charCodeAt(k - 1) === 32) {
          if (hasNul(k, le)) throw BAIL;
          break;
        }
      } else if (t === C_BAD) {
        throw BAIL;
      }
    } else if (badHigh(c, k)) {
      throw BAIL;
    }
    last = k + 1;
  }
  return resolvePlain(s.slice(i, last));
}

/** A quoted scalar at `fp` closing on the current line; leaves `fp` past the closing quote. */
function parseQuoted(q: number): string {
  const s = src;
  let k = fp + 1;
  let start = k;
  let out = '';
  for (;;) {
    if (k >= le) throw BAIL; // continues on the next line, or never closes
    const c = s.charCodeAt(k);
    if (c === q) {
      if (q === 39 && k + 1 < le && s.charCodeAt(k + 1) === 39) {
        out += s.slice(start, k + 1);
        k += 2;
        start = k;
        continue;
      }
      out += s.slice(start, k);
      fp = k + 1;
      return out;
    }
    if (c < 128 ? CLS[c] === C_BAD || (c === 92 && q === 34) : badHigh(c, k)) throw BAIL;
    k++;
  }
}

function skipFlowSpaces(): void {
  const s = src;
  while (fp < le && s.charCodeAt(fp) === 32) fp++;
}

/** A flow node at `fp` (not a space). */
function parseFlowNode(): unknown {
  if (fp >= le) throw BAIL;
  const c = src.charCodeAt(fp);
  if (c === 91) return parseFlowSequence();
  if (c === 123) return parseFlowMapping();
  if (c === 39 || c === 34) return parseQuoted(c);
  return parseFlowPlain();
}

/** Whether `c` ends a plain scalar after `:` in a flow collection (space, line end, , [ ] { }). */
function endsFlowPlain(c: number): boolean {
  return c === 32 || c === 10 || (c < 128 && CLS[c] === C_FLOW);
}

/** A plain scalar inside a flow collection, ending before `,` `[` `]` `{` `}` on this line. */
function parseFlowPlain(): unknown {
  const s = src;
  const start = fp;
  switch (s.charCodeAt(fp)) {
    case 44: case 91: case 93: case 123: case 125: // , [ ] { }
    case 35: case 38: case 42: case 33: // # & * !
    case 124: case 62: // | >
    case 37: case 64: case 96: // % @ `
      throw BAIL;
    case 45: case 63: case 58: // - ? :
      if (endsFlowPlain(at(fp + 1))) throw BAIL;
      break;
  }
  let last = fp;
  let k = fp;
  for (; k < le; k++) {
    const c = s.charCodeAt(k);
    if (c < 128) {
      const t = CLS[c];
      if (t === C_SPACE) continue;
      if (t === C_FLOW) break;
      if (t === C_COLON) {
        if (endsFlowPlain(at(k + 1))) throw BAIL; // a pair, or a missing comma
      } else if (t === C_HASH) {
        if (s.charCodeAt(k - 1) === 32) throw BAIL; // a comment: the collection spans lines
      } else if (t === C_BAD) {
        throw BAIL;
      }
    } else if (badHigh(c, k)) {
      throw BAIL;
    }
    last = k + 1;
  }
  if (k >= le) throw BAIL; // the collection continues on another line, or never closes
  fp = k;
  return resolvePlain(s.slice(start, last));
}

function parseFlowSequence(): unknown[] {
  if (++depth > MAX_DEPTH) throw BAIL;
  fp++;
  skipFlowSpaces();
  const arr: unknown[] = [];
  if (at(fp) === 93) {
    fp++;
    depth--;
    return arr;
  }
  for (;;) {
    if (track) note(arr, arr.length, fp);
    arr.push(parseFlowNode());
    skipFlowSpaces();
    const c = at(fp);
    if (c === 44) {
      fp++;
      skipFlowSpaces();
      if (at(fp) === 93) throw BAIL; // trailing comma
    } else if (c === 93) {
      fp++;
      break;
    } else {
      throw BAIL;
    }
  }
  depth--;
  return arr;
}

function parseFlowMapping(): Record<string, unknown> {
  if (++depth > MAX_DEPTH) throw BAIL;
  fp++;
  skipFlowSpaces();
  const obj: Record<string, unknown> = {};
  if (at(fp) === 125) {
    fp++;
    depth--;
    return obj;
  }
  for (;;) {
    const keyStart = fp;
    fp = readKey(fp, obj, true);
    const key = lastKey;
    if (track) note(obj, key, keyStart);
    skipFlowSpaces();
    const v = at(fp);
    if (v === 44 || v === 125 || v === 10) throw BAIL; // empty value
    obj[key] = parseFlowNode();
    skipFlowSpaces();
    const c = at(fp);
    if (c === 44) {
      fp++;
      skipFlowSpaces();
      if (at(fp) === 125) throw BAIL; // trailing comma
    } else if (c === 125) {
      fp++;
      break;
    } else {
      throw BAIL;
    }
  }
  depth--;
  return obj;
}

/** The core schema's null and boolean words; any other string is returned as is. */
function resolveWord(s: string): unknown {
  switch (s.length) {
    case 4:
      if (s === 'null' || s === 'Null' || s === 'NULL') return null;
      if (s === 'true' || s === 'True' || s === 'TRUE') return true;
      return s;
    case 5:
      return s === 'false' || s === 'False' || s === 'FALSE' ? false : s;
    default:
      return s;
  }
}

const SIMPLE_INT = /^-?(?:0|[1-9][0-9]{0,14})$/;
const SIMPLE_FLOAT = /^-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;
/** What js-yaml 4's core `int` type may accept: signed decimal digits, or a 0b / 0x / 0o prefix. */
const ANY_INT = /^[-+]?(?:[0-9]+$|0[bxo])/;
/** js-yaml 4's YAML_FLOAT_PATTERN. */
const ANY_FLOAT = /^(?:[-+]?(?:[0-9]+)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** Core-schema resolution of a plain scalar: js-yaml tries null, bool, int, float, in that order. */
function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  if (c >= 128) return s;
  if (c === 126) return s.length === 1 ? null : s; // ~
  if (c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70) return resolveWord(s);
  if (!((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46)) return s;
  // Numeric-looking: convert the plain decimal forms, leave every other number to js-yaml.
  if (SIMPLE_INT.test(s)) {
    if (s === '-0') throw BAIL; // js-yaml gives 0, not -0
    return parseInt(s, 10);
  }
  if (SIMPLE_FLOAT.test(s)) return parseFloat(s);
  // Might js-yaml (this or another 4.x: 4.1 still read `1_000` as 1000) see a number here?
  if (s.indexOf('_') !== -1 || ANY_INT.test(s) || ANY_FLOAT.test(s)) throw BAIL;
  return s; // 2026-01-15, 1.2.3, 10元, 12345政务, -a: strings in the core schema
}
