// Publishing fixture registries into temporary folders, and reading back what was written.
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeRegistry, type Edit } from '../helpers/fixture.js';
import { publish, type PublishOptions, type PublishResult } from '../../src/publish/publish.js';

/** A fixture registry copied to a temp folder, and where its outputs go. */
export interface Workspace {
  root: string;
  /** A temp folder beside the outputs. */
  dir: string;
  out: string;
  internal: string;
}

/** Copies fixtures/publish (with `edits`) to a temp folder; outputs go to a second temp folder. */
export function workspace(edits: Record<string, Edit> = {}, fixture = 'publish'): Workspace {
  const root = makeRegistry(edits, fixture);
  const dir = mkdtempSync(path.join(tmpdir(), 'powers-publish-'));
  return { root, dir, out: path.join(dir, 'site'), internal: path.join(dir, 'internal') };
}

/** Runs the publisher on a workspace. */
export function publishTo(ws: Workspace, options: Partial<PublishOptions> = {}): Promise<PublishResult> {
  return publish({ root: ws.root, out: ws.out, internalOut: ws.internal, today: '2026-12-01', version: '0.0.0-test', ...options });
}

/** Every file under `dir`, relative, `/`-separated, sorted. */
export function walk(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(abs).isDirectory()) out.push(...walk(abs, rel));
    else out.push(rel);
  }
  return out;
}

/** Every file under `dir` with its bytes. */
export function readTree(dir: string): Map<string, Buffer> {
  return new Map(walk(dir).map((rel) => [rel, readFileSync(path.join(dir, ...rel.split('/')))]));
}

/** Every file under `dir` as text. */
export function readTexts(dir: string): Map<string, string> {
  return new Map([...readTree(dir)].map(([rel, buf]) => [rel, buf.toString('utf8')]));
}

/** The codes of the fixture's powers, by what may see them. */
export const FIXTURE = {
  public: ['CF-GAJ-0001', 'CF-GAJ-0002', 'JC-SCJGJ-0001', 'XK-GAJ-0001', 'XK-GAJ-0002'],
  internal: ['NB-GAJ-0002', 'NB-MJJ-0001'],
  withheld: ['QT-GAJ-0001', 'QT-MJJ-0002'],
  /** Published nowhere: an unpublished 主动公开 power, a draft, an abolished one. */
  nowhere: ['XK-MJJ-0003', 'QT-MJJ-0004', 'NB-MJJ-0005'],
};

/** A strict RFC 4180 parser (CRLF records, "" escapes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      cell += c; i++; continue;
    }
    if (c === '"' && cell === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(cell); cell = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i += 2; continue; }
    if (c === '\n' || c === '\r' || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    cell += c; i++;
  }
  if (cell !== '' || row.length) throw new Error('last record not terminated by CRLF');
  return rows;
}
