// Option parsing shared by the commands: dates, integers, the registry folder, "today".
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError } from 'commander';
import type { Io } from '../io.js';
import { RegistryError, UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import { chinaToday, isPlainDate, type PlainDate } from '../util/date.js';

/** commander argParser for a `YYYY-MM-DD` option or argument. */
export function parseDateArg(value: string): PlainDate {
  if (!isPlainDate(value)) throw new InvalidArgumentError(t('cli.err.badDate', { value }));
  return value;
}

/** commander argParser for a non-negative integer option. */
export function parseCountArg(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(t('cli.err.badInteger', { name: '', value }));
  return Number(value);
}

/** "Today": `--today` if given, else the clock's date in China (read once). */
export function resolveToday(io: Io, today: string | undefined): PlainDate {
  if (today !== undefined) {
    if (!isPlainDate(today)) throw new UsageError('cli.err.badDate', { value: today });
    return today;
  }
  return chinaToday(io.now());
}

/**
 * The registry folder: `--registry DIR`, else `./registry` when it holds a registry.yaml,
 * else the current folder. Throws a RegistryError when the folder does not exist.
 */
export function resolveRegistryRoot(io: Io, registry: string | undefined): string {
  if (registry !== undefined) {
    const dir = path.resolve(io.cwd, registry);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new RegistryError('registry.notFound', { dir });
    return dir;
  }
  const bundled = path.join(io.cwd, 'registry');
  if (existsSync(path.join(bundled, 'registry.yaml'))) return bundled;
  return io.cwd;
}
