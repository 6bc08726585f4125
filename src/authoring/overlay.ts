// Validation before writing: the whole rule set on the registry as it would be with some files
// replaced or added (SPEC §7: `powers import xlsx` runs every rule on the result before anything
// is written; `powers new` does the same for its one file). Nothing touches the disk.
import path from 'node:path';
import { calendarForRegistry } from '../calendar/index.js';
import { finalize, runRules, type Diagnostic } from '../checks/engine.js';
import { RULES } from '../checks/index.js';
import { listRegistryFiles, type RegistryEntry } from '../registry/files.js';
import { buildModel, readSourceFile } from '../registry/load.js';
import type { Registry } from '../registry/model.js';
import type { PlainDate } from '../util/date.js';

/** Registry-relative path → the text the file would have. */
export type Overlay = Map<string, string>;

/** Every diagnostic of the overlaid registry (all files), and the model it was checked on. */
export function validateOverlay(root: string, overlay: Overlay, today: PlainDate): { diagnostics: Diagnostic[]; registry: Registry } {
  const entries: RegistryEntry[] = listRegistryFiles(root);
  const known = new Set(entries.map((e) => e.rel));
  for (const rel of overlay.keys()) {
    if (!known.has(rel)) entries.push({ rel, abs: path.join(root, ...rel.split('/')), kind: 'power' });
  }
  entries.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const findings = [];
  const files = [];
  for (const entry of entries) {
    const read = readSourceFile(entry, undefined, overlay.get(entry.rel));
    findings.push(...read.findings);
    files.push(read.file);
  }
  const registry = buildModel(root, files);
  const { calendar } = calendarForRegistry(registry);
  findings.push(...runRules({ registry, today, calendar }, RULES));
  return { diagnostics: finalize(findings, registry).diagnostics, registry };
}
