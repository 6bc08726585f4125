// STYLE §4: one explicit rule list; every rule file registered, documented and tested.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES } from '../../src/checks/index.js';
import { hasMessage, messageIds } from '../../src/i18n/index.js';
import { PROJECT } from '../helpers/fixture.js';

const CHECKS = path.join(PROJECT, 'src', 'checks');
const NOT_RULES = new Set(['index.ts', 'types.ts', 'read.ts', 'engine.ts', 'validate.ts', 'shard-worker.ts']);
const readme = readFileSync(path.join(PROJECT, 'README.md'), 'utf8');

function testSources(): string {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && e.name !== 'fixtures') walk(p);
      else if (e.name.endsWith('.test.ts')) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(path.join(PROJECT, 'tests'));
  return out.join('\n');
}

describe('the rule registry', () => {
  const files = readdirSync(CHECKS).filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f));

  it('lists every rule file, sorted, and each file is named after its rule id', () => {
    expect(RULES.map((r) => `${r.id}.ts`).sort()).toEqual(files.sort());
    expect(RULES.map((r) => r.id)).toEqual([...RULES.map((r) => r.id)].sort());
  });

  it('documents every rule in the README table', () => {
    // The id links to its doc page (tests/report/rule-docs.test.ts checks the link).
    for (const id of RULE_IDS) expect(readme, id).toMatch(new RegExp(`^\\| (\`${id}\`|\\[\`${id}\`\\]\\(docs/rules/${id}\\.md\\)) \\| (error|warning) \\|`, 'm'));
  });

  it('has a Chinese title and description for every rule, in both languages', () => {
    for (const id of RULE_IDS) {
      for (const key of [`rule.${id}.title`, `rule.${id}.description`]) {
        expect(hasMessage(key, 'zh'), key).toBe(true);
        expect(hasMessage(key, 'en'), key).toBe(true);
      }
    }
  });

  it('has a fixture test that triggers every rule', () => {
    const sources = testSources();
    for (const id of RULE_IDS) expect(sources, id).toMatch(new RegExp(`rule: '${id}'|'${id}'`));
  });
});

describe('message catalogues', () => {
  it('zh and en have the same message ids', () => {
    expect(messageIds('en').sort()).toEqual(messageIds('zh').sort());
  });

  it('every message id a rule uses exists', () => {
    const src = files(CHECKS).map((f) => readFileSync(f, 'utf8')).join('\n');
    const ids = [...src.matchAll(/'((?:[a-z-]+)\.[a-zA-Z.]+)'/g)].map((m) => m[1]).filter((id) => RULE_IDS.some((r) => id.startsWith(`${r}.`)));
    expect(ids.length).toBeGreaterThan(30);
    for (const id of ids) expect(hasMessage(id, 'zh'), id).toBe(true);
  });
});

function files(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
}
