#!/usr/bin/env node
// Part of `npm run build`: compiles each JSON Schema in schema/ to standalone Ajv validator code
// (dist/validators/<kind>.{fast,full}.cjs), so that `powers validate` does not spend ~0.4 s per
// run compiling schemas. `fast` stops at the first error (the common, valid case); `full`
// collects every error with the failing schema attached, for messages. Each module records the
// SHA-256 of its schema: a stale module is ignored and the schema compiled at run time instead.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule.default ?? addFormatsModule;
const standalone = standaloneCode.default ?? standaloneCode;
const schemaDir = new URL('../schema/', import.meta.url);
const outDir = new URL('../dist/validators/', import.meta.url);
mkdirSync(outDir, { recursive: true });

for (const name of readdirSync(schemaDir).filter((n) => n.endsWith('.schema.json')).sort()) {
  const kind = name.replace('.schema.json', '');
  const text = readFileSync(new URL(name, schemaDir), 'utf8');
  const hash = createHash('sha256').update(text).digest('hex');
  for (const [variant, options] of [['fast', { allErrors: false }], ['full', { allErrors: true, verbose: true }]]) {
    const ajv = new Ajv2020({ ...options, strict: true, code: { source: true } });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(text));
    const code = `${standalone(ajv, validate)}\nmodule.exports.schemaHash = ${JSON.stringify(hash)};\n`;
    writeFileSync(new URL(`${kind}.${variant}.cjs`, outDir), code);
  }
}
