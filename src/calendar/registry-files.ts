// Reads <registry>/calendar/*.yaml on its own, for commands that need the calendar but not the
// whole registry (`powers calendar`). The registry loader yields the same SourceFile objects.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load, CORE_SCHEMA } from 'js-yaml';
import type { SourceFile } from '../registry/model.js';

/** The registry's calendar files as SourceFiles of kind 'calendar' (none when there is no calendar/ folder). */
export function readRegistryCalendarFiles(root: string): SourceFile[] {
  const dir = path.join(root, 'calendar');
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).filter((n) => /\.ya?ml$/i.test(n)).sort();
  return names.map((name): SourceFile => {
    const abs = path.join(dir, name);
    const rel = `calendar/${name}`;
    try {
      const text = readFileSync(abs, 'utf8').replace(/^\uFEFF/, '');
      try {
        const data = load(text, { schema: CORE_SCHEMA, filename: rel });
        return { rel, abs, kind: 'calendar', text, data, isParsed: true };
      } catch {
        return { rel, abs, kind: 'calendar', text, isParsed: false };
      }
    } catch {
      return { rel, abs, kind: 'calendar', isParsed: false };
    }
  });
}
