// The semantic diff of a registry between two versions, pure: the parsed files that differ on
// each side (nothing else is needed: an unchanged file cannot hold a change) → powers added,
// removed, changed field by field, moved; departments, laws, superior functions and settings.
// Powers are matched by code, not by path, so a moved or renamed file is not a change.
import type { FileKind } from '../registry/model.js';
import { diffFields, type FieldChange } from './fields.js';

/** One registry file on one side of a comparison. */
export interface DocFile {
  /** Relative to the registry root, `/` separators. */
  path: string;
  kind: FileKind;
  /** The parsed value; undefined when the file could not be parsed (see `problem`). */
  data?: unknown;
  /** Why the file could not be used (a yaml-syntax or top-level-shape message id and its data). */
  problem?: { message: string; data: Record<string, unknown> };
}

/** A power as listed among the added or removed ones. */
export interface PowerRef {
  code: string;
  name: string;
  path: string;
}

/** A power whose fields changed (possibly also its code or its file's place). */
export interface PowerChange {
  code: string;
  name: string;
  path: string;
  /** The code and file before (differ from `code`/`path` for a code change or a move). */
  beforeCode: string;
  beforePath: string;
  fields: FieldChange[];
}

/** A power file that moved or was renamed with the same code and the same content. */
export interface PowerMove {
  code: string;
  name: string;
  from: string;
  to: string;
}

/** A department, law or superior function added, removed or changed. */
export interface EntityChange {
  id: string;
  name: string;
  status: 'added' | 'removed' | 'changed';
  /** The file it is defined in (after, or before when removed). */
  path: string;
  fields: FieldChange[];
}

/** A law of the library, with what matters for the powers that cite it. */
export interface LawChange extends EntityChange {
  /** Its `amended` date changed to a (new) date. */
  isAmended: boolean;
  /** Its `repealed` date was set or changed. */
  isRepealed: boolean;
  /** Codes of the powers citing it in the newer version (filled in by the caller that can search). */
  citedBy: string[];
}

/** A file that could not be compared because one side does not parse. */
export interface FileProblem {
  path: string;
  side: 'before' | 'after';
  message: string;
  data: Record<string, unknown>;
}

