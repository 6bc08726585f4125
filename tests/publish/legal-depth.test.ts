// Publishing the legal depth of SPEC §5: every time limit with its unit, the 责任清单 on each power
// page and on site/responsibility.html (split per department over the page-size bar), 委托/授权 with
// its basis, 主办/协办 linked only to a partner the audience may see, and the open data's new keys.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { loadRegistry } from '../../src/registry/load.js';
import { loadRenderer } from '../../src/publish/render.js';
import { PAGE_LIMIT, responsibilityPages } from '../../src/publish/responsibility.js';
import { buildViews, limitText } from '../../src/publish/view-model.js';
import { applyEdits, PROJECT, replace, type Edit } from '../helpers/fixture.js';
import { parseCsv, publishTo, readTexts, type Workspace } from './helpers.js';

/** The bundled sample registry (it shows every feature) copied to a temp folder, with edits. */
function sampleWorkspace(edits: Record<string, Edit> = {}): Workspace {
  const dir = mkdtempSync(path.join(tmpdir(), 'powers-legal-'));
  const root = path.join(dir, 'registry');
  cpSync(path.join(PROJECT, 'registry'), root, { recursive: true });
  applyEdits(root, edits);
  return { root, dir, out: path.join(dir, 'site'), internal: path.join(dir, 'internal') };
}

const text = (html: string): string => html.replace(/<[^>]+>/g, '');

describe('limitText', () => {
  it.each([
    [20, '工作日', '20 个工作日'],
    [90, '日', '90 日'],
    [0, '工作日', '0 个工作日'],
    [5, null, '5（时限单位未填写）'],
    [null, '日', null],
  ] as const)('%s %s → %s', (days, unit, expected) => {
    expect(limitText(days, unit)).toBe(expected);
  });
});

