// JSON Schema as one rule among others: Ajv errors become findings with paths and Chinese field
// titles, and an enum typo gets a suggestion (also for traditional characters: 行政許可 → 行政许可).
import type { ErrorObject } from 'ajv';
import type { NodePath } from '../registry/model.js';
import { schemaOf, validatorFor } from '../schema/validators.js';
import type { FileKind } from '../registry/model.js';
import { suggest } from '../util/suggest.js';
import type { Finding, Rule } from './types.js';
import { isRecord, show } from './read.js';

type SchemaNode = Record<string, unknown>;

export const rule: Rule = {
  id: 'schema',
  severity: 'error',
  run({ registry }) {
    const out: Finding[] = [];
    for (const f of registry.files) {
      if (!f.isParsed) continue;
      const data: unknown = f.data;
      const code = f.kind === 'power' && isRecord(data) && typeof data.code === 'string' ? data.code : null;
      const validators = validatorFor(f.kind);
      if (!validators || validators.fast(data)) continue;
      validators.full(data);
      const root = rootSchema(f.kind);
      for (const e of relevant(validators.full.errors ?? [])) {
        const finding = toFinding(e, root);
        if (finding) out.push({ rule: 'schema', file: f.rel, code, ...finding });
      }
    }
    return out;
  },
};

/** Drops Ajv's wrapper errors ("must match then schema") that only repeat the real ones. */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  return errors.filter((e) => e.keyword !== 'if' && e.keyword !== 'then' && e.keyword !== 'else');
}

function pathOf(instancePath: string): NodePath {
  if (instancePath === '') return [];
  return instancePath.slice(1).split('/').map((s) => {
    const key = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(key) ? Number(key) : key;
  });
}

const roots = new Map<FileKind, SchemaNode | undefined>();
function rootSchema(kind: FileKind): SchemaNode | undefined {
  if (!roots.has(kind)) roots.set(kind, schemaOf(kind));
  return roots.get(kind);
}

/** Follows a `$ref` inside the same schema, keeping a title written beside the `$ref`. */
function resolve(root: SchemaNode, node: unknown): SchemaNode | undefined {
  if (!isRecord(node)) return undefined;
  if (typeof node.$ref !== 'string' || !node.$ref.startsWith('#/')) return node;
  let target: unknown = root;
  for (const part of node.$ref.slice(2).split('/')) target = isRecord(target) ? target[part] : undefined;
  return isRecord(target) ? { ...target, ...node, $ref: undefined } : node;
}

/** The schema of the field at `path`, walking `properties` and `items` from the root. */
function schemaAt(root: SchemaNode | undefined, path: NodePath): SchemaNode | undefined {
  if (!root) return undefined;
  let node: SchemaNode | undefined = root;
  for (const segment of path) {
    if (!node) return undefined;
    const next: unknown = typeof segment === 'number' ? node.items : isRecord(node.properties) ? node.properties[segment] : undefined;
    node = resolve(root, next);
  }
  return node;
}

/** "职权类别（category）": the field's Chinese title and its key (list items: the list's title and "第 N 项"). */
function label(root: SchemaNode | undefined, path: NodePath): string {
  const last = path[path.length - 1];
  if (last === undefined) return typeof root?.title === 'string' ? root.title : '';
  if (typeof last === 'number') return `${label(root, path.slice(0, -1))}第 ${last + 1} 项`;
  const title = schemaAt(root, path)?.title;
  return typeof title === 'string' ? `${title}（${last}）` : last;
}

function toFinding(e: ErrorObject, root: SchemaNode | undefined): Omit<Finding, 'rule' | 'file' | 'code'> | undefined {
  const path = pathOf(e.instancePath);
  const here = label(root, path);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required': {
      const key = String(p.missingProperty);
      return { path, message: 'schema.required', data: { field: label(root, [...path, key]), parent: here } };
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const parent = schemaAt(root, path);
      const allowed = Object.keys(isRecord(parent?.properties) ? parent.properties : {});
      const guess = suggest(key, allowed);
      return {
        path: [...path, key],
        message: guess ? 'schema.unknownKeyDidYouMean' : 'schema.unknownKey',
        data: { key, suggestion: guess ? label(root, [...path, guess]) : '', allowed },
      };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const value = e.data;
      const guess = typeof value === 'string' ? suggest(value, allowed) : undefined;
      return {
        path,
        message: guess ? 'schema.enumDidYouMean' : 'schema.enum',
        data: { field: here, value: show(value), suggestion: guess ?? '', allowed },
      };
    }
    case 'type':
      // js-yaml leaves a number too large for a double (1e400) as text: say it is out of range.
      if (/number|integer/.test(String(p.type)) && isHugeNumber(e.data)) return { path, message: 'schema.numberRange', data: { field: here, value: e.data } };
      return { path, message: 'schema.type', data: { field: here, expected: String(p.type), actual: describe(e.data) } };
    case 'format':
      return { path, message: p.format === 'date' ? 'schema.date' : 'schema.format', data: { field: here, value: show(e.data), format: p.format } };
    case 'pattern':
      return { path, message: 'schema.pattern', data: { field: here, value: show(e.data), pattern: p.pattern } };
    case 'minItems':
      return { path, message: 'schema.minItems', data: { field: here, limit: p.limit } };
    case 'minLength':
      return { path, message: 'schema.minLength', data: { field: here } };
    case 'minimum':
    case 'exclusiveMinimum':
      return { path, message: 'schema.minimum', data: { field: here, limit: p.limit, value: e.data } };
    case 'maximum':
    case 'exclusiveMaximum':
      return { path, message: 'schema.maximum', data: { field: here, limit: p.limit, value: e.data } };
    case 'uniqueItems':
      return { path, message: 'schema.uniqueItems', data: { field: here } };
    case 'const':
      return { path, message: 'schema.const', data: { field: here, value: String(p.allowedValue) } };
    default:
      return { path, message: 'schema.other', data: { field: here, detail: e.message ?? e.keyword } };
  }
}

/** Text that YAML would read as a number, were it not out of a double's range. */
function isHugeNumber(value: unknown): boolean {
  return typeof value === 'string' && /^[-+]?(?:\d[\d_]*)?\.?\d*(?:[eE][-+]?\d+)?$/.test(value) && /\d/.test(value) && !Number.isFinite(Number(value.replace(/_/g, '')));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
