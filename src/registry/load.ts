// Loading a registry: list its files, read and parse each once, and build the typed model.
// A broken file becomes findings and is left out of the model; it never stops the others.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../checks/types.js';
import { RegistryError } from '../errors.js';
import { scanRegistry, type RegistryEntry, type StrayFile } from './files.js';
import type {
  Department, Law, Power, PowerData, Registry, RegistryConfig, SourceFile, SuperiorFunction,
} from './model.js';
import { DEFAULT_MAX_FILE_SIZE, parseFileText } from './parse.js';

/** Options of `loadRegistry`. */
export interface LoadOptions {
  /** Per-file size limit in bytes (SPEC §3 `--max-file-size`). */
  maxFileSize?: number;
  /** Read only these files (a shard of a large registry); default: all of them. */
  entries?: RegistryEntry[];
  /** The strays found beside `entries` (default: none when `entries` is given, else scanned). */
  strays?: StrayFile[];
}

/** A loaded registry and what went wrong reading it. */
export interface LoadResult {
  registry: Registry;
  /** `yaml-syntax` and top-level `schema` findings of the files that could not be used. */
  findings: Finding[];
}

/** The top-level shape each kind of file must have. */
const EXPECTS_LIST: Record<SourceFile['kind'], boolean> = {
  registry: false, laws: true, superior: true, calendar: false, department: false, power: false, other: false,
};

/** registry.yaml `deadlines` defaults (SPEC §2): working days, except record_report (calendar days). */
const DEFAULT_DEADLINES = { change: 20, basis_change: 20, review: 15, publicity: 7, record_report: 7 };

/** Throws RegistryError unless `root` is a registry folder (one with a registry.yaml). */
export function assertRegistryRoot(root: string): void {
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new RegistryError('registry.notFound', { dir: root });
  const config = path.join(root, 'registry.yaml');
  if (!existsSync(config)) throw new RegistryError('registry.noConfig', { dir: root });
  if (statSync(config).isDirectory()) throw new RegistryError('registry.configIsFolder', { dir: root });
}

/** Reads the registry at `root`. Throws RegistryError only when it is not a registry at all. */
export async function loadRegistry(root: string, options: LoadOptions = {}): Promise<LoadResult> {
  assertRegistryRoot(root);
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;

  const scan = options.entries ? { entries: options.entries, strays: options.strays ?? [] } : scanRegistry(root);
  const findings: Finding[] = [];
  const files: SourceFile[] = [];
  for (const entry of scan.entries) {
    const read = readSourceFile(entry, maxSize);
    findings.push(...read.findings);
    files.push(read.file);
  }
  return { registry: { ...buildModel(root, files), strays: scan.strays }, findings };
}

/** Read errors a clerk can act on, in words (others keep the system's own detail). */
const UNREADABLE: Record<string, string> = { EISDIR: 'yaml-syntax.isFolder', EACCES: 'yaml-syntax.noPermission', EPERM: 'yaml-syntax.noPermission' };

/** Reads and parses one file: the SourceFile, and its yaml-syntax / top-level shape findings. */
export function readSourceFile(entry: RegistryEntry, maxSize = DEFAULT_MAX_FILE_SIZE, overlayText?: string): { file: SourceFile; findings: Finding[] } {
  let text: string;
  try {
    // `overlayText`: the file as it would be written (powers new / import xlsx check before writing).
    text = overlayText ?? readFileSync(entry.abs, 'utf8');
  } catch (error) {
    return {
      file: { rel: entry.rel, abs: entry.abs, kind: entry.kind, isParsed: false },
      findings: [{
        rule: 'yaml-syntax', file: entry.rel, path: [], message: UNREADABLE[(error as NodeJS.ErrnoException).code ?? ''] ?? 'yaml-syntax.unreadable',
        data: { detail: (error as Error).message }, position: { line: 1, column: 1 }, code: null,
      }],
    };
  }
  const parsed = parseFileText(entry.rel, text, () => (overlayText !== undefined ? Buffer.from(overlayText) : readFileSync(entry.abs)), maxSize);
  const findings = parsed.findings;
  let isParsed = findings.length === 0;
  if (isParsed && !hasShape(parsed.data, EXPECTS_LIST[entry.kind])) {
    findings.push({
      rule: 'schema', file: entry.rel, path: [], message: EXPECTS_LIST[entry.kind] ? 'schema.topLevelList' : 'schema.topLevelMap',
      data: {}, position: { line: 1, column: 1 }, code: null,
    });
    isParsed = false;
  }
  return { file: { rel: entry.rel, abs: entry.abs, kind: entry.kind, text: parsed.text, data: isParsed ? parsed.data : undefined, isParsed }, findings };
}

/** The model's view of one parsed power file. */
export function powerOf(file: SourceFile): Power {
  return { data: file.data as PowerData, file: file.rel, folder: file.rel.split('/')[1] };
}

function hasShape(data: unknown, isList: boolean): boolean {
  if (isList) return Array.isArray(data);
  return data !== null && typeof data === 'object' && !Array.isArray(data);
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Builds the model from the parsed files. First definition of an id wins (duplicates are a rule's business). */
export function buildModel(root: string, files: SourceFile[]): Registry {
  const laws = new Map<string, Law>();
  const superior = new Map<string, SuperiorFunction>();
  const departments = new Map<string, Department>();
  const powers: Power[] = [];
  let config: RegistryConfig = { jurisdiction: '', filing_authority: '', deadlines: { ...DEFAULT_DEADLINES } };

  for (const f of files) {
    if (!f.isParsed) continue;
    switch (f.kind) {
      case 'registry': {
        const d = f.data as Record<string, unknown>;
        const deadlines: Record<string, number> = { ...DEFAULT_DEADLINES };
        if (isRecord(d.deadlines)) {
          for (const [k, v] of Object.entries(d.deadlines)) if (Number.isInteger(v) && (v as number) > 0) deadlines[k] = v as number;
        }
        config = {
          jurisdiction: asString(d.jurisdiction) ?? '',
          filing_authority: asString(d.filing_authority) ?? '',
          deadlines: deadlines as RegistryConfig['deadlines'],
          ...(typeof d.rule_docs === 'string' ? { rule_docs: d.rule_docs } : {}),
        };
        break;
      }
      case 'laws':
        (f.data as unknown[]).forEach((item, index) => {
          if (isRecord(item) && typeof item.id === 'string' && !laws.has(item.id)) {
            laws.set(item.id, { ...(item as unknown as Law), file: f.rel, index });
          }
        });
        break;
      case 'superior':
        (f.data as unknown[]).forEach((item, index) => {
          if (isRecord(item) && typeof item.id === 'string' && !superior.has(item.id)) {
            superior.set(item.id, { ...(item as unknown as SuperiorFunction), file: f.rel, index });
          }
        });
        break;
      case 'department': {
        const folder = f.rel.split('/')[1];
        const d = f.data as Record<string, unknown>;
        departments.set(folder, {
          ...(d as unknown as Department),
          functions: Array.isArray(d.functions) ? d.functions.filter(isRecord) as unknown as Department['functions'] : [],
          posts: Array.isArray(d.posts) ? d.posts.filter(isRecord) as unknown as Department['posts'] : [],
          folder,
          file: f.rel,
        });
        break;
      }
      case 'power':
        powers.push(powerOf(f));
        break;
      default:
        break;
    }
  }
  return { root, config, files, laws, superior, departments, powers };
}