describe('the sample registry published', () => {
  let site: Map<string, string>;
  let internal: Map<string, string>;
  beforeAll(async () => {
    const ws = sampleWorkspace();
    await publishTo(ws, { today: '2026-12-04' });
    site = readTexts(ws.out);
    internal = readTexts(ws.internal);
  }, 60_000);

  it('prints each time limit with the unit its law counts in, never a penalty in working days', () => {
    const penalty = text(site.get('powers/CF-GAJ-0001.html')!);
    expect(penalty).toContain('法定时限90 日');
    expect(penalty).toContain('承诺时限30 日');
    expect(penalty).toContain('法定时限：90 日　承诺时限：30 日');
    expect(penalty).not.toContain('个工作日');
    const licence = text(site.get('powers/XK-GAJ-0001.html')!);
    expect(licence).toContain('法定时限20 个工作日');
    expect(licence).not.toMatch(/\d 日/);
  });

  it('the flowchart SVG and the steps table carry the unit too (离婚冷静期 30 日)', () => {
    const html = site.get('powers/QR-MZJ-0001.html')!;
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    expect(svg).toContain('时限：30 日');
    expect(svg).toContain('离婚冷静期（30 日');
    expect(html).toMatch(/离婚冷静期<\/th><td>[^<]*<\/td><td>30 日<\/td>/);
  });

  it('catalogue.md, catalogue.csv and catalogue.json state the unit', () => {
    const md = site.get('catalogue.md')!;
    expect(md).toContain('| 法定时限 | 90 日 |');
    expect(md).toContain('（法定时限 20 个工作日，承诺时限 3 个工作日）');
    expect(md).toContain('时限：30 日');
    expect(md).toMatch(/\| 责任事项 \| 受理：[^|]*<br>审查：/);
    expect(md).toContain('| 行使方式 | 委托：受云港市住房和城乡建设局委托，以委托机关的名义实施（依据：《建设工程质量管理条例》第四十六条） |');
    expect(md).toContain('| 共有职权 | 本部门协办<br>云港市人力资源和社会保障局 JC-RSJ-0001 劳动保障监察 |');
    const rows = parseCsv(site.get('catalogue.csv')!.slice(1));
    const header = rows[0];
    const row = (code: string) => Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === code)![i]]));
    expect(row('CF-GAJ-0001')).toMatchObject({ 法定时限: '90', 承诺时限: '30', 时限单位: '日' });
    expect(row('XK-GAJ-0001')).toMatchObject({ 法定时限: '20', 时限单位: '工作日' });
    expect(row('XK-GAJ-0001').办理流程).toMatch(/1\.受理（[^）]*1 个工作日/);
    const json = JSON.parse(site.get('catalogue.json')!) as { powers: { code: string; time_limits: unknown }[] };
    expect(json.powers.find((p) => p.code === 'CF-GAJ-0001')!.time_limits).toEqual({ statutory_days: 90, promised_days: 30, unit: '日' });
  });

  it('each public power page shows its 责任清单: duties per stage, accountability, posts', () => {
    const html = site.get('powers/XK-GAJ-0001.html')!;
    expect(html).toContain('<h2 id="resp-h">责任清单</h2>');
    expect(html).toMatch(/<th scope="row">受理<\/th><td>[^<]*一次性告知/);
    expect(html).toMatch(/<th scope="row">事后监管<\/th>/);
    expect(html).toContain('对不符合法定条件的申请人准予许可或者超越法定职权作出准予许可决定的');
    expect(html).toMatch(/责任岗位：车辆管理所 /);
    const publicPages = [...site.keys()].filter((k) => k.startsWith('powers/'));
    expect(publicPages.length).toBeGreaterThan(100);
    for (const rel of publicPages) expect(site.get(rel), rel).toContain('id="resp-h"');
  });

  it('委托 and 授权 show who exercises the power and on what basis', () => {
    const entrusted = text(site.get('powers/JC-ZJJ-0001.html')!);
    expect(entrusted).toContain('实施主体云港市工程质量安全监督站');
    expect(entrusted).toContain('委托：受云港市住房和城乡建设局委托，以委托机关的名义实施');
    expect(entrusted).toContain('委托依据：《建设工程质量管理条例》第四十六条');
    const authorised = text(site.get('powers/JF-RSJ-0001.html')!);
    expect(authorised).toContain('授权：法律、法规授权的组织，以自己的名义实施');
    expect(authorised).toContain('授权依据：《中华人民共和国社会保险法》第八条、第五十条');
  });

  it('主办 and 协办 link to each other', () => {
    expect(site.get('powers/JC-RSJ-0001.html')).toMatch(/本部门主办。[\s\S]*协办：云港市住房和城乡建设局 <a href="\.\.\/powers\/JC-ZJJ-0004\.html">/);
    expect(site.get('powers/JC-ZJJ-0004.html')).toMatch(/本部门协办。[\s\S]*主办：云港市人力资源和社会保障局 <a href="\.\.\/powers\/JC-RSJ-0001\.html">/);
  });

  it('shows the clearance dates, signed by a post', () => {
    expect(text(site.get('powers/CF-GAJ-0001.html')!)).toContain('申报：2025-10-09（局长签署）法制审核：2025-10-22公示：2025-10-23 至 2025-10-31');
  });

  it('responsibility.html lists every public power once, by department, linked to its page', () => {
    const html = site.get('responsibility.html')!;
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(PAGE_LIMIT);
    const json = JSON.parse(site.get('catalogue.json')!) as { count: number; departments: { name: string }[]; powers: { code: string; page: string }[] };
    const links = [...html.matchAll(/<h3><a href="(powers\/[^"]+)">/g)].map((m) => m[1]);
    expect(links.sort()).toEqual(json.powers.map((p) => p.page).sort());
    expect([...html.matchAll(/<h2 id="[^"]+">([^（]+)（/g)].map((m) => m[1])).toEqual(json.departments.map((d) => d.name));
    expect(html).toContain('<a href="responsibility.html" aria-current="page">责任清单</a>');
  });

  it('open data carries the 责任清单, 委托/授权 and 主办/协办', () => {
    const json = JSON.parse(site.get('catalogue.json')!) as { powers: Record<string, unknown>[] };
    const p = (code: string) => json.powers.find((x) => x.code === code)!;
    expect(p('XK-GAJ-0001').responsibility).toMatchObject({ duties: expect.arrayContaining([{ stage: '受理', duty: expect.any(String) }]), accountability: expect.any(Array) });
    expect(p('JC-ZJJ-0001').delegation).toEqual({ type: '委托', by: '云港市住房和城乡建设局', basis: expect.objectContaining({ law: '建设工程质量管理条例', articles: '第四十六条' }) });
    expect(p('JC-ZJJ-0004').joint).toEqual({ role: '协办', partners: [{ code: 'JC-RSJ-0001', name: '劳动保障监察', department: '云港市人力资源和社会保障局' }] });
    expect(p('CF-GAJ-0001').delegation).toBe(null);
    const rows = parseCsv(site.get('catalogue.csv')!.slice(1));
    const col = (name: string) => rows[0].indexOf(name);
    const xk = rows.find((r) => r[0] === 'XK-GAJ-0001')!;
    expect(xk[col('责任事项')]).toMatch(/^受理：/);
    expect(xk[col('追责情形')]).toContain('；');
    expect(rows.find((r) => r[0] === 'JC-ZJJ-0001')![col('行使方式')]).toBe('委托，委托机关：云港市住房和城乡建设局，依据：《建设工程质量管理条例》第四十六条');
  });

  it('the withheld list keeps the 暂不宜公开 power; nothing of it reaches the site', () => {
    expect(internal.get('withheld.html')).toContain('QT-GAJ-0003');
    expect(internal.get('withheld.html')).toMatch(/QT-GAJ-0003[\s\S]*?<td class="nowrap">至 2027-06-30<br>审查 2025-10-28<\/td>/);
    expect(internal.get('withheld.md')).toMatch(/QT-GAJ-0003 \|[^\n]*\| 至 2027-06-30，审查 2025-10-28 \|/);
    for (const [rel, body] of site) expect(body, rel).not.toContain('QT-GAJ-0003');
  });
});

