// `powers publish`: validate → view models → Handlebars → files, written atomically.
//
//   site/      public catalogue: index.html (by department), categories.html, changes.html,
//              powers/<code>.html, catalogue.{md,json,csv}, assets/, manifest.json
//   internal/  内部公开 catalogue (index.html, powers/<code>.html, catalogue.md), the
//              涉密不宜公开行政权力目录 (withheld.html, withheld.md), assets/, manifest.json
import { existsSync, realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CalendarNotice } from '../calendar/index.js';
import { InterruptedError, RefusalError, SIGNAL_EXIT, UsageError } from '../errors.js';
import type { Registry } from '../registry/model.js';
import { renderCsv } from './csv.js';
import { manifestNotices, MANIFEST_SCHEMA, renderManifest, sourceHistory, type Manifest } from './manifest.js';
import { renderCatalogueMarkdown, renderWithheldMarkdown } from './markdown.js';
import { renderCatalogueJson } from './open-data.js';
import { OutputLocks, recoverOutputs, resolveOutput } from './guard.js';
import { buildOperation, operationOf, type OperationData } from './operation-view.js';
import { changePages, groupPageLinks, groupPages, INLINE_LIMIT } from './paging.js';
import { buildSearchIndex } from './search-index.js';
import { checkTarget, StagedOutput, swapIn, type WrittenFile } from './output.js';
import type { Progress } from './progress.js';
import { loadRenderer, TEMPLATES_DIR, type Renderer } from './render.js';
import { responsibilityPages, RESPONSIBILITY_PAGE } from './responsibility.js';
import { PageReuse, templatesFingerprint } from './reuse.js';
import type { RenderWorkerData, RenderWorkerMessage, RenderWorkerRequest } from './render-worker.js';
import {
  buildViews, changeKey, powersFor, type BuildOptions, type CatalogueView, type ChangeDeadline, type GroupView, type PublishViews, type WithheldListView,
} from './view-model.js';

/** What `publish` needs. */
export interface PublishOptions {
  /** The registry folder. */
  root: string;
  /** The public output folder (absolute). */
  out: string;
  /** The internal output folder (absolute). */
  internalOut: string;
  /** "Today" for validation, and the end of the 12 months of 运行情况 (SPEC §5: the only output that depends on it). */
  today: string;
  /** Publish despite validation errors, marking every page. */
  force?: boolean;
  /** The tool version (manifest). */
  version: string;
  /** Templates folder (default: the shipped templates/). */
  templatesDir?: string;
  /** Progress reporting (files written). */
  progress?: (total: number) => Progress;
  /** Called when validation starts (before any progress: it can take seconds on a large registry). */
  onValidate?: () => void;
  /** Render power pages on a worker thread: 0 never, 1 always; default by size (env POWERS_WORKERS). */
  workers?: number;
  /** Aborted (reason: the signal's name) when the user interrupts: the run stops, removes its temporary folders and throws InterruptedError. */
  signal?: AbortSignal;
  /** Tests: called after each output folder is swapped in (1 = site/, 2 = internal/). */
  onSwapStep?: (done: number) => void;
}

/** What a publish did. */
export interface PublishResult {
  site: { dir: string; powers: number; files: number };
  internal: { dir: string; powers: number; withheld: number; files: number };
  /** Set when validation errors were overridden with --force. */
  forced: { errors: number } | null;
  warnings: number;
  commit: string | null;
  /** A shallow clone's boundary commits: the change log's commit attributions may be incomplete (say so). */
  shallow: string[] | null;
  /** Folders a killed earlier run left behind, removed or rolled back first (0 normally). */
  recovered: number;
}

interface PendingFile {
  rel: string;
  render: () => string | Buffer;
  /** A file that may turn into several when rendered (the 责任清单 split by size). */
  renderMany?: () => { rel: string; content: string }[];
}

