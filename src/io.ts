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
  };
}
