// Field-level comparison of two parsed YAML documents: pure (before, after) → the changed leaves.
// Parsed values are compared, so re-indenting, re-quoting, reordering keys or editing comments is
// never a change. Lists are compared element by element, matched by a natural key where the
// registry has one (a basis by its law, a change record by date and kind, a post by its id), by
// position where order is the meaning (flow steps), and by value for lists of plain words.
import type { NodePath } from '../registry/model.js';
import { childCursor, propertyOrder, schemaCursor, type DocKind, type SchemaCursor } from './schema.js';

/** What identifies a list item in a label: its natural key, or a readable hint beside its position. */
export interface ItemTag {
  key?: string;
  hint?: string;
}

/** One changed field. `before`/`after` are the YAML values, null when absent. */
export interface FieldChange {
  path: NodePath;
  before: unknown;
  after: unknown;
  /** Per path segment: the tag of a list item (null for property names and untagged items). */
  tags: (ItemTag | null)[];
}

/** How the items of one list are paired between the two versions. */
type ListMatch =
  | { by: 'index'; hint?: (item: unknown) => string | undefined }
  | { by: 'key'; key: (item: unknown) => string | undefined }
  | { by: 'value' };

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isAbsent = (v: unknown): boolean => v === undefined || v === null;
const isScalar = (v: unknown): boolean => v === null || (typeof v !== 'object' && typeof v !== 'function');

const prop = (name: string) => (item: unknown): string | undefined => {
  const v = isRecord(item) ? item[name] : undefined;
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
};

/** Natural keys per document kind and list path (numeric segments dropped: `flow.steps`). */
const LISTS: Record<DocKind, Record<string, ListMatch>> = {
  power: {
    basis: { by: 'key', key: prop('law') },
    'flow.steps': { by: 'index', hint: prop('name') },
    changes: {
      by: 'key',
      key: (item) => {
        const date = prop('date')(item);
        const kind = prop('kind')(item);
        return date !== undefined && kind !== undefined ? `${date} ${kind}` : undefined;
      },
    },
    discretion: { by: 'key', key: prop('situation') },
    'responsibility.duties': { by: 'index', hint: prop('stage') },
  },
  department: {
    functions: { by: 'key', key: prop('id') },
    posts: { by: 'key', key: prop('id') },
  },
  registry: {},
  law: { ranges: { by: 'key', key: prop('articles') } },
  superior: {},
};

