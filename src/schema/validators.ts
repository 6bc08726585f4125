// The JSON Schemas of schema/*.schema.json as validators. `npm run build` precompiles them to
// standalone code (scripts/build-validators.mjs) because compiling at run time costs ~0.4 s; a
// missing or stale precompiled module (its schema hash differs) falls back to compiling here.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FileKind } from '../registry/model.js';

type AddFormats = (ajv: Ajv2020) => unknown;
// ajv-formats is CommonJS: its default export arrives wrapped under ESM/nodenext.
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

/** A validator as Ajv makes it: returns validity and leaves errors on itself. */
export interface ValidateFn {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** `fast` stops at the first error (valid files pass quickly); `full` explains every error. */
export interface KindValidators {
  fast: ValidateFn;
  full: ValidateFn;
}

/** The schema file of each kind of registry file. */
export const SCHEMA_FILES: Partial<Record<FileKind, string>> = {
  registry: 'registry.schema.json',
  laws: 'laws.schema.json',
  superior: 'superior.schema.json',
  calendar: 'calendar.schema.json',
  department: 'department.schema.json',
  power: 'power.schema.json',
};

/** The package's schema/ folder (src/schema/x.ts and dist/schema/x.js both lie two levels down). */
export const SCHEMA_DIR = new URL('../../schema/', import.meta.url);
const PRECOMPILED_DIR = new URL('../../dist/validators/', import.meta.url);
const require = createRequire(import.meta.url);

const cache = new Map<FileKind, KindValidators | undefined>();
const texts = new Map<FileKind, string>();

function schemaText(kind: FileKind): string | undefined {
  const name = SCHEMA_FILES[kind];
  if (!name) return undefined;
  let text = texts.get(kind);
  if (text === undefined) {
    text = readFileSync(new URL(name, SCHEMA_DIR), 'utf8');
    texts.set(kind, text);
  }
  return text;
}

/** The parsed JSON Schema of a kind of file. */
export function schemaOf(kind: FileKind): Record<string, unknown> | undefined {
  const text = schemaText(kind);
  return text === undefined ? undefined : (JSON.parse(text) as Record<string, unknown>);
}

/** The validators of a kind of file (undefined for kinds without a schema). */
export function validatorFor(kind: FileKind): KindValidators | undefined {
  if (cache.has(kind)) return cache.get(kind);
  const text = schemaText(kind);
  const validators = text === undefined ? undefined : (precompiled(kind, text) ?? compile(text));
  cache.set(kind, validators);
  return validators;
}

function precompiled(kind: FileKind, text: string): KindValidators | undefined {
  const hash = createHash('sha256').update(text).digest('hex');
  const load = (variant: string): ValidateFn | undefined => {
    const file = new URL(`${kind}.${variant}.cjs`, PRECOMPILED_DIR);
    if (!existsSync(file)) return undefined;
    const mod = require(file.pathname) as ValidateFn & { schemaHash?: string };
    return mod.schemaHash === hash ? mod : undefined;
  };
  const fast = load('fast');
  const full = fast && load('full');
  return fast && full ? { fast, full } : undefined;
}

function compile(text: string): KindValidators {
  const schema = JSON.parse(text) as Record<string, unknown>;
  const full = createAjv().compile(schema) as ValidateFn;
  return { fast: full, full };
}

/** The Ajv instance with our settings: every error, the failing schema attached. */
export function createAjv(): Ajv2020 {
  const instance = new Ajv2020({ allErrors: true, verbose: true, strict: true });
  addFormats(instance);
  return instance;
}

export type { ErrorObject };
