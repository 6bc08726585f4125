// The canonical key order of every file kind, derived from its JSON Schema: SPEC §2's order is the
// order of the schema's `properties` (the further fields included), so there is no second list to
// keep in step with it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

/** The tool's own schema folder (schema/ beside dist/). */
export const TOOL_SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));

/** The schema files a registry copy (`.powers/schema/`) holds. */
export const SCHEMA_FILES = [
  'registry.schema.json', 'laws.schema.json', 'superior.schema.json', 'calendar.schema.json',
  'department.schema.json', 'power.schema.json',
] as const;

/** A node of a JSON Schema, as far as key order needs it. */
export interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: unknown[];
  title?: string;
  [key: string]: unknown;
}

const cache = new Map<string, SchemaNode>();

/** Reads (once) one of the tool's schemas by file name. */
export function loadSchema(file: string): SchemaNode {
  let schema = cache.get(file);
  if (!schema) {
    schema = JSON.parse(readFileSync(`${TOOL_SCHEMA_DIR}${file}`, 'utf8')) as SchemaNode;
    cache.set(file, schema);
  }
  return schema;
}

/** Follows a local `$ref` (`#/$defs/x`). */
export function resolveRef(root: SchemaNode, node: SchemaNode | undefined): SchemaNode | undefined {
  let n = node;
  for (let i = 0; n?.$ref && i < 8; i++) {
    let target: unknown = root;
    for (const part of n.$ref.replace(/^#\//, '').split('/')) target = (target as Record<string, unknown> | undefined)?.[part];
    n = { ...(target as SchemaNode), ...Object.fromEntries(Object.entries(n).filter(([k]) => k !== '$ref')) };
  }
  return n;
}

/** The schema node at a key path (list indexes step into `items`). */
export function schemaAt(root: SchemaNode, path: (string | number)[]): SchemaNode | undefined {
  let node = resolveRef(root, root);
  for (const key of path) {
    if (!node) return undefined;
    node = resolveRef(root, typeof key === 'number' ? node.items : node.properties?.[key]);
  }
  return node;
}

/** Puts every mapping of `doc` in its schema's key order; unknown keys keep their order, last. */
export function sortDocument(doc: Document, root: SchemaNode): void {
  sortNode(doc.contents as Node | null, resolveRef(root, root), root);
}

/** Whether every mapping of `doc` is already in its schema's key order. */
export function isSorted(doc: Document, root: SchemaNode): boolean {
  return sortedNode(doc.contents as Node | null, resolveRef(root, root), root);
}

function sortedNode(node: Node | null | undefined, schema: SchemaNode | undefined, root: SchemaNode): boolean {
  if (isMap(node)) {
    const order = Object.keys(schema?.properties ?? {});
    const ranks = node.items.map((p) => {
      const i = order.indexOf(String(isScalar(p.key) ? p.key.value : p.key));
      return i < 0 ? order.length : i;
    });
    if (ranks.some((r, i) => i > 0 && r < ranks[i - 1])) return false;
    return node.items.every((p) => sortedNode(p.value as Node | null, resolveRef(root, schema?.properties?.[String(isScalar(p.key) ? p.key.value : p.key)]), root));
  }
  if (isSeq(node)) return node.items.every((item) => sortedNode(item as Node, resolveRef(root, schema?.items), root));
  return true;
}

function sortNode(node: Node | null | undefined, schema: SchemaNode | undefined, root: SchemaNode): void {
  if (!node) return;
  if (isMap(node)) {
    const order = Object.keys(schema?.properties ?? {});
    const rank = (key: unknown) => {
      const i = order.indexOf(String(isScalar(key) ? key.value : key));
      return i < 0 ? order.length : i;
    };
    // Stable: Array.prototype.sort keeps equal ranks in their order.
    node.items.sort((a, b) => rank(a.key) - rank(b.key));
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      sortNode(pair.value as Node | null, resolveRef(root, schema?.properties?.[key]), root);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) sortNode(item as Node, resolveRef(root, schema?.items), root);
  }
}
