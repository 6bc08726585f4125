// The bundled sample registry (SPEC §2): 0 errors for any "today" from its newest date through the
// end of the newest calendar year the tool ships, every deadline state shown, and the issue 9
// features it is there to show (units by the law, 责任清单, workflow, 委托/授权, 主办/协办, ranges).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/registry/load.js';
import { runCli } from '../helpers/cli.js';
import { PROJECT } from '../helpers/fixture.js';

const SAMPLE = path.join(PROJECT, 'registry');
const NEWEST = '2026-11-27';

interface Summary { summary: { errors: number; warnings: number; powers: number }; diagnostics: { rule: string; severity: string; file: string }[] }

describe('the sample registry', async () => {
  const { registry } = await loadRegistry(SAMPLE);
  const powers = registry.powers.map((p) => p.data as unknown as Record<string, any>);
  const byCode = new Map(powers.map((p) => [p.code as string, p]));

  it.each([NEWEST, '2026-12-04', '2026-12-18', '2026-12-31'])('validates with 0 errors on %s', (today) => {
    const r = runCli(['validate', '--registry', SAMPLE, '--today', today, '--format', 'json']);
    const out = JSON.parse(r.stdout) as Summary;
    expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.status).toBe(0);
    // Only deadline warnings on the catalogue (the late and open changes it shows), and the
    // operation records' warning-level exceptions under records/ (errors live in examples/).
    const catalogue = out.diagnostics.filter((d) => !d.file.startsWith('records/'));
    expect(new Set(catalogue.map((d) => d.rule))).toEqual(new Set(['change-deadline']));
    const records = out.diagnostics.filter((d) => d.file.startsWith('records/'));
    expect(records.every((d) => d.rule.startsWith('record-') && d.severity === 'warning')).toBe(true);
  });

  it('its newest date is the one the README names (withhold.until lies ahead by nature)', () => {
    const all = JSON.stringify(powers.map((p) => ({ ...p, disclosure: { ...p.disclosure, withhold: p.disclosure?.withhold ? { ...p.disclosure.withhold, until: null } : undefined } })));
    const found = [...all.matchAll(/\d{4}-\d{2}-\d{2}/g)].map((m) => m[0]).sort();
    expect(found.at(-1)).toBe(NEWEST);
  });

  it('powers deadlines shows every state', () => {
    const r = runCli(['deadlines', '--registry', SAMPLE, '--today', '2026-12-04', '--format', 'json']);
    const states = new Set((JSON.parse(r.stdout) as { deadlines: { state: string }[] }).deadlines.map((d) => d.state));
    expect([...states].sort()).toEqual(['late', 'on-time', 'open', 'overdue']);
  });

  it('counts every time limit in the unit its law uses', () => {
    for (const p of powers) {
      const unit = p.flow.unit;
      const days = p.flow.statutory_days;
      if (p.category === '行政许可') expect(unit, p.code).toBe('工作日');
      if (p.category === '行政强制') expect(unit, p.code).toBe(days <= 10 ? '工作日' : '日');
      if (p.category === '行政处罚' && !String(p.code).startsWith('CF-RSJ-')) expect(unit, p.code).toBe([2, 3, 5, 7].includes(days) ? '工作日' : '日');
    }
    expect(byCode.get('QR-MZJ-0001')!.flow).toMatchObject({ unit: '日', statutory_days: 30 });
  });

  it('gives every external power a 责任清单 and shows 委托, 授权, a 主办/协办 pair, a 暂不宜公开 until and statute ranges', () => {
    for (const p of powers) if (p.category !== '内部管理') expect(p.responsibility?.duties?.length, p.code).toBeGreaterThan(0);
    expect(powers.filter((p) => p.delegation?.type === '委托').length).toBeGreaterThanOrEqual(1);
    expect(powers.filter((p) => p.delegation?.type === '授权').length).toBeGreaterThanOrEqual(1);
    expect(byCode.get('JC-ZJJ-0004')).toMatchObject({ role: '协办', lead: 'JC-RSJ-0001' });
    expect(byCode.get('JC-RSJ-0001')!.role).toBe('主办');
    expect(powers.filter((p) => p.disclosure.withhold?.class === '暂不宜公开').every((p) => p.disclosure.withhold.until)).toBe(true);
    const ranged = [...registry.laws.values()].filter((l) => Array.isArray((l as unknown as { ranges?: unknown[] }).ranges));
    expect(ranged.length).toBeGreaterThanOrEqual(10);
    expect(powers.flatMap((p) => p.discretion ?? []).filter((r: { article?: string }) => r.article).length).toBeGreaterThanOrEqual(30);
  });

  it('signs declarations by a post, never a name, and gives no withheld power a 公示', () => {
    for (const p of powers.filter((x) => x.review)) {
      if (p.review.declared) expect(p.review.signed_by, p.code).toBe('局长');
      if (p.disclosure.mode === '不予公开') expect(p.review.publicity, p.code).toBeUndefined();
    }
  });
});
