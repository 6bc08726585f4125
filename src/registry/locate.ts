// Key path → 1-based line and column. Only files that have something to report are located, once
// each. Files in the fast path's subset (nearly all) are re-read by the fast parser recording
// offsets (fast-yaml.ts: about a third of a js-yaml parse, so locating costs no more than the
// parse); the `yaml` package's positional parse (~8× slower than js-yaml, and unbounded in memory)
// is kept for the files the fast path defers, and only up to YAML_PACKAGE_LIMIT characters: past
// that the finding is put on line 1 and marked approximate, so no input can exhaust the heap.
import { createRequire } from 'node:module';
import type { Document, LineCounter, Node } from 'yaml';
import { fastParsePositions, type PositionMap } from './fast-yaml.js';
import type { NodePath } from './model.js';

/** Deferred files longer than this (characters) are not given to the `yaml` package. */
export const YAML_PACKAGE_LIMIT = 256 * 1024;

// Loaded on first use: a clean registry never needs it, and it is a large module to load.
type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;
const yaml = (): YamlModule => (yamlModule ??= createRequire(import.meta.url)('yaml') as YamlModule);

/** A place in a file; `approximate` when the file could not be located within bounds (line 1). */
export interface Position {
  line: number;
  column: number;
  approximate?: boolean;
}

/** Locates paths in one file's text; parse on first use, then reuse. */
export class Locator {
  private fast: { data: unknown; positions: PositionMap; lineStarts?: number[] } | null | undefined;
  private doc: Document | null | undefined;
  private lines: LineCounter | undefined;

  /** `fastPath: false` uses only the `yaml` package (the reference the differential tests compare with). */
  constructor(private readonly text: string, private readonly fastPath = true) {}

  /**
   * Where the node at `path` is. A map key's position is given for the last segment when it is a
   * key (so `flow.steps` points at the `steps:` line); a missing node falls back to its nearest
   * existing parent; an unparseable text gives line 1.
   */
  locate(path: NodePath): Position {
    if (this.fast === undefined) this.fast = this.fastPath ? fastParsePositions(this.text) ?? null : null;
    if (this.fast) return this.locateFast(path);
    if (this.text.length > YAML_PACKAGE_LIMIT) return { line: 1, column: 1, approximate: true };
    return this.locateYaml(path);
  }

  private locateFast(path: NodePath): Position {
    const fast = this.fast!;
    let node: unknown = fast.data;
    let offset = firstContent(this.text);
    for (const segment of path) {
      if (node === null || typeof node !== 'object') break;
      const rec = fast.positions.get(node);
      const at = rec ? (rec as Record<string | number, number | undefined>)[segment] : undefined;
      if (at === undefined || (Array.isArray(node) ? typeof segment !== 'number' : !Object.hasOwn(node, segment))) break;
      offset = at;
      node = (node as Record<string | number, unknown>)[segment];
    }
    fast.lineStarts ??= lineStarts(this.text);
    return positionOf(fast.lineStarts, offset);
  }

  private locateYaml(path: NodePath): Position {
    const doc = this.document();
    if (!doc || !this.lines) return { line: 1, column: 1 };
    const { isMap, isPair, isSeq } = yaml();
    let node: unknown = doc.contents;
    let offset = rangeStart(node) ?? 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && keyOf(p.key) === String(segment));
        if (!pair) break;
        offset = rangeStart(pair.key) ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
        node = node.items[segment];
        offset = rangeStart(node) ?? offset;
      } else {
        break;
      }
    }
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  private document() {
    if (this.doc === undefined) {
      try {
        const { LineCounter: Lines, parseDocument } = yaml();
        this.lines = new Lines();
        this.doc = parseDocument(this.text, { lineCounter: this.lines, uniqueKeys: false, version: '1.2' });
      } catch {
        this.doc = null; // e.g. a stack overflow on absurd nesting: fall back to line 1
      }
    }
    return this.doc;
  }
}

/** The offset of the first character that is not a space, line end or comment line. */
function firstContent(text: string): number {
  const m = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*/.exec(text);
  return m ? m[0].length : 0;
}

/** The offset at which each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset (binary search over the line starts). */
function positionOf(starts: number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

function keyOf(key: unknown): string | undefined {
  if (yaml().isScalar(key)) return String((key as { value: unknown }).value);
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null)?.range;
  return range ? range[0] : undefined;
}
