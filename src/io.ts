/** What a command may touch of the outside world; injected so tests run `main` in-process. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** The clock, read once per run by the CLI (`--today` overrides it). */
  now: () => Date;
  /** Whether stdout is an interactive terminal (colour). */
  isTTY: boolean;
  /** Whether stderr is an interactive terminal (progress bars); absent means no. */
  isStderrTTY?: boolean;
  /**
   * Calls `handler` on the first SIGINT, SIGTERM or SIGHUP instead of the default (the process
   * dying on the spot); a second one gets the default. Returns the function that restores the
   * default. Absent: signals are not caught.
   */
  onSignal?: (handler: (signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP') => void) => () => void;
}

/** The process's own Io. */
export function processIo(): Io {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date(),
    isTTY: Boolean(process.stdout.isTTY),
    isStderrTTY: Boolean(process.stderr.isTTY),
    onSignal: (handler) => {
      const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
      let isStopping = false;
      const restore = () => {
        for (const [signal, listener] of listeners) process.off(signal, listener);
      };
      const listeners = signals.map((signal) => [signal, () => {
        if (!isStopping) {
          isStopping = true;
          handler(signal);
          return;
        }
        // A second signal (Ctrl-C pressed again while the run winds down): the default, at once.
        restore();
        process.kill(process.pid, signal);
      }] as const);
      for (const [signal, listener] of listeners) process.on(signal, listener);
      return restore;
    },
  };
}