/** Everything that differs between two versions of a registry. */
export interface CatalogueDiff {
  added: PowerRef[];
  removed: PowerRef[];
  changed: PowerChange[];
  moved: PowerMove[];
  /** Same file, same values: only formatting or comments changed. */
  reformatted: PowerRef[];
  departments: EntityChange[];
  laws: LawChange[];
  superior: EntityChange[];
  /** registry.yaml */
  config: FieldChange[];
  /** Calendar files added, removed or modified. */
  calendar: { path: string; status: 'added' | 'removed' | 'changed' }[];
  problems: FileProblem[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const byCode = <T extends { code: string }>(x: T, y: T) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0);
const byId = <T extends { id: string }>(x: T, y: T) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** The code of a power file: its `code` field, else its file name. */
export function powerCode(file: DocFile): string {
  const code = isRecord(file.data) ? str(file.data.code) : undefined;
  if (code) return code;
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  return name.replace(/\.ya?ml$/i, '');
}

const powerName = (file: DocFile): string => (isRecord(file.data) ? str(file.data.name) ?? '' : '');

/**
 * Compares the files that differ between two versions. `renames` maps a path before to its path
 * after when git paired them (so that a power whose code changed in place, or in a renamed file,
 * is shown as a code change rather than as one removed and one added power).
 */
export function diffCatalogue(before: DocFile[], after: DocFile[], renames: Map<string, string> = new Map()): CatalogueDiff {
  const result: CatalogueDiff = {
    added: [], removed: [], changed: [], moved: [], reformatted: [],
    departments: [], laws: [], superior: [], config: [], calendar: [], problems: [],
  };
  for (const [side, files] of [['before', before], ['after', after]] as const) {
    for (const f of files) {
      if (f.problem) result.problems.push({ path: f.path, side, message: f.problem.message, data: f.problem.data });
    }
  }
  diffPowers(result, before.filter((f) => f.kind === 'power'), after.filter((f) => f.kind === 'power'), renames);
  diffDepartments(result, before.filter((f) => f.kind === 'department'), after.filter((f) => f.kind === 'department'));
  result.laws = diffListFiles('law', before.filter((f) => f.kind === 'laws'), after.filter((f) => f.kind === 'laws'), 'title')
    .map((change) => {
      const touched = (key: string) => change.status === 'changed' && change.fields.some((c) => c.path[0] === key && c.after !== null);
      return { ...change, isAmended: touched('amended'), isRepealed: touched('repealed'), citedBy: [] };
    });
  result.superior = diffListFiles('superior', before.filter((f) => f.kind === 'superior'), after.filter((f) => f.kind === 'superior'), 'text');
  const configBefore = before.find((f) => f.kind === 'registry');
  const configAfter = after.find((f) => f.kind === 'registry');
  if (configBefore?.data !== undefined || configAfter?.data !== undefined) {
    if (!configBefore?.problem && !configAfter?.problem) result.config = diffFields('registry', configBefore?.data, configAfter?.data);
  }
  const calBefore = new Set(before.filter((f) => f.kind === 'calendar').map((f) => f.path));
  const calAfter = new Set(after.filter((f) => f.kind === 'calendar').map((f) => f.path));
  for (const p of [...new Set([...calBefore, ...calAfter])].sort()) {
    result.calendar.push({ path: p, status: !calBefore.has(p) ? 'added' : !calAfter.has(p) ? 'removed' : 'changed' });
  }
  return result;
}

function diffPowers(result: CatalogueDiff, before: DocFile[], after: DocFile[], renames: Map<string, string>): void {
  // A code whose file does not parse on either side cannot be judged added or removed.
  const unreadable = new Set([...before, ...after].filter((f) => f.data === undefined).map(powerCode));
  const index = (files: DocFile[]) => {
    const map = new Map<string, DocFile>();
    for (const f of files) if (f.data !== undefined && !map.has(powerCode(f))) map.set(powerCode(f), f);
    return map;
  };
  const b = index(before);
  const a = index(after);

  const removedOnly = [...b.keys()].filter((c) => !a.has(c) && !unreadable.has(c));
  const addedOnly = new Set([...a.keys()].filter((c) => !b.has(c) && !unreadable.has(c)));
  const addedByPath = new Map([...addedOnly].map((c) => [a.get(c)!.path, c]));

  for (const [code, fb] of b) {
    const fa = a.get(code);
    if (!fa) continue;
    const fields = diffFields('power', fb.data, fa.data);
    if (fields.length > 0) {
      result.changed.push({ code, name: powerName(fa), path: fa.path, beforeCode: code, beforePath: fb.path, fields });
    } else if (fb.path !== fa.path) {
      result.moved.push({ code, name: powerName(fa), from: fb.path, to: fa.path });
    } else {
      result.reformatted.push({ code, name: powerName(fa), path: fa.path });
    }
  }
  for (const code of removedOnly) {
    const fb = b.get(code)!;
    const target = renames.get(fb.path) ?? fb.path;
    const newCode = addedByPath.get(target);
    if (newCode !== undefined && addedOnly.has(newCode)) {
      // The same file now holds another code: a code change, shown as such.
      const fa = a.get(newCode)!;
      addedOnly.delete(newCode);
      result.changed.push({ code: newCode, name: powerName(fa), path: fa.path, beforeCode: code, beforePath: fb.path, fields: diffFields('power', fb.data, fa.data) });
    } else {
      result.removed.push({ code, name: powerName(fb), path: fb.path });
    }
  }
  for (const code of addedOnly) {
    const fa = a.get(code)!;
    result.added.push({ code, name: powerName(fa), path: fa.path });
  }
  result.added.sort(byCode);
  result.removed.sort(byCode);
  result.changed.sort(byCode);
  result.moved.sort(byCode);
  result.reformatted.sort(byCode);
}

function diffDepartments(result: CatalogueDiff, before: DocFile[], after: DocFile[]): void {
  const folder = (f: DocFile) => f.path.split('/')[1] ?? f.path;
  const b = new Map(before.filter((f) => f.data !== undefined).map((f) => [folder(f), f]));
  const a = new Map(after.filter((f) => f.data !== undefined).map((f) => [folder(f), f]));
  const unreadable = new Set([...before, ...after].filter((f) => f.data === undefined).map(folder));
  for (const id of [...new Set([...b.keys(), ...a.keys()])].sort()) {
    if (unreadable.has(id)) continue;
    const fb = b.get(id);
    const fa = a.get(id);
    const name = str(isRecord(fa?.data) ? fa.data.name : undefined) ?? str(isRecord(fb?.data) ? fb.data.name : undefined) ?? id;
    if (!fb) result.departments.push({ id, name, status: 'added', path: fa!.path, fields: [] });
    else if (!fa) result.departments.push({ id, name, status: 'removed', path: fb.path, fields: [] });
    else {
      const fields = diffFields('department', fb.data, fa.data);
      if (fields.length > 0) result.departments.push({ id, name, status: 'changed', path: fa.path, fields });
    }
  }
}

/** Laws or superior functions: items of list files, matched by id across the changed files. */
function diffListFiles(kind: 'law' | 'superior', before: DocFile[], after: DocFile[], nameKey: string): EntityChange[] {
  const items = (files: DocFile[]) => {
    const map = new Map<string, { item: Record<string, unknown>; path: string }>();
    for (const f of files) {
      if (!Array.isArray(f.data)) continue;
      for (const item of f.data) {
        const id = isRecord(item) ? str(item.id) : undefined;
        if (id !== undefined && !map.has(id)) map.set(id, { item: item as Record<string, unknown>, path: f.path });
      }
    }
    return map;
  };
  // An item of a file that does not parse on one side cannot be judged.
  if ([...before, ...after].some((f) => f.data === undefined)) {
    const broken = new Set([...before, ...after].filter((f) => f.data === undefined).map((f) => f.path));
    before = before.filter((f) => !broken.has(f.path));
    after = after.filter((f) => !broken.has(f.path));
  }
  const b = items(before);
  const a = items(after);
  const out: EntityChange[] = [];
  for (const id of new Set([...b.keys(), ...a.keys()])) {
    const ib = b.get(id);
    const ia = a.get(id);
    const name = str(ia?.item[nameKey]) ?? str(ib?.item[nameKey]) ?? '';
    if (!ib) out.push({ id, name, status: 'added', path: ia!.path, fields: [] });
    else if (!ia) out.push({ id, name, status: 'removed', path: ib.path, fields: [] });
    else {
      const fields = diffFields(kind, ib.item, ia.item);
      if (fields.length > 0) out.push({ id, name, status: 'changed', path: ia.path, fields });
    }
  }
  return out.sort(byId);
}
