// A one-line progress bar on stderr, only when stderr is a terminal (CI logs stay clean).

/** Reports progress; `done` finishes the line. */
export interface Progress {
  tick(count?: number): void;
  done(): void;
  /** Ends the line without claiming completion (after a failure). */
  abort(): void;
}

/** A progress bar of `total` steps written with `write`, redrawn at most every 100 ms. */
export function createProgress(write: (text: string) => void, label: string, total: number, isEnabled: boolean, clock: () => number = Date.now): Progress {
  if (!isEnabled || total <= 0) return { tick: () => undefined, done: () => undefined, abort: () => undefined };
  let count = 0;
  let last = -Infinity;
  const draw = (): void => {
    const width = 30;
    const filled = Math.round((count / total) * width);
    write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor((count / total) * 100)}% ${count}/${total}`);
  };
  return {
    tick(n = 1) {
      count = Math.min(total, count + n);
      const now = clock();
      if (now - last >= 100 || count === total) {
        last = now;
        draw();
      }
    },
    done() {
      count = total;
      draw();
      write('\n');
    },
    abort() {
      if (last > -Infinity) write('\n');
    },
  };
}
