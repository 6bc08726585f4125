// `powers explain <rule>`: the rule's documentation page, docs/rules/<id>.md (SPEC §7).
import { UsageError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { RegisterCommand } from './context.js';

export const register: RegisterCommand = (program, ctx) => {
  program
    .command('explain')
    .description(t('explain.description'))
    .argument('<rule>', t('explain.arg.rule'))
    .action(async (rule: string) => {
      const { explainableRuleIds, listRules, readRuleDoc } = await import('../report/rules.js');
      const id = rule.trim();
      const doc = explainableRuleIds().includes(id) ? readRuleDoc(id) : undefined;
      // A registered rule whose page is not written yet still gets its title and one line.
      const registered = doc ? undefined : listRules().find((r) => r.id === id);
      if (registered) {
        ctx.io.stdout(`${t('explain.noPage', { id, title: registered.title, description: registered.description })}\n`);
        ctx.setExit(0);
        return;
      }
      if (!doc) {
        const { suggest } = await import('../util/suggest.js');
        const suggestion = suggest(id.toLowerCase(), explainableRuleIds());
        throw new UsageError(suggestion ? 'explain.unknownSuggest' : 'explain.unknown', { rule: id, suggestion });
      }
      ctx.io.stdout(doc.markdown.endsWith('\n') ? doc.markdown : `${doc.markdown}\n`);
      ctx.setExit(0);
    });
};
