// The progress bar: stderr only, only on a terminal, throttled.
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/publish/progress.js';

describe('progress bar', () => {
  it('writes nothing when stderr is not a terminal', () => {
    const out: string[] = [];
    const p = createProgress((s) => out.push(s), '正在发布', 100, false);
    for (let i = 0; i < 100; i++) p.tick();
    p.done();
    expect(out).toEqual([]);
  });

  it('redraws one line at most every 100 ms, and ends it', () => {
    const out: string[] = [];
    let now = 0;
    const p = createProgress((s) => out.push(s), '正在发布', 4, true, () => now);
    p.tick(); // drawn (first)
    now = 50;
    p.tick(); // throttled
    now = 200;
    p.tick(); // drawn
    p.tick(); // drawn (complete)
    p.done();
    expect(out.filter((s) => s.startsWith('\r')).length).toBe(4);
    expect(out[0]).toMatch(/^\r正在发布 \[#+\.+\] 25% 1\/4$/);
    expect(out.at(-2)).toMatch(/100% 4\/4$/);
    expect(out.at(-1)).toBe('\n');
  });

  it('abort ends a started line without claiming completion', () => {
    const out: string[] = [];
    const p = createProgress((s) => out.push(s), 'x', 10, true, () => 0);
    p.tick();
    p.abort();
    expect(out.at(-1)).toBe('\n');
    expect(out.join('')).not.toContain('100%');
  });
});
