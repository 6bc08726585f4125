// The Excel bridge (SPEC §7): the 登记表 layout maps onto the schema; a public export holds nothing
// of an internal or withheld power (canaries); export → import of an unchanged registry changes no
// file; and workbooks edited with exceljs as a clerk would (a changed cell, a new row, a misspelt
// category, a date typed as a date cell, a number typed as text) land cleanly or name the cell.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Excel from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSchema, schemaAt } from '../../src/authoring/schema-order.js';
import { COLUMNS, enumOf } from '../../src/xlsx/layout.js';
import { FIXTURES, PROJECT } from '../helpers/fixture.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURE } from '../publish/helpers.js';
import { initSkeleton, newPower, snapshot, validateJson } from './helpers.js';

const tmp = (name: string) => path.join(mkdtempSync(path.join(tmpdir(), 'powers-xlsx-')), name);

/** Every text a workbook shows: sheet names and cell values. */
async function workbookTexts(file: string): Promise<{ sheets: string[]; cells: string[] }> {
  const wb = new Excel.Workbook();
  await wb.xlsx.readFile(file);
  const cells: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
  return { sheets: wb.worksheets.map((w) => w.name), cells };
}

const col = (header: string) => COLUMNS.findIndex((c) => c.header === header) + 1;

describe('the 登记表 layout', () => {
  it('maps every column to a field of the power schema, once, with the schema\'s values on enum columns', () => {
    const schema = loadSchema('power.schema.json');
    for (const c of COLUMNS) {
      expect(schemaAt(schema, c.path), c.header).toBeDefined();
      if (c.kind === 'enum') expect(enumOf(c).length, c.header).toBeGreaterThan(1);
    }
    expect(new Set(COLUMNS.map((c) => c.header)).size).toBe(COLUMNS.length);
    expect(new Set(COLUMNS.map((c) => c.path.join('.'))).size).toBe(COLUMNS.length);
    for (const h of ['编码', '名称', '类别', '实施主体', '承办科室', '行使依据', '法定时限', '承诺时限', '时限单位', '收费', '公开方式', '公开范围', '公开形式', '公开时限', '状态', '责任事项', '追责情形']) {
      expect(COLUMNS.map((c) => c.header)).toContain(h);
    }
  });
});

