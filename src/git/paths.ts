// Classifying registry-relative paths reported by git (the same layout rules as
// registry/files.ts, which walks the disk instead).
import type { FileKind } from '../registry/model.js';

const YAML_EXT = /\.ya?ml$/i;

/** The kind of registry file at `rel` (`/`-separated, relative to the registry root), or undefined when powers does not read it. */
export function kindOfPath(rel: string): FileKind | undefined {
  // Called for every path of every commit in a log: string tests only, no splitting first.
  if (!YAML_EXT.test(rel) || rel.startsWith('.') || rel.includes('/.') || rel.includes('//')) return undefined;
  const slash = rel.indexOf('/');
  if (slash < 0) return rel === 'registry.yaml' ? 'registry' : undefined;
  const top = rel.slice(0, slash);
  if (top !== 'departments') {
    if (rel.indexOf('/', slash + 1) >= 0) return undefined;
    return top === 'laws' ? 'laws' : top === 'superior' ? 'superior' : top === 'calendar' ? 'calendar' : undefined;
  }
  const parts = rel.split('/');
  if (parts.length === 3) return parts[2] === 'department.yaml' ? 'department' : undefined;
  return parts[2] === 'powers' && parts.length >= 4 ? 'power' : undefined;
}

/** "XK-GAJ-0001" from "departments/gaj/powers/车辆管理所/XK-GAJ-0001.yaml". */
export function stemOf(rel: string): string {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  return name.replace(YAML_EXT, '');
}

/** The department folder of a department or power file. */
export function departmentFolderOf(rel: string): string | undefined {
  const parts = rel.split('/');
  return parts[0] === 'departments' && parts.length >= 3 ? parts[1] : undefined;
}