/** Deadlines of the change records, and the notices each rests on. */
async function changeDeadlines(registry: Registry, today: string): Promise<{ deadlines: Map<string, ChangeDeadline>; notices: Map<string, CalendarNotice[]> }> {
  const deadlines = new Map<string, ChangeDeadline>();
  const notices = new Map<string, CalendarNotice[]>();
  try {
    const { calendarForRegistry } = await import('../calendar/index.js');
    const { computeDeadlines } = await import('../deadlines/compute.js');
    const { calendar } = calendarForRegistry(registry);
    for (const d of computeDeadlines(registry, calendar, { today })) {
      // A change record's own deadline, or the trigger deadline it answers (judged against the trigger's due).
      const index = d.kind === 'change' && d.path[0] === 'changes' && typeof d.path[1] === 'number' ? d.path[1] : d.answeredBy;
      if (index === undefined) continue;
      const key = changeKey(d.file, index);
      const seen = deadlines.get(key);
      if (seen && seen.due <= d.due) continue;
      deadlines.set(key, { due: d.due, done: d.done });
      notices.set(key, d.calendar.notices);
    }
  } catch {
    // Deadlines are an addition to the change log; data bad enough to break them (possible only
    // under --force) leaves the due dates out rather than stopping the publication.
    deadlines.clear();
    notices.clear();
  }
  return { deadlines, notices };
}

/** The notices behind the change records of one audience's powers. */
function noticesFor(registry: Registry, audiences: ('public' | 'internal' | 'withheld')[], notices: Map<string, CalendarNotice[]>): CalendarNotice[] {
  const files = new Set(audiences.flatMap((a) => powersFor(registry, a)).map((p) => p.file));
  const out: CalendarNotice[] = [];
  for (const [key, list] of notices) {
    if (files.has(key.slice(0, key.lastIndexOf('#')))) out.push(...list);
  }
  return out;
}

/** What every page's layout reads. */
function siteContext(c: CatalogueView | WithheldListView, isInternal: boolean) {
  return {
    title: isInternal ? `${c.jurisdiction}内部行政权力目录` : `${c.jurisdiction}行政权力目录`,
    jurisdiction: c.jurisdiction,
    filingAuthority: c.filingAuthority,
    isInternal,
    forced: c.forced,
    nav: isInternal
      ? [
        { id: 'internal-index', href: 'index.html', label: '内部公开目录' },
        { id: 'withheld', href: 'withheld.html', label: '涉密不宜公开目录' },
        { id: 'exceptions', href: 'exceptions.html', label: '运行异常' },
      ]
      : [
        { id: 'index', href: 'index.html', label: '按部门' },
        { id: 'categories', href: 'categories.html', label: '按类别' },
        { id: 'changes', href: 'changes.html', label: '变更记录' },
        { id: 'responsibility', href: RESPONSIBILITY_PAGE, label: '责任清单' },
      ],
  };
}

/** A power page: rendered in-process or on a worker thread. */
interface PowerJob {
  /** 0 site, 1 internal. */
  stage: number;
  rel: string;
  context: object;
}

const pageInfo = (id: string, title: string, root = '') => ({ id, title, root });

