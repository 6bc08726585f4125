// Looking strings up where they lie: a small open-addressing table keyed by text, probed with a
// range of a larger string (a cell of a CSV row), so that a million lookups cut no string.

/** FNV-1a over `text[start, end)`. */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Whether `text[start, end)` is `key`. */
export function isRange(text: string, start: number, end: number, key: string): boolean {
  return end - start === key.length && text.startsWith(key, start);
}

/** A fixed table from strings to values, looked up by a range of any string. */
export class CodeTable<T> {
  private readonly keys: string[];
  private readonly values: T[];
  /** Slot → entry index + 1 (0 = empty). */
  private readonly slots: Int32Array;

  constructor(entries: Iterable<readonly [string, T]>) {
    this.keys = [];
    this.values = [];
    for (const [k, v] of entries) {
      this.keys.push(k);
      this.values.push(v);
    }
    let size = 16;
    while (size < this.keys.length * 3) size *= 2;
    this.slots = new Int32Array(size);
    this.keys.forEach((k, n) => {
      let i = hashRange(k, 0, k.length) & (size - 1);
      while (this.slots[i] !== 0) {
        if (this.keys[this.slots[i] - 1] === k) return; // the first entry of a key wins
        i = (i + 1) & (size - 1);
      }
      this.slots[i] = n + 1;
    });
  }

  /** The value of the key `text[start, end)`, or undefined. */
  get(text: string, start: number, end: number): T | undefined {
    const mask = this.slots.length - 1;
    for (let i = hashRange(text, start, end) & mask; this.slots[i] !== 0; i = (i + 1) & mask) {
      const n = this.slots[i] - 1;
      if (isRange(text, start, end, this.keys[n])) return this.values[n];
    }
    return undefined;
  }
}