describe('a partner the audience may not see is not named', () => {
  it('a 协办 power whose 主办 is internal shows its role only', async () => {
    const ws = sampleWorkspace({
      'departments/rsj/powers/JC-RSJ-0001.yaml': replace(/disclosure:\n  mode: 主动公开\n  scope: 社会\n/, 'disclosure:\n  mode: 内部公开\n  scope: 单位内部\n  reason: 测试用内部公开理由\n'),
    });
    await publishTo(ws, { today: '2026-12-04', force: true });
    const site = readTexts(ws.out);
    const page = site.get('powers/JC-ZJJ-0004.html')!;
    expect(page).toContain('本部门协办。');
    for (const [rel, body] of site) {
      expect(body, rel).not.toContain('JC-RSJ-0001');
      expect(body, rel).not.toContain('劳动保障监察</a>');
    }
  }, 60_000);
});

describe('responsibility pages over the page-size bar', () => {
  it('a generated registry of 1,000 powers gets an index and per-department pages, none over 300 KiB', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'powers-resp-'));
    const root = path.join(dir, 'registry');
    generate(root, 1000, 7);
    const ws: Workspace = { root, dir, out: path.join(dir, 'site'), internal: path.join(dir, 'internal') };
    await publishTo(ws, { today: '2026-06-01' });
    const site = readTexts(ws.out);
    const index = site.get('responsibility.html')!;
    const deptLinks = [...index.matchAll(/<li><a href="(responsibility\/[^"]+\.html)">/g)].map((m) => m[1]);
    expect(deptLinks.length).toBe(5);
    const pages = [...site.keys()].filter((k) => k.startsWith('responsibility/'));
    for (const l of deptLinks) expect(pages).toContain(l);
    const listed: string[] = [];
    for (const rel of [...pages, 'responsibility.html']) {
      expect(Buffer.byteLength(site.get(rel)!), rel).toBeLessThanOrEqual(PAGE_LIMIT);
      listed.push(...[...site.get(rel)!.matchAll(/<h3><a href="\.\.\/(powers\/[^"]+)">/g)].map((m) => m[1]));
    }
    const json = JSON.parse(site.get('catalogue.json')!) as { powers: { page: string }[] };
    expect(listed.sort()).toEqual(json.powers.map((p) => p.page).sort());
  }, 120_000);

  it('a department over the bar is split into parts that link to each other', async () => {
    const { registry } = await loadRegistry(path.join(PROJECT, 'registry'));
    const catalogue = buildViews(registry).site;
    const renderer = await loadRenderer();
    const site = { title: 't', jurisdiction: 'j', filingAuthority: null, isInternal: false, forced: null, nav: [] };
    const limit = 40 * 1024;
    const pages = responsibilityPages(catalogue, (context) => renderer.render('responsibility', { site, ...context }), limit).flatMap((p) => p.render());
    expect(pages[0].rel).toBe('responsibility.html');
    const gaj = pages.filter((p) => p.rel.startsWith('responsibility/dept-gaj'));
    expect(gaj.length).toBeGreaterThan(1);
    expect(gaj.map((p) => p.rel)).toEqual(gaj.map((_, i) => `responsibility/dept-gaj${i ? `-${i + 1}` : ''}.html`));
    for (const p of pages) expect(Buffer.byteLength(p.content), p.rel).toBeLessThanOrEqual(limit);
    expect(gaj[1].content).toContain('<a href="dept-gaj.html">第 1 页</a>');
    expect(gaj[1].content).toContain('<span aria-current="page">第 2 页</span>');
    const codes = pages.flatMap((p) => [...p.content.matchAll(/<h3><a href="[^"]*powers\/([^".]+)\.html">/g)].map((m) => m[1]));
    expect(codes.sort()).toEqual(catalogue.powers.map((p) => p.code).sort());
  });
});
