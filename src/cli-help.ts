// Commander's help and usage errors in the user's language. Commander builds its help from
// overridable pieces (a Help subclass: titles, usage, terms, descriptions) and reports usage
// errors through `Command.error`; this module supplies Chinese (or English) for each piece, so
// no English word of commander's reaches a clerk. Used only by src/cli.ts.
import { Command, CommanderError, Help, type Argument, type Option } from 'commander';
import { t } from './i18n/index.js';
import { displayWidth } from './util/text-width.js';

/** Commander's section titles → message ids. */
const TITLES: Record<string, string> = {
  'Usage:': 'cli.help.usage',
  'Arguments:': 'cli.help.arguments',
  'Options:': 'cli.help.options',
  'Global Options:': 'cli.help.globalOptions',
  'Commands:': 'cli.help.commands',
};

/** A placeholder name (`date` of `<date>`) in the user's language; unknown names stay as written. */
function placeholder(name: string): string {
  const id = `cli.help.placeholder.${name}`;
  const word = t(id);
  return word === id ? name : word;
}

/** `<date>`, `[paths...]`: an argument as the usage line shows it. */
function argumentName(arg: Argument): string {
  const name = placeholder(arg.name()) + (arg.variadic ? '...' : '');
  return arg.required ? `<${name}>` : `[${name}]`;
}

/** `--format <format>` → `--format <格式>`: the value placeholders of an option's flags. */
function localFlags(flags: string): string {
  return flags.replace(/([<[])([\w-]+)(\.\.\.)?([>\]])/g, (_, open: string, name: string, dots = '', close: string) =>
    `${open}${placeholder(name)}${dots}${close}`);
}

/** (可选：zh、en；默认：zh) after a description. */
function withExtras(description: string, choices: readonly string[] | undefined, defaultValue: unknown, showDefault: boolean): string {
  const items: string[] = [];
  if (choices) items.push(t('cli.help.choices', { values: [...choices] }));
  if (showDefault && defaultValue !== undefined && typeof defaultValue !== 'boolean') {
    items.push(t('cli.help.default', { value: Array.isArray(defaultValue) ? defaultValue.join(' ') : String(defaultValue) }));
  }
  if (items.length === 0) return description;
  const extra = t('cli.help.extra', { items: items.join(t('cli.help.extraSep')) });
  return description ? t('cli.help.withExtra', { description, extra }) : extra;
}

/** Help text in the user's language, with the global options shown in every command's help. */
export class LocalHelp extends Help {
  constructor() {
    super();
    this.showGlobalOptions = true;
  }

  // Chinese characters take two columns: align and wrap by display width, and let a line break
  // fall between two Chinese characters (never before a closing mark), not only at spaces.
  override displayWidth(str: string): number {
    return displayWidth(str);
  }

  override boxWrap(str: string, width: number): string {
    if (width < this.minWidthToWrap) return str;
    const chunk = /\s*(?:[\u2e80-\ua4cf\uf900-\ufaff\uff00-\uff60][，。、；：？！）》」』”’]*|[^\s\u2e80-\ua4cf\uf900-\ufaff\uff00-\uff60]+)/g;
    return str.split(/\r\n|\n/).map((line) => {
      const out: string[] = [];
      let current = '';
      for (const piece of line.match(chunk) ?? []) {
        if (current !== '' && displayWidth(current) + displayWidth(piece) > width) {
          out.push(current);
          current = piece.trimStart();
        } else {
          current += piece;
        }
      }
      out.push(current);
      return out.join('\n');
    }).join('\n');
  }

  override styleTitle(title: string): string {
    const id = TITLES[title];
    return id ? t(id) : title;
  }

  override commandUsage(cmd: Command): string {
    const names: string[] = [];
    for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
    const parts = [
      ...(cmd.options.length > 0 || cmd.commands.length === 0 ? [t('cli.help.optionsWord')] : []),
      ...(cmd.commands.length > 0 ? [t('cli.help.commandWord')] : []),
      ...cmd.registeredArguments.map(argumentName),
    ];
    return [...names, ...parts].join(' ');
  }

  override subcommandTerm(cmd: Command): string {
    return [cmd.name(), ...(cmd.options.length > 0 ? [t('cli.help.optionsWord')] : []), ...cmd.registeredArguments.map(argumentName)].join(' ');
  }

  override optionTerm(option: Option): string {
    return localFlags(option.flags);
  }

  override argumentTerm(argument: Argument): string {
    return placeholder(argument.name());
  }

  override optionDescription(option: Option): string {
    return withExtras(option.description, option.argChoices, option.defaultValue, option.required || option.optional);
  }

  override argumentDescription(argument: Argument): string {
    return withExtras(argument.description, argument.argChoices, argument.defaultValue, true);
  }

