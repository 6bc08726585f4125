// Finding a registry's files and classifying them by where they lie (SPEC §2 layout).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { FileKind } from './model.js';

/** A file of the registry that `powers` reads. */
export interface RegistryEntry {
  rel: string;
  abs: string;
  kind: FileKind;
}

const YAML_EXT = /\.ya?ml$/i;
/** Folders never read: VCS data, dependencies, and the default publish outputs. */
const SKIP_DIRS = new Set(['.git', 'node_modules', 'site', 'internal', '.github', '.gitlab']);

/** Lists the registry's YAML files, sorted by relative path, each with its kind. */
export function listRegistryFiles(root: string): RegistryEntry[] {
  const out: RegistryEntry[] = [];
  const add = (rel: string, kind: FileKind) => out.push({ rel, abs: path.join(root, ...rel.split('/')), kind });

  add('registry.yaml', 'registry');
  for (const [folder, kind] of [['laws', 'laws'], ['superior', 'superior'], ['calendar', 'calendar']] as const) {
    for (const name of yamlFilesIn(path.join(root, folder))) add(`${folder}/${name}`, kind);
  }
  for (const dept of subdirs(path.join(root, 'departments'))) {
    const deptDir = path.join(root, 'departments', dept);
    for (const name of listDir(deptDir)) {
      if (name.isFile() && name.name === 'department.yaml') add(`departments/${dept}/department.yaml`, 'department');
    }
    for (const rel of walkYaml(path.join(deptDir, 'powers'))) add(`departments/${dept}/powers/${rel}`, 'power');
  }
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

function listDir(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function yamlFilesIn(dir: string): string[] {
  return listDir(dir).filter((e) => e.isFile() && YAML_EXT.test(e.name)).map((e) => e.name);
}

function subdirs(dir: string): string[] {
  return listDir(dir).filter((e) => e.isDirectory() && !e.name.startsWith('.') && !SKIP_DIRS.has(e.name)).map((e) => e.name);
}

/** Every YAML file below `dir`, as `/`-separated paths relative to it. */
function walkYaml(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of listDir(dir)) {
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory()) out.push(...walkYaml(path.join(dir, e.name), `${prefix}${e.name}/`));
    else if (e.isFile() && YAML_EXT.test(e.name)) out.push(`${prefix}${e.name}`);
  }
  return out;
}
