// A worker thread that renders, hashes and writes a share of the power pages of a large catalogue,
// so that both cores work (SPEC §9: 20,000 powers in under 15 s on 2 cores). It receives plain
// page contexts (the view models, already filtered by audience) and answers with what it wrote.
import { parentPort, workerData } from 'node:worker_threads';
import { writeHashed, type WrittenFile } from './output.js';
import { loadRenderer } from './render.js';

/** One page for the worker: where it goes and what the power template renders. */
export interface RenderJob {
  /** Index of the staged folder (0 site, 1 internal). */
  stage: number;
  rel: string;
  context: object;
}

/** What the worker is started with. */
export interface RenderWorkerData {
  templatesDir?: string;
  /** The staged folders, by index. */
  dirs: string[];
}

/** Messages to the worker: a batch of pages, or the end of the work. */
export type RenderWorkerRequest = { type: 'jobs'; jobs: RenderJob[] } | { type: 'end' };

/** Messages from the worker: ready for (more) jobs, what a batch wrote, or a failure. */
export type RenderWorkerMessage =
  | { type: 'ready'; files: { stage: number; file: WrittenFile }[] }
  | { type: 'error'; message: string };

const fail = (error: unknown): void => {
  parentPort!.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies RenderWorkerMessage);
};

async function start(data: RenderWorkerData): Promise<void> {
  const renderer = await loadRenderer(data.templatesDir);
  const made = new Set<string>();

  /** Renders, hashes and writes one batch; returns what it wrote. */
  function runBatch(jobs: RenderJob[]): { stage: number; file: WrittenFile }[] {
    return jobs.map((job) => ({ stage: job.stage, file: writeHashed(data.dirs[job.stage], job.rel, renderer.render('power', job.context), made) }));
  }

  parentPort!.on('message', (request: RenderWorkerRequest) => {
    if (request.type === 'end') {
      parentPort!.close();
      return;
    }
    try {
      parentPort!.postMessage({ type: 'ready', files: runBatch(request.jobs) } satisfies RenderWorkerMessage);
    } catch (error) {
      fail(error);
    }
  });
  parentPort!.postMessage({ type: 'ready', files: [] } satisfies RenderWorkerMessage);
}

start(workerData as RenderWorkerData).catch(fail);
