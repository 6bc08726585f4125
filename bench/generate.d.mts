/** Writes a valid generated registry of `powers` powers to `out` (deterministic for a seed). */
export function generate(out: string, powers: number, seed?: number): void;