/** Deep equality of parsed YAML values (null and absent are equal). */
export function isEqualValue(a: unknown, b: unknown): boolean {
  if (isAbsent(a) && isAbsent(b)) return true;
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => isEqualValue(x, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!isEqualValue(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/** The changed fields between two versions of a document of `kind`, in schema order. */
export function diffFields(kind: DocKind, before: unknown, after: unknown): FieldChange[] {
  const out: FieldChange[] = [];
  walk({ kind, out }, before, after, [], [], schemaCursor(kind), '');
  return out;
}

interface WalkContext {
  kind: DocKind;
  out: FieldChange[];
}

function walk(ctx: WalkContext, b: unknown, a: unknown, path: NodePath, tags: (ItemTag | null)[], cursor: SchemaCursor | undefined, pattern: string): void {
  if (isEqualValue(b, a)) return;
  if (isRecord(b) && isRecord(a)) {
    for (const key of orderedKeys(cursor, b, a)) {
      walk(ctx, b[key], a[key], [...path, key], [...tags, null], childCursor(cursor, key), pattern ? `${pattern}.${key}` : key);
    }
    return;
  }
  const isListPair = (Array.isArray(b) || isAbsent(b)) && (Array.isArray(a) || isAbsent(a));
  if (isListPair && (Array.isArray(a) || Array.isArray(b))) {
    diffList(ctx, (b ?? []) as unknown[], (a ?? []) as unknown[], path, tags, cursor, pattern);
    return;
  }
  ctx.out.push({ path, before: b ?? null, after: a ?? null, tags });
}

/** Schema order first, then keys the schema does not know, as they appear (after, then before). */
function orderedKeys(cursor: SchemaCursor | undefined, b: Record<string, unknown>, a: Record<string, unknown>): string[] {
  const present = new Set([...Object.keys(a), ...Object.keys(b)]);
  const ordered = propertyOrder(cursor).filter((k) => present.has(k));
  for (const k of present) if (!ordered.includes(k)) ordered.push(k);
  return ordered;
}

function matcherFor(ctx: WalkContext, pattern: string, b: unknown[], a: unknown[]): ListMatch {
  const configured = LISTS[ctx.kind][pattern];
  if (configured) return configured;
  return [...b, ...a].every(isScalar) ? { by: 'value' } : { by: 'index' };
}

function diffList(ctx: WalkContext, b: unknown[], a: unknown[], path: NodePath, tags: (ItemTag | null)[], cursor: SchemaCursor | undefined, pattern: string): void {
  const itemCursor = childCursor(cursor, 0);
  let match = matcherFor(ctx, pattern, b, a);
  if (match.by === 'key' && !(hasUniqueKeys(b, match.key) && hasUniqueKeys(a, match.key))) match = { by: 'index' };

  if (match.by === 'index') {
    const hint = match.hint;
    for (let i = 0; i < Math.max(b.length, a.length); i++) {
      const name = hint?.(a[i]) ?? hint?.(b[i]);
      walk(ctx, b[i], a[i], [...path, i], [...tags, name ? { hint: name } : null], itemCursor, pattern);
    }
    return;
  }

  // Keyed or by value: pair equal keys (values), then pair what is left in order (a replaced item),
  // then what is still left was removed or added.
  const keyOf = match.by === 'key' ? match.key : (item: unknown) => valueKey(item);
  const produced: { index: number; order: number; emit: () => void }[] = [];
  const usedB = new Set<number>();
  const usedA = new Set<number>();
  const byKeyB = new Map<string, number[]>();
  b.forEach((item, i) => {
    const k = keyOf(item) ?? `\u0000${i}`;
    byKeyB.set(k, [...(byKeyB.get(k) ?? []), i]);
  });
  a.forEach((item, j) => {
    const k = keyOf(item);
    const candidates = k === undefined ? undefined : byKeyB.get(k);
    const i = candidates?.find((x) => !usedB.has(x));
    if (i === undefined) return;
    usedB.add(i);
    usedA.add(j);
    if (match.by === 'key') {
      produced.push({
        index: j, order: 0,
        emit: () => walk(ctx, b[i], item, [...path, j], [...tags, { key: k }], itemCursor, pattern),
      });
    }
  });
  const leftB = b.map((_, i) => i).filter((i) => !usedB.has(i));
  const leftA = a.map((_, j) => j).filter((j) => !usedA.has(j));
  const pairs = Math.min(leftB.length, leftA.length);
  const tagOf = (item: unknown): ItemTag | null => {
    const k = match.by === 'key' ? keyOf(item) : undefined;
    return k === undefined ? null : { key: k };
  };
  for (let p = 0; p < pairs; p++) {
    const i = leftB[p];
    const j = leftA[p];
    produced.push({ index: j, order: 1, emit: () => ctx.out.push({ path: [...path, j], before: b[i], after: a[j], tags: [...tags, tagOf(a[j])] }) });
  }
  for (const i of leftB.slice(pairs)) {
    produced.push({ index: i, order: 2, emit: () => ctx.out.push({ path: [...path, i], before: b[i], after: null, tags: [...tags, tagOf(b[i])] }) });
  }
  for (const j of leftA.slice(pairs)) {
    produced.push({ index: j, order: 3, emit: () => ctx.out.push({ path: [...path, j], before: null, after: a[j], tags: [...tags, tagOf(a[j])] }) });
  }
  produced.sort((x, y) => x.index - y.index || x.order - y.order);
  for (const p of produced) p.emit();
}

function hasUniqueKeys(items: unknown[], key: (item: unknown) => string | undefined): boolean {
  const seen = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined || seen.has(k)) return false;
    seen.add(k);
  }
  return true;
}

/** A key that equal scalars share and different ones do not (1 and "1" differ). */
function valueKey(item: unknown): string {
  return `${typeof item}:${String(item)}`;
}

/** `flow.steps[1].days` from ['flow', 'steps', 1, 'days'] (SPEC §8). */
export function formatPath(path: NodePath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