  // The version option belongs to `powers` itself, not to each command.
  override visibleGlobalOptions(cmd: Command): Option[] {
    return super.visibleGlobalOptions(cmd).filter((o) => o.long !== '--version');
  }
}

/**
 * A commander Command whose help is LocalHelp and whose subcommands are alike; it remembers
 * which command reported a usage error, so the message can point to that command's help.
 */
export class LocalCommand extends Command {
  /** On the root: the command whose parsing failed last. */
  failedCommand?: Command;

  override createCommand(name?: string): LocalCommand {
    return new LocalCommand(name);
  }

  override createHelp(): Help {
    return Object.assign(new LocalHelp(), this.configureHelp());
  }

  override error(message: string, errorOptions?: { code?: string; exitCode?: number }): never {
    let root: Command = this;
    while (root.parent) root = root.parent;
    if (root instanceof LocalCommand) root.failedCommand = this;
    return super.error(message, errorOptions);
  }
}

/** `powers validate`: the command line that names a command. */
export function commandPath(cmd: Command | undefined): string {
  const names: string[] = [];
  for (let c: Command | null | undefined = cmd; c; c = c.parent) names.unshift(c.name());
  return names.length > 0 ? names.join(' ') : 'powers';
}

/**
 * `powers help calendar add` → `powers calendar add --help` (commander's own help command takes
 * one name only). An unknown name is left to commander, which reports it with a did-you-mean.
 */
export function rewriteHelpCommand(argv: string[], program: Command): string[] {
  const withValue = new Set(['--registry', '--lang']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (withValue.has(a)) {
      i++;
      continue;
    }
    if (a.startsWith('-')) continue;
    if (a !== 'help' || i === argv.length - 1) return argv;
    const names = argv.slice(i + 1);
    let cmd: Command | undefined = program;
    for (const name of names) cmd = cmd?.commands.find((c) => c.name() === name);
    return [...argv.slice(0, i), ...names, ...(cmd ? ['--help'] : [])];
  }
  return argv;
}

/** Commander's English error, said again in the user's language, with its did-you-mean. */
export function translateCommanderError(error: CommanderError, cmd: Command | undefined): string {
  const raw = error.message.replace(/^error: /, '');
  const [first, ...rest] = raw.split('\n');
  const suggestion = /\(Did you mean (?:one of )?(.+)\?\)/.exec(rest.join('\n'))?.[1];
  const hint = suggestion ? t('cli.err.didYouMean', { names: suggestion.split(', ') }) : '';
  const q = (s: string) => localFlags(s);
  let match: RegExpExecArray | null;
  if ((match = /^unknown option '(.+)'/.exec(first))) return t('cli.err.unknownOption', { name: match[1] }) + hint;
  if ((match = /^unknown command '(.+)'/.exec(first))) return t('cli.err.unknownCommand', { name: match[1] }) + hint;
  if ((match = /^missing required argument '(.+)'/.exec(first))) return t('cli.err.missingArgument', { name: `<${placeholder(match[1])}>` });
  if ((match = /^option '(.+)' argument missing/.exec(first))) return t('cli.err.optionArgumentMissing', { name: q(match[1]) });
  if ((match = /^required option '(.+)' not specified/.exec(first))) return t('cli.err.missingMandatory', { name: q(match[1]) });
  if ((match = /^option '(.+?)' cannot be used with option '(.+?)'/.exec(first))) return t('cli.err.conflicting', { name: q(match[1]), value: q(match[2]) });
  if ((match = /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)/.exec(first))) {
    return t('cli.err.tooManyArgumentsFor', { command: commandPath(cmd), expected: match[2], count: match[3] });
  }
  if ((match = /^option '(.+?)' argument '(.*?)' is invalid\.\s*(.*)$/s.exec(raw))) {
    const choices = /^Allowed choices are (.+)\.$/.exec(match[3].trim());
    if (choices) return t('cli.err.invalidChoiceList', { name: q(match[1]), value: match[2], values: choices[1].split(', ') });
    return t('cli.err.invalidValue', { name: q(match[1]), reason: match[3].trim() || match[2] });
  }
  if ((match = /^command-argument value '(.*?)' is invalid for argument '(.+?)'\.\s*(.*)$/s.exec(raw))) {
    const choices = /^Allowed choices are (.+)\.$/.exec(match[3].trim());
    if (choices) return t('cli.err.invalidChoiceList', { name: `<${placeholder(match[2])}>`, value: match[1], values: choices[1].split(', ') });
    return t('cli.err.invalidArgument', { name: `<${placeholder(match[2])}>`, reason: match[3].trim() || match[1] });
  }
  return raw;
}
