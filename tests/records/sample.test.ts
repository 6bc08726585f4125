// The sample registry's operation records (registry/records/) and the error example laid over it
// (examples/records-exceptions/): the sample keeps 0 errors and shows warnings of every kind; the
// example shows one error of each kind, where its README says.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateRegistry } from '../../src/checks/validate.js';
import { PERSONAL_HEADERS } from '../../src/records/types.js';
import { PROJECT } from '../helpers/fixture.js';

const SAMPLE = path.join(PROJECT, 'registry');
const EXAMPLE = path.join(PROJECT, 'examples', 'records-exceptions');
const csvFiles = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.csv')).map((f) => path.join(dir, f));

describe('the sample records', () => {
  it.each(['2026-11-30', '2026-12-31'])('validate with 0 errors and warnings of every record kind (today %s)', async (today) => {
    const v = await validateRegistry(SAMPLE, { today });
    expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const kinds = new Set(v.diagnostics.filter((d) => d.rule.startsWith('record-')).map((d) => d.messageId));
    for (const id of ['record-time-limit.late', 'record-time-limit.openOverdue', 'record-report.missing', 'record-report.late', 'record-discretion.notFiled']) {
      expect(kinds, id).toContain(id);
    }
  });

  it('hold hundreds of cases of four departments, and no personal-data column', () => {
    const files = csvFiles(path.join(SAMPLE, 'records'));
    const depts = new Set(files.map((f) => path.relative(path.join(SAMPLE, 'records'), f).split(path.sep)[0]));
    expect(depts.size).toBe(4);
    let rows = 0;
    for (const f of files) {
      const [header, ...lines] = readFileSync(f, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
      for (const p of PERSONAL_HEADERS) expect(header).not.toContain(p);
      rows += lines.length;
    }
    expect(rows).toBeGreaterThan(300);
  });
});

describe('examples/records-exceptions laid over the sample', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'powers-records-example-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds every error its README lists, at the file and line it names', async () => {
    cpSync(SAMPLE, dir, { recursive: true });
    cpSync(path.join(EXAMPLE, 'records'), path.join(dir, 'records'), { recursive: true });
    const v = await validateRegistry(dir, { today: '2026-06-30', filter: { prefixes: ['records/2026-06-异常示例'] } });
    const got = v.diagnostics.map((d) => `${path.basename(d.file)}:${d.line} ${d.rule}`);
    const readme = readFileSync(path.join(EXAMPLE, 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\| (\S+\.csv:\d+) \| .* \| `([a-z-]+)` \|$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(listed.length).toBe(12);
    expect([...new Set(got)].sort()).toEqual(listed.sort());
    expect(v.diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });
});
