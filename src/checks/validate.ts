// The whole validation: load, run every rule, finalize. Shared by `validate` and `publish`.
//
// Large registries are checked in shards on worker threads (SPEC §9: 20,000 powers in ~1 s on
// 2 cores). Parsing dominates and every file-scope rule needs only its own file plus the shared
// libraries, so each shard parses the libraries and its own powers and reports on its own powers;
// the main thread also reports on the libraries and runs the registry-scope rules (codes, names,
// folders) over compact projections of every power. Results do not depend on the sharding.
import { lstatSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { calendarForRegistry } from '../calendar/index.js';
import { getLang } from '../i18n/index.js';
import { scanRegistry, type RegistryEntry, type StrayFile } from '../registry/files.js';
import { assertRegistryRoot, loadRegistry, powerOf, readSourceFile } from '../registry/load.js';
import { hasRecords } from '../records/read.js';
import { recordFieldsOf } from '../records/powers.js';
import type { Power, PowerData, Registry, SourceFile } from '../registry/model.js';
import type { PlainDate } from '../util/date.js';
import { compareDiagnostics, finalize, runRules, type Diagnostic, type DisableComment, type EngineResult } from './engine.js';
import { RULES } from './index.js';

/** Which files to report on (serialisable, so shards can apply it). Absent: every file. */
export interface ReportFilter {
  /** Registry-relative files or folders ('' = everything). */
  prefixes?: string[];
  /** Exactly these registry-relative files (e.g. changed since a revision). */
  files?: string[];
}

/** Options of `validateRegistry`. */
export interface ValidateOptions {
  today: PlainDate;
  maxFileSize?: number;
  filter?: ReportFilter;
  collectAllDisables?: boolean;
  /** Worker threads to use (default: by registry size and cores; env POWERS_WORKERS overrides; 0 = none). */
  workers?: number;
  /** Return the loaded model too (checks in-process, without workers): for `publish`. */
  keepRegistry?: boolean;
  /**
   * `--shard i/n` (1-based): check and report on the i-th of n slices of the power files (the
   * libraries go with slice 1); the cross-file rules still see every power's code, name and status.
   */
  shard?: { index: number; count: number };
}

/** A validated registry. */
export interface Validation extends EngineResult {
  summary: { errors: number; warnings: number; files: number; powers: number };
  /** Department folder → name (for grouping reports). */
  departmentNames: Map<string, string>;
  /** The whole model, when asked for with `keepRegistry`. */
  registry?: Registry;
}

/** Below this many power files, threads cost more than they save. */
const SHARD_THRESHOLD = 3000;

/** The predicate of a report filter. */
export function filterPredicate(filter: ReportFilter | undefined): ((file: string) => boolean) | undefined {
  if (!filter || (!filter.prefixes?.length && !filter.files)) return undefined;
  const files = filter.files ? new Set(filter.files) : undefined;
  const prefixes = filter.prefixes ?? [];
  return (file) =>
    (prefixes.length === 0 || prefixes.some((p) => p === '' || file === p || file.startsWith(`${p}/`))) &&
    (!files || files.has(file));
}

const FILE_RULES = RULES.filter((r) => (r.scope ?? 'file') === 'file');
const REGISTRY_RULES = RULES.filter((r) => r.scope === 'registry');

/** Loads and checks the registry at `root`. */
export async function validateRegistry(root: string, options: ValidateOptions): Promise<Validation> {
  assertRegistryRoot(root);
  const { entries, strays } = scanRegistry(root);
  const powers = entries.filter((e) => e.kind === 'power');
  const userOnly = filterPredicate(options.filter);
  const nWorkers = options.keepRegistry || options.shard ? 0 : workerCount(options.workers, powers.length);

  let result: EngineResult;
  let registry: Registry;
  let reported = userOnly;
  if (options.shard) {
    const { index, count } = options.shard;
    const own = powers.slice(Math.floor((index - 1) * powers.length / count), Math.floor(index * powers.length / count));
    const library = entries.filter((e) => e.kind !== 'power');
    const mine = new Set([...own, ...(index === 1 ? library : [])].map((e) => e.rel));
    reported = (file) => mine.has(file) && (!userOnly || userOnly(file));
    const main = await checkShard(root, [...library, ...own], { ...options, strays: index === 1 ? strays : [], skipRegistryRules: true, reportOn: [...mine] });
    ({ result, registry } = mergeShards(root, main.registry, main.result, [othersIndex(powers.filter((e) => !mine.has(e.rel)), options)], options, reported));
  } else if (nWorkers === 0) {
    ({ result, registry } = await checkShard(root, entries, { ...options, strays }));
  } else {
    // The main thread takes a smaller share: it also does the libraries and the merge.
    const mainShare = Math.floor(powers.length / (nWorkers + 1) * 0.85);
    const mainPowers = powers.slice(0, mainShare);
    const library = entries.filter((e) => e.kind !== 'power');
    const rest = powers.slice(mainShare);
    const per = Math.ceil(rest.length / nWorkers);
    const shards = Array.from({ length: nWorkers }, (_, i) => rest.slice(i * per, (i + 1) * per)).filter((s) => s.length > 0);
    const workerRuns = shards.map((shard) => runWorker({ root, library, shard, options }));
    const mainRun = checkShard(root, [...library, ...mainPowers], { ...options, strays, skipRegistryRules: true });
    const [main, ...others] = await Promise.all([mainRun, ...workerRuns]);
    ({ result, registry } = mergeShards(root, main.registry, main.result, others, options, userOnly));
  }
  // Operation records (SPEC §10): streamed through the record rules after the YAML checks.
  let recordFiles = 0;
  if (hasRecords(root)) {
    const { checkRecordFiles } = await import('../records/validate.js');
    const checked = checkRecordFiles(registry, options.today, userOnly);
    recordFiles = checked.files;
    result = { ...result, diagnostics: [...result.diagnostics, ...checked.diagnostics].sort(compareDiagnostics) };
  }
  let errors = 0;
  let warnings = 0;
  for (const d of result.diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  const files = (reported ? entries.filter((e) => reported(e.rel)).length : entries.length) + recordFiles;
  const nPowers = reported ? powers.filter((e) => reported(e.rel)).length : powers.length;
  const departmentNames = new Map([...registry.departments].map(([k, d]) => [k, typeof d.name === 'string' ? d.name : k]));
  return {
    ...result, departmentNames, summary: { errors, warnings, files, powers: nPowers },
    ...(options.keepRegistry ? { registry } : {}),
  };
}

/**
 * The other shards' powers as the registry-scope rules see them: read and parsed (the fast path),
 * not checked, so that a file another shard cannot parse is left out exactly as without --shard.
 */
function othersIndex(others: RegistryEntry[], options: ValidateOptions): ShardResult {
  const projections: ShardResult['projections'] = [];
  for (const entry of others) {
    const { file } = readSourceFile(entry, options.maxFileSize);
    if (file.isParsed) projections.push(projectionOf(powerOf(file)));
  }
  return { diagnostics: [], disables: [], projections };
}

function workerCount(requested: number | undefined, powers: number): number {
  const env = process.env.POWERS_WORKERS;
  const wanted = requested ?? (env !== undefined && /^\d+$/.test(env) ? Number(env) : undefined);
  if (wanted !== undefined) return Math.max(0, Math.min(wanted, 16));
  if (powers < SHARD_THRESHOLD) return 0;
  // Measured on the 2-vCPU machines this project runs on, a second thread gained nothing: the
  // two vCPUs do not give twice the throughput, and a worker pays its start-up and the merge.
  const cores = availableParallelism();
  return cores >= 3 ? Math.min(cores - 1, 3) : 0;
}

/** What one shard sends back. */
export interface ShardResult extends EngineResult {
  /** code/name/status of each power of the shard, for the registry-scope rules. */
  projections: { file: string; folder: string; data: Partial<PowerData> }[];
}

interface ShardOptions extends ValidateOptions {
  /** Report only on these files (a worker's own powers). */
  reportOn?: string[];
  /** Leave the registry-scope rules to the merge. */
  skipRegistryRules?: boolean;
  /** The registry's stray files (the main shard's; workers have none). */
  strays?: StrayFile[];
}

/**
 * Checks one shard, streaming: the libraries are loaded first; then each power file is read,
 * parsed, checked by the file-scope rules and dropped, keeping only its text when it has
 * findings (to locate them) and a projection for the registry-scope rules. Memory stays flat
 * and the garbage collector has little to do, whatever the registry's size.
 */
export async function checkShard(
  root: string, entries: RegistryEntry[], options: ShardOptions,
): Promise<{ result: ShardResult; registry: Registry }> {
  if (options.keepRegistry) return checkWhole(root, entries, options);
  const library = entries.filter((e) => e.kind !== 'power');
  const { registry: lib, findings } = await loadRegistry(root, { maxFileSize: options.maxFileSize, entries: library, strays: options.strays });
  const { calendar } = calendarForRegistry(lib);
  findings.push(...runRules({ registry: lib, today: options.today, calendar }, FILE_RULES));

  const kept: SourceFile[] = [...lib.files];
  const projected: ShardResult['projections'] = [];
  const single: Registry = { ...lib, files: [], powers: [] };
  const ctx = { registry: single, today: options.today, calendar };
  for (const entry of entries) {
    if (entry.kind !== 'power') continue;
    const read = readSourceFile(entry, options.maxFileSize);
    let found = read.findings;
    if (read.file.isParsed) {
      const power = powerOf(read.file);
      single.files = [read.file];
      single.powers = [power];
      found = found.concat(runRules(ctx, FILE_RULES));
      projected.push(projectionOf(power));
    }
    if (found.length > 0) {
      findings.push(...found);
      kept.push(read.file);
    }
  }

  const powers: Power[] = projected.map((p) => ({ file: p.file, folder: p.folder, data: p.data as PowerData }));
  const registry: Registry = { ...lib, files: kept, powers };
  if (!options.skipRegistryRules) findings.push(...runRules({ registry, today: options.today, calendar }, REGISTRY_RULES));
  const result = finalize(findings, registry, {
    only: shardFilter(options), collectAllDisables: options.collectAllDisables, readText: readTextFrom(root),
  });
  return { result: { ...result, projections: options.skipRegistryRules ? projected : [] }, registry };
}

/** The reference path: load every file, keep the whole model, run every rule on it (for publish). */
async function checkWhole(root: string, entries: RegistryEntry[], options: ShardOptions) {
  const { registry, findings: loadFindings } = await loadRegistry(root, { maxFileSize: options.maxFileSize, entries, strays: options.strays });
  const { calendar } = calendarForRegistry(registry);
  const findings = [...loadFindings, ...runRules({ registry, today: options.today, calendar }, RULES)];
  const result = finalize(findings, registry, { only: shardFilter(options), collectAllDisables: options.collectAllDisables });
  return { result: { ...result, projections: [] }, registry };
}

function shardFilter(options: ShardOptions): ((file: string) => boolean) | undefined {
  const userOnly = filterPredicate(options.filter);
  const own = options.reportOn ? new Set(options.reportOn) : undefined;
  return own || userOnly ? (file: string) => (!own || own.has(file)) && (!userOnly || userOnly(file)) : undefined;
}

/** Larger files are not read again just to look for disable comments. */
const MAX_TEXT_FOR_DISABLES = 16 * 1024 * 1024;

function readTextFrom(root: string) {
  return (file: string): string | undefined => {
    try {
      // Only a regular file of a sane size: a finding may name a link or an office document (stray-file).
      const stat = lstatSync(path.join(root, ...file.split('/')));
      if (!stat.isFile() || stat.size > MAX_TEXT_FOR_DISABLES) return undefined;
      return readFileSync(path.join(root, ...file.split('/')), 'utf8').replace(/^\uFEFF/, '');
    } catch {
      return undefined;
    }
  };
}

/** What the registry-scope rules read of a power: its code, name, status, category and 共有职权 link (role, lead), and what the record rules read. */
function projectionOf(p: Power): ShardResult['projections'][number] {
  const d = p.data as unknown as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  for (const key of ['code', 'name', 'status', 'category', 'role', 'lead']) if (typeof d[key] === 'string') data[key] = d[key];
  Object.assign(data, recordFieldsOf(d));
  return { file: p.file, folder: p.folder, data: data as Partial<PowerData> };
}

/** Runs the registry-scope rules over every power's projection and merges all shards' results. */
function mergeShards(
  root: string, registry: Registry, main: ShardResult, others: ShardResult[], options: ValidateOptions,
  userOnly: ((file: string) => boolean) | undefined,
): { result: EngineResult; registry: Registry } {
  // The main shard's registry already holds the parsed libraries: no need to read them again.
  const allPowers: Power[] = [...main.projections, ...others.flatMap((o) => o.projections)].map((p) => ({
    file: p.file, folder: p.folder, data: p.data as PowerData,
  }));
  const merged: Registry = { ...registry, powers: allPowers };
  const { calendar } = calendarForRegistry(registry);
  const findings = runRules({ registry: merged, today: options.today, calendar }, REGISTRY_RULES);
  const cross = finalize(findings, merged, { only: userOnly, readText: readTextFrom(root), collectAllDisables: false });

  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const d of [main, ...others, cross].flatMap((r) => r.diagnostics)) {
    const key = `${d.rule}|${d.file}|${d.line}|${d.column}|${d.messageId}|${JSON.stringify(d.data)}`;
    if (!seen.has(key)) {
      seen.add(key);
      diagnostics.push(d);
    }
  }
  diagnostics.sort(compareDiagnostics);
  const disables = new Map<string, DisableComment>();
  for (const d of [main, ...others, cross].flatMap((r) => r.disables)) {
    const key = `${d.file}:${d.line}`;
    const prior = disables.get(key);
    if (prior) prior.used += d.used;
    else disables.set(key, { ...d });
  }
  const sorted = [...disables.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { result: { diagnostics, disables: sorted }, registry: merged };
}

/** Message to a shard worker. */
export interface ShardRequest {
  root: string;
  entries: RegistryEntry[];
  reportOn: string[];
  options: ValidateOptions;
  lang: 'zh' | 'en';
}

function runWorker(args: { root: string; library: RegistryEntry[]; shard: RegistryEntry[]; options: ValidateOptions }): Promise<ShardResult> {
  const request: ShardRequest = {
    root: args.root,
    entries: [...args.library, ...args.shard],
    reportOn: args.shard.map((e) => e.rel),
    options: { ...args.options, workers: 0 },
    lang: getLang(),
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./shard-worker.js', import.meta.url), { workerData: request });
    worker.once('message', (message: { ok: true; result: ShardResult } | { ok: false; error: string }) => {
      if (message.ok) resolve(message.result);
      else reject(new Error(message.error));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`validation worker exited with code ${code}`));
    });
  });
}