function sitePages(views: PublishViews, r: Renderer, isShallow: boolean, operation: OperationData): { files: PendingFile[]; powers: PowerJob[] } {
  const c = views.site;
  const site = siteContext(c, false);
  // Small catalogues are listed whole on the two index pages; large ones only by department and category pages (paging.ts).
  const inline = c.powers.length <= INLINE_LIMIT;
  const listed = (groups: GroupView[]) => ({ inline, groups, groupPages: groupPageLinks(c), searchIndex: inline ? groups.flatMap((g) => g.powers.map((p) => p.searchText)) : [] });
  return {
    files: [
      { rel: 'index.html', render: () => r.render('index', { site, page: pageInfo('index', '职权目录（按部门）'), catalogue: c, ...listed(c.byDepartment) }) },
      { rel: 'categories.html', render: () => r.render('categories', { site, page: pageInfo('categories', '职权目录（按类别）'), catalogue: c, ...listed(c.byCategory) }) },
      ...groupPages(c).map((g): PendingFile => ({
        rel: g.rel,
        render: () => r.render('group', { site, page: pageInfo('group', g.title, '../'), ...g.context, searchIndex: g.context.groups[0].powers.map((p) => p.searchText) }),
      })),
      ...buildSearchIndex(c.powers).map((f): PendingFile => ({ rel: f.rel, render: () => f.content })),
      ...changePages(c.changes).map((p): PendingFile => ({ rel: p.rel, render: () => r.render('changes', { site, page: pageInfo('changes', '变更记录'), catalogue: c, changes: p.changes, pager: p.pager, isShallow }) })),
      ...responsibilityPages(c, (context) => r.render('responsibility', { site, ...context }))
        .map((p): PendingFile => ({ rel: RESPONSIBILITY_PAGE, render: () => '', renderMany: p.render })),
      { rel: 'catalogue.md', render: () => renderCatalogueMarkdown(c) },
      { rel: 'catalogue.json', render: () => renderCatalogueJson(c) },
      { rel: 'catalogue.csv', render: () => renderCsv(c) },
      ...r.assets.map((a): PendingFile => ({ rel: a.rel, render: () => a.content })),
    ],
    powers: c.powers.map((p) => ({ stage: 0, rel: p.href, context: { site, page: pageInfo('power', p.name, '../'), power: p, operation: operationOf(operation, p.code) } })),
  };
}

function internalPages(views: PublishViews, r: Renderer, operation: OperationData): { files: PendingFile[]; powers: PowerJob[] } {
  const c = views.internal;
  const w = views.withheld;
  const site = siteContext(c, true);
  return {
    files: [
      { rel: 'index.html', render: () => r.render('internal-index', { site, page: pageInfo('internal-index', '内部公开行政权力目录'), catalogue: c, groups: c.byDepartment, groupPages: Object.fromEntries(c.byDepartment.map((g) => [g.anchor, `#${g.anchor}`])), searchIndex: c.byDepartment.flatMap((g) => g.powers.map((p) => p.searchText)) }) },
      { rel: 'catalogue.md', render: () => renderCatalogueMarkdown(c) },
      { rel: 'withheld.html', render: () => r.render('withheld', { site, page: pageInfo('withheld', '涉密不宜公开行政权力目录'), withheld: w }) },
      { rel: 'withheld.md', render: () => renderWithheldMarkdown(w) },
      { rel: 'exceptions.html', render: () => r.render('exceptions', { site, page: pageInfo('exceptions', '运行异常'), exceptions: operation.exceptions, hasRecords: operation.hasRecords }) },
      ...r.assets.map((a): PendingFile => ({ rel: a.rel, render: () => a.content })),
    ],
    powers: c.powers.map((p) => ({ stage: 1, rel: p.href, context: { site, page: pageInfo('power', p.name, '../'), power: p } })),
  };
}

