// The JSON Schemas as data for the diff: field order and Chinese titles, walked by key path.
// Read directly (not through schema/validators.ts) so that `powers diff` never loads Ajv.
import { readFileSync } from 'node:fs';
import type { NodePath } from '../registry/model.js';

/** A JSON Schema node. */
export type SchemaNode = Record<string, unknown>;

/** What a diffed document is: a whole file, or one item of a list file (a law, a superior function). */
export type DocKind = 'power' | 'department' | 'registry' | 'law' | 'superior';

const FILES: Record<DocKind, { file: string; isItem: boolean }> = {
  power: { file: 'power.schema.json', isItem: false },
  department: { file: 'department.schema.json', isItem: false },
  registry: { file: 'registry.schema.json', isItem: false },
  law: { file: 'laws.schema.json', isItem: true },
  superior: { file: 'superior.schema.json', isItem: true },
};

const SCHEMA_DIR = new URL('../../schema/', import.meta.url);
const roots = new Map<string, SchemaNode | undefined>();

const isRecord = (v: unknown): v is SchemaNode => v !== null && typeof v === 'object' && !Array.isArray(v);

function loadRoot(file: string): SchemaNode | undefined {
  if (!roots.has(file)) {
    let root: SchemaNode | undefined;
    try {
      root = JSON.parse(readFileSync(new URL(file, SCHEMA_DIR), 'utf8')) as SchemaNode;
    } catch {
      root = undefined; // labels fall back to keys; the diff itself does not need the schema
    }
    roots.set(file, root);
  }
  return roots.get(file);
}

/** A schema with its root (for `$ref`s) and the node describing the document. */
export interface SchemaCursor {
  root: SchemaNode;
  node: SchemaNode | undefined;
}

/** The cursor at the top of a document of `kind`. */
export function schemaCursor(kind: DocKind): SchemaCursor | undefined {
  const { file, isItem } = FILES[kind];
  const root = loadRoot(file);
  if (!root) return undefined;
  return { root, node: isItem ? resolve(root, root.items) : root };
}

/** Follows a local `$ref`, keeping what is written beside it (a title there wins). */
function resolve(root: SchemaNode, node: unknown): SchemaNode | undefined {
  if (!isRecord(node)) return undefined;
  if (typeof node.$ref !== 'string' || !node.$ref.startsWith('#/')) return node;
  let target: unknown = root;
  for (const part of node.$ref.slice(2).split('/')) target = isRecord(target) ? target[part] : undefined;
  if (!isRecord(target)) return node;
  const { $ref: _ignored, ...beside } = node;
  return { ...resolve(root, target), ...beside };
}

const children = new WeakMap<SchemaNode, Map<string, SchemaCursor | undefined>>();

/** One step down: a property or a list item (memoised: the diff walks the same fields often). */
export function childCursor(cursor: SchemaCursor | undefined, segment: string | number): SchemaCursor | undefined {
  if (!cursor?.node) return undefined;
  const { root, node } = cursor;
  const key = typeof segment === 'number' ? '[]' : `.${segment}`;
  let memo = children.get(node);
  if (!memo) children.set(node, (memo = new Map()));
  if (memo.has(key)) return memo.get(key);
  const next = typeof segment === 'number' ? node.items : isRecord(node.properties) ? node.properties[segment] : undefined;
  const resolved = resolve(root, next);
  const child = resolved ? { root, node: resolved } : undefined;
  memo.set(key, child);
  return child;
}

/** The cursor at `path` below the top of a document of `kind`. */
export function cursorAt(kind: DocKind, path: NodePath): SchemaCursor | undefined {
  let cursor = schemaCursor(kind);
  for (const segment of path) cursor = childCursor(cursor, segment);
  return cursor;
}

/** The property names a schema node declares, in schema order. */
export function propertyOrder(cursor: SchemaCursor | undefined): string[] {
  const props = cursor?.node?.properties;
  return isRecord(props) ? Object.keys(props) : [];
}

/** The `title` of a schema node. */
export function titleOf(cursor: SchemaCursor | undefined): string | undefined {
  const title = cursor?.node?.title;
  return typeof title === 'string' ? title : undefined;
}
