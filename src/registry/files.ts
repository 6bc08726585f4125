// Finding a registry's files and classifying them by where they lie (SPEC §2 layout). Whatever
// looks like a registry file but lies where nothing reads it is a stray (SPEC §7, `stray-file`):
// nothing a clerk saved may disappear without a word.
import { readdirSync, readlinkSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { FileKind } from './model.js';

/** A file of the registry that `powers` reads. */
export interface RegistryEntry {
  rel: string;
  abs: string;
  kind: FileKind;
}

/** Why a file is a stray (message ids `stray-file.<reason>`). */
export type StrayReason =
  | 'txtSuffix' | 'outsidePowers' | 'departmentsRoot' | 'rootYaml' | 'unknownFolder' | 'nested'
  | 'departmentName' | 'office' | 'symlink';

/** A file (or link) that looks meant for the registry but is not read. */
export interface StrayFile {
  rel: string;
  reason: StrayReason;
  /** Message data: the suggested name or folder, a link's target … */
  data: Record<string, string>;
}

/** What a scan of the registry folder finds. */
export interface RegistryScan {
  entries: RegistryEntry[];
  strays: StrayFile[];
}

const YAML_EXT = /\.ya?ml$/i;
const YAML_TXT = /\.ya?ml\.txt$/i;
/** Office documents a clerk may drop beside the powers (WPS's .wps/.et included). */
const OFFICE_EXT = /\.(xlsx|xls|xlsm|docx|doc|wps|et)$/i;
/** The library folders at the root and the kind of their files. */
const LIBRARIES = [['laws', 'laws'], ['superior', 'superior'], ['calendar', 'calendar']] as const;
/**
 * Root folders that hold no registry files: the publish outputs, the records of SPEC §10 (their
 * own rules), dependencies. Only at the root: a department folder is checked whatever its name.
 */
const NOT_REGISTRY = new Set(['site', 'internal', 'records', 'node_modules']);
/** Folders a root-level stray is suggested to go into. */
const KNOWN_FOLDERS = ['laws', 'superior', 'calendar', 'departments'];

/** Lists the registry's YAML files, sorted by relative path, each with its kind. */
export function listRegistryFiles(root: string): RegistryEntry[] {
  return scanRegistry(root).entries;
}

/** Lists the files the registry reads and the strays beside them, each sorted by path. */
export function scanRegistry(root: string): RegistryScan {
  const entries: RegistryEntry[] = [];
  const strays: StrayFile[] = [];
  const add = (rel: string, kind: FileKind) => entries.push({ rel, abs: path.join(root, ...rel.split('/')), kind });
  const stray = (rel: string, reason: StrayReason, data: Record<string, string> = {}) => strays.push({ rel, reason, data });
  const link = (dir: string, rel: string) => stray(rel, 'symlink', linkData(root, path.join(dir, path.basename(rel))));

  add('registry.yaml', 'registry');
  for (const e of listDir(root)) {
    if (isHidden(e)) continue;
    const libraryKind = LIBRARIES.find(([folder]) => folder === e.name)?.[1];
    if (e.isSymbolicLink()) {
      if (libraryKind || e.name === 'departments' || looksLikeRegistryFile(e.name)) link(root, e.name);
    } else if (e.isFile()) {
      if (e.name !== 'registry.yaml') rootStray(e.name, stray);
    } else if (!e.isDirectory() || NOT_REGISTRY.has(e.name)) {
      continue;
    } else if (libraryKind) {
      scanLibrary(root, e.name, libraryKind, add, stray, link);
    } else if (e.name === 'departments') {
      scanDepartments(root, add, stray, link);
    } else {
      const registryLink: Link = (dir, rel) => {
        if (looksLikeRegistryFile(rel)) link(dir, rel);
      };
      for (const rel of walk(path.join(root, e.name), `${e.name}/`, registryLink)) {
        if (looksLikeRegistryFile(rel)) stray(rel, 'unknownFolder', { folder: e.name, ...folderSuggestion(e.name) });
      }
    }
  }
  const byRel = (a: { rel: string }, b: { rel: string }) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  return { entries: entries.sort(byRel), strays: strays.sort(byRel) };
}

type Add = (rel: string, kind: FileKind) => void;
type Stray = (rel: string, reason: StrayReason, data?: Record<string, string>) => void;
type Link = (dir: string, rel: string) => void;

function rootStray(name: string, stray: Stray): void {
  if (YAML_TXT.test(name)) stray(name, 'txtSuffix', { name: withoutTxt(name) });
  else if (YAML_EXT.test(name)) stray(name, 'rootYaml');
}

/** laws/, superior/, calendar/: the YAML files directly inside are read, nothing below them. */
function scanLibrary(root: string, folder: string, kind: FileKind, add: Add, stray: Stray, link: Link): void {
  const dir = path.join(root, folder);
  for (const e of listDir(dir)) {
    if (isHidden(e)) continue;
    const rel = `${folder}/${e.name}`;
    if (e.isSymbolicLink()) link(dir, rel);
    else if (e.isFile() && YAML_EXT.test(e.name)) add(rel, kind);
    else if (e.isFile() && YAML_TXT.test(e.name)) stray(rel, 'txtSuffix', { name: withoutTxt(e.name) });
    else if (e.isDirectory()) {
      for (const sub of walk(path.join(dir, e.name), `${rel}/`, link)) {
        if (looksLikeRegistryFile(sub)) stray(sub, 'nested', { folder });
      }
    }
  }
}

function scanDepartments(root: string, add: Add, stray: Stray, link: Link): void {
  const base = path.join(root, 'departments');
  for (const d of listDir(base)) {
    if (isHidden(d)) continue;
    const deptRel = `departments/${d.name}`;
    if (d.isSymbolicLink()) {
      link(base, deptRel);
      continue;
    }
    if (d.isFile()) {
      if (looksLikeRegistryFile(d.name) || OFFICE_EXT.test(d.name)) stray(deptRel, departmentFileReason(d.name), txtData(d.name));
      continue;
    }
    if (!d.isDirectory()) continue;
    const deptDir = path.join(base, d.name);
    for (const e of listDir(deptDir)) {
      if (isHidden(e)) continue;
      const rel = `${deptRel}/${e.name}`;
      if (e.isSymbolicLink()) link(deptDir, rel);
      else if (e.isFile()) {
        if (e.name === 'department.yaml') add(rel, 'department');
        else if (/^department\.(ya?ml|ya?ml\.txt)$/i.test(e.name)) stray(rel, 'departmentName', { name: e.name });
        else if (OFFICE_EXT.test(e.name)) stray(rel, 'office', { ext: extOf(e.name) });
        else if (YAML_TXT.test(e.name)) stray(rel, 'txtSuffix', { name: withoutTxt(e.name) });
        else if (YAML_EXT.test(e.name)) stray(rel, 'outsidePowers', { department: d.name });
      } else if (e.isDirectory()) {
        const isPowers = e.name === 'powers';
        for (const sub of walk(path.join(deptDir, e.name), `${rel}/`, link)) {
          const name = sub.slice(sub.lastIndexOf('/') + 1);
          if (isPowers && YAML_EXT.test(name)) add(sub, 'power');
          else if (OFFICE_EXT.test(name)) stray(sub, 'office', { ext: extOf(name) });
          else if (YAML_TXT.test(name)) stray(sub, 'txtSuffix', { name: withoutTxt(name) });
          else if (YAML_EXT.test(name)) stray(sub, 'outsidePowers', { department: d.name, folder: e.name });
        }
      }
    }
  }
}

function departmentFileReason(name: string): StrayReason {
  return OFFICE_EXT.test(name) ? 'office' : YAML_TXT.test(name) ? 'txtSuffix' : 'departmentsRoot';
}

function txtData(name: string): Record<string, string> {
  return OFFICE_EXT.test(name) ? { ext: extOf(name) } : YAML_TXT.test(name) ? { name: withoutTxt(name) } : {};
}

const looksLikeRegistryFile = (name: string): boolean => YAML_EXT.test(name) || YAML_TXT.test(name);
const withoutTxt = (name: string): string => name.replace(/\.txt$/i, '');
const extOf = (name: string): string => name.slice(name.lastIndexOf('.'));
/**
 * Dot-files and dot-folders (.git, .github, .vscode, .powers, .gitlab-ci.yml) are never registry
 * files; nor are Office's owner files (`~$登记表.xlsx`), which exist only while a document is open.
 */
const isHidden = (e: Dirent): boolean => e.name.startsWith('.') || e.name.startsWith('~$');

function folderSuggestion(folder: string): Record<string, string> {
  const lower = folder.toLowerCase();
  const near = KNOWN_FOLDERS.find((k) => k.startsWith(lower) || lower.startsWith(k.slice(0, -1)) || k === `${lower}s`);
  return near ? { suggestion: `${near}/` } : {};
}

/** Where a link points, and whether that is outside the registry (it is never followed). */
function linkData(root: string, abs: string): Record<string, string> {
  let target = '';
  try {
    target = readlinkSync(abs);
  } catch {
    // unreadable link: report it without a target
  }
  const resolved = path.resolve(path.dirname(abs), target);
  const rel = path.relative(root, resolved);
  const isOutside = rel === '' ? false : rel.startsWith('..') || path.isAbsolute(rel);
  return { target, where: isOutside ? 'outside' : 'inside' };
}

function listDir(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/**
 * Every file below `dir`, as `prefix`-prefixed `/`-separated paths, sorted. Dot-entries are
 * skipped; symbolic links are handed to `link` and never followed (a link may point anywhere).
 */
function walk(dir: string, prefix: string, link: Link): string[] {
  const out: string[] = [];
  for (const e of listDir(dir)) {
    if (isHidden(e)) continue;
    if (e.isSymbolicLink()) link(dir, `${prefix}${e.name}`);
    else if (e.isDirectory()) out.push(...walk(path.join(dir, e.name), `${prefix}${e.name}/`, link));
    else if (e.isFile()) out.push(`${prefix}${e.name}`);
  }
  return out;
}
