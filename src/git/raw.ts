// Parsing `--raw -z` output (git diff, diff-tree, log): one entry per changed path, with the blob
// ids of both sides, so that exactly the changed blobs can be read afterwards.

/** The letter of a raw entry: Added, Copied, Deleted, Modified, Renamed, type changed, Unmerged, unknown. */
export type RawStatus = 'A' | 'C' | 'D' | 'M' | 'R' | 'T' | 'U' | 'X';

/** One changed path between two trees (or a tree and the working tree). */
export interface RawEntry {
  status: RawStatus;
  oldMode: string;
  newMode: string;
  /** All zeros when absent (added) or, on the working-tree side, not hashed. */
  oldId: string;
  newId: string;
  /** Null for an added file. */
  oldPath: string | null;
  /** Null for a deleted file. */
  newPath: string | null;
}

/**
 * Parses raw entries from NUL-separated fields starting at `start`; stops at the first field that
 * is not a raw entry's header (in `git log` output: the next commit). Returns the entries and the
 * index of the first unused field.
 */
export function parseRawFields(fields: string[], start = 0): { entries: RawEntry[]; next: number } {
  const entries: RawEntry[] = [];
  let i = start;
  while (i < fields.length) {
    const header = fields[i].replace(/^\n/, '');
    if (header === '') {
      i++;
      continue;
    }
    if (!header.startsWith(':')) break;
    const [oldMode, newMode, oldId, newId, statusField] = header.slice(1).split(' ');
    const status = (statusField?.[0] ?? 'X') as RawStatus;
    const isPair = status === 'R' || status === 'C';
    const first = fields[i + 1] ?? '';
    const second = isPair ? (fields[i + 2] ?? '') : first;
    i += isPair ? 3 : 2;
    entries.push({
      status, oldMode, newMode, oldId, newId,
      oldPath: status === 'A' ? null : first,
      newPath: status === 'D' ? null : second,
    });
  }
  return { entries, next: i };
}

/** Whether a raw mode is a regular file (not a symlink, submodule or absent side). */
export const isRegularMode = (mode: string): boolean => mode === '100644' || mode === '100755';