describe('powers export xlsx', () => {
  const registry = path.join(FIXTURES, 'publish');

  it('exports the public catalogue only: nothing of an internal, withheld or unpublished power (canaries)', async () => {
    const out = tmp('公开.xlsx');
    const run = runCli(['export', 'xlsx', '--registry', registry, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const { sheets, cells } = await workbookTexts(out);
    const all = [...sheets, ...cells].join('\n');
    for (const code of FIXTURE.public) expect(all).toContain(code);
    for (const needle of ['CANARY', ...FIXTURE.internal, ...FIXTURE.withheld, ...FIXTURE.nowhere, '涉密不宜公开', '重要目标警卫勤务部署', '9137']) {
      expect(all, needle).not.toContain(needle);
    }
  });

  it('--internal adds the 内部公开 and 不予公开 rows and the withheld list sheet, still not the unpublished ones', async () => {
    const out = tmp('内部.xlsx');
    expect(runCli(['export', 'xlsx', '--registry', registry, '--out', out, '--internal']).status).toBe(0);
    const { sheets, cells } = await workbookTexts(out);
    const all = cells.join('\n');
    for (const code of [...FIXTURE.public, ...FIXTURE.internal, ...FIXTURE.withheld]) expect(all).toContain(code);
    for (const code of FIXTURE.nowhere) expect(all).not.toContain(code);
    expect(sheets).toContain('涉密不宜公开行政权力目录');
  });

  it('writes one sheet per department with Chinese headers, a frozen header row and drop-downs on enum columns', async () => {
    const out = tmp('登记表.xlsx');
    runCli(['export', 'xlsx', '--registry', registry, '--out', out]);
    const wb = new Excel.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).getCell(1).value).toBe('编码');
    const category = ws.getCell(2, col('类别')).dataValidation;
    expect(category?.type).toBe('list');
    expect(category?.formulae?.[0]).toContain('行政许可');
    expect(ws.getCell(500, col('公开方式')).dataValidation?.type).toBe('list'); // rows a clerk adds too
    // One sheet per department that has public powers (mjj has none: not even its name is exported).
    expect(wb.worksheets.map((w) => w.name)).toEqual(['云港市公安局', '云港市市场监督管理局']);
  });

  it('a format other than xlsx, or import without --department, is a usage error in Chinese', () => {
    const pdf = runCli(['export', 'pdf', '--registry', registry]);
    expect(pdf.status).toBe(2);
    expect(pdf.stderr).toContain('不支持的格式“pdf”');
    const noDept = runCli(['import', 'xlsx', path.join(registry, 'registry.yaml'), '--registry', registry]);
    expect(noDept.status).toBe(2);
    expect(noDept.stderr).toContain('--department');
  });

  it('an unknown department is a usage error', () => {
    const run = runCli(['export', 'xlsx', '--registry', registry, '--out', tmp('x.xlsx'), '--department', 'gja']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('gaj');
  });
});

describe('powers import xlsx', () => {
  describe('round trip: export then import of an unchanged registry changes no file (the sample, every department)', () => {
    const dir = tmp('registry');
    const out = tmp('全部.xlsx');
    cpSync(path.join(PROJECT, 'registry'), dir, { recursive: true });
    const exported = runCli(['export', 'xlsx', '--registry', dir, '--out', out, '--internal']);
    const before = snapshot(dir);
    it.each(['gaj', 'jtysj', 'mzj', 'rsj', 'scjgj', 'sthjj', 'zjj'])('%s', (d) => {
      expect(exported.status, exported.stderr).toBe(0);
      const run = runCli(['import', 'xlsx', out, '--registry', dir, '--department', d, '--today', '2026-12-01']);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/写入 0 个文件，[1-9]\d* 行未改动，0 个错误/);
      expect(snapshot(dir)).toEqual(before);
    });
  });

  /** A skeleton with two powers, exported for the department, and the path of the workbook. */
  async function clerkWorkbook(): Promise<{ dir: string; file: string; wb: Excel.Workbook; ws: Excel.Worksheet }> {
    const dir = initSkeleton();
    expect(newPower(dir).status).toBe(0);
    const jc = path.join(dir, 'departments/mzj/powers/JC-MZJ-0001.yaml');
    writeFileSync(jc, readFileSync(jc, 'utf8').replace('status: 草稿', 'status: 已公布\nfiled: 2026-01-05\npublished: 2026-01-10'));
    // A comment and a field the sheet does not carry: both must survive an import.
    const xk = path.join(dir, 'departments/mzj/powers/XK-MZJ-0001.yaml');
    writeFileSync(xk, readFileSync(xk, 'utf8').replace('remedy:', '# 救济途径经法制科审核\nremedy:'));
    const file = tmp('民政局.xlsx');
    expect(runCli(['export', 'xlsx', '--registry', dir, '--out', file, '--department', 'mzj']).status).toBe(0);
    const wb = new Excel.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('示例市民政局');
    if (!ws) throw new Error('no sheet 示例市民政局');
    return { dir, file, wb, ws };
  }

  function rowOf(ws: Excel.Worksheet, code: string): Excel.Row {
    for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === code) return ws.getRow(r);
    throw new Error(`no row ${code}`);
  }

  function addNewRow(ws: Excel.Worksheet, category: string): number {
    const values: Record<string, unknown> = {
      名称: '社会团体负责人任职资格确认', 类别: category, 实施主体: '示例市民政局', 承办科室: '社会组织管理科',
      岗位: 'shzz-sl；shzz-sh', 机构职能: 'F01', 上级职能: 'SZF-01', 行使依据: '社会团体登记管理条例：第二十条',
      收费: '否', 时限单位: '工作日', 法定时限: 10, 承诺时限: '5', 办理流程: '受理：shzz-sl：1；审查：shzz-sh：4',
      责任事项: '受理：依法受理；审查：依法审查', 追责情形: '对符合条件的申请不予确认的',
      公开方式: '主动公开', 公开范围: '社会', 公开形式: '政府网站；公开栏', 公开时限: '长期公开', 公开内容: '确认条件和结果',
    };
    const row = ws.addRow(COLUMNS.map((c) => values[c.header] ?? null));
    return row.number;
  }

  it('a changed cell, a number typed as text, a date typed as a date cell and a new row land cleanly, keeping comments and other fields', async () => {
    const { dir, file, wb, ws } = await clerkWorkbook();
    const xk = rowOf(ws, 'XK-MZJ-0001');
    xk.getCell(col('承诺时限')).value = '18'; // typed as text
    xk.getCell(col('公布日期')).value = new Date(Date.UTC(2025, 2, 15)); // an Excel date cell
    xk.getCell(col('公开内容')).value = '登记条件、申请材料、办理流程和登记结果';
    addNewRow(ws, '行政确认');
    await wb.xlsx.writeFile(file);

    const run = runCli(['import', 'xlsx', file, '--registry', dir, '--department', 'mzj', '--today', '2026-12-01']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('已更新 departments/mzj/powers/XK-MZJ-0001.yaml（承诺时限、公开内容、公布日期）');
    expect(run.stdout).toContain('已新增 departments/mzj/powers/QR-MZJ-0001.yaml');
    const text = readFileSync(path.join(dir, 'departments/mzj/powers/XK-MZJ-0001.yaml'), 'utf8');
    expect(text).toContain('# 救济途径经法制科审核\nremedy:');
    expect(text).toContain('promised_days: 18\n');
    expect(text).toContain('published: 2025-03-15\n');
    const power = parse(text) as Record<string, any>;
    expect(power.risk.points).toEqual(['审查把关不严']); // not a column: kept
    expect(power.review.signed_by).toBe('局长');
    const added = parse(readFileSync(path.join(dir, 'departments/mzj/powers/QR-MZJ-0001.yaml'), 'utf8')) as Record<string, any>;
    expect(added).toMatchObject({ code: 'QR-MZJ-0001', status: '草稿', flow: { statutory_days: 10, promised_days: 5 }, posts: ['shzz-sl', 'shzz-sh'] });
    expect(validateJson(dir).summary.errors).toBe(0);
    // Importing the same sheet again changes nothing.
    const again = snapshot(dir);
    const wb2 = new Excel.Workbook();
    await wb2.xlsx.readFile(file);
    const out2 = tmp('again.xlsx');
    expect(runCli(['export', 'xlsx', '--registry', dir, '--out', out2, '--department', 'mzj', '--internal']).status).toBe(0);
    expect(runCli(['import', 'xlsx', out2, '--registry', dir, '--department', 'mzj', '--today', '2026-12-01']).status).toBe(0);
    expect(snapshot(dir)).toEqual(again);
  });

  it('a misspelt category names its cell with a suggestion; nothing is written, not even the good rows', async () => {
    const { dir, file, wb, ws } = await clerkWorkbook();
    rowOf(ws, 'XK-MZJ-0001').getCell(col('承诺时限')).value = 18;
    const r = addNewRow(ws, '行政確認');
    await wb.xlsx.writeFile(file);
    const before = snapshot(dir);
    const run = runCli(['import', 'xlsx', file, '--registry', dir, '--department', 'mzj', '--today', '2026-12-01']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`示例市民政局!C${r} 类别：“行政確認”不是可选值，您是不是要写“行政确认”？`);
    expect(run.stderr).toContain('未写入任何文件');
    expect(snapshot(dir)).toEqual(before);
  });

  it('runs every rule before writing: an unknown law is reported at the 行使依据 cell; --partial writes the good rows', async () => {
    const { dir, file, wb, ws } = await clerkWorkbook();
    rowOf(ws, 'XK-MZJ-0001').getCell(col('承诺时限')).value = 18;
    const jc = rowOf(ws, 'JC-MZJ-0001');
    jc.getCell(col('行使依据')).value = '治安管理处罚法：第二条';
    jc.getCell(col('承诺时限')).value = 45; // above the statutory 30
    await wb.xlsx.writeFile(file);
    const before = snapshot(dir);
    const run = runCli(['import', 'xlsx', file, '--registry', dir, '--department', 'mzj', '--today', '2026-12-01']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`示例市民政局!I${jc.number} 行使依据：.*治安管理处罚法.*basis-law`));
    expect(run.stderr).toMatch(new RegExp(`示例市民政局!O${jc.number} 承诺时限：.*time-limit`));
    expect(snapshot(dir)).toEqual(before);

    const dry = runCli(['import', 'xlsx', file, '--registry', dir, '--department', 'mzj', '--today', '2026-12-01', '--partial', '--dry-run']);
    expect(dry.stdout).toContain('将更新 departments/mzj/powers/XK-MZJ-0001.yaml');
    expect(snapshot(dir)).toEqual(before);

    const partial = runCli(['import', 'xlsx', file, '--registry', dir, '--department', 'mzj', '--today', '2026-12-01', '--partial']);
    expect(partial.status).toBe(1);
    expect(readFileSync(path.join(dir, 'departments/mzj/powers/XK-MZJ-0001.yaml'), 'utf8')).toContain('promised_days: 18\n');
    expect(readFileSync(path.join(dir, 'departments/mzj/powers/JC-MZJ-0001.yaml'), 'utf8')).toContain('promised_days: 20\n');
  });

  it('a file that is not a workbook is refused with a message, not a stack trace', () => {
    const dir = initSkeleton();
    const bogus = tmp('登记表.xlsx');
    writeFileSync(bogus, '编码,名称\nXK-MZJ-0001,甲\n');
    const run = runCli(['import', 'xlsx', bogus, '--registry', dir, '--department', 'mzj']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('不是 Excel 工作簿');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(bogus)).toBe(true);
  });
});
