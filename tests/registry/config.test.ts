// registry.yaml as the loader reads it: the deadline defaults of SPEC §2 and `rule_docs`.
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/registry/load.js';
import { makeRegistry, replace } from '../helpers/fixture.js';
import { validateRegistry } from '../../src/checks/validate.js';

describe('registry.yaml', () => {
  it('defaults: change 20, basis_change 20, review 15, publicity 7, record_report 7; no rule_docs', async () => {
    const { registry } = await loadRegistry(makeRegistry());
    expect(registry.config.deadlines).toEqual({ change: 20, basis_change: 20, review: 15, publicity: 7, record_report: 7 });
    expect(registry.config.rule_docs).toBeUndefined();
  });

  it('takes the registry\'s own values and rule_docs, and they validate', async () => {
    const dir = makeRegistry({
      'registry.yaml': replace('  basis_change: 20\n', '  basis_change: 20\n  review: 10\n  publicity: 5\n  record_report: 3\nrule_docs: https://example.gov.cn/powers/rules/\n'),
    });
    const { registry } = await loadRegistry(dir);
    expect(registry.config.deadlines).toEqual({ change: 20, basis_change: 20, review: 10, publicity: 5, record_report: 3 });
    expect(registry.config.rule_docs).toBe('https://example.gov.cn/powers/rules/');
    expect((await validateRegistry(dir, { today: '2026-06-01', workers: 0 })).diagnostics).toEqual([]);
  });
});
