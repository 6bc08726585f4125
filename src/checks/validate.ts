// The whole validation: load, run every rule, finalize. Shared by `validate` and `publish`.
import { calendarForRegistry } from '../calendar/index.js';
import { loadRegistry } from '../registry/load.js';
import type { Registry } from '../registry/model.js';
import type { PlainDate } from '../util/date.js';
import { finalize, runRules, type EngineResult, type FinalizeOptions } from './engine.js';
import type { Finding } from './types.js';

/** Options of `validateRegistry`. */
export interface ValidateOptions extends FinalizeOptions {
  today: PlainDate;
  maxFileSize?: number;
}

/** A validated registry. */
export interface Validation extends EngineResult {
  registry: Registry;
  summary: { errors: number; warnings: number; files: number; powers: number };
}

/** Loads and checks the registry at `root`. */
export async function validateRegistry(root: string, options: ValidateOptions): Promise<Validation> {
  const { registry, findings: loadFindings } = await loadRegistry(root, { maxFileSize: options.maxFileSize });
  const { calendar } = calendarForRegistry(registry);
  const findings: Finding[] = [...loadFindings, ...runRules({ registry, today: options.today, calendar })];
  const result = finalize(findings, registry, options);
  let errors = 0;
  let warnings = 0;
  for (const d of result.diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  const files = options.only ? registry.files.filter((f) => options.only!(f.rel)).length : registry.files.length;
  const powers = registry.files.filter((f) => f.kind === 'power' && (!options.only || options.only(f.rel))).length;
  return { ...result, registry, summary: { errors, warnings, files, powers } };
}
