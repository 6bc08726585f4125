// The JSON Schemas of schema/*.schema.json, compiled once per process with Ajv (Draft 2020-12).
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FileKind } from '../registry/model.js';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM/nodenext.
type AddFormats = (ajv: Ajv2020) => unknown;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

/** The schema file of each kind of registry file. */
export const SCHEMA_FILES: Partial<Record<FileKind, string>> = {
  registry: 'registry.schema.json',
  laws: 'laws.schema.json',
  superior: 'superior.schema.json',
  calendar: 'calendar.schema.json',
  department: 'department.schema.json',
  power: 'power.schema.json',
};

/** Where the schemas live: the package's own schema/ folder (dist/schema/x.js → ../../schema). */
export const SCHEMA_DIR = new URL('../../schema/', import.meta.url);

let ajv: Ajv2020 | undefined;
const compiled = new Map<FileKind, ValidateFunction>();

/** The parsed JSON Schema of a kind of file. */
export function schemaOf(kind: FileKind): Record<string, unknown> | undefined {
  const name = SCHEMA_FILES[kind];
  if (!name) return undefined;
  return JSON.parse(readFileSync(new URL(name, SCHEMA_DIR), 'utf8')) as Record<string, unknown>;
}

/** The compiled validator of a kind of file (undefined for kinds without a schema). */
export function validatorFor(kind: FileKind): ValidateFunction | undefined {
  if (compiled.has(kind)) return compiled.get(kind);
  const schema = schemaOf(kind);
  if (!schema) return undefined;
  ajv ??= createAjv();
  const validate = ajv.compile(schema);
  compiled.set(kind, validate);
  return validate;
}

/** The Ajv instance with our settings: every error, the failing schema attached (for Chinese titles). */
export function createAjv(): Ajv2020 {
  const instance = new Ajv2020({ allErrors: true, verbose: true, strict: true, useDefaults: false });
  addFormats(instance);
  return instance;
}

export type { ErrorObject };
