// Incremental publish (issue 12): a power page whose input has not changed since the previous
// publish into the same folder is not rendered again but hard-linked (or copied) from the
// previous output into the new staged tree, which is still swapped in atomically.
//
// A page's input key is a SHA-256 of the templates and assets, the tool version and the page's
// whole view model (JSON): the page is a pure function of these. Each output keeps its keys in
// `reuse.json` (listed in the manifest like any file), and the previous manifest gives the
// reused file's hash and size. The output is byte-identical to a full publish: the same pages,
// the same reuse.json, the same manifest. Anything missing or unexpected means "render it".
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { StagedOutput, WrittenFile } from './output.js';

/** The file, in each output, that holds the input keys of its power pages. */
export const REUSE_FILE = 'reuse.json';
const FORMAT = 1;

interface ReuseIndex {
  format: number;
  fingerprint: string;
  pages: Record<string, string>;
}

/** A hash of every template, partial and asset under `dir`, and the tool version. */
export function templatesFingerprint(dir: string, version: string): string {
  const hash = createHash('sha256').update(`powers ${version}\n`);
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) walk(abs, `${rel}${e.name}/`);
      else hash.update(`${rel}${e.name}\n`).update(readFileSync(abs)).update('\n');
    }
  };
  walk(dir, '');
  return hash.digest('hex');
}

/** One output's earlier pages, and the keys of the new one. */
class OutputReuse {
  readonly keys: Record<string, string> = {};
  reused = 0;

  constructor(
    private readonly stage: StagedOutput,
    private readonly previous: Map<string, { key: string; file: WrittenFile }>,
  ) {}

  /** Links the earlier page into the staged tree when its key matches; false: render it. */
  take(rel: string, key: string): boolean {
    this.keys[rel] = key;
    const old = this.previous.get(rel);
    if (!old || old.key !== key) return false;
    const from = path.join(this.stage.target, ...rel.split('/'));
    const to = path.join(this.stage.dir, ...rel.split('/'));
    try {
      // A file edited by hand since (a different size) is rendered again, so the manifest stays true.
      if (statSync(from).size !== old.file.bytes) return false;
      mkdirSync(path.dirname(to), { recursive: true });
      try {
        linkSync(from, to);
      } catch {
        copyFileSync(from, to); // another file system, or links not allowed
      }
    } catch {
      return false; // the earlier file is gone: render it
    }
    this.stage.adopt(old.file);
    this.reused++;
    return true;
  }

  /** reuse.json for the new output (sorted: the same bytes as a full publish). */
  index(fingerprint: string): string {
    const pages: Record<string, string> = {};
    for (const rel of Object.keys(this.keys).sort()) pages[rel] = this.keys[rel];
    return `${JSON.stringify({ format: FORMAT, fingerprint, pages } satisfies ReuseIndex, null, 1)}\n`;
  }
}

/** Reads what an earlier publish left in `stage.target`: reusable pages by path. */
function previousPages(target: string, fingerprint: string): Map<string, { key: string; file: WrittenFile }> {
  const out = new Map<string, { key: string; file: WrittenFile }>();
  try {
    if (!existsSync(path.join(target, REUSE_FILE))) return out;
    const index = JSON.parse(readFileSync(path.join(target, REUSE_FILE), 'utf8')) as ReuseIndex;
    if (index.format !== FORMAT || index.fingerprint !== fingerprint) return out;
    const manifest = JSON.parse(readFileSync(path.join(target, 'manifest.json'), 'utf8')) as { generator?: { name?: string }; files?: WrittenFile[] };
    if (manifest.generator?.name !== 'powers' || !Array.isArray(manifest.files)) return out;
    const files = new Map(manifest.files.map((f) => [f.path, f]));
    for (const [rel, key] of Object.entries(index.pages)) {
      const file = files.get(rel);
      if (file && typeof key === 'string') out.set(rel, { key, file: { path: file.path, sha256: file.sha256, bytes: file.bytes } });
    }
  } catch {
    out.clear(); // unreadable: a full publish
  }
  return out;
}

/** Page reuse for a set of staged outputs (site, internal). */
export class PageReuse {
  private readonly outputs: OutputReuse[];

  constructor(stages: readonly StagedOutput[], private readonly fingerprint: string) {
    this.outputs = stages.map((s) => new OutputReuse(s, previousPages(s.target, fingerprint)));
  }

  /** The input key of a page: its view model under these templates. */
  keyOf(context: object): string {
    return createHash('sha256').update(this.fingerprint).update(JSON.stringify(context)).digest('hex');
  }

  /** Reuses the earlier page `rel` of output `stage` if its input is unchanged; false: render it. */
  take(stage: number, rel: string, context: object): boolean {
    return this.outputs[stage].take(rel, this.keyOf(context));
  }

  /** How many pages were reused. */
  get reused(): number {
    return this.outputs.reduce((n, o) => n + o.reused, 0);
  }

  /** Writes each output's reuse.json (before its manifest). */
  writeIndexes(stages: readonly StagedOutput[]): void {
    stages.forEach((s, i) => s.write(REUSE_FILE, this.outputs[i].index(this.fingerprint)));
  }
}