async function writeAll(stage: StagedOutput, files: readonly PendingFile[], progress: Progress | undefined, check: () => void): Promise<void> {
  for (const f of files) {
    check();
    if (f.renderMany) for (const page of f.renderMany()) stage.write(page.rel, page.content);
    else stage.write(f.rel, f.render());
    progress?.tick();
    // A turn of the event loop between big files: a worker waiting for pages gets them.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Below this many power pages a worker thread costs more than it saves. */
const WORKER_THRESHOLD = 1500;
/** Pages per batch handed to the worker: big enough to keep it busy while the main thread renders. */
const WORKER_BATCH = 400;
const WORKER_FIRST_BATCH = 2000;
const WORKER_URL = new URL('./render-worker.js', import.meta.url);

/** Whether to render on a worker: `options.workers`, else env POWERS_WORKERS (0 = none), else by size and cores. */
function useWorker(pages: number, requested: number | undefined): boolean {
  const env = process.env.POWERS_WORKERS;
  const wanted = requested ?? (env !== undefined && /^\d+$/.test(env) ? Number(env) : undefined);
  // From TypeScript sources (tests) there is no compiled worker to start.
  if (wanted === 0 || !existsSync(fileURLToPath(WORKER_URL))) return false;
  return wanted !== undefined || (pages >= WORKER_THRESHOLD && availableParallelism() > 1);
}

/** The power pages still to render, shared by the main thread (one at a time) and the worker (in batches). */
class JobQueue {
  private next = 0;
  constructor(private readonly jobs: readonly PowerJob[]) {}
  take(n: number): PowerJob[] {
    const batch = this.jobs.slice(this.next, this.next + n);
    this.next += batch.length;
    return batch;
  }
}

/**
 * Starts a worker that pulls batches from `queue` until it is empty; resolves when every page it
 * took is written and adopted by its stage (so the manifest lists it).
 */
function startWorker(
  queue: JobQueue, stages: StagedOutput[], options: PublishOptions, progress: Progress | undefined,
): { done: Promise<void>; stop: () => Promise<void> } {
  const data: RenderWorkerData = { templatesDir: options.templatesDir, dirs: stages.map((s) => s.dir) };
  const worker = new Worker(WORKER_URL, { workerData: data });
  // A first, larger batch keeps the worker busy while the main thread renders the indexes and the
  // open data (seconds without a turn of the event loop); later batches answer its 'ready' messages.
  worker.postMessage({ type: 'jobs', jobs: queue.take(WORKER_FIRST_BATCH) } satisfies RenderWorkerRequest);
  let outstanding = 1;
  let hasAnsweredFirst = false;
  let isSettled = false;
  const done = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: RenderWorkerMessage) => {
      if (message.type === 'error') {
        isSettled = true;
        reject(new Error(message.message));
        return;
      }
      for (const { stage, file } of message.files) stages[stage].adopt(file);
      progress?.tick(message.files.length);
      const jobs = queue.take(WORKER_BATCH);
      if (jobs.length > 0) {
        worker.postMessage({ type: 'jobs', jobs } satisfies RenderWorkerRequest);
        outstanding++;
      }
      // Each 'ready' but the first answers one batch; done when none is out and none is left.
      if (message.files.length > 0 || hasAnsweredFirst) outstanding--;
      hasAnsweredFirst = true;
      if (outstanding === 0) {
        isSettled = true;
        worker.postMessage({ type: 'end' } satisfies RenderWorkerRequest);
        resolve();
      }
    });
    worker.once('error', (error) => {
      isSettled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!isSettled) reject(new Error(`render worker exited with code ${code}`));
    });
  });
  done.catch(() => undefined); // the caller awaits it; never an unhandled rejection meanwhile
  return { done, stop: async () => void (await worker.terminate()) };
}

const isSignalName = (v: unknown): v is keyof typeof SIGNAL_EXIT => typeof v === 'string' && Object.hasOwn(SIGNAL_EXIT, v);

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** What `publish` renders, computed with the registry, which is dropped afterwards (memory). */
interface Prepared {
  views: PublishViews;
  forced: { errors: number } | null;
  warnings: number;
  commit: string | null;
  source: Manifest['source'];
  notices: { site: CalendarNotice[]; internal: CalendarNotice[] };
  /** The shallow boundary when the clone is shallow (the change log's commits may be incomplete), else null. */
  shallow: string[] | null;
  operation: OperationData;
}

