// The only module that knows commander (with cli-help.ts, which words its help and errors).
// `main` parses argv, runs one command and returns its exit code; it never calls process.exit,
// so tests run it in-process as well as through the bin.
import { CommanderError, Option, type Command } from 'commander';
import { commandPath, LocalCommand, rewriteHelpCommand, translateCommanderError } from './cli-help.js';
import type { Io } from './io.js';
import { PowersError } from './errors.js';
import { setLang, t, type Lang } from './i18n/index.js';
import type { CommandContext, GlobalOptions, RegisterCommand } from './commands/context.js';
import { register as registerValidate } from './commands/validate.js';
import { register as registerCalendar } from './commands/calendar.js';
import { register as registerDeadlines } from './commands/deadlines.js';
import { register as registerPublish } from './commands/publish.js';
import { register as registerDiff } from './commands/diff.js';
import { register as registerHistory } from './commands/history.js';
import { register as registerRules } from './commands/rules.js';
import { register as registerExplain } from './commands/explain.js';
import { register as registerInit } from './commands/init.js';
import { register as registerFmt } from './commands/fmt.js';
import { register as registerNew } from './commands/new.js';
import { register as registerExport } from './commands/export.js';
import { register as registerImport } from './commands/import.js';
import { register as registerRecords } from './commands/records.js';
import { VERSION } from './version.js';

const COMMANDS: RegisterCommand[] = [
  registerValidate, registerCalendar, registerDeadlines, registerPublish,
  registerDiff, registerHistory,
  registerRules, registerExplain,
  registerInit, registerNew, registerFmt, registerExport, registerImport,
  registerRecords,
];

/** Picks the language before commander runs, so that its own errors can be reported in it. */
function langFromArgv(argv: string[], env: Io['env']): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? env.POWERS_LANG : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'zh';
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const lang = langFromArgv(argv, io.env);
  setLang(lang);
  const isDebug = argv.includes('--debug');
  let exitCode = 0;

  const program = new LocalCommand('powers');
  program
    .description(t('cli.description'))
    .version(VERSION, '-V, --version', t('cli.version'))
    .helpOption('-h, --help', t('cli.help'))
    .option('--registry <dir>', t('cli.opt.registry'))
    .addOption(new Option('--lang <lang>', t('cli.opt.lang')).choices(['zh', 'en']).default('zh'))
    .option('--debug', t('cli.opt.debug'), false)
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: () => undefined, // reported below, translated
    });

  const ctx: CommandContext = {
    io,
    globals: (cmd) => {
      const o = cmd.optsWithGlobals() as { registry?: string; lang?: string; debug?: boolean };
      return { registry: o.registry, lang: o.lang === 'en' ? 'en' : 'zh', debug: Boolean(o.debug) } satisfies GlobalOptions;
    },
    setExit: (code) => {
      exitCode = code;
    },
  };
  for (const register of COMMANDS) register(program, ctx);
  const configure = (cmd: Command) => {
    cmd.exitOverride().helpOption('-h, --help', t('cli.help')).configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: () => undefined,
    });
    if (cmd.commands.length > 0) cmd.helpCommand('help [command]', t('cli.help.command'));
    cmd.commands.forEach(configure);
  };
  program.commands.forEach(configure);
  program.helpCommand('help [command]', t('cli.help.command'));

  try {
    if (argv.length === 0) {
      io.stdout(program.helpInformation());
      return 0;
    }
    await program.parseAsync(rewriteHelpCommand(argv, program), { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, io, isDebug, program.failedCommand);
  }
}

/** Maps any thrown error to a message and an exit code: the one place that does. */
function reportError(error: unknown, io: Io, isDebug: boolean, failed: Command | undefined): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      // `powers calendar` without its subcommand: the help went to stderr, and it is a usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    // Point to the help of the command that failed (for an unknown command: its parent, which lists them).
    io.stderr(`${t('cli.usageErrorIn', { detail: translateCommanderError(error, failed), command: commandPath(failed) })}\n`);
    return 2;
  }
  if (error instanceof PowersError) {
    io.stderr(`${t(error.messageId, error.data)}\n`);
    if (isDebug && error.stack) io.stderr(`${error.stack}\n`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  io.stderr(`${t('cli.internalError', { detail })}\n`);
  if (isDebug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return 2;
}
