// manifest.json: every published file with its SHA-256, so anyone can check a deployed copy
// against the registry's git history. Deterministic: no wall-clock time, sorted lists.
import type { CalendarNotice } from '../calendar/index.js';
import type { WrittenFile } from './output.js';

/** The `schema` value of manifest.json. */
export const MANIFEST_SCHEMA = 'powers-manifest/1';

/** A calendar notice as the manifest cites it. */
export interface ManifestNotice {
  year: number;
  source: string;
  doc_no: string | null;
  issued: string | null;
  amended_by: { source: string; doc_no: string | null; issued: string | null }[];
}

/** What manifest.json holds. */
export interface Manifest {
  schema: typeof MANIFEST_SCHEMA;
  generator: { name: 'powers'; version: string };
  /** public: site/; internal: internal/ (staff catalogue and the withheld list). */
  audience: 'public' | 'internal';
  jurisdiction: string;
  /**
   * The registry's git commit (HEAD), whether the work tree had uncommitted changes, and whether
   * the history behind it was complete (a shallow clone's change log lacks older commits); null
   * outside git.
   */
  source: ({ commit: string; dirty: boolean } & SourceHistory) | null;
  /** Published with --force over validation errors. */
  forced: boolean;
  /** The number of validation errors when forced, else 0. */
  validation_errors: number;
  /** The State Council notices the change log's due dates were computed from, by year. */
  calendar_notices: ManifestNotice[];
  /** Every other file of the output, sorted by path. */
  files: WrittenFile[];
}

/** How much git history the publication saw. */
export interface SourceHistory {
  /** full: every commit; shallow: a shallow clone, commits before `shallow_boundary` are missing. */
  history: 'full' | 'shallow';
  /** The boundary commits of a shallow clone (empty when full). */
  shallow_boundary: string[];
  /** A Chinese warning for whoever reads the manifest (null when full). */
  history_note: string | null;
}

/** The manifest's account of the history, from the change log's reading of git. */
export function sourceHistory(history: 'full' | 'shallow' | null, boundary: readonly string[]): SourceHistory {
  if (history !== 'shallow') return { history: 'full', shallow_boundary: [], history_note: null };
  return {
    history: 'shallow',
    shallow_boundary: [...boundary].sort(),
    history_note: `发布时的登记册是浅克隆，${[...boundary].sort().map((b) => b.slice(0, 10)).join('、')} 之前的提交不在本地：变更记录页上的提交信息可能不全。完整发布请在 actions/checkout 中设置 fetch-depth: 0（GitLab CI：GIT_DEPTH: 0），或先运行 git fetch --unshallow。`,
  };
}

/** The manifest's notices: unique by year and source, sorted. */
export function manifestNotices(notices: Iterable<CalendarNotice>): ManifestNotice[] {
  const byKey = new Map<string, ManifestNotice>();
  for (const n of notices) {
    const key = `${n.year}\u0000${n.source}`;
    if (byKey.has(key)) continue;
    byKey.set(key, {
      year: n.year,
      source: n.source,
      doc_no: n.doc_no ?? null,
      issued: n.issued ?? null,
      amended_by: n.amended_by.map((a) => ({ source: a.source, doc_no: a.doc_no ?? null, issued: a.issued ?? null })),
    });
  }
  return [...byKey.values()].sort((a, b) => a.year - b.year || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

/** manifest.json's text. */
export function renderManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
