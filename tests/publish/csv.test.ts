// catalogue.csv: UTF-8 with BOM, CRLF, RFC 4180 quoting, spreadsheet formulas defused.
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/publish/csv.js';
import { parseCsv, publishTo, readTree, workspace } from './helpers.js';

describe('catalogue.csv', () => {
  it('csvCell quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('2026-01-01')).toBe('2026-01-01');
  });

  it('starts with a BOM, ends every record with CRLF, and parses back to one row per public power', async () => {
    const ws = workspace();
    await publishTo(ws);
    const bytes = readTree(ws.out).get('catalogue.csv')!;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const rows = parseCsv(text);
    expect(rows[0].slice(0, 3)).toEqual(['行政权力编码', '职权名称', '职权类别']);
    expect(rows.length).toBe(1 + 5);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    const hostile = rows.find((r) => r[0] === 'XK-GAJ-0002')!;
    const col = (label: string) => hostile[rows[0].indexOf(label)];
    expect(col('职权名称')).toBe('<script>alert(1)</script>{{constructor}}');
    expect(col('收费标准')).toBe('\'=HYPERLINK("http://evil.example","点击")');
    expect(col('救济途径')).toBe("'-行政复议；@SUM(1+1)");
    expect(col('投诉举报途径')).toBe("'+12345 热线");
    expect(col('风险等级')).toBe('一级（红）');
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});
