import type { Diagnostic } from '../checks/engine.js';

/** Everything a validate reporter needs: pure data, no I/O. */
export interface ValidateReport {
  diagnostics: Diagnostic[];
  summary: { errors: number; warnings: number; files: number; powers: number };
  /** Registry folder relative to the current folder (`/` separators, '' when the same): for repo-relative paths. */
  registryPrefix: string;
  /** Department folder → department name, for `--group-by department`. */
  departments: Map<string, string>;
  toolVersion: string;
  /** `registry.yaml` `rule_docs`: the absolute base address of the rule docs (SARIF helpUri), if set. */
  ruleDocs?: string;
}

/** Options every reporter accepts. */
export interface ReportOptions {
  isColor: boolean;
  groupBy?: 'department';
  /** `--max-warnings`: more warnings than this fail the run, so the summary must not say 通过. */
  maxWarnings?: number;
}
