// Unknown or conflicting ids that no more specific rule checks: a department's own id and 三定
// provisions, power folders without a department.yaml, ids defined twice in the libraries.
import type { Finding, Rule } from './types.js';
import { isRecord, lawSuggestion, str } from './read.js';

export const rule: Rule = {
  id: 'references',
  scope: 'registry',
  severity: 'error',
  run({ registry }) {
    const out: Finding[] = [];
    const at = (file: string, path: (string | number)[], message: string, data: Record<string, unknown>): Finding =>
      ({ rule: 'references', file, path, message, data, code: null });

    // ids defined twice in laws/ or superior/ (the first definition is the one used)
    for (const kind of ['laws', 'superior'] as const) {
      const seen = new Map<string, string>();
      for (const f of registry.files) {
        if (f.kind !== kind || !Array.isArray(f.data)) continue;
        f.data.forEach((item, i) => {
          const id = isRecord(item) ? str(item.id) : undefined;
          if (id === undefined) return;
          const first = seen.get(id);
          if (first !== undefined) out.push(at(f.rel, [i, 'id'], `references.duplicate.${kind}`, { id, first }));
          else seen.set(id, f.rel);
        });
      }
    }

    const codes = new Map<string, string>();
    for (const dept of registry.departments.values()) {
      if (typeof dept.id === 'string' && dept.id !== dept.folder) {
        out.push(at(dept.file, ['id'], 'references.departmentId', { id: dept.id, folder: dept.folder }));
      }
      if (typeof dept.code === 'string') {
        const first = codes.get(dept.code);
        if (first !== undefined) out.push(at(dept.file, ['code'], 'references.departmentCode', { code: dept.code, first }));
        else codes.set(dept.code, dept.file);
      }
      const sanding = str(dept.sanding);
      if (sanding !== undefined) {
        const law = registry.laws.get(sanding);
        if (!law) out.push(at(dept.file, ['sanding'], 'references.sandingUnknown', { id: sanding, suggestion: lawSuggestion(registry, sanding).suggestion }));
        else if (law.level !== '三定规定') out.push(at(dept.file, ['sanding'], 'references.sandingLevel', { id: sanding, level: law.level }));
      }
      for (const [list, kind] of [[dept.functions, 'functions'], [dept.posts, 'posts']] as const) {
        const seen = new Set<string>();
        list.forEach((item, i) => {
          const id = str(item.id);
          if (id === undefined) return;
          if (seen.has(id)) out.push(at(dept.file, [kind, i, 'id'], `references.duplicate.${kind}`, { id }));
          seen.add(id);
        });
      }
    }

    // power folders whose department has no department.yaml: said once, on the folder's first power
    const reported = new Set<string>();
    for (const p of registry.powers) {
      if (registry.departments.has(p.folder) || reported.has(p.folder)) continue;
      reported.add(p.folder);
      const hasFile = registry.files.some((f) => f.kind === 'department' && f.rel.split('/')[1] === p.folder);
      out.push({
        rule: 'references', file: p.file, path: [], code: str((p.data as unknown as Record<string, unknown>).code) ?? null,
        message: hasFile ? 'references.departmentBroken' : 'references.noDepartment', data: { folder: p.folder },
      });
    }
    return out;
  },
};
