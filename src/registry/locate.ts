// Key path → 1-based line and column, using the `yaml` package's positional parse. Only files that
// have something to report are parsed this way (it is ~8× slower than js-yaml), once each.
import { createRequire } from 'node:module';
import type { Document, LineCounter, Node } from 'yaml';
import type { NodePath } from './model.js';

// Loaded on first use: a clean registry never needs it, and it is a large module to load.
type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;
const yaml = (): YamlModule => (yamlModule ??= createRequire(import.meta.url)('yaml') as YamlModule);

/** A place in a file. */
export interface Position {
  line: number;
  column: number;
}

/** Locates paths in one file's text; parse on first use, then reuse. */
export class Locator {
  private doc: Document | null | undefined;
  private lines: LineCounter | undefined;

  constructor(private readonly text: string) {}

  /**
   * Where the node at `path` is. A map key's position is given for the last segment when it is a
   * key (so `flow.steps` points at the `steps:` line); a missing node falls back to its nearest
   * existing parent; an unparseable text gives line 1.
   */
  locate(path: NodePath): Position {
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

function keyOf(key: unknown): string | undefined {
  if (yaml().isScalar(key)) return String((key as { value: unknown }).value);
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null)?.range;
  return range ? range[0] : undefined;
}
