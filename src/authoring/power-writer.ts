// The one power writer: `powers new`, `powers fmt` and `powers import xlsx` all produce power files
// here, so a file written by any of them is already in canonical form (SPEC §7): the schema's key
// order, two-space indentation, plain scalars unless quotes are needed, comments kept (the `yaml`
// package's Document API), and a `$schema` header that points at the right schema for the file's
// depth. Short lists and the rows of steps, discretion and duties are written in flow style, as in
// the sample registry, so that one step stays one line.
import path from 'node:path';
import { existsSync } from 'node:fs';
import {
  Document, isCollection, isMap, isScalar, isSeq, parseDocument, Scalar, type Node, type ToStringOptions,
} from 'yaml';
import type { NodePath } from '../registry/model.js';
import { loadSchema, sortDocument, TOOL_SCHEMA_DIR, type SchemaNode } from './schema-order.js';

const STRINGIFY: ToStringOptions = { indent: 2, indentSeq: true, lineWidth: 0, flowCollectionPadding: false };
const HEADER = /^# *yaml-language-server:.*(?:\r?\n|$)/;

/** The `# yaml-language-server: $schema=…` line for a file, relative to its folder. */
export function schemaHeader(root: string, fileAbs: string, schemaFile: string): string {
  const local = path.join(root, '.powers', 'schema');
  const dir = existsSync(path.join(local, schemaFile)) ? local : TOOL_SCHEMA_DIR;
  const rel = path.relative(path.dirname(fileAbs), path.join(dir, schemaFile)).split(path.sep).join('/');
  return `# yaml-language-server: $schema=${rel}`;
}

/** Parses a power file's text for editing (the header line is set again on output). */
export function parseForEdit(text: string): Document {
  let body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  while (HEADER.test(body)) body = body.replace(HEADER, '');
  return parseDocument(body, { keepSourceTokens: false });
}

/** A new power file from its data. */
export function newPowerText(data: Record<string, unknown>, header: string): string {
  const doc = new Document(data);
  styleNode(doc.contents as Node, []);
  return render(doc, header, loadSchema('power.schema.json'));
}

/** A power file's text in canonical form (what `powers fmt` writes); other registry files with their `schema`. */
export function formatPowerText(text: string, header: string, schema = loadSchema('power.schema.json')): string {
  return render(parseForEdit(text), header, schema);
}

/** One edit of a field: a new value, or undefined to remove it. */
export interface FieldEdit {
  path: NodePath;
  value: unknown;
}

/** A power file with some fields changed: every other field and every comment is kept. */
export function updatePowerText(text: string, edits: FieldEdit[], header: string): string {
  const doc = parseForEdit(text);
  for (const edit of edits) {
    if (edit.value === undefined) {
      if (doc.hasIn(edit.path)) doc.deleteIn(edit.path);
      continue;
    }
    const current = doc.getIn(edit.path, true);
    if (isScalar(current) && (typeof edit.value !== 'object' || edit.value === null)) {
      current.value = edit.value; // keeps the scalar's comments
      current.type = undefined;
    } else {
      const node = doc.createNode(edit.value) as Node;
      styleNode(node, edit.path);
      if (isCollection(current) && isCollection(node)) {
        node.commentBefore = current.commentBefore;
        node.comment = current.comment;
      }
      doc.setIn(edit.path, node);
    }
  }
  return render(doc, header, loadSchema('power.schema.json'));
}

/** Sort, canonical scalars, two-space indentation, the header line first. */
export function render(doc: Document, header: string, schema: SchemaNode): string {
  // Comments above the first key are about the file, not that key: they stay on top when it moves.
  const contents = doc.contents;
  const first = isMap(contents) ? contents.items[0] : undefined;
  sortDocument(doc, schema);
  if (isMap(contents) && first && contents.items[0] !== first) {
    const oldKey = first.key as Node;
    const newKey = contents.items[0].key as Node;
    if (oldKey.commentBefore) {
      newKey.commentBefore = newKey.commentBefore ? `${oldKey.commentBefore}\n${newKey.commentBefore}` : oldKey.commentBefore;
      oldKey.commentBefore = undefined;
    }
  }
  plainScalars(doc.contents as Node);
  const body = doc.toString(STRINGIFY);
  return `${header}\n${body.endsWith('\n') ? body : `${body}\n`}`;
}

/** Canonical quoting: a string is quoted only when it must be (the library decides). */
function plainScalars(node: Node | null | undefined): void {
  if (!node) return;
  if (isScalar(node)) {
    if (typeof node.value === 'string' && (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE)) node.type = undefined;
    return;
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      plainScalars(pair.key as Node);
      plainScalars(pair.value as Node);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) plainScalars(item as Node);
  }
}

/** Characters (CJK count double on screen) up to which a list of scalars is written `[a, b]`. */
const FLOW_MAX = 60;

/** Lists of which items are one-line rows (flow maps), as in the sample registry. */
const ROW_LISTS = new Set(['flow.steps', 'discretion', 'responsibility.duties']);
/** Law citations written as `{law: …, articles: …}` where they are a field, not a list item. */
const INLINE_CITATIONS = new Set(['fee.basis', 'delegation.basis', 'disclosure.withhold.basis', 'review.publicity']);

/** Flow style for lists of scalars, the rows of ROW_LISTS and single citations. */
export function styleNode(node: Node | null | undefined, at: NodePath): void {
  if (!node) return;
  const key = at.filter((k) => typeof k === 'string').join('.');
  if (isSeq(node)) {
    // A short list of scalars fits on its line; long texts (追责情形) read better one per line.
    if (node.items.every((i) => isScalar(i)) && node.items.reduce((n, i) => n + String((i as Scalar).value).length + 2, 0) <= FLOW_MAX) node.flow = true;
    node.items.forEach((item, i) => {
      if (ROW_LISTS.has(key) && isMap(item)) (item as Node & { flow?: boolean }).flow = true;
      else styleNode(item as Node, [...at, i]);
    });
  } else if (isMap(node)) {
    if (INLINE_CITATIONS.has(key)) node.flow = true;
    for (const pair of node.items) styleNode(pair.value as Node, [...at, String(isScalar(pair.key) ? pair.key.value : pair.key)]);
  }
}
