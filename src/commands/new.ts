// `powers new`: register a power, interactively or from flags (SPEC §7). Every prompt has a flag;
// `--yes` (or no terminal) takes the defaults; what the law must answer is never defaulted.
// The prompts library is loaded only when prompting; the work is in src/authoring/new.ts.
import path from 'node:path';
import { Option } from 'commander';
import { RefusalError, UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { RegisterCommand } from './context.js';
import { parseDateArg, resolveRegistryRoot, resolveToday } from './options.js';

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** Flags → answer keys, for the options commander gives back. */
const FLAG_KEYS: [string, string][] = [
  ['name', 'name'], ['department', 'department'], ['category', 'category'], ['law', 'law'],
  ['function', 'function'], ['post', 'post'], ['superiorFunction', 'superiorFunction'], ['subject', 'subject'],
  ['office', 'office'], ['disclosure', 'disclosure'], ['withholdClass', 'withholdClass'],
  ['withholdBasis', 'withholdBasis'], ['withholdUntil', 'withholdUntil'], ['reason', 'reason'],
  ['feeBasis', 'feeBasis'], ['feeStandard', 'feeStandard'], ['unit', 'unit'], ['statutory', 'statutory'],
  ['promised', 'promised'], ['step', 'step'], ['duty', 'duty'], ['accountability', 'accountability'],
];

export const register: RegisterCommand = (program, ctx) => {
  const cmd = program
    .command('new')
    .description(t('new.description'));
  const single = (flag: string, key: string) => cmd.addOption(new Option(`${flag} <value>`, t(`new.opt.${key}`)));
  const many = (flag: string, key: string) => cmd.addOption(new Option(`${flag} <value>`, t(`new.opt.${key}`)).argParser(collect));
  single('--name', 'name');
  single('--department', 'department');
  single('--category', 'category');
  many('--law', 'law');
  many('--function', 'function');
  many('--post', 'post');
  many('--superior-function', 'superiorFunction');
  single('--subject', 'subject');
  single('--office', 'office');
  single('--disclosure', 'disclosure');
  single('--withhold-class', 'withholdClass');
  single('--withhold-basis', 'withholdBasis');
  single('--withhold-until', 'withholdUntil');
  single('--reason', 'reason');
  single('--fee-basis', 'feeBasis');
  single('--fee-standard', 'feeStandard');
  single('--unit', 'unit');
  single('--statutory', 'statutory');
  single('--promised', 'promised');
  many('--step', 'step');
  many('--duty', 'duty');
  many('--accountability', 'accountability');
  cmd
    .option('-y, --yes', t('new.opt.yes'))
    .option('--today <date>', t('cli.opt.today'), parseDateArg)
    .action(async (flags: Record<string, string | string[] | boolean | undefined>, command) => {
      const { io } = ctx;
      const root = resolveRegistryRoot(io, ctx.globals(command).registry);
      const today = resolveToday(io, flags.today as string | undefined);
      const { loadRegistry } = await import('../registry/load.js');
      const authoring = await import('../authoring/new.js');
      const { checkAnswer } = await import('../authoring/new-check.js');
      const { registry } = await loadRegistry(root);
      if (registry.departments.size === 0) throw new RefusalError('new.noDepartment', { dir: root });

      const interactive = !flags.yes && Boolean(process.stdin.isTTY) && io.isTTY;
      const ask = interactive ? (await import('../authoring/prompts.js')).ask : undefined;
      const answers: Record<string, unknown> = {};
      const missing: string[] = [];
      for (const q of authoring.QUESTIONS) {
        if (q.when && !q.when(answers)) continue;
        const flagKey = FLAG_KEYS.find(([, k]) => k === q.key)?.[0] ?? q.key;
        const given = flags[flagKey] as string | string[] | undefined;
        const fallback = q.defaultOf?.(answers, registry);
        let value: unknown;
        if (given !== undefined) {
          checkAnswer(q, given, registry); // throws a UsageError naming the flag
          value = given;
        } else if (ask) {
          try {
            value = await ask(q, answers, registry, fallback);
          } catch (error) {
            // Ctrl-C or a closed terminal: nothing has been written.
            if (error instanceof Error && error.name === 'ExitPromptError') throw new RefusalError('new.cancelled');
            throw error;
          }
        } else if (fallback !== undefined) {
          value = fallback;
        } else {
          // Required (no default at all), or defaulted from an answer that is itself missing.
          if (!q.defaultOf) missing.push(q.flag);
          continue;
        }
        answers[q.key] = value;
        if (q.key === 'name' && typeof value === 'string') {
          for (const other of authoring.sameNamed(registry, value)) {
            io.stderr(`${t('new.sameName', { name: value, code: other.code, department: other.department })}\n`);
          }
        }
      }
      if (missing.length > 0) throw new UsageError('new.missing', { first: missing[0], flags: missing.join(' ') });

      const plan = authoring.planNewPower(root, registry, answers);
      const { validateOverlay } = await import('../authoring/overlay.js');
      const { diagnostics } = validateOverlay(root, new Map([[plan.rel, plan.text]]), today);
      const own = diagnostics.filter((d) => d.file === plan.rel);
      for (const d of own) {
        io.stderr(`${plan.rel}:${d.line}:${d.column}  ${t(d.severity === 'error' ? 'new.error' : 'new.warning')}  ${d.message}  ${d.rule}\n`);
      }
      if (own.some((d) => d.severity === 'error')) throw new RefusalError('new.invalid', { file: plan.rel });
      authoring.writeNew(plan.abs, plan.text);
      const shown = path.relative(io.cwd, plan.abs) || plan.abs;
      io.stdout(`${t('new.done', { code: plan.code, file: shown.startsWith('..') ? plan.abs : shown })}\n`);
      ctx.setExit(0);
    });
};
