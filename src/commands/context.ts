import type { Command } from 'commander';
import type { Io } from '../io.js';
import type { Lang } from '../i18n/index.js';

/** Options every command takes (SPEC §8). */
export interface GlobalOptions {
  /** `--registry DIR`, unresolved (see `resolveRegistryRoot`). */
  registry?: string;
  lang: Lang;
  debug: boolean;
}

/** What `main` hands each command module. */
export interface CommandContext {
  io: Io;
  /** The global options as given on the command line, wherever they stood. */
  globals: (cmd: Command) => GlobalOptions;
  /** Records the command's exit code (0 success, 1 findings/refusal, 2 usage/internal). */
  setExit: (code: number) => void;
}

/** The shape of every `src/commands/<verb>.ts`: declare the command, its options and a lazy action. */
export type RegisterCommand = (program: Command, ctx: CommandContext) => void;
