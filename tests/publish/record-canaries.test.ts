// Operation records on published output (SPEC §5, §10): public pages show the 运行情况 of the 12
// months ending today as aggregates only. Canaries planted in case numbers, amounts, dates and
// every other cell must reach no file of site/, while internal/exceptions.html lists every record
// finding with its case number. Output stays byte-deterministic for a given --today.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishTo, readTexts, readTree, workspace, type Workspace } from './helpers.js';

const HEADER = '办件编号,职权编码,重要,受理日期,办结日期,金额,裁量情形,集体讨论,备案日期,公开日期,报备日期,备注';
const ROWS = [
  'CANARY-CASE-0001,XK-GAJ-0001,是,2026-03-17,2026-03-19,,,,,,2026-03-23,CANARY-NOTE-1',
  'CANARY-CASE-0002,XK-GAJ-0001,否,2026-03-17,2026-04-29,,,,,,,CANARY-NOTE-2', // late
  'CANARY-CASE-0003,CF-GAJ-0001,否,2026-03-18,2026-03-20,187.37,多次违法,CANARY-MEETING,2026-03-24,2026-03-25,,',
  'CANARY-CASE-0004,CF-GAJ-0001,否,2026-03-18,2026-03-20,163.71,多次违法,,,,,', // no collective decision: an error
  'CANARY-CASE-0005,CF-GAJ-0002,否,2026-03-18,,,,,,,,', // a draft power: an error
  'CANARY-CASE-0006,XK-GAJ-0001,否,2025-02-11,2025-02-12,,,,,,,', // before the 12 months
].join('\n');
const NEEDLES = ['CANARY', '187.37', '163.71', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24', '2026-03-25', '2026-04-29', '2025-02-11'];

const edits = { 'records/2026-03.csv': `${HEADER}\n${ROWS}\n` };
let ws: Workspace;
let site: Map<string, string>;
let internal: Map<string, string>;
beforeAll(async () => {
  ws = workspace(edits, 'records');
  await publishTo(ws, { today: '2026-06-30' });
  site = readTexts(ws.out);
  internal = readTexts(ws.internal);
});
afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

describe('operation records on the published site', () => {
  it('record errors do not block the catalogue: they are the supervision office\'s list', () => {
    expect(site.has('powers/XK-GAJ-0001.html')).toBe(true);
  });

  it('no case number, amount, date or other cell of a case reaches any file of site/', () => {
    expect(site.size).toBeGreaterThan(5);
    const leaks: string[] = [];
    for (const [rel, text] of site) for (const n of NEEDLES) if (`${rel}\n${text}`.includes(n)) leaks.push(`${rel}: ${n}`);
    expect(leaks).toEqual([]);
  });

  it('each public power page shows its 运行情况: count, on-time rate, share above the lower bound', () => {
    const xk = site.get('powers/XK-GAJ-0001.html')!;
    expect(xk).toContain('运行情况');
    expect(xk).toContain('2025-07-01 至 2026-06-30');
    expect(xk).toContain('2 件，已办结 2 件');
    expect(xk).toContain('50.0%（1 / 2）');
    const cf = site.get('powers/CF-GAJ-0001.html')!;
    expect(cf).toContain('2 件，已办结 2 件');
    expect(cf).toContain('100.0%（2 / 2）');
    // The case without a collective decision has a finding but still counts; both are above 50.
    expect(cf).toContain('100.0%（2 / 2）</td></tr>\n</tbody>');
  });

  it('internal/exceptions.html lists every record finding with its case number, power and rule', () => {
    const html = internal.get('exceptions.html')!;
    for (const text of ['CANARY-CASE-0002', 'record-time-limit', 'CANARY-CASE-0004', 'record-discretion', 'CANARY-CASE-0005', 'record-power', '对机动车违反停放规定的行政处罚']) {
      expect(html).toContain(text);
    }
    expect(html).not.toContain('CANARY-CASE-0003');
    expect(internal.get('index.html')).toContain('href="exceptions.html"');
  });

  it('is byte-deterministic for a given --today, in any time zone', async () => {
    const again = workspace(edits, 'records');
    const tz = process.env.TZ;
    process.env.TZ = tz === 'America/Los_Angeles' ? 'Asia/Shanghai' : 'America/Los_Angeles';
    try {
      await publishTo(again, { today: '2026-06-30' });
    } finally {
      process.env.TZ = tz;
    }
    expect(readTree(again.out)).toEqual(readTree(ws.out));
    expect(readTree(again.internal)).toEqual(readTree(ws.internal));
    rmSync(again.dir, { recursive: true, force: true });
  });
});
