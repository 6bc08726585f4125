import type { MessageId } from './i18n/index.js';

/** An error whose text lives in the message catalogues (id + data), mapped to an exit code by `main`. */
export class PowersError extends Error {
  constructor(
    readonly messageId: MessageId,
    readonly data: Record<string, unknown> = {},
    readonly exitCode: 1 | 2 | 129 | 130 | 143 = 2,
  ) {
    super(messageId);
  }
}

/** Wrong flags or arguments: exit 2. */
export class UsageError extends PowersError {
  override name = 'UsageError';
}

/** The registry cannot be read at all (missing folder, unreadable registry.yaml): exit 2. */
export class RegistryError extends PowersError {
  override name = 'RegistryError';
}

/** git failed or is missing: exit 2. */
export class GitError extends PowersError {
  override name = 'GitError';
}

/** A refusal the user must act on (publish with errors, unknown calendar year): exit 1. */
export class RefusalError extends PowersError {
  override name = 'RefusalError';
  constructor(messageId: MessageId, data: Record<string, unknown> = {}) {
    super(messageId, data, 1);
  }
}

/** The signals a run stops on, and their exit codes (128 + the signal's number). */
export const SIGNAL_EXIT = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

/** A signal the user or the system sent (Ctrl-C, kill, a closed terminal): exit 128 + its number. */
export class InterruptedError extends PowersError {
  override name = 'InterruptedError';
  constructor(messageId: MessageId, readonly signal: keyof typeof SIGNAL_EXIT) {
    super(messageId, { signal }, SIGNAL_EXIT[signal]);
  }
}