/** Validates (refusing errors unless forced), computes deadlines and builds the view models. */
async function prepare(root: string, outputs: string[], options: PublishOptions): Promise<Prepared> {
  const { validateRegistry } = await import('../checks/validate.js');
  options.onValidate?.();
  const validation = await validateRegistry(root, { today: options.today, keepRegistry: true });
  const { warnings } = validation.summary;
  // Record findings are about past exercises, which no edit of the catalogue can undo: they go to
  // internal/exceptions.html for the supervision office and never block the catalogue (SPEC §10).
  const errors = validation.summary.errors - validation.diagnostics.filter((d) => d.severity === 'error' && d.rule.startsWith('record-')).length;
  if (errors > 0 && !options.force) throw new RefusalError('publish.refused', { errors });
  const forced = errors > 0 ? { errors } : null;
  const registry = validation.registry;
  if (!registry) throw new Error('validateRegistry did not return the registry');
  // The power files' texts were needed to locate diagnostics only; drop them to keep memory down.
  for (const file of registry.files) if (file.kind === 'power') file.text = undefined;

  const { deadlines, notices: deadlineNotices } = await changeDeadlines(registry, options.today);
  const git = await changeCommits(root, registry);
  const views = buildViews(registry, { forced, changeDeadlines: deadlines, commitOf: git.commitOf });
  const { calendarForRegistry } = await import('../calendar/index.js');
  const operation = buildOperation(registry, calendarForRegistry(registry).calendar, options.today, validation.diagnostics);
  const notices = {
    site: noticesFor(registry, ['public'], deadlineNotices),
    internal: noticesFor(registry, ['internal', 'withheld'], deadlineNotices),
  };
  const { headCommit, runGit } = await import('../git/git.js');
  const commit = await headCommit(root);
  let source: Manifest['source'] = null;
  if (commit) {
    // Uncommitted registry changes mean the output is not exactly that commit; our own outputs do not count.
    // Nor do the lock, journal and temporary folders beside them (`.site.lock`, `.site.tmp-*` …).
    const realRoot = realpathSync(root);
    const excluded = outputs.filter((d) => isInside(d, realRoot)).flatMap((d) => {
      const rel = path.relative(realRoot, d).split(path.sep).join('/');
      const slash = rel.lastIndexOf('/');
      return [`:(exclude)${rel}`, `:(exclude)${rel.slice(0, slash + 1)}.${rel.slice(slash + 1)}.*`];
    });
    const status = await runGit(root, ['status', '--porcelain', '--untracked-files=normal', '--', '.', ...excluded]).catch(() => null);
    source = { commit, dirty: status === null ? false : status.stdout.trim() !== '', ...sourceHistory(git.history, git.boundary) };
  }
  return { views, forced, warnings, commit, source, notices, shallow: git.history === 'shallow' ? git.boundary : null, operation };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** What the registry's git history could tell the change log. */
interface ChangeCommits {
  commitOf: BuildOptions['commitOf'];
  /** null outside git; 'shallow' when older commits are missing (attributions may be missing too). */
  history: 'full' | 'shallow' | null;
  /** The shallow clone's boundary commits (empty when full). */
  boundary: string[];
}

/**
 * Which commit recorded each change record of a public power, when the registry is in git. Only
 * the public powers that have change records are asked for, so nothing is read about withheld or
 * internal powers; a commit is named by its short id and China date, never its author (SPEC §5).
 */
async function changeCommits(root: string, registry: Registry): Promise<ChangeCommits> {
  const { powerCommitLogIfAny, commitOfRecord } = await import('../git/changelog.js');
  const { chinaDateOf } = await import('../git/unrecorded.js');
  const codes = powersFor(registry, 'public')
    .map((p) => p.data as unknown as Record<string, unknown>)
    .filter((d) => Array.isArray(d.changes) && d.changes.length > 0)
    .map((d) => str(d.code)).filter((c): c is string => c !== undefined);
  const log = await powerCommitLogIfAny(root, { codes });
  if (!log) return { commitOf: undefined, history: null, boundary: [] };
  return {
    commitOf: (code, record) => {
      const c = commitOfRecord(log, code, record);
      return c ? { commit: c.commit.slice(0, SHORT_ID), date: chinaDateOf(c.date) } : null;
    },
    history: log.isShallow ? 'shallow' : 'full',
    boundary: log.boundary,
  };
}

/** Commit ids on public pages: as many digits as the CLI's own messages show. */
const SHORT_ID = 10;

/** Publishes the registry at `options.root`. Throws RefusalError when it has validation errors (unless forced). */
export async function publish(options: PublishOptions): Promise<PublishResult> {
  // A symlinked output is published into its target (src/publish/guard.ts).
  const out = resolveOutput(path.resolve(options.out));
  const internalOut = resolveOutput(path.resolve(options.internalOut));
  const root = path.resolve(options.root);
  const realRoot = existsSync(root) ? realpathSync(root) : root;
  if (isInside(out, internalOut) || isInside(internalOut, out)) throw new UsageError('publish.sameOutputs', { out, internal: internalOut });
  for (const dir of [out, internalOut]) {
    // The output may lie inside the registry (site/ in its .gitignore), never the registry inside the output.
    if (isInside(root, dir) || isInside(realRoot, dir)) throw new UsageError('publish.outputHoldsRegistry', { dir, root });
  }
  const locks = OutputLocks.acquire([out, internalOut]);
  try {
    const recovered = recoverOutputs([out, internalOut]);
    for (const dir of [out, internalOut]) checkTarget(dir);
    return { ...(await publishLocked(root, out, internalOut, options)), recovered };
  } finally {
    locks.release();
  }
}

/** The publication proper, the output locks held. */
async function publishLocked(root: string, out: string, internalOut: string, options: PublishOptions): Promise<Omit<PublishResult, 'recovered'>> {
  const check = (): void => {
    const signal = options.signal;
    if (signal?.aborted) throw new InterruptedError('publish.interrupted', isSignalName(signal.reason) ? signal.reason : 'SIGINT');
  };
  const prepared = await prepare(root, [out, internalOut], options);
  check();
  const { views, forced, warnings, commit, source } = prepared;
  const renderer = await loadRenderer(options.templatesDir);

  const site = sitePages(views, renderer, prepared.shallow !== null, prepared.operation);
  const internal = internalPages(views, renderer, prepared.operation);
  const jobs = [...site.powers, ...internal.powers];
  const progress = options.progress?.(site.files.length + internal.files.length + jobs.length + 2);
  const stages: StagedOutput[] = [];
  let worker: { done: Promise<void>; stop: () => Promise<void> } | null = null;
  try {
    const siteStage = await StagedOutput.create(out);
    stages.push(siteStage);
    const internalStage = await StagedOutput.create(internalOut);
    stages.push(internalStage);

    // Pages whose input is unchanged since the previous publish are linked from it (reuse.ts).
    const reuse = new PageReuse(stages, templatesFingerprint(options.templatesDir ?? TEMPLATES_DIR, options.version));
    const fresh = jobs.filter((job) => !reuse.take(job.stage, job.rel, job.context));
    progress?.tick(jobs.length - fresh.length);
    const queue = new JobQueue(fresh);
    if (useWorker(fresh.length, options.workers)) worker = startWorker(queue, stages, options, progress);
    await writeAll(siteStage, site.files, progress, check);
    await writeAll(internalStage, internal.files, progress, check);
    for (let n = 0; ; n++) {
      const [job] = queue.take(1);
      if (!job) break;
      stages[job.stage].write(job.rel, renderer.render('power', job.context));
      progress?.tick();
      // Let the worker's requests for more pages and a signal's handler through now and then.
      if (n % 64 === 63) {
        await new Promise((resolve) => setImmediate(resolve));
        check();
      }
    }
    await worker?.done;
    check();

    const manifest = (audience: 'public' | 'internal', files: WrittenFile[], used: CalendarNotice[]): string => renderManifest({
      schema: MANIFEST_SCHEMA,
      generator: { name: 'powers', version: options.version },
      audience,
      jurisdiction: views.site.jurisdiction,
      source,
      forced: forced !== null,
      validation_errors: forced?.errors ?? 0,
      calendar_notices: manifestNotices(used),
      files,
    });
    reuse.writeIndexes(stages);
    siteStage.write('manifest.json', manifest('public', siteStage.files(), prepared.notices.site));
    internalStage.write('manifest.json', manifest('internal', internalStage.files(), prepared.notices.internal));
    progress?.tick(2);
    // From here on a signal no longer stops the run: the swap takes milliseconds and is journalled.
    await swapIn(stages, options.onSwapStep);
    progress?.done();
    return {
      site: { dir: out, powers: views.site.powers.length, files: siteStage.files().length },
      internal: { dir: internalOut, powers: views.internal.powers.length, withheld: views.withheld.items.length, files: internalStage.files().length },
      forced,
      warnings,
      commit,
      shallow: prepared.shallow,
    };
  } catch (error) {
    progress?.abort();
    await worker?.stop();
    await Promise.all(stages.map((s) => s.discard()));
    throw error;
  }
}
